#include "core/StackingPlanModel.h"

#include "core/Development.h"
#include "core/UnitFilterModel.h"

#include <algorithm>
#include <map>

namespace showroom::core {

namespace {

// The number as a sales office prints it inside its building's plan: "A_0304" -> "0304"; ids that do
// not start with the building's id keep their full id (with spaces for underscores).
QString printedNumber(const QString &unitId, const QString &buildingId)
{
    const QString prefix = buildingId + QLatin1Char('_');
    if (unitId.startsWith(prefix) && unitId.size() > prefix.size())
        return unitId.mid(prefix.size());
    return QString(unitId).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

StackingPlanModel::StackingPlanModel(QObject *parent) : QAbstractListModel(parent) {}

void StackingPlanModel::setDevelopment(Development *development)
{
    if (m_development == development)
        return;
    if (m_development)
        disconnect(m_development, nullptr, this, nullptr);
    m_development = development;
    if (development)
        connect(development, &Development::developmentChanged, this, &StackingPlanModel::rebuild);
        connect(development, &Development::unitStatusesChanged, this, &StackingPlanModel::rebuild);
    emit developmentChanged();
    rebuild();
}

void StackingPlanModel::setBuildingId(const QString &buildingId)
{
    if (m_buildingId == buildingId)
        return;
    m_buildingId = buildingId;
    emit buildingIdChanged();
    rebuild();
}

void StackingPlanModel::setFilter(UnitFilterModel *filter)
{
    if (m_filter == filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (filter)
        connect(filter, &UnitFilterModel::resultsChanged, this, &StackingPlanModel::updateMatches);
    emit filterChanged();
    updateMatches();
}

bool StackingPlanModel::isMatch(const QString &unitId) const
{
    return !m_filter || m_filter->isMatch(unitId);
}

void StackingPlanModel::rebuild()
{
    beginResetModel();
    m_cells.clear();
    m_levels.clear();
    m_columns = 0;
    if (m_development && !m_buildingId.isEmpty()) {
        // level -> its units, sorted by id
        std::map<int, QList<const Unit *>> byFloor;
        for (const Unit &u : m_development->data().units) {
            if (u.building == m_buildingId)
                byFloor[u.floor].append(&u);
        }
        int row = 0;
        for (auto it = byFloor.rbegin(); it != byFloor.rend(); ++it, ++row) {
            QList<const Unit *> &units = it->second;
            std::sort(units.begin(), units.end(), [](const Unit *a, const Unit *b) { return a->id < b->id; });
            m_levels.append(it->first);
            m_columns = std::max(m_columns, int(units.size()));
            for (int column = 0; column < units.size(); ++column) {
                const Unit &u = *units.at(column);
                m_cells.append({u.id, printedNumber(u.id, m_buildingId), statusKey(u.status), u.floor, row,
                                column, u.bedrooms, isMatch(u.id)});
            }
        }
    }
    endResetModel();
    emit gridChanged();
    const int matches =
        int(std::count_if(m_cells.cbegin(), m_cells.cend(), [](const Cell &c) { return c.matches; }));
    if (matches != m_matchCount) {
        m_matchCount = matches;
        emit matchCountChanged();
    }
}

void StackingPlanModel::updateMatches()
{
    // Report runs of changed cells, so a filter change repaints only the cells it changes.
    int matches = 0;
    int runStart = -1;
    const auto flush = [&](int end) {
        if (runStart >= 0)
            emit dataChanged(index(runStart), index(end - 1), {MatchesRole});
        runStart = -1;
    };
    for (int i = 0; i < m_cells.size(); ++i) {
        Cell &cell = m_cells[i];
        const bool now = isMatch(cell.unitId);
        matches += now ? 1 : 0;
        if (now != cell.matches) {
            cell.matches = now;
            if (runStart < 0)
                runStart = i;
        } else {
            flush(i);
        }
    }
    flush(int(m_cells.size()));
    if (matches != m_matchCount) {
        m_matchCount = matches;
        emit matchCountChanged();
    }
}

int StackingPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant StackingPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() < 0 || index.row() >= m_cells.size())
        return {};
    const Cell &c = m_cells.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return c.label;
    case UnitIdRole:
        return c.unitId;
    case FloorRole:
        return c.floor;
    case RowRole:
        return c.row;
    case ColumnRole:
        return c.column;
    case StatusRole:
        return c.status;
    case MatchesRole:
        return c.matches;
    case BedroomsRole:
        return c.bedrooms;
    default:
        return {};
    }
}

QHash<int, QByteArray> StackingPlanModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"}, {UnitIdRole, "unitId"}, {FloorRole, "floor"},     {RowRole, "row"},
        {ColumnRole, "column"},       {StatusRole, "status"}, {MatchesRole, "matches"}, {LabelRole, "label"},
        {BedroomsRole, "bedrooms"},
    };
}

QVariantMap StackingPlanModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_cells.size())
        return map;
    const QModelIndex i = index(row);
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(i, it.key()));
    return map;
}

int StackingPlanModel::indexOfUnit(const QString &unitId) const
{
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i).unitId == unitId)
            return i;
    }
    return -1;
}

} // namespace showroom::core
