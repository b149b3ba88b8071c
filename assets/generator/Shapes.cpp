#include "Shapes.h"

#include <array>
#include <cmath>
#include <map>

namespace demo {

void addBox(MeshData &m, const QVector3D &min, const QVector3D &max, const QMatrix4x4 &xf)
{
    std::array<QVector3D, 8> c;
    for (int i = 0; i < 8; ++i)
        c[std::size_t(i)] = xf.map(
            QVector3D(i & 1 ? max.x() : min.x(), i & 2 ? max.y() : min.y(), i & 4 ? max.z() : min.z()));
    const QVector3D centre = xf.map((min + max) * 0.5f);
    // Corner index bits: x=1, y=2, z=4. Each face lists its corners around the rectangle.
    static const int faces[6][4] = {{1, 3, 7, 5}, {0, 4, 6, 2}, {2, 6, 7, 3},
                                    {0, 1, 5, 4}, {4, 5, 7, 6}, {0, 2, 3, 1}};
    for (const auto &f : faces)
        m.addPolygon({c[std::size_t(f[0])], c[std::size_t(f[1])], c[std::size_t(f[2])], c[std::size_t(f[3])]},
                     centre);
}

void addSegment(MeshData &m, const QVector2D &a, const QVector2D &b, float width, float y0, float y1)
{
    const QVector2D d = b - a;
    const float length = d.length();
    QMatrix4x4 xf;
    xf.translate(QVector3D((a.x() + b.x()) / 2, 0, (a.y() + b.y()) / 2));
    xf.rotate(float(std::atan2(-d.y(), d.x()) * 180.0 / M_PI), 0, 1, 0);
    addBox(m, QVector3D(-length / 2, y0, -width / 2), QVector3D(length / 2, y1, width / 2), xf);
}

void addGableRoof(MeshData &m, float x0, float x1, float z0, float z1, float yEave, float yRidge)
{
    const float xm = (x0 + x1) / 2;
    const QVector3D inside(xm, (yEave * 2 + yRidge) / 3, (z0 + z1) / 2);
    const QVector3D a0(x0, yEave, z0), b0(x1, yEave, z0), r0(xm, yRidge, z0);
    const QVector3D a1(x0, yEave, z1), b1(x1, yEave, z1), r1(xm, yRidge, z1);
    m.addPolygon({a0, r0, r1, a1}, inside);
    m.addPolygon({b0, b1, r1, r0}, inside);
    m.addPolygon({a0, b0, r0}, inside);
    m.addPolygon({a1, b1, r1}, inside);
    m.addPolygon({a0, a1, b1, b0}, inside);
}

void addCylinder(MeshData &m, const QVector3D &base, float radius, float height, int sides, float topRadius)
{
    const QVector3D inside = base + QVector3D(0, height * 0.25f, 0);
    std::vector<QVector3D> bottom, top;
    for (int i = 0; i < sides; ++i) {
        const double a = 2 * M_PI * i / sides;
        const float cx = float(std::cos(a)), sz = float(std::sin(a));
        bottom.push_back(base + QVector3D(cx * radius, 0, sz * radius));
        top.push_back(base + QVector3D(cx * topRadius, height, sz * topRadius));
    }
    const QVector3D apex = base + QVector3D(0, height, 0);
    for (int i = 0; i < sides; ++i) {
        const std::size_t j = std::size_t((i + 1) % sides), k = std::size_t(i);
        if (topRadius > 0)
            m.addPolygon({bottom[k], bottom[j], top[j], top[k]}, inside);
        else
            m.addPolygon({bottom[k], bottom[j], apex}, inside);
    }
    m.addPolygon(bottom, inside);
    if (topRadius > 0)
        m.addPolygon(top, inside);
}

void addIcosphere(MeshData &m, const QVector3D &centre, float radius, int subdivisions, float ySquash)
{
    const float t = float((1.0 + std::sqrt(5.0)) / 2.0);
    std::vector<QVector3D> v = {{-1, t, 0},  {1, t, 0},  {-1, -t, 0}, {1, -t, 0}, {0, -1, t},  {0, 1, t},
                                {0, -1, -t}, {0, 1, -t}, {t, 0, -1},  {t, 0, 1},  {-t, 0, -1}, {-t, 0, 1}};
    for (auto &p : v)
        p.normalize();
    std::vector<std::array<int, 3>> f = {{0, 11, 5}, {0, 5, 1},  {0, 1, 7},   {0, 7, 10}, {0, 10, 11},
                                         {1, 5, 9},  {5, 11, 4}, {11, 10, 2}, {10, 7, 6}, {7, 1, 8},
                                         {3, 9, 4},  {3, 4, 2},  {3, 2, 6},   {3, 6, 8},  {3, 8, 9},
                                         {4, 9, 5},  {2, 4, 11}, {6, 2, 10},  {8, 6, 7},  {9, 8, 1}};
    for (int s = 0; s < subdivisions; ++s) {
        std::map<std::pair<int, int>, int> mid;
        auto midpoint = [&](int a, int b) {
            const auto key = std::make_pair(std::min(a, b), std::max(a, b));
            auto it = mid.find(key);
            if (it != mid.end())
                return it->second;
            v.push_back(((v[std::size_t(a)] + v[std::size_t(b)]) * 0.5f).normalized());
            const int idx = int(v.size()) - 1;
            mid[key] = idx;
            return idx;
        };
        std::vector<std::array<int, 3>> next;
        for (const auto &tri : f) {
            const int a = midpoint(tri[0], tri[1]), b = midpoint(tri[1], tri[2]),
                      c = midpoint(tri[2], tri[0]);
            next.push_back({tri[0], a, c});
            next.push_back({tri[1], b, a});
            next.push_back({tri[2], c, b});
            next.push_back({a, b, c});
        }
        f = std::move(next);
    }
    for (const auto &tri : f) {
        std::vector<QVector3D> p;
        for (int i : tri) {
            const QVector3D &q = v[std::size_t(i)];
            p.push_back(centre + QVector3D(q.x() * radius, q.y() * radius * ySquash, q.z() * radius));
        }
        m.addPolygon(p, centre);
    }
}

} // namespace demo
