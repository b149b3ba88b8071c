// The demo site's landscape: the ground and the streets that exist already, then the plot's lawns,
// gardens, hedges, paths, plaza, playground, parking with cars, bike shelter, benches, lamps and trees.
#include "SiteScene.h"

#include "Shapes.h"

#include <QRectF>
#include <QVector2D>

#include <algorithm>
#include <cmath>

namespace demo {

namespace {

class LandscapeWriter
{
public:
    LandscapeWriter(SiteScene &site, const Development &dev)
        : m_site(site), m_dev(dev), m_scene(site.scene), m_mat(site.mat), m_rng(7)
    {
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

private:
    SiteScene &m_site;
    const Development &m_dev;
    GlbScene &m_scene;
    const SiteMaterials &m_mat;
    Random m_rng; // seeded here: the cars and trees are the only random parts of the site

    // Shorthands for the site's mesh cache (SiteScene.h).
    int shared(const QString &key, const std::function<void(MeshBuilder &)> &build)
    {
        return m_site.shared(key, build);
    }
    int unique(const QString &name, const MeshBuilder &mb) { return m_site.unique(name, mb); }

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
    std::vector<QVector2D> m_treeSpots;
};

} // namespace

void addGround(SiteScene &site, int parent)
{
    MeshBuilder g;
    addBox(g.on(site.mat.ground), v3(-110, -0.5, -100), v3(110, 0, 100));
    site.scene.addNode("Site_Ground", parent, site.unique("Site_Ground", g));

    // Existing streets around the plot: no stage, always shown.
    MeshBuilder road;
    addBox(road.on(site.mat.asphalt), v3(-110, 0, 62), v3(110, 0.03, 72));
    addBox(road.on(site.mat.asphalt), v3(-106, 0, -100), v3(-96, 0.03, 62));
    addBox(road.on(site.mat.paving), v3(-110, 0, 57), v3(110, 0.14, 62));
    addBox(road.on(site.mat.paving), v3(-96, 0, -100), v3(-92, 0.14, 57));
    addBox(road.on(site.mat.paving), v3(-110, 0, 72), v3(110, 0.14, 75));
    for (int i = 0; i < 22; ++i)
        addBox(road.on(site.mat.marking), v3(-106 + i * 10, 0.03, 66.9), v3(-102 + i * 10, 0.05, 67.1));
    for (int i = 0; i < 15; ++i)
        addBox(road.on(site.mat.marking), v3(-101.1, 0.03, -98 + i * 10), v3(-100.9, 0.05, -94 + i * 10));
    site.scene.addNode("Site_Context_Streets", parent, site.unique("Site_Context_Streets", road));

    // The tram stop across the street (a point of interest in development.json).
    MeshBuilder tram;
    addBox(tram.on(site.mat.frame), v3(-24, 0.14, 73.0), v3(-16, 2.7, 73.1));
    addBox(tram.on(site.mat.glass), v3(-23.9, 0.3, 73.1), v3(-16.1, 2.5, 73.14));
    addBox(tram.on(site.mat.frame), v3(-24.2, 2.7, 72.2), v3(-15.8, 2.85, 74.6));
    addBox(tram.on(site.mat.frame), v3(-24, 0.14, 73.1), v3(-23.9, 2.7, 74.4));
    addBox(tram.on(site.mat.frame), v3(-16.1, 0.14, 73.1), v3(-16, 2.7, 74.4));
    addBox(tram.on(site.mat.timber), v3(-22, 0.55, 73.15), v3(-18, 0.6, 73.6));
    site.scene.addNode("Site_Context_TramStop", parent, site.unique("Site_Context_TramStop", tram));
}

void addLandscape(SiteScene &site, const Development &dev, int parent)
{
    LandscapeWriter(site, dev).addLandscape(parent);
}

} // namespace demo
