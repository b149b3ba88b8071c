// Scenes for the walk tests: the demo's interiors (imported as the app imports them) and small
// synthetic interiors built box by box in code.
#pragma once

#include "importer/ImportedScene.h"
#include "importer/ModelImporter.h"
#include "interior/WalkPlan.h"

#include <QString>
#include <QVector3D>
#include <QtTest>
#include <cmath>

namespace walktest {

using showroom::importer::ImportedScene;

// <build>/assets/demo/interiors/<type>.glb, imported without a cache. Fails the test when missing.
inline ImportedScene demoInterior(const QString &type)
{
    const QString path = QStringLiteral(SHOWROOM_DEMO_DIR "/interiors/") + type + QStringLiteral(".glb");
    const auto result = showroom::importer::importModel(path);
    if (!result.ok())
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(result.error));
    return result.scene;
}

inline double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

inline const showroom::interior::WalkPlan::Room &room(const showroom::interior::WalkPlan &plan,
                                                      const QString &id)
{
    for (const auto &r : plan.rooms())
        if (r.id == id)
            return r;
    qFatal("no room %s", qPrintable(id));
}

// Data rows "1B", "2B", "3B" (column `type`): the demo's apartment interiors.
inline void addApartmentTypes()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"1B", "2B", "3B"})
        QTest::newRow(type) << QString(type);
}

// Builds an ImportedScene from named axis-aligned boxes (outward, counter-clockwise faces).
class BoxScene
{
public:
    BoxScene() { scene.nodes.push_back({QStringLiteral("Interior"), -1, {}, QMatrix4x4(), {}}); }

    int addBox(const QString &name, QVector3D min, QVector3D max, int parent = 0)
    {
        showroom::importer::Mesh mesh;
        mesh.name = name;
        const float x[2] = {min.x(), max.x()}, y[2] = {min.y(), max.y()}, z[2] = {min.z(), max.z()};
        for (int i = 0; i < 8; ++i) {
            mesh.positions.insert(mesh.positions.end(), {x[i & 1], y[(i >> 1) & 1], z[(i >> 2) & 1]});
            mesh.normals.insert(mesh.normals.end(), {0, 1, 0});
            mesh.bounds.include(QVector3D(x[i & 1], y[(i >> 1) & 1], z[(i >> 2) & 1]));
        }
        // Corner index = x + 2y + 4z; each face's quad counter-clockwise seen from outside.
        const std::uint32_t quads[6][4] = {{0, 4, 6, 2}, {1, 3, 7, 5}, {0, 1, 5, 4},
                                           {2, 6, 7, 3}, {0, 2, 3, 1}, {4, 5, 7, 6}};
        for (const auto &q : quads)
            mesh.indices.insert(mesh.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
        scene.meshes.push_back(mesh);
        const int node = int(scene.nodes.size());
        scene.nodes.push_back({name, parent, {}, QMatrix4x4(), {int(scene.meshes.size()) - 1}});
        scene.nodes[size_t(parent)].children.push_back(node);
        return node;
    }

    // A node without geometry, e.g. a Floor_<room> made of several parts.
    int addGroup(const QString &name, int parent = 0)
    {
        const int node = int(scene.nodes.size());
        scene.nodes.push_back({name, parent, {}, QMatrix4x4(), {}});
        scene.nodes[size_t(parent)].children.push_back(node);
        return node;
    }

    // A floor slab whose top is at `top`, 4 cm thick, as the demo builds them.
    int addFloor(const QString &room, double x0, double z0, double x1, double z1, double top = 0)
    {
        return addBox(QStringLiteral("Floor_") + room, QVector3D(float(x0), float(top - 0.04), float(z0)),
                      QVector3D(float(x1), float(top), float(z1)));
    }

    // A wall along X (z fixed) or Z (x fixed), `thickness` across, from `base` up `height` metres.
    int addWallX(const QString &name, double z, double x0, double x1, double thickness = 0.2, double base = 0,
                 double height = 2.6)
    {
        return addBox(name, QVector3D(float(x0), float(base), float(z - thickness / 2)),
                      QVector3D(float(x1), float(base + height), float(z + thickness / 2)));
    }
    int addWallZ(const QString &name, double x, double z0, double z1, double thickness = 0.2, double base = 0,
                 double height = 2.6)
    {
        return addBox(name, QVector3D(float(x - thickness / 2), float(base), float(z0)),
                      QVector3D(float(x + thickness / 2), float(base + height), float(z1)));
    }

    ImportedScene scene;
};

// One 6 x 4 m room (x -3..3, z -2..2) closed by 0.2 m walls centred on its edges: inner faces at
// x = +-2.9 and z = +-1.9.
inline ImportedScene boxRoom()
{
    BoxScene b;
    b.addFloor(QStringLiteral("Room"), -3, -2, 3, 2);
    b.addWallX(QStringLiteral("Wall_South"), -2, -3.1, 3.1);
    b.addWallX(QStringLiteral("Wall_North"), 2, -3.1, 3.1);
    b.addWallZ(QStringLiteral("Wall_West"), -3, -2, 2);
    b.addWallZ(QStringLiteral("Wall_East"), 3, -2, 2);
    return b.scene;
}

// Two storeys: a ground floor (Living x -3..3, z -2..2, a wardrobe 0..2.1 m high at x 2..2.8, z -1.8..-1)
// under a 2.6..2.86 m slab, and an upper storey at 2.9 m (Bedroom x -3..0.5 and Landing x 0.5..3 over
// z -2..2). Walls run through both storeys.
inline ImportedScene twoStoreys()
{
    BoxScene b;
    b.addFloor(QStringLiteral("Living"), -3, -2, 3, 2);
    b.addFloor(QStringLiteral("Bedroom"), -3, -2, 0.5, 2, 2.9);
    b.addFloor(QStringLiteral("Landing"), 0.5, -2, 3, 2, 2.9);
    b.addBox(QStringLiteral("Slab"), QVector3D(-3, 2.6f, -2), QVector3D(3, 2.86f, 2));
    b.addBox(QStringLiteral("Furniture_Wardrobe"), QVector3D(2, 0, -1.8f), QVector3D(2.8f, 2.1f, -1));
    b.addBox(QStringLiteral("Furniture_Bed"), QVector3D(-2.5f, 2.9f, -1), QVector3D(-1, 3.4f, 1));
    b.addWallX(QStringLiteral("Wall_South"), -2, -3.1, 3.1, 0.2, 0, 5.8);
    b.addWallX(QStringLiteral("Wall_North"), 2, -3.1, 3.1, 0.2, 0, 5.8);
    b.addWallZ(QStringLiteral("Wall_West"), -3, -2, 2, 0.2, 0, 5.8);
    b.addWallZ(QStringLiteral("Wall_East"), 3, -2, 2, 0.2, 0, 5.8);
    return b.scene;
}

} // namespace walktest
