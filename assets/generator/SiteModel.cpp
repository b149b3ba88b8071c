#include "SiteModel.h"

#include "Shapes.h"

#include <QHash>
#include <QVector2D>

#include <cmath>

namespace demo {

namespace {

// Heights in a unit's frame (y = its floor level).
constexpr float kSill = 0.6f, kHead = 2.4f, kDoorHead = 2.4f;

struct Materials
{
    int render, renderSand, stone, concrete, glass, frame, rail, timber, timberDark, zinc, gravel, solar;
    int ground, grass, garden, paving, asphalt, marking, bark, leafDark, leaf, leafLight, hedge, sand, water;
    int carRed, carBlue, carSilver, carGrey;

    explicit Materials(GlbScene &s)
    {
        render = s.addMaterial("Render_Warm", QColor("#efe9de"), 0, 0.92f);
        renderSand = s.addMaterial("Render_Sand", QColor("#e0d2bc"), 0, 0.92f);
        stone = s.addMaterial("Stone_Light", QColor("#cbc3b4"), 0, 0.8f);
        concrete = s.addMaterial("Concrete_Band", QColor("#d8d4cc"), 0, 0.85f);
        glass = s.addMaterial("Glass", QColor("#6a8294"), 0.0f, 0.1f);
        frame = s.addMaterial("Frame_Anthracite", QColor("#3b3e42"), 0.4f, 0.45f);
        rail = s.addMaterial("Metal_Rail", QColor("#46494d"), 0.6f, 0.4f);
        timber = s.addMaterial("Timber_Larch", QColor("#b8a182"), 0, 0.7f);
        timberDark = s.addMaterial("Timber_Door", QColor("#6b4a32"), 0, 0.6f);
        zinc = s.addMaterial("Roof_Zinc", QColor("#5c6166"), 0.35f, 0.55f);
        gravel = s.addMaterial("Roof_Gravel", QColor("#aaa69d"), 0, 1.0f);
        solar = s.addMaterial("Solar_Panel", QColor("#1f2a3a"), 0.3f, 0.25f);
        ground = s.addMaterial("Ground", QColor("#b3b898"), 0, 1.0f);
        grass = s.addMaterial("Grass", QColor("#8aab66"), 0, 1.0f);
        garden = s.addMaterial("Grass_Garden", QColor("#98b872"), 0, 1.0f);
        paving = s.addMaterial("Paving_Light", QColor("#d9d3c5"), 0, 0.85f);
        asphalt = s.addMaterial("Asphalt", QColor("#4d4f52"), 0, 0.95f);
        marking = s.addMaterial("Road_Marking", QColor("#efefea"), 0, 0.8f);
        bark = s.addMaterial("Bark", QColor("#5b4636"), 0, 1.0f);
        leafDark = s.addMaterial("Foliage_Dark", QColor("#3d6b35"), 0, 0.95f);
        leaf = s.addMaterial("Foliage", QColor("#5b8a3a"), 0, 0.95f);
        leafLight = s.addMaterial("Foliage_Light", QColor("#86a84e"), 0, 0.95f);
        hedge = s.addMaterial("Hedge", QColor("#58833f"), 0, 1.0f);
        sand = s.addMaterial("Sand", QColor("#e2d2a6"), 0, 1.0f);
        water = s.addMaterial("Water", QColor("#6d8fa3"), 0.1f, 0.1f);
        carRed = s.addMaterial("Car_Red", QColor("#8e2b2b"), 0.5f, 0.35f);
        carBlue = s.addMaterial("Car_Blue", QColor("#2d4a73"), 0.5f, 0.35f);
        carSilver = s.addMaterial("Car_Silver", QColor("#b8bcc0"), 0.6f, 0.35f);
        carGrey = s.addMaterial("Car_Grey", QColor("#5a5e63"), 0.5f, 0.35f);
    }
};

QVector3D v3(double x, double y, double z)
{
    return QVector3D(float(x), float(y), float(z));
}

class SiteWriter
{
public:
    explicit SiteWriter(const Development &dev) : m_dev(dev), m_mat(m_scene), m_rng(7) {}

    GlbScene build()
    {
        const int site = m_scene.addNode("Site");
        addGround(site);
        for (const Building &b : m_dev.buildings) {
            const int root = m_scene.addNode("Building_" + b.id, -1, -1, b.origin, b.yaw);
            if (b.kind == "apartments")
                addApartmentBuilding(b, root);
            else
                addTownhouseRow(b, root);
        }
        addLandscape(site);
        return std::move(m_scene);
    }

private:
    const Development &m_dev;
    GlbScene m_scene;
    Materials m_mat;
    Random m_rng;
    QHash<QString, int> m_meshCache;

    // A mesh built once per key and shared by every node that uses it.
    template <typename F> int shared(const QString &key, F build)
    {
        auto it = m_meshCache.find(key);
        if (it != m_meshCache.end())
            return it.value();
        MeshBuilder mb;
        build(mb);
        const int mesh = m_scene.addMesh(key, mb);
        m_meshCache.insert(key, mesh);
        return mesh;
    }
    int unique(const QString &name, const MeshBuilder &mb) { return m_scene.addMesh(name, mb); }

