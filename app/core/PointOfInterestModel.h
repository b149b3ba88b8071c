// Points of interest (show flat, playground, station ...) for QML.
#pragma once

#include "core/DevelopmentListModel.h"

namespace showroom::core {

class PointOfInterestModel : public showroom::core::DevelopmentListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PointOfInterestModel is provided by Development.pointsOfInterest")

public:
    enum Role
    {
        PoiIdRole = Qt::UserRole + 1, // "poiId"
        NameRole,
        DescriptionRole,
        CategoryRole,
        HasPositionRole,
        PositionRole, // vector3d, metres in model space
    };
    Q_ENUM(Role)

    explicit PointOfInterestModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount(const DevelopmentData &data) const override { return int(data.pointsOfInterest.size()); }
};

// Named camera views (overview, street, courtyard ...) for QML.
class CameraPresetModel : public showroom::core::DevelopmentListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CameraPresetModel is provided by Development.cameraPresets")

public:
    enum Role
    {
        PresetIdRole = Qt::UserRole + 1, // "presetId"
        NameRole,
        PositionRole, // vector3d
        TargetRole,   // vector3d
        FovRole,      // degrees, 0 = the view's default
    };
    Q_ENUM(Role)

    explicit CameraPresetModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount(const DevelopmentData &data) const override { return int(data.cameraPresets.size()); }
};

// Interior finish options; `surfaces` maps a surface class to {color, roughness, metallic, textureUrl}.
class FinishPaletteModel : public showroom::core::DevelopmentListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FinishPaletteModel is provided by Development.finishPalettes")

public:
    enum Role
    {
        PaletteIdRole = Qt::UserRole + 1, // "paletteId"
        NameRole,
        SurfacesRole, // { "floor": { color, roughness, metallic, textureUrl }, ... }
    };
    Q_ENUM(Role)

    explicit FinishPaletteModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount(const DevelopmentData &data) const override { return int(data.finishPalettes.size()); }
};

} // namespace showroom::core
