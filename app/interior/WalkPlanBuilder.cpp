// WalkPlan::fromScene: storeys and rooms from the Floor_* nodes, then per storey an occupancy grid
// rasterised from every other triangle that reaches between knee and head height.
#include "interior/WalkPlan.h"

#include "interior/WalkGeometry.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <map>

namespace showroom::interior {

using importer::ImportedScene;

namespace {

constexpr int kMaxCells = 4000;     // per side of a storey's grid: 200 m
constexpr size_t kMaxRooms = 30000; // fits the grid's int16 room index

// A room's floor as found in the scene: its upward faces and the height of their top.
struct FloorFaces
{
    QString id;
    std::vector<Tri> up;
    double top = -1e30;
    double area = 0;
    int storey = 0;
};

QString roomDisplayName(const QString &id, const QHash<QString, QString> &roomNames)
{
    const QString byNode = roomNames.value(QStringLiteral("Floor_") + id);
    if (!byNode.isEmpty())
        return byNode;
    const QString byId = roomNames.value(id);
    if (!byId.isEmpty())
        return byId;
    QString name = id;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

} // namespace

class WalkPlanBuilder
{
public:
    WalkPlanBuilder(WalkPlan &plan, const ImportedScene &scene) : m_plan(plan), m_geometry(scene) {}

    void build(const QHash<QString, QString> &roomNames)
    {
        collectFloors();
        if (m_floors.empty())
            return;
        makeStoreys();
        for (size_t i = 0; i < m_floors.size(); ++i) {
            WalkPlan::Room room;
            room.id = m_floors[i].id;
            room.name = roomDisplayName(room.id, roomNames);
            room.storey = m_floors[i].storey;
            QPainterPath path;
            path.setFillRule(Qt::WindingFill);
            for (const Tri &t : m_floors[i].up)
                path.addPolygon(QPolygonF({plan(t.a), plan(t.b), plan(t.c), plan(t.a)}));
            const QPainterPath merged = path.simplified();
            for (const QPolygonF &poly : merged.toSubpathPolygons())
                room.floor.push_back(poly);
            room.bounds = path.boundingRect();
            m_plan.m_rooms.push_back(room);
        }
        for (int s = 0; s < int(m_plan.m_storeys.size()); ++s)
            rasteriseStorey(s);
        for (WalkPlan::Room &room : m_plan.m_rooms)
            room.centre = roomCentre(room, int(&room - m_plan.m_rooms.data()));
        findEntry();
        findWindow();
    }

private:
    void collectFloors()
    {
        std::map<QString, size_t> byId;
        for (const NodeGeometry &g : m_geometry.nodes()) {
            if (g.floorRoom.isEmpty())
                continue;
            auto it = byId.find(g.floorRoom);
            if (it == byId.end() && m_floors.size() >= kMaxRooms)
                continue; // room indices are 16-bit in the grid
            if (it == byId.end()) {
                it = byId.emplace(g.floorRoom, m_floors.size()).first;
                m_floors.push_back({g.floorRoom, {}, -1e30, 0, 0});
            }
            FloorFaces &f = m_floors[it->second];
            for (const Tri &t : g.tris) {
                if (t.normal().normalized().y() < 0.7f)
                    continue;
                f.up.push_back(t);
                f.top = std::max<double>(f.top, std::max({t.a.y(), t.b.y(), t.c.y()}));
                f.area += t.planArea();
            }
        }
        m_floors.erase(std::remove_if(m_floors.begin(), m_floors.end(),
                                      [](const FloorFaces &f) { return f.up.empty(); }),
                       m_floors.end());
    }