    // ---- facade elements (local frame: opening centre at x = 0, floor at y = 0, wall face at z = 0,
    // +Z out of the building) ----
    int windowMesh(Opening::Kind kind, double width)
    {
        const QString key = QStringLiteral("Window_%1_%2")
                                .arg(kind == Opening::Window       ? "Std"
                                     : kind == Opening::GlazedDoor ? "Tall"
                                                                   : "Door")
                                .arg(int(std::lround(width * 100)));
        return shared(key, [&](MeshBuilder &mb) {
            const float hw = float(width / 2);
            const float y0 = kind == Opening::Window ? kSill : 0.02f;
            const float y1 = kind == Opening::Door ? 2.2f : kind == Opening::GlazedDoor ? kDoorHead : kHead;
            const float f = 0.07f; // frame profile
            MeshData &fr = mb.on(m_mat.frame);
            addBox(fr, v3(-hw, y0, 0), v3(-hw + f, y1, 0.06));
            addBox(fr, v3(hw - f, y0, 0), v3(hw, y1, 0.06));
            addBox(fr, v3(-hw + f, y1 - f, 0), v3(hw - f, y1, 0.06));
            addBox(fr, v3(-hw + f, y0, 0), v3(hw - f, y0 + f, 0.06));
            if (kind == Opening::Window) // a light sill below the frame
                addBox(fr, v3(-hw - 0.05, y0 - 0.05, 0), v3(hw + 0.05, y0, 0.1)); // metal sill, frame colour
            if (width > 1.9) { // a mullion splits wide openings into two leaves
                addBox(fr, v3(-f / 2, y0 + f, 0), v3(f / 2, y1 - f, 0.05));
                addBox(mb.on(m_mat.glass), v3(-hw + f, y0 + f, 0.0), v3(-f / 2, y1 - f, 0.035));
                addBox(mb.on(m_mat.glass), v3(f / 2, y0 + f, 0.0), v3(hw - f, y1 - f, 0.035));
            } else if (kind == Opening::Door) {
                addBox(mb.on(m_mat.timberDark), v3(-hw + f, y0 + f, 0.0), v3(hw - f, y1 - f, 0.04));
            } else {
                addBox(mb.on(m_mat.glass), v3(-hw + f, y0 + f, 0.0), v3(hw - f, y1 - f, 0.035));
            }
        });
    }

    // Balcony (slab + metal rail) or ground-floor terrace, from the wall face outwards along +Z.
    int balconyMesh(double width, double depth, bool terrace, float terraceDrop)
    {
        const QString key = QStringLiteral("%1_%2x%3")
                                .arg(terrace ? "Terrace" : "Balcony")
                                .arg(int(std::lround(width * 100)))
                                .arg(int(std::lround(depth * 100)));
        return shared(key, [&](MeshBuilder &mb) {
            const float hw = float(width / 2), d = float(depth);
            if (terrace) {
                addBox(mb.on(m_mat.stone), v3(-hw, -terraceDrop, 0), v3(hw, -0.02, d));
                // low planters at both ends for privacy between neighbours
                addBox(mb.on(m_mat.hedge), v3(-hw, -0.02, 0.1), v3(-hw + 0.5, 0.9, d - 0.1));
                addBox(mb.on(m_mat.hedge), v3(hw - 0.5, -0.02, 0.1), v3(hw, 0.9, d - 0.1));
                return;
            }
            addBox(mb.on(m_mat.concrete), v3(-hw, -0.22, 0), v3(hw, -0.02, d));
            // Rails share the window frames' material: units are drawn separately (pickable), so
            // every material a unit uses costs one draw call per unit.
            MeshData &r = mb.on(m_mat.frame);
            const float h = 1.05f, t = 0.05f;
            // top rail along three sides, a bottom rail, and slim balusters
            addBox(r, v3(-hw, h - t, d - t), v3(hw, h, d));
            addBox(r, v3(-hw, h - t, 0), v3(-hw + t, h, d - t));
            addBox(r, v3(hw - t, h - t, 0), v3(hw, h, d - t));
            addBox(r, v3(-hw, 0.08f, d - t), v3(hw, 0.12f, d));
            const int nx = int(std::ceil(width / 0.3));
            for (int i = 0; i <= nx; ++i) {
                const float x = -hw + t / 2 + (2 * hw - t) * float(i) / float(nx);
                addBox(r, v3(x - 0.015, 0.12, d - 0.035), v3(x + 0.015, h - t, d - 0.015));
            }
            const int nz = int(std::ceil(depth / 0.3));
            for (int i = 1; i < nz; ++i) {
                const float z = (d - t) * float(i) / float(nz);
                addBox(r, v3(-hw + 0.01, -0.02, z - 0.015), v3(-hw + 0.04, h - t, z + 0.015));
                addBox(r, v3(hw - 0.04, -0.02, z - 0.015), v3(hw - 0.01, h - t, z + 0.015));
            }
        });
    }

