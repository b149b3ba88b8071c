#include "interior/WalkGeometry.h"

#include <algorithm>
#include <cmath>

namespace showroom::interior {

using importer::ImportedScene;

double Tri::planArea() const
{
    return std::fabs((b.x() - a.x()) * (c.z() - a.z()) - (c.x() - a.x()) * (b.z() - a.z())) / 2;
}

QPointF Box::thinAxis() const
{
    return max.x() - min.x() < max.z() - min.z() ? QPointF(1, 0) : QPointF(0, 1);
}

namespace {

// The name of the nearest node from `node` up to the root whose name starts with `prefix`, or empty.
QString ancestorWithPrefix(const ImportedScene &scene, int node, const QString &prefix)
{
    for (int n = node; n >= 0; n = scene.nodes[size_t(n)].parent)
        if (scene.nodes[size_t(n)].name.startsWith(prefix))
            return scene.nodes[size_t(n)].name;
    return {};
}

} // namespace

SceneTriangles::SceneTriangles(const ImportedScene &scene) : m_scene(scene)
{
    const QString floorPrefix = QStringLiteral("Floor_"), windowPrefix = QStringLiteral("Window_");
    const QString doorPrefix = QStringLiteral("Door_");
    std::vector<std::pair<QString, Box>> windows;
    // Grows the box named `name` in `boxes` by the triangles.
    auto grow = [](std::vector<std::pair<QString, Box>> &boxes, const QString &name,
                   const std::vector<Tri> &tris) {
        auto it = std::find_if(boxes.begin(), boxes.end(), [&](const auto &b) { return b.first == name; });
        if (it == boxes.end())
            it = boxes.insert(boxes.end(), {name, Box{}});
        for (const Tri &t : tris)
            for (const QVector3D &p : {t.a, t.b, t.c})
                it->second.include(p);
    };
    for (int n = 0; n < int(scene.nodes.size()); ++n) {
        const importer::Node &node = scene.nodes[size_t(n)];
        if (node.meshes.empty())
            continue;
        const QMatrix4x4 world = scene.worldTransform(n);
        const bool mirrored = world.determinant() < 0;
        NodeGeometry g;
        const QString floor = ancestorWithPrefix(scene, n, floorPrefix);
        g.floorRoom = floor.mid(floorPrefix.size());
        for (int m : node.meshes) {
            if (m < 0 || m >= int(scene.meshes.size()))
                continue;
            const importer::Mesh &mesh = scene.meshes[size_t(m)];
            std::vector<QVector3D> v(mesh.vertexCount());
            for (size_t i = 0; i < v.size(); ++i) {
                v[i] = world.map(
                    QVector3D(mesh.positions[3 * i], mesh.positions[3 * i + 1], mesh.positions[3 * i + 2]));
                g.minY = std::min<double>(g.minY, v[i].y());
                g.maxY = std::max<double>(g.maxY, v[i].y());
            }
            for (size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
                const std::uint32_t a = mesh.indices[i], b = mesh.indices[i + 1], c = mesh.indices[i + 2];
                if (a >= v.size() || b >= v.size() || c >= v.size())
                    continue;
                g.tris.push_back(mirrored ? Tri{v[a], v[c], v[b]} : Tri{v[a], v[b], v[c]});
            }
        }
        const QString window = ancestorWithPrefix(scene, n, windowPrefix);
        if (!window.isEmpty())
            grow(windows, window, g.tris);
        g.door = ancestorWithPrefix(scene, n, doorPrefix);
        if (!g.door.isEmpty())
            grow(m_doors, g.door, g.tris);
        m_nodes.push_back(std::move(g));
        m_nodeOf.push_back(n);
    }
    // Nested Window_ nodes belong to their outermost Window_ ancestor.
    for (const auto &w : windows) {
        const int node = scene.findNode(w.first);
        const int parent = node >= 0 ? scene.nodes[size_t(node)].parent : -1;
        if (parent < 0 || ancestorWithPrefix(scene, parent, windowPrefix).isEmpty())
            if (w.second.valid)
                m_windows.push_back(w);
    }
}

bool SceneTriangles::isOpenDoor(const QString &door) const
{
    for (const auto &[name, box] : m_doors)
        if (name == door)
            return std::min(box.max.x() - box.min.x(), box.max.z() - box.min.z()) > 0.55f;
    return false;
}

Box SceneTriangles::boxOf(const QString &nodeName) const
{
    Box box;
    const int target = m_scene.findNode(nodeName);
    if (target < 0)
        return box;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        bool under = false;
        for (int n = m_nodeOf[i]; n >= 0 && !under; n = m_scene.nodes[size_t(n)].parent)
            under = n == target;
        if (under)
            for (const Tri &t : m_nodes[i].tris)
                for (const QVector3D &p : {t.a, t.b, t.c})
                    box.include(p);
    }
    return box;
}