    // Clusters floor tops into storeys (a new storey starts storeyGap above the previous one's lowest
    // floor); a storey's level is the top of its largest floor.
    void makeStoreys()
    {
        std::vector<size_t> order(m_floors.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return m_floors[a].top < m_floors[b].top || (m_floors[a].top == m_floors[b].top && a < b);
        });
        double clusterStart = 0;
        double largest = -1;
        for (size_t k = 0; k < order.size(); ++k) {
            FloorFaces &f = m_floors[order[k]];
            if (k == 0 || f.top - clusterStart >= WalkPlan::storeyGap) {
                m_plan.m_storeys.emplace_back();
                clusterStart = f.top;
                largest = -1;
            }
            f.storey = int(m_plan.m_storeys.size()) - 1;
            if (f.area > largest) {
                largest = f.area;
                m_plan.m_storeys.back().level = f.top;
            }
        }
    }

    void rasteriseStorey(int s)
    {
        WalkPlan::Storey &st = m_plan.m_storeys[s];
        QRectF floors;
        for (const WalkPlan::Room &r : m_plan.m_rooms)
            if (r.storey == s)
                floors = floors.isNull() ? r.bounds : floors.united(r.bounds);
        st.bounds = floors.adjusted(-0.2, -0.2, 0.2, 0.2);
        // Cell edges sit half a cell off the 5 cm lattice that plans are usually drawn on, so a wall face
        // lies inside a cell rather than on the edge between two.
        const double margin = 0.5, c = WalkPlan::cellSize;
        st.originX = (std::floor((floors.left() - margin) / c) - 0.5) * c;
        st.originZ = (std::floor((floors.top() - margin) / c) - 0.5) * c;
        // A home fits in 200 m; a broken model's 10 km floor must not allocate a city-sized grid.
        st.cols = std::clamp(int(std::ceil((floors.right() + margin - st.originX) / c)), 1, kMaxCells);
        st.rows = std::clamp(int(std::ceil((floors.bottom() + margin - st.originZ) / c)), 1, kMaxCells);
        OccupancyGrid grid(st.originX, st.originZ, c, st.cols, st.rows);

        std::vector<std::int16_t> room(size_t(st.cols) * st.rows, -1);
        for (size_t i = 0; i < m_floors.size(); ++i)
            if (m_floors[i].storey == s)
                for (const Tri &t : m_floors[i].up)
                    grid.fillTriangle(t, [&](size_t cell) { room[cell] = std::int16_t(i); });

        const double lo = st.level + WalkPlan::kneeHeight, hi = st.level + WalkPlan::headHeight;
        for (const NodeGeometry &g : m_geometry.nodes()) {
            if (!g.floorRoom.isEmpty() || g.maxY <= lo || g.minY >= hi)
                continue;
            // An open door's leaf swings aside as the visitor passes (the demo's bathroom doors open
            // into 1 m corridors); a closed door is a wall, and so is the entrance: the way out is the
            // exit button.
            if (!g.door.isEmpty() && g.door != QLatin1String("Door_Entrance") &&
                m_geometry.isOpenDoor(g.door))
                continue;
            for (const Tri &t : g.tris)
                grid.markSlab(t, lo, hi);
            for (double h : {lo + 0.2, st.level + 1.0, hi - 0.2})
                grid.fillCrossSection(g.tris, h);
        }
        st.walkable = grid.clearance(WalkPlan::bodyRadius, room);
        st.room = std::move(room);
        st.obstacles = grid.obstacleRects();
    }

    QPointF roomCentre(const WalkPlan::Room &room, int index) const
    {
        const WalkPlan::Storey &st = m_plan.m_storeys[room.storey];
        const QPointF mid = room.bounds.center();
        int bestCell = -1;
        double best = 1e30;
        for (int r = 0; r < st.rows; ++r)
            for (int col = 0; col < st.cols; ++col) {
                const size_t i = size_t(r) * st.cols + col;
                if (st.room[i] != index || !st.walkable[i])
                    continue;
                const QPointF d = m_plan.cellCentre(st, col, r) - mid;
                const double dist = d.x() * d.x() + d.y() * d.y();
                if (dist < best) {
                    best = dist;
                    bestCell = int(i);
                }
            }
        if (bestCell < 0)
            return mid;
        const QPointF cell = m_plan.cellCentre(st, bestCell % st.cols, bestCell / st.cols);
        return best < WalkPlan::cellSize * WalkPlan::cellSize ? mid : cell;
    }

