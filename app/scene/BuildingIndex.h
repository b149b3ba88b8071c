// Buildings and floors as the loaded site draws them: each unit's world box (from SiteModel) grouped by
// the building and floor the manifest gives it (SiteRequest::unitPlaceById). What the camera frames
// when a buyer picks a building, and what the floor cut-away hides. Plain C++, made on the GUI thread
// when a site is swapped in; a building or floor without loaded units does not exist here.
#pragma once

#include "scene/SiteRequest.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector3D>

namespace showroom::scene {

class BuildingIndex
{
public:
    using Box = QPair<QVector3D, QVector3D>; // min, max (world space)

    BuildingIndex() = default;
    BuildingIndex(const QHash<QString, Box> &unitBoxes, const QHash<QString, UnitPlace> &places);

    bool hasBuilding(const QString &buildingId) const { return m_buildings.contains(buildingId); }
    // Union of the building's unit boxes; zero vectors if unknown.
    Box buildingBox(const QString &buildingId) const;
    QList<int> floorsOf(const QString &buildingId) const;                 // ascending
    QStringList unitsOnFloor(const QString &buildingId, int floor) const; // sorted
    // Highest / lowest Y of the floor's unit boxes; NaN if the floor has none.
    qreal floorTop(const QString &buildingId, int floor) const;
    qreal floorBottom(const QString &buildingId, int floor) const;
    // The building whose box, grown sideways and upwards (roofs, stair cores and lift overruns are not
    // units), contains the point; the smallest such box where they overlap; "" if none.
    QString buildingAtPoint(const QVector3D &point) const;
    QString buildingOfUnit(const QString &unitId) const; // "" if unknown
    QList<Box> buildingBoxes() const;                    // in building id order

    static constexpr float SidewaysSlack = 1.5f;
    static constexpr float UpwardsSlack = 6.0f;

private:
    struct Floor
    {
        Box box;
        QStringList units; // sorted
    };
    struct Building
    {
        Box box;
        QMap<int, Floor> floors;
    };
    QMap<QString, Building> m_buildings;
    QHash<QString, QString> m_buildingOfUnit;
};

} // namespace showroom::scene
