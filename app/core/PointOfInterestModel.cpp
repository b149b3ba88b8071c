#include "core/PointOfInterestModel.h"

#include <QUrl>

namespace showroom::core {

PointOfInterestModel::PointOfInterestModel(QObject *parent) : DevelopmentListModel(parent) {}

QVariant PointOfInterestModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const PointOfInterest &p = development().pointsOfInterest.at(index.row());
    switch (role) {
    case PoiIdRole:
        return p.id;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case DescriptionRole:
        return p.description;
    case CategoryRole:
        return p.category;
    case HasPositionRole:
        return p.hasPosition;
    case PositionRole:
        return p.position;
    default:
        return {};
    }
}

QHash<int, QByteArray> PointOfInterestModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},     {PoiIdRole, "poiId"},       {NameRole, "name"},
        {DescriptionRole, "description"}, {CategoryRole, "category"}, {HasPositionRole, "hasPosition"},
        {PositionRole, "position"},
    };
}

CameraPresetModel::CameraPresetModel(QObject *parent) : DevelopmentListModel(parent) {}

QVariant CameraPresetModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const CameraPreset &c = development().cameraPresets.at(index.row());
    switch (role) {
    case PresetIdRole:
        return c.id;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case PositionRole:
        return c.position;
    case TargetRole:
        return c.target;
    case FovRole:
        return c.fov;
    default:
        return {};
    }
}

QHash<int, QByteArray> CameraPresetModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"}, {PresetIdRole, "presetId"}, {NameRole, "name"},
        {PositionRole, "position"},   {TargetRole, "target"},     {FovRole, "fov"},
    };
}

FinishPaletteModel::FinishPaletteModel(QObject *parent) : DevelopmentListModel(parent) {}

QVariant FinishPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const FinishPalette &p = development().finishPalettes.at(index.row());
    switch (role) {
    case PaletteIdRole:
        return p.id;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case SurfacesRole: {
        QVariantMap surfaces;
        for (auto it = p.surfaces.constBegin(); it != p.surfaces.constEnd(); ++it) {
            const Surface &s = it.value();
            surfaces.insert(it.key(), QVariantMap{
                                          {QStringLiteral("color"), s.color},
                                          {QStringLiteral("roughness"), s.roughness},
                                          {QStringLiteral("metallic"), s.metallic},
                                          {QStringLiteral("textureUrl"),
                                           s.texture.isEmpty()
                                               ? QUrl()
                                               : QUrl::fromLocalFile(development().absolutePath(s.texture))},
                                      });
        }
        return surfaces;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> FinishPaletteModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {PaletteIdRole, "paletteId"},
            {NameRole, "name"},
            {SurfacesRole, "surfaces"}};
}

} // namespace showroom::core
