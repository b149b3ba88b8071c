#include "scene/BuildingIndex.h"

#include <algorithm>
#include <limits>

namespace showroom::scene {

namespace {

void grow(BuildingIndex::Box &into, const BuildingIndex::Box &box, bool first)
{
    if (first) {
        into = box;
        return;
    }
    const auto &[mn, mx] = box;
    into.first = QVector3D(std::min(into.first.x(), mn.x()), std::min(into.first.y(), mn.y()),
                           std::min(into.first.z(), mn.z()));
    into.second = QVector3D(std::max(into.second.x(), mx.x()), std::max(into.second.y(), mx.y()),
                            std::max(into.second.z(), mx.z()));
}

} // namespace

BuildingIndex::BuildingIndex(const QHash<QString, Box> &unitBoxes, const QHash<QString, UnitPlace> &places)
{
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        if (it->buildingId.isEmpty())
            continue;
        m_buildingOfUnit.insert(it.key(), it->buildingId);
        const auto box = unitBoxes.constFind(it.key());
        if (box == unitBoxes.cend())
            continue; // no geometry: nothing to frame or cut
        const bool newBuilding = !m_buildings.contains(it->buildingId);
        Building &building = m_buildings[it->buildingId];
        grow(building.box, *box, newBuilding);
        const bool newFloor = !building.floors.contains(it->floor);
        Floor &floor = building.floors[it->floor];
        grow(floor.box, *box, newFloor);
        floor.units << it.key();
    }
    for (Building &building : m_buildings) {
        for (Floor &floor : building.floors)
            floor.units.sort();
    }
}

BuildingIndex::Box BuildingIndex::buildingBox(const QString &buildingId) const
{
    const auto it = m_buildings.constFind(buildingId);
    return it == m_buildings.cend() ? Box{} : it->box;
}

QList<int> BuildingIndex::floorsOf(const QString &buildingId) const
{
    const auto it = m_buildings.constFind(buildingId);
    return it == m_buildings.cend() ? QList<int>{} : it->floors.keys();
}

QStringList BuildingIndex::unitsOnFloor(const QString &buildingId, int floor) const
{
    const auto it = m_buildings.constFind(buildingId);
    return it == m_buildings.cend() ? QStringList{} : it->floors.value(floor).units;
}

qreal BuildingIndex::floorTop(const QString &buildingId, int floor) const
{
    const auto it = m_buildings.constFind(buildingId);
    if (it == m_buildings.cend() || !it->floors.contains(floor))
        return std::numeric_limits<qreal>::quiet_NaN();
    return it->floors.value(floor).box.second.y();
}

qreal BuildingIndex::floorBottom(const QString &buildingId, int floor) const
{
    const auto it = m_buildings.constFind(buildingId);
    if (it == m_buildings.cend() || !it->floors.contains(floor))
        return std::numeric_limits<qreal>::quiet_NaN();
    return it->floors.value(floor).box.first.y();
}

QString BuildingIndex::buildingAtPoint(const QVector3D &p) const
{
    QString best;
    float bestVolume = std::numeric_limits<float>::max();
    for (auto it = m_buildings.cbegin(); it != m_buildings.cend(); ++it) {
        const QVector3D mn = it->box.first - QVector3D(SidewaysSlack, 0, SidewaysSlack);
        const QVector3D mx = it->box.second + QVector3D(SidewaysSlack, UpwardsSlack, SidewaysSlack);
        if (p.x() < mn.x() || p.y() < mn.y() || p.z() < mn.z() || p.x() > mx.x() || p.y() > mx.y() ||
            p.z() > mx.z())
            continue;
        const QVector3D size = mx - mn;
        const float volume = size.x() * size.y() * size.z();
        if (volume < bestVolume) { // ids ascend: an equal volume keeps the first id
            bestVolume = volume;
            best = it.key();
        }
    }
    return best;
}

QString BuildingIndex::buildingOfUnit(const QString &unitId) const
{
    return m_buildingOfUnit.value(unitId);
}

QList<BuildingIndex::Box> BuildingIndex::buildingBoxes() const
{
    QList<Box> boxes;
    for (const Building &building : m_buildings)
        boxes << building.box;
    return boxes;
}

} // namespace showroom::scene
