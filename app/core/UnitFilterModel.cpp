#include "core/UnitFilterModel.h"
#include "core/FilterExpression.h"
#include "core/ModelRow.h"

#include "core/UnitModel.h"

namespace showroom::core {

UnitFilterModel::UnitFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // One place notices every change of the row count and of the results, whatever caused them. A
    // re-filter arrives as many row signals: setFilter() reports it once, after the last of them.
    const auto rowsChanged = [this] {
        if (!m_applying)
            reportChanges();
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_applying)
            reportCount();
    });
}

void UnitFilterModel::reportCount()
{
    if (rowCount() != m_lastCount) {
        m_lastCount = rowCount();
        emit countChanged();
    }
}

void UnitFilterModel::reportChanges()
{
    reportCount();
    emit resultsChanged();
}

void UnitFilterModel::setFilter(const UnitFilter &filter)
{
    const UnitFilter next = filter.normalized();
    if (next == m_filter)
        return;
    m_filter = next;
    m_applying = true;
    invalidateFilter();
    m_applying = false;
    emit changed();
    reportChanges();
}

void UnitFilterModel::clear()
{
    setFilter(UnitFilter());
}

QString UnitFilterModel::expression() const
{
    return describe(m_filter);
}

QString UnitFilterModel::applyExpression(const QString &expression)
{
    const FilterParseResult parsed = parseFilterExpression(expression);
    if (parsed.ok())
        setFilter(parsed.filter);
    return parsed.error;
}

QString UnitFilterModel::building() const
{
    return m_filter.buildings.size() == 1 ? m_filter.buildings.constFirst() : QString();
}

void UnitFilterModel::setBuilding(const QString &building)
{
    setBuildings(building.isEmpty() ? QStringList() : QStringList{building});
}

void UnitFilterModel::setBuildings(const QStringList &buildings)
{
    UnitFilter f = m_filter;
    f.buildings = buildings;
    setFilter(f);
}

QString UnitFilterModel::unitType() const
{
    return m_filter.unitTypes.size() == 1 ? m_filter.unitTypes.constFirst() : QString();
}

void UnitFilterModel::setUnitType(const QString &unitType)
{
    setUnitTypes(unitType.isEmpty() ? QStringList() : QStringList{unitType});
}

void UnitFilterModel::setUnitTypes(const QStringList &unitTypes)
{
    UnitFilter f = m_filter;
    f.unitTypes = unitTypes;
    setFilter(f);
}

bool UnitFilterModel::availableOnly() const
{
    return m_filter.statuses == QStringList{QStringLiteral("available")};
}

void UnitFilterModel::setAvailableOnly(bool availableOnly)
{
    if (availableOnly)
        setStatuses({QStringLiteral("available")});
    else if (this->availableOnly())
        setStatuses({});
}

void UnitFilterModel::setStatuses(const QStringList &statuses)
{
    UnitFilter f = m_filter;
    f.statuses = statuses;
    setFilter(f);
}

void UnitFilterModel::setOrientations(const QStringList &orientations)
{
    UnitFilter f = m_filter;
    f.orientations = orientations;
    setFilter(f);
}

void UnitFilterModel::setMinBedrooms(int minBedrooms)
{
    UnitFilter f = m_filter;
    f.minBedrooms = minBedrooms;
    setFilter(f);
}

void UnitFilterModel::setMaxBedrooms(int maxBedrooms)
{
    UnitFilter f = m_filter;
    f.maxBedrooms = maxBedrooms;
    setFilter(f);
}

void UnitFilterModel::setMinPrice(double minPrice)
{
    UnitFilter f = m_filter;
    f.minPrice = minPrice;
    setFilter(f);
}

void UnitFilterModel::setMaxPrice(double maxPrice)
{
    UnitFilter f = m_filter;
    f.maxPrice = maxPrice;
    setFilter(f);
}

void UnitFilterModel::setMinArea(double minArea)
{
    UnitFilter f = m_filter;
    f.minArea = minArea;
    setFilter(f);
}

void UnitFilterModel::setMaxArea(double maxArea)
{
    UnitFilter f = m_filter;
    f.maxArea = maxArea;
    setFilter(f);
}

void UnitFilterModel::setMinFloor(int minFloor)
{
    UnitFilter f = m_filter;
    f.minFloor = minFloor;
    setFilter(f);
}

void UnitFilterModel::setMaxFloor(int maxFloor)
{
    UnitFilter f = m_filter;
    f.maxFloor = maxFloor;
    setFilter(f);
}

void UnitFilterModel::setSortBy(const QString &sortBy)
{
    if (sortBy == m_sortBy)
        return;
    m_sortBy = sortBy;
    resort();
}

void UnitFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    resort();
}

void UnitFilterModel::resort()
{
    static const QHash<QString, int> roles{{QStringLiteral("price"), UnitModel::PriceRole},
                                           {QStringLiteral("area"), UnitModel::AreaRole},
                                           {QStringLiteral("floor"), UnitModel::FloorRole},
                                           {QStringLiteral("bedrooms"), UnitModel::BedroomsRole},
                                           {QStringLiteral("unitId"), UnitModel::UnitIdRole}};
    const auto it = roles.constFind(m_sortBy);
    if (it == roles.constEnd()) {
        sort(-1); // back to the source (manifest) order
    } else {
        setSortRole(*it);
        sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    emit sortChanged();
}

bool UnitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // One rule for every caller (UnitFilter::matches); only the facts the filter looks at are read
    // from the source, which keeps a re-filter of thousands of units cheap.
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const UnitFilter &f = m_filter;
    Unit u;
    if (f.minBedrooms > 0 || f.maxBedrooms >= 0)
        u.bedrooms = i.data(UnitModel::BedroomsRole).toInt();
    if (f.minPrice > 0 || f.maxPrice > 0)
        u.price = i.data(UnitModel::PriceRole).toDouble();
    if (f.minArea > 0 || f.maxArea > 0)
        u.area = i.data(UnitModel::AreaRole).toDouble();
    if (f.minFloor > 0 || f.maxFloor >= 0)
        u.floor = i.data(UnitModel::FloorRole).toInt();
    if (!f.orientations.isEmpty())
        u.orientation = i.data(UnitModel::OrientationRole).toString();
    if (!f.statuses.isEmpty()) {
        const auto status = statusFromKey(i.data(UnitModel::StatusRole).toString());
        if (!status)
            return false;
        u.status = *status;
    }
    if (!f.buildings.isEmpty())
        u.building = i.data(UnitModel::BuildingIdRole).toString();
    if (!f.unitTypes.isEmpty())
        u.type = i.data(UnitModel::TypeIdRole).toString();
    return f.matches(u);
}

QStringList UnitFilterModel::matchingUnitIds() const
{
    QStringList ids;
    const int rows = rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids << index(row, 0).data(UnitModel::UnitIdRole).toString();
    return ids;
}

bool UnitFilterModel::isMatch(const QString &unitId) const
{
    const auto *units = qobject_cast<const UnitModel *>(sourceModel());
    if (!units)
        return matchingUnitIds().contains(unitId);
    const int sourceRow = units->indexOfUnit(unitId);
    return sourceRow >= 0 && mapFromSource(units->index(sourceRow, 0)).isValid();
}

QVariantMap UnitFilterModel::get(int row) const
{
    return rowAsMap(*this, row);
}

} // namespace showroom::core
