// Where a visitor can walk inside a home, derived once from the interior model's geometry (on a worker
// thread, no Qt Quick): its storeys, its rooms, and per storey an occupancy grid of 5 cm cells. A cell is
// walkable when it lies over a floor of that storey and a body of radius 0.2 m standing there touches
// nothing between knee and head (walls, fixtures, furniture, glazing, door leaves). Doors are gaps in
// the walls, so doorways are passable. Everything the walk controller asks per frame is a few grid
// lookups; only pathTo() searches.
//
// Plan points are QPointF(x, z) in interior-local metres (the interior's origin is the unit's centre at
// floor level, +Y up, +Z towards the facade).
#pragma once

#include "importer/ImportedScene.h"

#include <QHash>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <cstdint>
#include <memory>
#include <vector>

namespace showroom::interior {

class WalkPlanBuilder;

class WalkPlan
{
public:
    static constexpr double cellSize = 0.05;      // metres per grid cell
    static constexpr double bodyRadius = 0.2;     // the visitor's clearance from any geometry
    static constexpr double kneeHeight = 0.1;     // geometry lower than this above the floor is stepped over
    static constexpr double headHeight = 1.9;     // geometry higher than this above the floor is overhead
    static constexpr double storeyGap = 1.5;      // floors at least this far apart are different storeys
    static constexpr double maxStepLength = 0.05; // slide() never moves further than this in one go

    struct Room
    {
        QString id;   // the part of the node name after "Floor_": "Living", "Bedroom_1"
        QString name; // what the visitor sees: from roomNames, else the id with spaces
        int storey = 0;
        QRectF bounds;            // plan bounds of its floor
        QVector<QPolygonF> floor; // plan outline(s) of its floor
        QPointF centre;           // a walkable point near the middle (label anchor, fallback entry)
    };

    // Builds the plan of an interior (ImportedScene in interior-local coordinates). roomNames maps a
    // floor node ("Floor_Living") to the visible name; rooms it does not list get their id with spaces.
    // Never null; an interior without Floor_* nodes gives a plan with no storeys and nothing walkable.
    static std::shared_ptr<const WalkPlan> fromScene(const importer::ImportedScene &interior,
                                                     const QHash<QString, QString> &roomNames = {});

    int storeyCount() const { return int(m_storeys.size()); }
    double floorLevel(int storey) const; // Y of the storey's floor top; 0 for an unknown storey
    int storeyAtHeight(double y) const;  // the storey whose floor is nearest below y + 0.5 m (or 0)

    const QVector<Room> &rooms() const { return m_rooms; }
    int roomAt(int storey, QPointF p) const; // index into rooms() or -1

    bool isWalkable(int storey, QPointF p) const;
    // The walkable point nearest to p (within `maxDistance`), or p itself when *found is set false.
    QPointF nearestWalkable(int storey, QPointF p, bool *found = nullptr, double maxDistance = 50) const;

    // Collide and slide: moves from `from` by `delta` in sub-steps of at most 5 cm; a blocked step tries
    // the components along the wall. The result is walkable whenever `from` is (else it is `from`).
    QPointF slide(int storey, QPointF from, QPointF delta) const;
    // A smoothed walkable path from `from` (first point) to `target` or, when that cannot be reached,
    // to the reachable point nearest to it (last point). Empty if `from` is not walkable.
    QVector<QPointF> pathTo(int storey, QPointF from, QPointF target) const;
    // True when the straight segment a-b stays on walkable cells.
    bool lineOfSight(int storey, QPointF a, QPointF b) const;

    // Just inside the entrance door, facing into the home; without an entrance door, the largest room's
    // centre (facing +Z). *storey and *facingYawDeg (0 = +Z, 90 = +X) are set when not null.
    QPointF entryPoint(int *storey, double *facingYawDeg = nullptr) const;
    // 0.7 m inside the living room's facade window or glazed door (the widest one), facing out.
    // False when the interior has no window at all.
    bool windowSpot(QPointF *inside, double *facingYawDeg, int *storey = nullptr) const;

    QRectF planBounds(int storey) const;                // floors of the storey, with the walls around
    const QVector<QRectF> &obstacles(int storey) const; // XZ footprints of what blocks the body

private:
    friend class WalkPlanBuilder;

    struct Storey
    {
        double level = 0;
        QRectF bounds;      // planBounds
        double originX = 0; // plan position of cell (0, 0)'s corner
        double originZ = 0;
        int cols = 0, rows = 0;
        std::vector<std::uint8_t> walkable; // 1 = the body fits here
        std::vector<std::int16_t> room;     // index into m_rooms or -1
        QVector<QRectF> obstacles;
    };

    bool cellOf(const Storey &s, QPointF p, int *col, int *row) const;
    QPointF cellCentre(const Storey &s, int col, int row) const;
    bool walkableCell(const Storey &s, int col, int row) const;
    const Storey *storeyData(int storey) const;

    std::vector<Storey> m_storeys;
    QVector<Room> m_rooms;
    QPointF m_entry;
    int m_entryStorey = 0;
    double m_entryYaw = 0;
    bool m_hasWindow = false;
    QPointF m_window;
    double m_windowYaw = 0;
    int m_windowStorey = 0;
};

} // namespace showroom::interior
