// The development's units as a list for QML: every manifest field plus ready-to-show text
// (price in the development's currency, status, area, building and type names, floor label).
#pragma once

#include "core/DevelopmentListModel.h"

#include <QHash>

namespace showroom::core {

class UnitModel : public showroom::core::DevelopmentListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("UnitModel is provided by Development.units")

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, // "unitId": e.g. "A_0304"
        BuildingIdRole,                // "buildingId"
        FloorRole,                     // "floor": level, 0 = ground
        TypeIdRole,                    // "typeId"
        BedroomsRole,
        BathroomsRole,
        AreaRole,        // m², number
        PriceRole,       // number, development currency
        StatusRole,      // "available" | "reserved" | "sold"
        OrientationRole, // "N" .. "NW"
        BalconyRole,
        BalconyAreaRole,
        PlanRole,    // relative path as in the manifest
        PlanUrlRole, // file URL, empty if none
        NodeRole,    // model node name
        PriceTextRole,
        StatusTextRole,
        AreaTextRole,
        BuildingNameRole,
        TypeNameRole,
        FloorLabelRole,
        AvailableRole, // status == available
    };
    Q_ENUM(Role)

    explicit UnitModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of the unit with this id, -1 if none.
    Q_INVOKABLE int indexOfUnit(const QString &unitId) const;
    // Every role of that unit by name (plus "id" = unitId); empty map if unknown.
    Q_INVOKABLE QVariantMap unit(const QString &unitId) const;

protected:
    int itemCount(const DevelopmentData &data) const override { return int(data.units.size()); }
    void rebuildIndex() override;

private:
    QHash<QString, int> m_rowById;
};

} // namespace showroom::core
