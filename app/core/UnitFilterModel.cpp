#include "core/UnitFilterModel.h"
#include "core/ModelRow.h"

#include "core/UnitModel.h"

namespace showroom::core {

UnitFilterModel::UnitFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // One place notices every change of the row count, whatever caused it.
    const auto update = [this] {
        if (rowCount() != m_lastCount) {
            m_lastCount = rowCount();
            emit countChanged();
        }
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, update);
    connect(this, &QAbstractItemModel::rowsRemoved, this, update);
    connect(this, &QAbstractItemModel::modelReset, this, update);
    connect(this, &QAbstractItemModel::layoutChanged, this, update);
}

void UnitFilterModel::setBuilding(const QString &building)
{
    if (building == m_building)
        return;
    m_building = building;
    refilter();
}

void UnitFilterModel::setAvailableOnly(bool availableOnly)
{
    if (availableOnly == m_availableOnly)
        return;
    m_availableOnly = availableOnly;
    refilter();
}

void UnitFilterModel::setMinBedrooms(int minBedrooms)
{
    if (minBedrooms == m_minBedrooms)
        return;
    m_minBedrooms = minBedrooms;
    refilter();
}

void UnitFilterModel::setMaxPrice(double maxPrice)
{
    if (maxPrice == m_maxPrice)
        return;
    m_maxPrice = maxPrice;
    refilter();
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

void UnitFilterModel::refilter()
{
    invalidateFilter();
    emit filterChanged();
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
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_building.isEmpty() && i.data(UnitModel::BuildingIdRole).toString() != m_building)
        return false;
    if (m_availableOnly && !i.data(UnitModel::AvailableRole).toBool())
        return false;
    if (m_minBedrooms > 0 && i.data(UnitModel::BedroomsRole).toInt() < m_minBedrooms)
        return false;
    if (m_maxPrice > 0 && i.data(UnitModel::PriceRole).toDouble() > m_maxPrice)
        return false;
    return true;
}

QVariantMap UnitFilterModel::get(int row) const
{
    return rowAsMap(*this, row);
}

} // namespace showroom::core