    // ---- apartment buildings ----
    void addApartmentBuilding(const Building &b, int root)
    {
        const QString id = b.id;
        const float hl = float(b.length / 2), hd = float(b.depth / 2);
        const float top = float(b.elevation(b.floors));
        auto node = [&](const QString &name, const MeshBuilder &mb, const QVector3D &t = {}) {
            return m_scene.addNode(name, root, unique(name, mb), t);
        };

        MeshBuilder base;
        addBox(base.on(m_mat.stone), v3(-hl - 0.3, -1.5, -hd - 0.3), v3(hl + 0.3, 0.15, hd + 0.3));
        node(id + "_Foundation_Base", base);

        for (int level = 0; level <= b.floors; ++level) {
            MeshBuilder slab;
            const float y1 = float(b.elevation(level));
            const float y0 = level == 0 ? 0.15f : y1 - float(b.slabThickness);
            const float edge = level == 0 ? 0.1f : 0.14f;
            addBox(slab.on(m_mat.concrete), v3(-hl - edge, y0, -hd - edge), v3(hl + edge, y1, hd + edge));
            node(QStringLiteral("%1_Structure_Slab_%2").arg(id).arg(level, 2, 10, QLatin1Char('0')), slab);
        }
        MeshBuilder core;
        addBox(core.on(m_mat.concrete), v3(-3.0, 0.45, -b.corridor / 2), v3(3.0, top + 3.2, b.corridor / 2));
        node(id + "_Structure_Core", core);

        // Roof: gravel field, parapet, lift overrun clad in render, a few solar arrays.
        MeshBuilder roof;
        addBox(roof.on(m_mat.gravel), v3(-hl, top, -hd), v3(hl, top + 0.08, hd));
        const float p = 0.25f, ph = 0.95f;
        addBox(roof.on(m_mat.render), v3(-hl - 0.14, top, -hd - 0.14),
               v3(hl + 0.14, top + ph, -hd - 0.14 + p));
        addBox(roof.on(m_mat.render), v3(-hl - 0.14, top, hd + 0.14 - p), v3(hl + 0.14, top + ph, hd + 0.14));
        addBox(roof.on(m_mat.render), v3(-hl - 0.14, top, -hd + 0.11),
               v3(-hl - 0.14 + p, top + ph, hd - 0.11));
        addBox(roof.on(m_mat.render), v3(hl + 0.14 - p, top, -hd + 0.11), v3(hl + 0.14, top + ph, hd - 0.11));
        addBox(roof.on(m_mat.stone), v3(-hl - 0.2, top + ph, -hd - 0.2),
               v3(hl + 0.2, top + ph + 0.06, -hd - 0.14 + p));
        addBox(roof.on(m_mat.stone), v3(-hl - 0.2, top + ph, hd + 0.14 - p),
               v3(hl + 0.2, top + ph + 0.06, hd + 0.2));
        addBox(roof.on(m_mat.render), v3(-3.2, top, -b.corridor / 2 - 0.2),
               v3(3.2, top + 3.0, b.corridor / 2 + 0.2));
        node(id + "_Envelope_Roof", roof);
        const int solar = shared("Solar_Array", [&](MeshBuilder &mb) {
            QMatrix4x4 tilt;
            tilt.rotate(-15, 1, 0, 0);
            for (int i = 0; i < 4; ++i)
                addBox(mb.on(m_mat.solar), v3(-4.0 + i * 2.05, 0, -0.5), v3(-2.05 + i * 2.05, 0.04, 0.5),
                       tilt);
            addBox(mb.on(m_mat.rail), v3(-4.0, -0.35, -0.4), v3(4.2, 0.0, 0.4));
        });
        int n = 1;
        for (float x : {-hl + 6.0f, -hl + 15.5f, hl - 15.5f, hl - 6.0f})
            for (float z : {-hd + 3.0f, hd - 3.0f})
                m_scene.addNode(
                    QStringLiteral("%1_Envelope_Roof_Solar_%2").arg(id).arg(n++, 2, 10, QLatin1Char('0')),
                    root, solar, v3(x, top + 0.5, z), 0);

        // End walls close the corridor; a glazed stair window per floor; entrances with canopies.
        for (int end = -1; end <= 1; end += 2) {
            const QString side = end < 0 ? "W" : "E";
            MeshBuilder wall;
            const float x0 = end < 0 ? -hl : hl - 0.3f, x1 = end < 0 ? -hl + 0.3f : hl;
            addBox(wall.on(m_mat.render), v3(x0, 0.45, -b.corridor / 2), v3(x1, top, b.corridor / 2));
            const float face = end < 0 ? -hl - 0.03f : hl + 0.03f;
            for (int level = 1; level < b.floors; ++level) {
                const float y = float(b.elevation(level));
                addBox(wall.on(m_mat.frame), v3(std::min(face, face - end * 0.03f), y + 0.25, -0.85),
                       v3(std::max(face, face - end * 0.03f), y + 2.45, 0.85));
                addBox(wall.on(m_mat.glass), v3(std::min(face, face + end * 0.02f), y + 0.32, -0.78),
                       v3(std::max(face, face + end * 0.02f), y + 2.38, 0.78));
            }
            node(QStringLiteral("%1_Envelope_EndWall_%2").arg(id, side), wall);

            MeshBuilder entrance;
            const float out = end < 0 ? -hl : hl;
            addBox(entrance.on(m_mat.frame), v3(std::min(out, out + end * 0.06f), 0.45, -1.1),
                   v3(std::max(out, out + end * 0.06f), 3.0, 1.1));
            addBox(entrance.on(m_mat.glass), v3(std::min(out, out + end * 0.09f), 0.55, -1.0),
                   v3(std::max(out, out + end * 0.09f), 2.9, 1.0));
            addBox(entrance.on(m_mat.concrete), v3(std::min(out, out + end * 2.4f), 3.2, -2.2),
                   v3(std::max(out, out + end * 2.4f), 3.45, 2.2));
            addBox(entrance.on(m_mat.stone), v3(std::min(out, out + end * 2.4f), 0.0, -2.2),
                   v3(std::max(out, out + end * 2.4f), 0.45, 2.2));
            node(QStringLiteral("%1_Envelope_Entrance_%2").arg(id, side), entrance);
        }

        // Interior stage: corridor floors and the lobby (seen through the entrance glazing).
        for (int level = 0; level < b.floors; ++level) {
            MeshBuilder corridor;
            const float y = float(b.elevation(level));
            addBox(corridor.on(m_mat.stone), v3(-hl + 0.3, y, -b.corridor / 2 + 0.05),
                   v3(hl - 0.3, y + 0.03, b.corridor / 2 - 0.05));
            node(QStringLiteral("%1_Interior_Corridor_%2").arg(id).arg(level, 2, 10, QLatin1Char('0')),
                 corridor);
        }

        for (const Unit &u : m_dev.units)
            if (u.building == b.id)
                addApartment(b, u, root);
    }