OccupancyGrid::OccupancyGrid(double originX, double originZ, double cell, int cols, int rows)
    : m_ox(originX), m_oz(originZ), m_cell(cell), m_cols(cols), m_rows(rows),
      m_blocked(size_t(cols) * size_t(rows), 0)
{
}

void OccupancyGrid::fillTriangle(const Tri &t, const std::function<void(size_t)> &hit) const
{
    const QPointF p[3] = {{t.a.x(), t.a.z()}, {t.b.x(), t.b.z()}, {t.c.x(), t.c.z()}};
    const double area =
        (p[1].x() - p[0].x()) * (p[2].y() - p[0].y()) - (p[2].x() - p[0].x()) * (p[1].y() - p[0].y());
    if (std::fabs(area) < 1e-12)
        return;
    const double sign = area > 0 ? 1 : -1, eps = 1e-9;
    const double minX = std::min({p[0].x(), p[1].x(), p[2].x()}),
                 maxX = std::max({p[0].x(), p[1].x(), p[2].x()});
    const double minZ = std::min({p[0].y(), p[1].y(), p[2].y()}),
                 maxZ = std::max({p[0].y(), p[1].y(), p[2].y()});
    const int c0 = std::max(0, int(std::floor((minX - m_ox) / m_cell)));
    const int c1 = std::min(m_cols - 1, int(std::floor((maxX - m_ox) / m_cell)));
    const int r0 = std::max(0, int(std::floor((minZ - m_oz) / m_cell)));
    const int r1 = std::min(m_rows - 1, int(std::floor((maxZ - m_oz) / m_cell)));
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const QPointF q(m_ox + (c + 0.5) * m_cell, m_oz + (r + 0.5) * m_cell);
            bool inside = true;
            for (int e = 0; e < 3 && inside; ++e) {
                const QPointF &u = p[e], &w = p[(e + 1) % 3];
                const double cross = (w.x() - u.x()) * (q.y() - u.y()) - (q.x() - u.x()) * (w.y() - u.y());
                inside = cross * sign >= -eps;
            }
            if (inside)
                hit(size_t(r) * m_cols + c);
        }
}

void OccupancyGrid::markSlab(const Tri &t, double lo, double hi)
{
    // Clip the triangle to lo <= y <= hi (Sutherland-Hodgman against two planes), then project.
    std::vector<QVector3D> poly = {t.a, t.b, t.c};
    for (int side = 0; side < 2 && !poly.empty(); ++side) {
        std::vector<QVector3D> out;
        auto inside = [&](const QVector3D &v) { return side == 0 ? v.y() >= lo : v.y() <= hi; };
        const double plane = side == 0 ? lo : hi;
        for (size_t i = 0; i < poly.size(); ++i) {
            const QVector3D &cur = poly[i], &next = poly[(i + 1) % poly.size()];
            if (inside(cur))
                out.push_back(cur);
            if (inside(cur) != inside(next)) {
                const float k = float((plane - cur.y()) / (next.y() - cur.y()));
                out.push_back(cur + (next - cur) * k);
            }
        }
        poly.swap(out);
    }
    if (poly.empty())
        return;
    std::vector<QPointF> plan;
    for (const QVector3D &v : poly)
        plan.emplace_back(v.x(), v.z());
    markPolygon(plan);
}

