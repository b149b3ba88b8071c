#include "core/BuildingModel.h"

namespace showroom::core {

BuildingModel::BuildingModel(QObject *parent) : DevelopmentListModel(parent) {}

void BuildingModel::rebuildIndex()
{
    m_counts.clear();
    for (const Unit &u : development().units) {
        auto &c = m_counts[u.building];
        ++c.first;
        if (u.status == UnitStatus::Available)
            ++c.second;
    }
}

QVariant BuildingModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const Building &b = development().buildings.at(index.row());
    switch (role) {
    case BuildingIdRole:
        return b.id;
    case Qt::DisplayRole:
    case NameRole:
        return b.name;
    case KindRole:
        return b.kind;
    case FloorsRole:
        return b.floors;
    case NodeRole:
        return b.node;
    case UnitCountRole:
        return m_counts.value(b.id).first;
    case AvailableCountRole:
        return m_counts.value(b.id).second;
    default:
        return {};
    }
}

QHash<int, QByteArray> BuildingModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"}, {BuildingIdRole, "buildingId"},
        {NameRole, "name"},           {KindRole, "kind"},
        {FloorsRole, "floors"},       {NodeRole, "node"},
        {UnitCountRole, "unitCount"}, {AvailableCountRole, "availableCount"},
    };
}

int BuildingModel::indexOfBuilding(const QString &buildingId) const
{
    const auto &buildings = development().buildings;
    for (int i = 0; i < buildings.size(); ++i) {
        if (buildings[i].id == buildingId)
            return i;
    }
    return -1;
}

} // namespace showroom::core
