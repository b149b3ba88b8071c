// The development's buildings for QML, with how many of their units are for sale.
#pragma once

#include "core/DevelopmentListModel.h"

namespace showroom::core {

class BuildingModel : public showroom::core::DevelopmentListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("BuildingModel is provided by Development.buildings")

public:
    enum Role
    {
        BuildingIdRole = Qt::UserRole + 1, // "buildingId"
        NameRole,
        KindRole,   // "apartments", "townhouses", ...
        FloorsRole, // number of floors
        NodeRole,   // model node of the building
        UnitCountRole,
        AvailableCountRole,
    };
    Q_ENUM(Role)

    explicit BuildingModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int indexOfBuilding(const QString &buildingId) const;

protected:
    int itemCount(const DevelopmentData &data) const override { return int(data.buildings.size()); }
    void rebuildIndex() override;

private:
    QHash<QString, QPair<int, int>> m_counts; // building id -> (units, available)
};

} // namespace showroom::core