void OccupancyGrid::markPolygon(const std::vector<QPointF> &poly)
{
    double minX = 1e30, maxX = -1e30, minZ = 1e30, maxZ = -1e30;
    for (const QPointF &p : poly) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minZ = std::min(minZ, p.y());
        maxZ = std::max(maxZ, p.y());
    }
    const double eps = 1e-6;
    const int c0 = std::max(0, int(std::floor((minX - eps - m_ox) / m_cell)));
    const int c1 = std::min(m_cols - 1, int(std::floor((maxX + eps - m_ox) / m_cell)));
    const int r0 = std::max(0, int(std::floor((minZ - eps - m_oz) / m_cell)));
    const int r1 = std::min(m_rows - 1, int(std::floor((maxZ + eps - m_oz) / m_cell)));
    if (c0 > c1 || r0 > r1)
        return;
    // Separating axes: the cell's own axes (the bounding range above) and each polygon edge's normal.
    std::vector<QPointF> normals;
    for (size_t i = 0; i < poly.size(); ++i) {
        const QPointF e = poly[(i + 1) % poly.size()] - poly[i];
        if (std::fabs(e.x()) + std::fabs(e.y()) > 1e-9)
            normals.emplace_back(-e.y(), e.x());
    }
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const double x0 = m_ox + c * m_cell, z0 = m_oz + r * m_cell;
            bool touches = true;
            for (const QPointF &n : normals) {
                double pMin = 1e30, pMax = -1e30;
                for (const QPointF &p : poly) {
                    const double d = p.x() * n.x() + p.y() * n.y();
                    pMin = std::min(pMin, d);
                    pMax = std::max(pMax, d);
                }
                const double len = std::hypot(n.x(), n.y());
                const double centre = (x0 + m_cell / 2) * n.x() + (z0 + m_cell / 2) * n.y();
                const double half = (std::fabs(n.x()) + std::fabs(n.y())) * m_cell / 2;
                if (centre + half < pMin - eps * len || centre - half > pMax + eps * len) {
                    touches = false;
                    break;
                }
            }
            if (touches)
                m_blocked[size_t(r) * m_cols + c] = 1;
        }
}

void OccupancyGrid::fillCrossSection(const std::vector<Tri> &tris, double h)
{
    struct Segment
    {
        QPointF p, q;
        int winding; // +1 entering the solid when crossed towards +X, -1 leaving
    };
    std::vector<Segment> segments;
    double minZ = 1e30, maxZ = -1e30;
    for (const Tri &t : tris) {
        const QVector3D v[3] = {t.a, t.b, t.c};
        std::vector<QPointF> cut;
        for (int e = 0; e < 3; ++e) {
            const QVector3D &u = v[e], &w = v[(e + 1) % 3];
            if ((u.y() >= h) != (w.y() >= h)) {
                const double k = (h - u.y()) / (w.y() - u.y());
                cut.emplace_back(u.x() + (w.x() - u.x()) * k, u.z() + (w.z() - u.z()) * k);
            }
        }
        const QVector3D n = t.normal();
        if (cut.size() != 2 || std::fabs(n.x()) < 1e-9 * n.length())
            continue;
        segments.push_back({cut[0], cut[1], n.x() > 0 ? -1 : 1});
        minZ = std::min({minZ, cut[0].y(), cut[1].y()});
        maxZ = std::max({maxZ, cut[0].y(), cut[1].y()});
    }
    if (segments.empty())
        return;
    const int r0 = std::max(0, int(std::floor((minZ - m_oz) / m_cell)));
    const int r1 = std::min(m_rows - 1, int(std::floor((maxZ - m_oz) / m_cell)));
    std::vector<std::pair<double, int>> crossings;
    for (int r = r0; r <= r1; ++r) {
        const double z = m_oz + (r + 0.5) * m_cell;
        crossings.clear();
        for (const Segment &s : segments) {
            const double z1 = s.p.y(), z2 = s.q.y();
            if ((z1 <= z && z < z2) || (z2 <= z && z < z1))
                crossings.emplace_back(s.p.x() + (s.q.x() - s.p.x()) * (z - z1) / (z2 - z1), s.winding);
        }
        std::sort(crossings.begin(), crossings.end());
        int winding = 0;
        for (size_t i = 0; i + 1 < crossings.size(); ++i) {
            winding += crossings[i].second;
            if (winding == 0)
                continue;
            const int c0 = std::max(0, int(std::ceil((crossings[i].first - m_ox) / m_cell - 0.5)));
            const int c1 =
                std::min(m_cols - 1, int(std::floor((crossings[i + 1].first - m_ox) / m_cell - 0.5)));
            for (int c = c0; c <= c1; ++c)
                m_blocked[size_t(r) * m_cols + c] = 1;
        }
    }
}

