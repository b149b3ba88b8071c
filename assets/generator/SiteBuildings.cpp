// The demo site's buildings: apartment blocks (structure, envelope, corridors and one node per unit with
// its facade, windows and balcony) and the townhouse row (one node per house).
#include "SiteScene.h"

#include "Shapes.h"

#include <cmath>

namespace demo {

namespace {

// Heights in a unit's frame (y = its floor level).
constexpr float kSill = 0.6f, kHead = 2.4f, kDoorHead = 2.4f;

class BuildingWriter
{
public:
    BuildingWriter(SiteScene &site, const Development &dev)
        : m_site(site), m_dev(dev), m_scene(site.scene), m_mat(site.mat)
    {
    }

    void add()
    {
        for (const Building &b : m_dev.buildings) {
            const int root = m_scene.addNode("Building_" + b.id, -1, -1, b.origin, b.yaw);
            if (b.kind == "apartments")
                addApartmentBuilding(b, root);
            else
                addTownhouseRow(b, root);
        }
    }

private:
    SiteScene &m_site;
    const Development &m_dev;
    GlbScene &m_scene;
    const SiteMaterials &m_mat;

    // Shorthands for the site's mesh cache (SiteScene.h).
    int shared(const QString &key, const std::function<void(MeshBuilder &)> &build)
    {
        return m_site.shared(key, build);
    }
    int unique(const QString &name, const MeshBuilder &mb) { return m_site.unique(name, mb); }

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
        const double mirror = u.mirrored ? -1.0 : 1.0;
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
};

} // namespace

void addBuildings(SiteScene &site, const Development &dev)
{
    BuildingWriter(site, dev).add();
}

} // namespace demo
