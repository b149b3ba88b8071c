#include "InteriorModel.h"

#include "Shapes.h"

#include <algorithm>
#include <cmath>

namespace demo {

namespace {

QVector3D v3(double x, double y, double z)
{
    return QVector3D(float(x), float(y), float(z));
}

// Materials named Finish_<class> are the surfaces a finish palette recolours (see assets/README.md).
struct InteriorMaterials
{
    int floor, wall, kitchen, worktop, bathroom, door, sanitary, glass, frame, appliance, fabric, wood;
    explicit InteriorMaterials(GlbScene &s)
    {
        floor = s.addMaterial("Finish_floor", QColor("#d9c29c"), 0, 0.55f);
        wall = s.addMaterial("Finish_wall", QColor("#f3f0ea"), 0, 0.9f);
        kitchen = s.addMaterial("Finish_kitchen", QColor("#e8e4dc"), 0, 0.5f);
        worktop = s.addMaterial("Finish_worktop", QColor("#8d8a84"), 0, 0.3f);
        bathroom = s.addMaterial("Finish_bathroom", QColor("#d8d6d0"), 0, 0.35f);
        door = s.addMaterial("Finish_door", QColor("#f6f4ef"), 0, 0.55f);
        sanitary = s.addMaterial("Sanitary_White", QColor("#fbfbf9"), 0, 0.15f);
        glass = s.addMaterial("Glass", QColor("#9fb3bf"), 0.1f, 0.05f);
        frame = s.addMaterial("Frame_Window", QColor("#3b3e42"), 0.4f, 0.45f);
        appliance = s.addMaterial("Appliance_Steel", QColor("#2e3033"), 0.7f, 0.35f);
        fabric = s.addMaterial("Furniture_Fabric", QColor("#8e9aa3"), 0, 0.95f);
        wood = s.addMaterial("Furniture_Wood", QColor("#a67c52"), 0, 0.6f);
    }
    int fixture(const QString &m) const
    {
        if (m == "kitchen")
            return kitchen;
        if (m == "worktop")
            return worktop;
        if (m == "sanitary")
            return sanitary;
        if (m == "appliance")
            return appliance;
        if (m == "fabric")
            return fabric;
        if (m == "wood")
            return wood;
        if (m == "glass")
            return glass;
        if (m == "floor")
            return floor;
        return wall;
    }
};

// The rectangle `r` without `hole` (if it lies inside): up to four rectangles around it.
std::vector<QRectF> around(const QRectF &r, const QRectF &hole)
{
    const QRectF h = hole.intersected(r);
    if (h.isEmpty())
        return {r};
    std::vector<QRectF> out;
    auto add = [&](QPointF a, QPointF b) {
        const QRectF piece = QRectF(a, b).normalized();
        if (piece.width() > 0.005 && piece.height() > 0.005)
            out.push_back(piece);
    };
    add(r.topLeft(), QPointF(r.right(), h.top()));                    // before the hole in z
    add(QPointF(r.left(), h.bottom()), r.bottomRight());              // after it
    add(QPointF(r.left(), h.top()), QPointF(h.left(), h.bottom()));   // beside it, -x
    add(QPointF(h.right(), h.top()), QPointF(r.right(), h.bottom())); // beside it, +x
    return out;
}

// A straight flight in `rect` from y0 up to y1 with `steps` risers, climbing towards -Z: a solid block
// per tread (the last riser reaches the landing at rect.top()).
void addStairs(MeshData &m, const QRectF &rect, double y0, double y1, int steps)
{
    const double rise = (y1 - y0) / steps, going = rect.height() / (steps - 1);
    for (int i = 0; i < steps - 1; ++i) {
        const double z1 = rect.bottom() - i * going, z0 = z1 - going;
        addBox(m, v3(rect.left(), y0, z0), v3(rect.right(), y0 + (i + 1) * rise, z1));
    }
}

// Box spanning [s0, s1] along a wall's axis, [y0, y1] in height, the wall's thickness across.
void wallPiece(MeshData &m, const WallSpec &w, double s0, double s1, double y0, double y1)
{
    if (s1 - s0 < 0.005 || y1 - y0 < 0.005)
        return;
    const double t = w.thickness / 2;
    if (w.a.y() == w.b.y())
        addBox(m, v3(s0, y0, w.a.y() - t), v3(s1, y1, w.a.y() + t));
    else
        addBox(m, v3(w.a.x() - t, y0, s0), v3(w.a.x() + t, y1, s1));
}

} // namespace

GlbScene buildInteriorModel(const UnitType &type)
{
    GlbScene scene;
    InteriorMaterials mat(scene);
    const TypeLayout &l = type.layout;
    const double H = l.wallHeight;
    const int root = scene.addNode("Interior_" + type.id);

    for (const RoomSpec &r : l.rooms) {
        MeshBuilder mb;
        const double y = l.level(r.storey);
        for (const QRectF &piece : around(r.rect, r.hole))
            addBox(mb.on(r.surface == "bathroom" ? mat.bathroom : mat.floor),
                   v3(piece.left(), y - 0.04, piece.top()), v3(piece.right(), y, piece.bottom()));
        scene.addNode(r.node, root, scene.addMesh(r.node, mb));
    }

    // Each upper storey stands on a slab over the walls below (the ground floor's ceiling), open over
    // the stair. It spans the walls' outer faces.
    for (int storey = 1; storey < l.storeys; ++storey) {
        QRectF outline;
        for (const WallSpec &w : l.walls) {
            if (w.storey != storey - 1)
                continue;
            const double t = w.thickness / 2;
            outline |= QRectF(QPointF(std::min(w.a.x(), w.b.x()) - t, std::min(w.a.y(), w.b.y()) - t),
                              QPointF(std::max(w.a.x(), w.b.x()) + t, std::max(w.a.y(), w.b.y()) + t));
        }
        const double top = l.level(storey) - 0.04, bottom = l.level(storey - 1) + H;
        MeshBuilder slab;
        for (const QRectF &piece : around(outline, l.stairOpening))
            addBox(slab.on(mat.wall), v3(piece.left(), bottom, piece.top()),
                   v3(piece.right(), top, piece.bottom()));
        const QString name = QStringLiteral("Slab_%1").arg(storey);
        scene.addNode(name, root, scene.addMesh(name, slab));
    }

    for (const WallSpec &w : l.walls) {
        const bool alongX = w.a.y() == w.b.y();
        const double start = alongX ? std::min(w.a.x(), w.b.x()) : std::min(w.a.y(), w.b.y());
        const double end = alongX ? std::max(w.a.x(), w.b.x()) : std::max(w.a.y(), w.b.y());
        std::vector<Opening> openings = w.openings;
        std::sort(openings.begin(), openings.end(),
                  [](const Opening &x, const Opening &y) { return x.at < y.at; });

        MeshBuilder wall;
        MeshData &m = wall.on(mat.wall);
        const double y = l.level(w.storey);
        double cursor = start - w.thickness / 2; // walls overlap at corners so joints close
        for (const Opening &o : openings) {
            const double o0 = o.at - o.width / 2, o1 = o.at + o.width / 2;
            wallPiece(m, w, cursor, o0, y, y + H);
            const double sill = y + (o.kind == Opening::Window ? 0.6 : 0.0); // as on the facade
            const double head = y + (o.kind == Opening::Door ? 2.1 : 2.4);
            wallPiece(m, w, o0, o1, y, sill);
            wallPiece(m, w, o0, o1, head, y + H);
            cursor = o1;

            // The opening's own node: a door (frame + open leaf) or a window (frame + glass).
            MeshBuilder item;
            const double t = w.thickness / 2 + 0.01;
            auto piece = [&](int material, double s0, double s1, double y0, double y1, double c0, double c1) {
                if (alongX)
                    addBox(item.on(material), v3(s0, y0, w.a.y() + c0), v3(s1, y1, w.a.y() + c1));
                else
                    addBox(item.on(material), v3(w.a.x() + c0, y0, s0), v3(w.a.x() + c1, y1, s1));
            };
            const int frameMat = o.kind == Opening::Door ? mat.door : mat.frame;
            const double f = o.kind == Opening::Door ? 0.05 : 0.06;
            piece(frameMat, o0, o0 + f, sill, head, -t, t);
            piece(frameMat, o1 - f, o1, sill, head, -t, t);
            piece(frameMat, o0 + f, o1 - f, head - f, head, -t, t);
            if (o.kind == Opening::Door) {
                if (o.name == "Door_Entrance") {
                    piece(mat.door, o0 + f, o1 - f, y + 0.01, head - f, -0.02, 0.02);
                } else {
                    // Left open at a right angle so the dollhouse view sees through.
                    const double leaf = o.width - 2 * f;
                    const double c = alongX ? w.a.y() : w.a.x();
                    const int side = o.swing != 0 ? o.swing : c > 0.01 ? -1 : 1; // as on the plans
                    if (side < 0)
                        piece(mat.door, o0 + f, o0 + f + 0.04, y + 0.01, head - f, -t - leaf, -t);
                    else
                        piece(mat.door, o0 + f, o0 + f + 0.04, y + 0.01, head - f, t, t + leaf);
                }
            } else {
                piece(frameMat, o0 + f, o1 - f, sill, sill + f, -t, t);
                if (o.width > 1.9) {
                    piece(frameMat, o.at - f / 2, o.at + f / 2, sill + f, head - f, -0.03, 0.03);
                    piece(mat.glass, o0 + f, o.at - f / 2, sill + f, head - f, -0.012, 0.012);
                    piece(mat.glass, o.at + f / 2, o1 - f, sill + f, head - f, -0.012, 0.012);
                } else {
                    piece(mat.glass, o0 + f, o1 - f, sill + f, head - f, -0.012, 0.012);
                }
            }
            scene.addNode(o.name, root, scene.addMesh(o.name, item));
        }
        wallPiece(m, w, cursor, end + w.thickness / 2, y, y + H);
        scene.addNode(w.name, root, scene.addMesh(w.name, wall));
    }

    // Wet rooms are tiled to door height on every wall, leaving the door openings free.
    for (const RoomSpec &r : l.rooms) {
        if (r.surface != "bathroom")
            continue;
        MeshBuilder tiles;
        MeshData &m = tiles.on(mat.bathroom);
        const double y = l.level(r.storey);
        struct Side
        {
            bool alongX;
            double line, s0, s1, inward;
        };
        const Side sides[4] = {{true, r.rect.top(), r.rect.left(), r.rect.right(), 1},
                               {true, r.rect.bottom(), r.rect.left(), r.rect.right(), -1},
                               {false, r.rect.left(), r.rect.top(), r.rect.bottom(), 1},
                               {false, r.rect.right(), r.rect.top(), r.rect.bottom(), -1}};
        for (const Side &side : sides) {
            double half = 0.06;
            std::vector<std::pair<double, double>> gaps;
            for (const WallSpec &w : l.walls) {
                const bool alongX = w.a.y() == w.b.y();
                if (w.storey != r.storey || alongX != side.alongX ||
                    std::fabs((alongX ? w.a.y() : w.a.x()) - side.line) > 0.01)
                    continue;
                const double w0 = alongX ? std::min(w.a.x(), w.b.x()) : std::min(w.a.y(), w.b.y());
                const double w1 = alongX ? std::max(w.a.x(), w.b.x()) : std::max(w.a.y(), w.b.y());
                if (w1 <= side.s0 || w0 >= side.s1)
                    continue;
                half = w.thickness / 2;
                for (const Opening &o : w.openings)
                    gaps.emplace_back(o.at - o.width / 2, o.at + o.width / 2);
            }
            std::sort(gaps.begin(), gaps.end());
            const double c0 = side.line + side.inward * half, c1 = side.line + side.inward * (half + 0.012);
            double cursor = side.s0;
            auto strip = [&](double a, double b) {
                a = std::max(a, side.s0);
                b = std::min(b, side.s1);
                if (b - a < 0.01)
                    return;
                if (side.alongX)
                    addBox(m, v3(a, y, std::min(c0, c1)), v3(b, y + 2.1, std::max(c0, c1)));
                else
                    addBox(m, v3(std::min(c0, c1), y, a), v3(std::max(c0, c1), y + 2.1, b));
            };
            for (const auto &gap : gaps) {
                strip(cursor, gap.first);
                cursor = std::max(cursor, gap.second);
            }
            strip(cursor, side.s1);
        }
        const QString name = r.node.mid(6) + "_Tiles"; // Floor_Bathroom_2 -> Bathroom_2_Tiles
        scene.addNode(name, root, scene.addMesh(name, tiles));
    }

    for (const FixtureSpec &f : l.fixtures) {
        MeshBuilder mb;
        const double y = l.level(f.storey);
        if (f.steps > 1)
            addStairs(mb.on(mat.fixture(f.material)), f.rect, y + f.y0, y + f.y1, f.steps);
        else
            addBox(mb.on(mat.fixture(f.material)), v3(f.rect.left(), y + f.y0, f.rect.top()),
                   v3(f.rect.right(), y + f.y1, f.rect.bottom()));
        scene.addNode(f.node, root, scene.addMesh(f.node, mb));
    }
    return scene;
}

} // namespace demo
