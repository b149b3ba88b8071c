#include "core/UnitModel.h"

#include "core/DisplayText.h"

#include <QUrl>

namespace showroom::core {

UnitModel::UnitModel(QObject *parent) : DevelopmentListModel(parent) {}

void UnitModel::rebuildIndex()
{
    m_rowById.clear();
    const auto &units = development().units;
    for (int i = 0; i < units.size(); ++i)
        m_rowById.insert(units[i].id, i);
}

QVariant UnitModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const DevelopmentData &dev = development();
    const Unit &u = dev.units.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UnitIdRole:
        return u.id;
    case BuildingIdRole:
        return u.building;
    case FloorRole:
        return u.floor;
    case TypeIdRole:
        return u.type;
    case BedroomsRole:
        return u.bedrooms;
    case BathroomsRole:
        return u.bathrooms;
    case AreaRole:
        return u.area;
    case PriceRole:
        return u.price;
    case StatusRole:
        return statusKey(u.status);
    case OrientationRole:
        return u.orientation;
    case BalconyRole:
        return u.balcony;
    case BalconyAreaRole:
        return u.balconyArea;
    case PlanRole:
        return u.plan;
    case PlanUrlRole:
        return u.plan.isEmpty() ? QUrl() : QUrl::fromLocalFile(dev.absolutePath(u.plan));
    case NodeRole:
        return u.node;
    case PriceTextRole:
        return formatPrice(u.price, dev.development.currency, locale());
    case StatusTextRole:
        return statusText(u.status);
    case AreaTextRole:
        return formatArea(u.area, locale());
    case BuildingNameRole: {
        const Building *b = dev.building(u.building);
        return b ? b->name : u.building;
    }
    case TypeNameRole: {
        const UnitType *t = dev.unitType(u.type);
        return t ? t->name : u.type;
    }
    case FloorLabelRole:
        return floorLabel(dev, u.building, u.floor);
    case AvailableRole:
        return u.status == UnitStatus::Available;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnitModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {UnitIdRole, "unitId"},
        {BuildingIdRole, "buildingId"},
        {FloorRole, "floor"},
        {TypeIdRole, "typeId"},
        {BedroomsRole, "bedrooms"},
        {BathroomsRole, "bathrooms"},
        {AreaRole, "area"},
        {PriceRole, "price"},
        {StatusRole, "status"},
        {OrientationRole, "orientation"},
        {BalconyRole, "balcony"},
        {BalconyAreaRole, "balconyArea"},
        {PlanRole, "plan"},
        {PlanUrlRole, "planUrl"},
        {NodeRole, "node"},
        {PriceTextRole, "priceText"},
        {StatusTextRole, "statusText"},
        {AreaTextRole, "areaText"},
        {BuildingNameRole, "buildingName"},
        {TypeNameRole, "typeName"},
        {FloorLabelRole, "floorLabel"},
        {AvailableRole, "available"},
    };
}

int UnitModel::indexOfUnit(const QString &unitId) const
{
    return m_rowById.value(unitId, -1);
}

QVariantMap UnitModel::unit(const QString &unitId) const
{
    QVariantMap map = get(indexOfUnit(unitId));
    if (!map.isEmpty())
        map.insert(QStringLiteral("id"), unitId);
    return map;
}

} // namespace showroom::core