    void addApartment(const Building &b, const Unit &u, int root)
    {
        const UnitType &type = m_dev.type(u.type);
        const int unit = m_scene.addNode(u.node, root, -1, u.centre, u.yaw);
        const float hw = float(u.width / 2), hd = float(u.depth / 2);
        const float h = float(b.floorHeight - b.slabThickness);
        const QString prefix = u.id + "_";
        // Corner flats step forward and the middle flats back, so each facade reads as a row of homes
        // between the slab bands rather than one flat wall.
        const float face = hd + (type.id == "3B" ? 0.25f : type.id == "2B" ? -0.2f : 0.f);

        // A light stone base, rendered middle floors and a timber-clad top floor.
        const bool base = u.floor == 0, top = u.floor == b.floors - 1;
        const QString finish = base ? "Stone" : top ? "Timber" : "Render";
        const int block = shared(QStringLiteral("Facade_%1_%2").arg(type.id, finish), [&](MeshBuilder &mb) {
            addBox(mb.on(base  ? m_mat.stone
                         : top ? m_mat.timber
                               : m_mat.render),
                   v3(-hw, 0, -hd), v3(hw, h, face));
        });
        m_scene.addNode(prefix + "Facade", unit, block);

        // Exterior openings come from the type's room layout, mirrored for corner units on the left.
        const double mirror = u.exposedSide < 0 ? -1.0 : 1.0;
        double balconyX = 0;
        int w = 1;
        for (const WallSpec &wall : type.layout.walls) {
            if (!wall.exterior)
                continue;
            const bool facade = wall.a.y() == wall.b.y();
            if (!facade && u.exposedSide == 0)
                continue;
            for (const Opening &o : wall.openings) {
                // Without a balcony the glazed door is a French window: same glazing, a rail in front.
                const int mesh = windowMesh(o.kind, o.width);
                const QString name =
                    QStringLiteral("%1Window_%2").arg(prefix).arg(w++, 2, 10, QLatin1Char('0'));
                if (facade) {
                    const double x = o.at * mirror;
                    m_scene.addNode(name, unit, mesh, v3(x, 0, face), 0);
                    if (o.kind == Opening::GlazedDoor)
                        balconyX = x;
                } else {
                    // The side wall faces the unit's exposed side; openings run along z.
                    const float sx = float(u.exposedSide) * hw;
                    const double z = o.at;
                    m_scene.addNode(name, unit, mesh, v3(sx, 0, z), u.exposedSide > 0 ? 90.f : -90.f);
                }
            }
        }
        if (u.balcony) {
            const int mesh = balconyMesh(u.balconyWidth, u.balconyDepth, u.terrace, float(b.baseHeight));
            m_scene.addNode(prefix + (u.terrace ? "Terrace" : "Balcony"), unit, mesh, v3(balconyX, 0, face),
                            0);
        } else {
            const int mesh = shared("French_Rail", [&](MeshBuilder &mb) {
                addBox(mb.on(m_mat.frame), v3(-1.3, 0.95, 0.08), v3(1.3, 1.0, 0.13));
                addBox(mb.on(m_mat.frame), v3(-1.3, 0.45, 0.08), v3(1.3, 0.48, 0.13));
            });
            m_scene.addNode(prefix + "Rail", unit, mesh, v3(balconyX, 0, face), 0);
        }
    }

    // ---- townhouses ----
    void addTownhouseRow(const Building &b, int root)
    {
        const float hl = float(b.length / 2), hd = float(b.depth / 2);
        MeshBuilder base;
        addBox(base.on(m_mat.concrete), v3(-hl, -0.8, -hd - 0.6), v3(hl, 0.05, hd));
        m_scene.addNode(b.id + "_Foundation_Base", root, unique(b.id + "_Foundation_Base", base));
        // Party walls rise first: the structure stage shows the row's rhythm.
        MeshBuilder walls;
        const int houses = int(std::lround(b.length / 6.2));
        for (int i = 0; i <= houses; ++i) {
            const float x = -hl + 6.2f * float(i);
            // Inside every house's outline, whether it steps back (0.6 m) or not.
            addBox(walls.on(m_mat.concrete), v3(std::max(x - 0.12f, -hl + 0.2f), 0.05, -hd + 0.3),
                   v3(std::min(x + 0.12f, hl - 0.2f), 5.9, hd - 0.9));
        }
        m_scene.addNode(b.id + "_Structure_PartyWalls", root, unique(b.id + "_Structure_PartyWalls", walls));
        MeshBuilder floors;
        addBox(floors.on(m_mat.concrete), v3(-hl + 0.2, 3.05, -hd + 0.3), v3(hl - 0.2, 3.25, hd - 0.9));
        m_scene.addNode(b.id + "_Structure_Slab_01", root, unique(b.id + "_Structure_Slab_01", floors));
        MeshBuilder screed;
        addBox(screed.on(m_mat.stone), v3(-hl + 0.3, 0.3, -hd + 0.4), v3(hl - 0.3, 0.33, hd - 1.0));
        m_scene.addNode(b.id + "_Interior_Floors", root, unique(b.id + "_Interior_Floors", screed));

        for (const Unit &u : m_dev.units)
            if (u.building == b.id)
                addTownhouse(b, u, root);
    }

    void addTownhouse(const Building &b, const Unit &u, int root)
    {
        const int unit = m_scene.addNode(u.node, root, -1, u.centre, 0);
        const QString prefix = u.id + "_";
        const float hw = float(u.width / 2), hd = float(u.depth / 2);
        const float storey = float(b.floorHeight);
        const float eave = storey * float(u.storeys), ridge = eave + 2.9f;
        const bool sand = u.number % 2 == 0;

        const int house =
            shared(QStringLiteral("Townhouse_%1").arg(sand ? "Sand" : "Warm"), [&](MeshBuilder &mb) {
                addBox(mb.on(m_mat.stone), v3(-hw, -b.baseHeight, -hd), v3(hw, 0.0, hd));
                addBox(mb.on(sand ? m_mat.renderSand : m_mat.render), v3(-hw, 0.0, -hd), v3(hw, eave, hd));
                // timber gables under a zinc roof with overhangs
                addGableRoof(mb.on(m_mat.timber), -hw, hw, -hd, hd, eave, ridge);
                const float run = hw + 0.35f, rise = (ridge - eave) * run / hw;
                const float slope = float(std::atan2(ridge - eave, hw) * 180.0 / M_PI);
                const float len = std::sqrt(run * run + rise * rise);
                for (int s = -1; s <= 1; s += 2) {
                    QMatrix4x4 xf;
                    xf.translate(v3(s * run / 2, ridge - rise / 2 + 0.1f, 0));
                    xf.rotate(s < 0 ? slope : -slope, 0, 0, 1);
                    addBox(mb.on(m_mat.zinc), v3(-len / 2 - 0.1f, -0.08, -hd - 0.4),
                           v3(len / 2 + 0.1f, 0.08, hd + 0.4), xf);
                }
                // a slim timber frame around the entrance bay
                addBox(mb.on(m_mat.timber), v3(-hw + 0.15, 0.0, hd), v3(-hw + 2.25, eave - 0.2, hd + 0.08));
                // a paved patio outside the garden doors
                addBox(mb.on(m_mat.stone), v3(-hw + 0.3, -0.3, -hd - 2.8), v3(hw - 0.3, -0.12, -hd));
            });
        m_scene.addNode(prefix + "House", unit, house);

        int w = 1;
        auto opening = [&](Opening::Kind kind, double width, double x, double y, bool front) {
            const QString name = QStringLiteral("%1Window_%2").arg(prefix).arg(w++, 2, 10, QLatin1Char('0'));
            m_scene.addNode(name, unit, windowMesh(kind, width), v3(x, y, front ? hd : -hd),
                            front ? 0.f : 180.f);
        };
        const int door = windowMesh(Opening::Door, 1.0);
        m_scene.addNode(prefix + "Door", unit, door, v3(-hw + 1.2, 0, hd + 0.08), 0);
        opening(Opening::Window, 1.8, 1.05, 0, true);
        opening(Opening::Window, 1.2, -1.2, storey, true);
        opening(Opening::Window, 1.2, 1.5, storey, true);
        opening(Opening::GlazedDoor, 3.2, 0.0, 0, false);
        opening(Opening::Window, 1.4, -1.4, storey, false);
        opening(Opening::Window, 1.4, 1.6, storey, false);
        // attic windows in the gables
        opening(Opening::Window, 1.0, 0.0, eave - 0.4, true);
        opening(Opening::Window, 1.0, 0.0, eave - 0.4, false);

        const int terrace =
            shared(QStringLiteral("Terrace_House_%1").arg(int(std::lround(u.balconyWidth * 100))),
                   [&](MeshBuilder &mb) {
                       const float tw = float(u.balconyWidth / 2), td = float(u.balconyDepth);
                       addBox(mb.on(m_mat.timber), v3(-tw, -0.3, 0), v3(tw, -0.12, td));
                       addBox(mb.on(m_mat.hedge), v3(tw - 0.01, -0.3, 0.2), v3(tw + 0.55, 0.85, td));
                   });
        m_scene.addNode(prefix + "Terrace", unit, terrace, v3(0.55, 0, hd), 0);
    }