std::vector<std::uint8_t> OccupancyGrid::clearance(double radius, const std::vector<std::int16_t> &room) const
{
    // A cell is clear when every blocked cell's centre is at least radius + one cell away: then every
    // point of the cell is at least `radius` from whatever blocked that cell.
    const int k = int(std::lround((radius + m_cell) / m_cell));
    std::vector<std::pair<int, int>> disk;
    for (int dz = -k + 1; dz < k; ++dz)
        for (int dx = -k + 1; dx < k; ++dx)
            if (dx * dx + dz * dz < k * k)
                disk.emplace_back(dx, dz);
    std::vector<std::uint8_t> near(m_blocked);
    auto blocked = [&](int c, int r) {
        return c < 0 || r < 0 || c >= m_cols || r >= m_rows || m_blocked[size_t(r) * m_cols + c];
    };
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            if (!m_blocked[size_t(r) * m_cols + c])
                continue;
            if (blocked(c - 1, r) && blocked(c + 1, r) && blocked(c, r - 1) && blocked(c, r + 1))
                continue; // inside a solid: its border cells stamp the disk
            for (const auto &[dx, dz] : disk) {
                const int x = c + dx, z = r + dz;
                if (x >= 0 && z >= 0 && x < m_cols && z < m_rows)
                    near[size_t(z) * m_cols + x] = 1;
            }
        }
    std::vector<std::uint8_t> walkable(near.size(), 0);
    for (size_t i = 0; i < near.size(); ++i)
        walkable[i] = !near[i] && room[i] >= 0;
    return walkable;
}

QVector<QRectF> OccupancyGrid::obstacleRects() const
{
    // Runs of blocked cells per row, merged with the identical run of the rows below.
    QVector<QRectF> rects;
    std::vector<std::uint8_t> used(m_blocked.size(), 0);
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c) {
            const size_t i = size_t(r) * m_cols + c;
            if (!m_blocked[i] || used[i])
                continue;
            int c1 = c;
            while (c1 + 1 < m_cols && m_blocked[size_t(r) * m_cols + c1 + 1] &&
                   !used[size_t(r) * m_cols + c1 + 1])
                ++c1;
            int r1 = r;
            for (bool grow = true; grow && r1 + 1 < m_rows;) {
                for (int x = c; x <= c1 && grow; ++x)
                    grow = m_blocked[size_t(r1 + 1) * m_cols + x] && !used[size_t(r1 + 1) * m_cols + x];
                if (grow)
                    ++r1;
            }
            for (int z = r; z <= r1; ++z)
                for (int x = c; x <= c1; ++x)
                    used[size_t(z) * m_cols + x] = 1;
            rects.push_back(
                QRectF(m_ox + c * m_cell, m_oz + r * m_cell, (c1 - c + 1) * m_cell, (r1 - r + 1) * m_cell));
        }
    return rects;
}

} // namespace showroom::interior