    int largestRoom() const
    {
        int best = -1;
        for (size_t i = 0; i < m_floors.size(); ++i)
            if (best < 0 || m_floors[i].area > m_floors[size_t(best)].area)
                best = int(i);
        return best;
    }

    void findEntry()
    {
        const Box door = m_geometry.boxOf(QStringLiteral("Door_Entrance"));
        if (door.valid) {
            const int s = m_plan.storeyAtHeight(door.min.y());
            const QPointF c((door.min.x() + door.max.x()) / 2, (door.min.z() + door.max.z()) / 2);
            const QPointF n = door.thinAxis();
            for (double sign : {1.0, -1.0}) {
                const QPointF inward = n * sign;
                const QPointF p = c + inward * 0.6;
                if (m_plan.roomAt(s, p) < 0)
                    continue;
                bool found = false;
                const QPointF q = m_plan.nearestWalkable(s, p, &found, 1.0);
                if (!found)
                    continue;
                m_plan.m_entry = q;
                m_plan.m_entryStorey = s;
                m_plan.m_entryYaw = yawOf(inward);
                return;
            }
        }
        const int r = largestRoom();
        m_plan.m_entryStorey = m_plan.m_rooms[r].storey;
        m_plan.m_entry = m_plan.m_rooms[r].centre;
        m_plan.m_entryYaw = 0;
    }

    void findWindow()
    {
        int living = -1;
        for (int i = 0; i < m_plan.m_rooms.size(); ++i)
            if (m_plan.m_rooms[i].id.compare(QLatin1String("Living"), Qt::CaseInsensitive) == 0)
                living = i;
        for (int i = 0; living < 0 && i < m_plan.m_rooms.size(); ++i)
            if (m_plan.m_rooms[i].id.contains(QLatin1String("Living"), Qt::CaseInsensitive))
                living = i;
        if (living < 0)
            living = largestRoom();
        const WalkPlan::Room &room = m_plan.m_rooms[living];
        const QString own = QStringLiteral("Window_") + room.id;
        Box best;
        double bestScore = -1;
        for (const auto &[name, box] : m_geometry.windows()) {
            const QPointF c((box.min.x() + box.max.x()) / 2, (box.min.z() + box.max.z()) / 2);
            const bool named = name == own || name.startsWith(own + QLatin1Char('_'));
            const bool beside = room.bounds.adjusted(-0.4, -0.4, 0.4, 0.4).contains(c);
            if (!named && !beside)
                continue;
            const double width = std::max(box.max.x() - box.min.x(), box.max.z() - box.min.z());
            const double score = width + (named ? 100 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = box;
            }
        }
        if (!best.valid)
            return;
        const QPointF c((best.min.x() + best.max.x()) / 2, (best.min.z() + best.max.z()) / 2);
        QPointF out = best.thinAxis();
        const QPointF toWindow = c - room.bounds.center();
        if (out.x() * toWindow.x() + out.y() * toWindow.y() < 0)
            out = -out;
        m_plan.m_hasWindow = true;
        m_plan.m_window = c - out * 0.7;
        m_plan.m_windowYaw = yawOf(out);
        m_plan.m_windowStorey = m_plan.storeyAtHeight(best.min.y());
    }

    static QPointF plan(const QVector3D &v) { return {v.x(), v.z()}; }
    static double yawOf(QPointF d) { return std::atan2(d.x(), d.y()) * 180.0 / M_PI; }

    WalkPlan &m_plan;
    SceneTriangles m_geometry;
    std::vector<FloorFaces> m_floors;
};

std::shared_ptr<const WalkPlan> WalkPlan::fromScene(const ImportedScene &interior,
                                                    const QHash<QString, QString> &roomNames)
{
    auto plan = std::make_shared<WalkPlan>();
    WalkPlanBuilder(*plan, interior).build(roomNames);
    return plan;
}

} // namespace showroom::interior