    // ---- site ----
    void addGround(int site)
    {
        MeshBuilder g;
        addBox(g.on(m_mat.ground), v3(-110, -0.5, -100), v3(110, 0, 100));
        m_scene.addNode("Site_Ground", site, unique("Site_Ground", g));

        // Existing streets around the plot: no stage, always shown.
        MeshBuilder road;
        addBox(road.on(m_mat.asphalt), v3(-110, 0, 62), v3(110, 0.03, 72));
        addBox(road.on(m_mat.asphalt), v3(-106, 0, -100), v3(-96, 0.03, 62));
        addBox(road.on(m_mat.paving), v3(-110, 0, 57), v3(110, 0.14, 62));
        addBox(road.on(m_mat.paving), v3(-96, 0, -100), v3(-92, 0.14, 57));
        addBox(road.on(m_mat.paving), v3(-110, 0, 72), v3(110, 0.14, 75));
        for (int i = 0; i < 22; ++i)
            addBox(road.on(m_mat.marking), v3(-106 + i * 10, 0.03, 66.9), v3(-102 + i * 10, 0.05, 67.1));
        for (int i = 0; i < 15; ++i)
            addBox(road.on(m_mat.marking), v3(-101.1, 0.03, -98 + i * 10), v3(-100.9, 0.05, -94 + i * 10));
        m_scene.addNode("Site_Context_Streets", site, unique("Site_Context_Streets", road));

        // The tram stop across the street (a point of interest in development.json).
        MeshBuilder tram;
        addBox(tram.on(m_mat.frame), v3(-24, 0.14, 73.0), v3(-16, 2.7, 73.1));
        addBox(tram.on(m_mat.glass), v3(-23.9, 0.3, 73.1), v3(-16.1, 2.5, 73.14));
        addBox(tram.on(m_mat.frame), v3(-24.2, 2.7, 72.2), v3(-15.8, 2.85, 74.6));
        addBox(tram.on(m_mat.frame), v3(-24, 0.14, 73.1), v3(-23.9, 2.7, 74.4));
        addBox(tram.on(m_mat.frame), v3(-16.1, 0.14, 73.1), v3(-16, 2.7, 74.4));
        addBox(tram.on(m_mat.timber), v3(-22, 0.55, 73.15), v3(-18, 0.6, 73.6));
        m_scene.addNode("Site_Context_TramStop", site, unique("Site_Context_TramStop", tram));
    }

    struct Segment
    {
        QVector2D a, b;
        float width;
    };
    std::vector<Segment> m_paths;
    std::vector<QRectF> m_blocked; // footprints (x, z) trees must avoid

    bool freeAt(const QVector2D &p, float clearance) const
    {
        for (const QRectF &r : m_blocked)
            if (r.adjusted(-clearance, -clearance, clearance, clearance).contains(QPointF(p.x(), p.y())))
                return false;
        for (const Segment &s : m_paths) {
            const QVector2D d = s.b - s.a;
            const float t = std::clamp(QVector2D::dotProduct(p - s.a, d) / d.lengthSquared(), 0.f, 1.f);
            if ((s.a + d * t - p).length() < s.width / 2 + clearance)
                return false;
        }
        return true;
    }

    int treeMesh(int kind)
    {
        static const char *names[4] = {"Tree_Lime_Large", "Tree_Maple_Medium", "Tree_Birch_Small",
                                       "Tree_Pine"};
        return shared(names[kind], [&](MeshBuilder &mb) {
            switch (kind) {
            case 0:
                addCylinder(mb.on(m_mat.bark), v3(0, 0, 0), 0.28f, 5.4f, 6, 0.2f);
                addIcosphere(mb.on(m_mat.leafDark), v3(0, 8.0, 0), 3.4f, 1, 0.9f);
                addIcosphere(mb.on(m_mat.leafDark), v3(1.2, 6.8, 0.8), 2.2f, 1, 0.85f);
                break;
            case 1:
                addCylinder(mb.on(m_mat.bark), v3(0, 0, 0), 0.2f, 3.0f, 6, 0.15f);
                addIcosphere(mb.on(m_mat.leaf), v3(0, 4.6, 0), 2.4f, 1, 1.0f);
                break;
            case 2:
                addCylinder(mb.on(m_mat.bark), v3(0, 0, 0), 0.12f, 2.4f, 5, 0.08f);
                addIcosphere(mb.on(m_mat.leafLight), v3(0, 3.6, 0), 1.5f, 1, 1.3f);
                break;
            default:
                addCylinder(mb.on(m_mat.bark), v3(0, 0, 0), 0.22f, 1.6f, 6, 0.18f);
                addCylinder(mb.on(m_mat.leafDark), v3(0, 1.2, 0), 2.2f, 4.0f, 8, 0.0f);
                addCylinder(mb.on(m_mat.leafDark), v3(0, 3.6, 0), 1.6f, 3.6f, 8, 0.0f);
                break;
            }
        });
    }

    int m_trees = 0;
    void tree(int parent, int kind, const QVector2D &p)
    {
        const float scale = float(m_rng.range(0.85, 1.15));
        const float yaw = float(std::floor(m_rng.range(0, 360)));
        m_scene.addNode(QStringLiteral("Site_Landscape_Tree_%1").arg(++m_trees, 3, 10, QLatin1Char('0')),
                        parent, treeMesh(kind), v3(p.x(), 0, p.y()), yaw, std::round(scale * 100) / 100);
        m_treeSpots.push_back(p);
    }

    void addLandscape(int site)
    {
        for (const Building &b : m_dev.buildings) {
            const bool turned = std::fabs(b.yaw - 90) < 1;
            const double lx = (turned ? b.depth : b.length) / 2, lz = (turned ? b.length : b.depth) / 2;
            const double pad = b.kind == "townhouses" ? 3.5 : 2.5;
            m_blocked.push_back(QRectF(QPointF(b.origin.x() - lx - pad, b.origin.z() - lz - pad),
                                       QPointF(b.origin.x() + lx + pad, b.origin.z() + lz + pad)));
        }
        const Building &a = m_dev.building("A"), &bb = m_dev.building("B"), &t = m_dev.building("T");
        const float aEast = a.origin.x() + float(a.length / 2) + 2.4f;
        const float aWest = a.origin.x() - float(a.length / 2) - 2.4f;
        const float bNorth = bb.origin.z() - float(bb.length / 2) - 2.4f;
        const float bSouth = bb.origin.z() + float(bb.length / 2) + 2.4f;
        const float tBack = t.origin.z() - float(t.depth / 2) - 0.6f;
        const float gardenEdge = tBack - 8.0f;

        // The plot's lawn (the context around it stays a paler ground), private gardens, the plaza.
        // Surfaces stack 3 cm apart so distant views never z-fight.
        MeshBuilder lawn;
        addBox(lawn.on(m_mat.grass), v3(-92, 0, -66), v3(80, 0.03, 57));
        m_scene.addNode("Site_Landscape_Lawn_01", site, unique("Site_Landscape_Lawn_01", lawn));

        MeshBuilder gardens;
        addBox(gardens.on(m_mat.garden), v3(t.origin.x() - t.length / 2, 0, gardenEdge),
               v3(t.origin.x() + t.length / 2, 0.06, tBack + 0.5f));
        m_scene.addNode("Site_Landscape_Gardens", site, unique("Site_Landscape_Gardens", gardens));
        const int divider = shared("Hedge_Garden", [&](MeshBuilder &mb) {
            addBox(mb.on(m_mat.hedge), v3(-0.35, 0, 0), v3(0.35, 1.3, 8.0));
        });
        int hedges = 0;
        auto hedgeName = [&]() {
            return QStringLiteral("Site_Landscape_Hedge_%1").arg(++hedges, 2, 10, QLatin1Char('0'));
        };
        for (int i = 0; i <= 12; ++i)
            m_scene.addNode(hedgeName(), site, divider,
                            v3(t.origin.x() - t.length / 2 + 6.2 * i, 0, gardenEdge), 0);
        MeshBuilder backHedge;
        addSegment(backHedge.on(m_mat.hedge),
                   QVector2D(float(t.origin.x() - t.length / 2), gardenEdge - 0.4f),
                   QVector2D(float(t.origin.x() + t.length / 2), gardenEdge - 0.4f), 0.8f, 0, 1.2f);
        m_scene.addNode(hedgeName(), site, unique("Hedge_Gardens_Back", backHedge));

        // Paths: main routes 2.6 m, garden paths 1.8 m.
        const std::vector<std::vector<QVector2D>> routes = {
            {{33, 57}, {33, -2}, {9, -2}},      // street to the plaza
            {{aEast, -38}, {0, -38}, {0, -11}}, // A east entrance to the plaza
            {{33, -2},
             {33, bNorth - 1.0f},
             {bb.origin.x(), bNorth - 1.0f},
             {bb.origin.x(), bNorth}},                           // to B north
            {{bb.origin.x(), bSouth}, {bb.origin.x(), 57}},      // B south entrance to the street
            {{aWest, -38}, {-64, -38}},                          // A west entrance to the parking
            {{-49, gardenEdge - 1.6f}, {33, gardenEdge - 1.6f}}, // along the gardens
            {{-9, -2}, {-42, -2}, {-42, gardenEdge - 1.6f}},     // plaza west, past the playground
        };
        int pathNo = 0;
        for (const auto &route : routes) {
            MeshBuilder mb;
            const float width = pathNo == 5 ? 1.8f : 2.6f;
            for (std::size_t i = 0; i + 1 < route.size(); ++i) {
                // Segments overlap by half a width at the joints so corners close neatly.
                const QVector2D d = (route[i + 1] - route[i]).normalized() * (width / 2);
                addSegment(mb.on(m_mat.paving), route[i] - d, route[i + 1] + d, width, 0, 0.09f);
                m_paths.push_back({route[i], route[i + 1], width});
            }
            const QString name =
                QStringLiteral("Site_Landscape_Path_%1").arg(++pathNo, 2, 10, QLatin1Char('0'));
            m_scene.addNode(name, site, unique(name, mb));
        }
        // Front paths from the street to every townhouse door, and the house fronts' planting strip.
        MeshBuilder fronts;
        for (const Unit &u : m_dev.units) {
            if (u.building != t.id)
                continue;
            const float x = t.origin.x() + u.centre.x() - float(u.width / 2) + 1.2f;
            const float z = t.origin.z() + u.centre.z() + float(t.depth / 2);
            addSegment(fronts.on(m_mat.paving), QVector2D(x, z), QVector2D(x, 57.5f), 1.4f, 0, 0.09f);
            m_paths.push_back({QVector2D(x, z), QVector2D(x, 57.5f), 1.4f});
        }
        const QString frontName =
            QStringLiteral("Site_Landscape_Path_%1").arg(++pathNo, 2, 10, QLatin1Char('0'));
        m_scene.addNode(frontName, site, unique(frontName, fronts));

        MeshBuilder plaza;
        addBox(plaza.on(m_mat.paving), v3(-10, 0, -12), v3(10, 0.12, 8));
        addCylinder(plaza.on(m_mat.stone), v3(0, 0.12, -2), 3.2f, 0.5f, 16, 3.2f);
        addCylinder(plaza.on(m_mat.water), v3(0, 0.12, -2), 2.8f, 0.44f, 16, 2.8f);
        m_scene.addNode("Site_Landscape_Plaza", site, unique("Site_Landscape_Plaza", plaza));
        m_blocked.push_back(QRectF(QPointF(-11, -13), QPointF(11, 9)));

        MeshBuilder play;
        addBox(play.on(m_mat.sand), v3(-36, 0, 4), v3(-24, 0.09, 14));
        addBox(play.on(m_mat.stone), v3(-36.3, 0, 3.7), v3(-23.7, 0.3, 4.0));
        addBox(play.on(m_mat.stone), v3(-36.3, 0, 14.0), v3(-23.7, 0.3, 14.3));
        addBox(play.on(m_mat.timber), v3(-33, 0, 6), v3(-30.6, 2.8, 8.4));
        addBox(play.on(m_mat.zinc), v3(-33.2, 2.8, 5.8), v3(-30.4, 3.0, 8.6));
        QMatrix4x4 slide;
        slide.translate(-28.6f, 0.8f, 7.2f);
        slide.rotate(-28, 0, 0, 1);
        addBox(play.on(m_mat.carRed), v3(-2.3, -0.05, -0.4), v3(2.3, 0.05, 0.4), slide);
        addBox(play.on(m_mat.rail), v3(-27, 0, 11), v3(-26.9, 2.2, 11.1));
        addBox(play.on(m_mat.rail), v3(-25, 0, 11), v3(-24.9, 2.2, 11.1));
        addBox(play.on(m_mat.rail), v3(-27, 2.1, 11), v3(-24.9, 2.2, 11.1));
        m_scene.addNode("Site_Landscape_Playground", site, unique("Site_Landscape_Playground", play));
        m_blocked.push_back(QRectF(QPointF(-37, 3), QPointF(-23, 15)));

        // Parking west of A, with bays, a hedge and a few cars.
        MeshBuilder parking;
        addBox(parking.on(m_mat.asphalt), v3(-90, 0, -62), v3(-64, 0.06, -12));
        addBox(parking.on(m_mat.asphalt), v3(-96, 0, -40), v3(-90, 0.06, -34));
        for (int i = 0; i <= 18; ++i) {
            const float z = -60 + i * 2.6f;
            addBox(parking.on(m_mat.marking), v3(-89.5, 0.06, z - 0.06f), v3(-84.5, 0.08, z + 0.06f));
            addBox(parking.on(m_mat.marking), v3(-69.5, 0.06, z - 0.06f), v3(-64.5, 0.08, z + 0.06f));
        }
        m_scene.addNode("Site_Landscape_Parking", site, unique("Site_Landscape_Parking", parking));
        m_blocked.push_back(QRectF(QPointF(-97, -63), QPointF(-63, -11)));
        MeshBuilder parkHedge;
        addSegment(parkHedge.on(m_mat.hedge), QVector2D(-62.5f, -62), QVector2D(-62.5f, -41), 0.9f, 0, 1.3f);
        addSegment(parkHedge.on(m_mat.hedge), QVector2D(-62.5f, -35), QVector2D(-62.5f, -12), 0.9f, 0, 1.3f);
        m_scene.addNode(hedgeName(), site, unique("Hedge_Parking", parkHedge));
        const int carMats[4] = {m_mat.carSilver, m_mat.carGrey, m_mat.carBlue, m_mat.carRed};
        int cars = 0;
        for (int i = 0; i < 18; ++i) {
            if (m_rng.uniform() < 0.45)
                continue;
            const int m = int(m_rng.next() % 4);
            const int mesh = shared(QStringLiteral("Car_%1").arg(m), [&](MeshBuilder &mb) {
                addBox(mb.on(carMats[m]), v3(-2.1, 0.3, -0.85), v3(2.1, 1.0, 0.85));
                addBox(mb.on(carMats[m]), v3(-1.1, 1.0, -0.75), v3(1.1, 1.45, 0.75));
                addBox(mb.on(m_mat.glass), v3(-1.05, 1.02, -0.77), v3(1.05, 1.4, 0.77));
                addBox(mb.on(m_mat.frame), v3(-1.6, 0, -0.9), v3(-1.0, 0.35, 0.9));
                addBox(mb.on(m_mat.frame), v3(1.0, 0, -0.9), v3(1.6, 0.35, 0.9));
            });
            const bool west = i % 2 == 0;
            const float z = -60 + float(i / 2 * 2 + 1) * 2.6f + 1.3f; // the middle of every other bay
            m_scene.addNode(QStringLiteral("Site_Landscape_Car_%1").arg(++cars, 2, 10, QLatin1Char('0')),
                            site, mesh, v3(west ? -87 : -67, 0.06, z), 0);
        }

        // Covered bike parking by Haus Linde's east entrance (a point of interest).
        MeshBuilder bikes;
        addBox(bikes.on(m_mat.paving), v3(2.5, 0, -47), v3(10.5, 0.09, -41.5));
        addBox(bikes.on(m_mat.zinc), v3(2.3, 2.4, -47.2), v3(10.7, 2.55, -41.3));
        for (float x : {2.6f, 10.3f})
            for (float z : {-47.0f, -41.8f})
                addBox(bikes.on(m_mat.rail), v3(x, 0.09, z), v3(x + 0.1, 2.4, z + 0.1));
        for (int i = 0; i < 8; ++i) {
            const float x = 3.3f + i * 0.9f;
            addBox(bikes.on(m_mat.rail), v3(x, 0.09, -45.5), v3(x + 0.05, 0.8, -45.45));
            addBox(bikes.on(m_mat.rail), v3(x, 0.75, -45.5), v3(x + 0.05, 0.8, -44.0));
            addBox(bikes.on(m_mat.rail), v3(x, 0.09, -44.05), v3(x + 0.05, 0.8, -44.0));
        }
        m_scene.addNode("Site_Landscape_BikeShelter", site, unique("Site_Landscape_BikeShelter", bikes));
        m_blocked.push_back(QRectF(QPointF(1.5, -48), QPointF(11.5, -40.5)));

        // Benches around the plaza and along the paths; lamps along the main routes.
        const int bench = shared("Bench", [&](MeshBuilder &mb) {
            addBox(mb.on(m_mat.timber), v3(-0.9, 0.42, -0.22), v3(0.9, 0.47, 0.22));
            addBox(mb.on(m_mat.timber), v3(-0.9, 0.5, 0.2), v3(0.9, 0.85, 0.25));
            addBox(mb.on(m_mat.rail), v3(-0.8, 0, -0.2), v3(-0.74, 0.42, 0.22));
            addBox(mb.on(m_mat.rail), v3(0.74, 0, -0.2), v3(0.8, 0.42, 0.22));
        });
        struct Placed
        {
            float x, z, yaw;
        };
        const Placed benches[] = {{-6, -12.8f, 0},
                                  {6, -12.8f, 0},
                                  {-6, 8.8f, 180},
                                  {6, 8.8f, 180},
                                  {-10.8f, -2, 90},
                                  {10.8f, -6, -90},
                                  {34.8f, 20, -90},
                                  {34.8f, 34, -90},
                                  {-20, gardenEdge - 3.2f, 0},
                                  {0, gardenEdge - 3.2f, 0},
                                  {-30, 2.6f, 180},
                                  {1.7f, -26, -90}};
        int n = 0;
        for (const Placed &p : benches)
            m_scene.addNode(QStringLiteral("Site_Landscape_Bench_%1").arg(++n, 2, 10, QLatin1Char('0')), site,
                            bench, v3(p.x, 0.06, p.z), p.yaw);
        const int lamp = shared("Lamp", [&](MeshBuilder &mb) {
            addCylinder(mb.on(m_mat.rail), v3(0, 0, 0), 0.07f, 4.0f, 6, 0.05f);
            addBox(mb.on(m_mat.rail), v3(-0.25, 4.0, -0.25), v3(0.25, 4.12, 0.25));
            addBox(mb.on(m_mat.concrete), v3(-0.22, 3.92, -0.22), v3(0.22, 4.0, 0.22));
        });
        n = 0;
        for (std::size_t r = 0; r < 5; ++r) {
            const Segment &s = m_paths[r];
            const float len = (s.b - s.a).length();
            for (float d = 6; d < len - 3; d += 16) {
                const QVector2D dir = (s.b - s.a).normalized();
                const QVector2D side(-dir.y(), dir.x());
                const QVector2D p = s.a + dir * d + side * (s.width / 2 + 0.6f);
                m_scene.addNode(QStringLiteral("Site_Landscape_Lamp_%1").arg(++n, 2, 10, QLatin1Char('0')),
                                site, lamp, v3(p.x(), 0, p.y()), 0);
            }
        }

        // Trees: street trees, a lime square around the plaza, then groups scattered on the lawns,
        // leaving the eye-level camera presets (see Manifest.cpp) a clear view.
        m_blocked.push_back(QRectF(QPointF(0, 12), QPointF(16, 28)));
        for (float x = -104; x <= 104; x += 13) {
            QVector2D p(x, 59.5f);
            if (freeAt(p, 1.0f))
                tree(site, 1, p);
        }
        for (float z = -92; z <= 50; z += 13)
            tree(site, 1, QVector2D(-94, z));
        for (float x : {-13.5f, 13.5f})
            for (float z : {-15.5f, 11.5f})
                tree(site, 0, QVector2D(x, z));
        struct Area
        {
            QRectF rect;
            int count;
        };
        const Area areas[] = {{QRectF(QPointF(-48, -25), QPointF(36, gardenEdge - 3)), 26},
                              {QRectF(QPointF(62, -40), QPointF(95, 52)), 14},
                              {QRectF(QPointF(-60, -92), QPointF(20, -52)), 14},
                              {QRectF(QPointF(25, -92), QPointF(100, -45)), 10},
                              {QRectF(QPointF(-90, -8), QPointF(-55, 52)), 10}};
        for (const Area &area : areas) {
            int placed = 0;
            for (int attempt = 0; attempt < 600 && placed < area.count; ++attempt) {
                const QVector2D p(float(m_rng.range(area.rect.left(), area.rect.right())),
                                  float(m_rng.range(area.rect.top(), area.rect.bottom())));
                if (!freeAt(p, 2.5f))
                    continue;
                bool crowded = false;
                for (const QVector2D &q : m_treeSpots)
                    crowded = crowded || (q - p).length() < 6.5f;
                if (crowded)
                    continue;
                const double r = m_rng.uniform();
                const int kind = r < 0.3 ? 0 : r < 0.6 ? 1 : r < 0.85 ? 2 : 3;
                tree(site, kind, p);
                ++placed;
            }
        }
    }
    std::vector<QVector2D> m_treeSpots;
};

} // namespace

GlbScene buildSiteModel(const Development &dev)
{
    return SiteWriter(dev).build();
}

} // namespace demo
