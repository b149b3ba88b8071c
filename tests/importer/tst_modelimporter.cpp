// The importer over fixtures we generate in each format: names, hierarchy, metres and +Y up whatever the
// source used, materials, UVs and normals.
#include "FixtureWriter.h"
#include "importer/ModelImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <thread>

using namespace showroom::importer;
using namespace showroom::fixtures;

namespace {

// World-space bounds of everything under (and including) `node`.
Bounds subtreeBounds(const ImportedScene &s, int node)
{
    Bounds b;
    std::vector<int> stack{node};
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        const QMatrix4x4 w = s.worldTransform(n);
        for (int m : s.nodes[std::size_t(n)].meshes) {
            const Mesh &mesh = s.meshes[std::size_t(m)];
            for (std::uint32_t i : mesh.indices) {
                const QVector3D p = w.map(
                    QVector3D(mesh.positions[i * 3], mesh.positions[i * 3 + 1], mesh.positions[i * 3 + 2]));
                b.include(p);
            }
        }
        for (int c : s.nodes[std::size_t(n)].children)
            stack.push_back(c);
    }
    return b;
}

QVector3D sizeOf(const Bounds &b)
{
    return b.max - b.min;
}

bool isAncestor(const ImportedScene &s, int ancestor, int node)
{
    for (int p = s.nodes[std::size_t(node)].parent; p >= 0; p = s.nodes[std::size_t(p)].parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

const Material *material(const ImportedScene &s, const QString &name)
{
    for (const Material &m : s.materials) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

#define QCOMPARE_NEAR(actual, expected, tolerance)                                                           \
    QVERIFY2(std::abs(double(actual) - double(expected)) <= double(tolerance),                               \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                               \
                            .arg(QLatin1String(#actual))                                                     \
                            .arg(double(actual))                                                             \
                            .arg(double(expected))))

} // namespace

class tst_ModelImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void development_data();
    void development();
    void ifcHouse_data();
    void ifcHouse();
    void ifcZeroAreaTrianglesAreAWarning();
    void demoPackageModel();
    void embeddedTexture();
    void overrides();
    void depthLimit();
    void progressAndThreads();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void tst_ModelImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(writeTexture(path(QStringLiteral("concrete.png"))));
    const FxScene dev = smallDevelopment();
    QVERIFY(writeGltf(dev, path(QStringLiteral("dev.gltf"))));
    QVERIFY(writeGltf(dev, path(QStringLiteral("dev.glb"))));
    QVERIFY(writeObj(dev, path(QStringLiteral("dev.obj"))));

    // FBX authored in centimetres: the same development with every length x100, exported by Assimp's
    // ASCII FBX writer, which states UnitScaleFactor 1 (= centimetres).
    QVERIFY(writeGltf(smallDevelopment(100), path(QStringLiteral("dev_cm.glb"))));
    QCOMPARE(assimpExport(path(QStringLiteral("dev_cm.glb")), path(QStringLiteral("dev_cm.fbx")), "fbxa"),
             QString());
    QFile fbx(path(QStringLiteral("dev_cm.fbx")));
    QVERIFY(fbx.open(QIODevice::ReadOnly));
    const QByteArray fbxText = fbx.readAll();
    fbx.close();
    QVERIFY(fbxText.contains("P: \"UnitScaleFactor\", \"double\", \"Number\", \"\", 1"));

    // The same in a Z-up world (3ds Max / Revit axes: Z up, -Y front): geometry turned so +Y goes to +Z,
    // and the axis metadata rewritten to say so.
    // (Assimp's FBX writer drops the root node's own transform, so the turn sits one level down.)
    FxScene zup = smallDevelopment(100);
    const int turn = int(zup.nodes.size());
    zup.nodes.push_back(FxNode{
        QStringLiteral("ZUp"), zup.roots, -1, {}, QQuaternion::fromAxisAndAngle(1, 0, 0, 90), {1, 1, 1}});
    zup.nodes.push_back(FxNode{QStringLiteral("Scene"), {turn}, -1, {}, {}, {1, 1, 1}});
    zup.roots = {turn + 1};
    QVERIFY(writeGltf(zup, path(QStringLiteral("dev_zup_cm.glb"))));
    QCOMPARE(
        assimpExport(path(QStringLiteral("dev_zup_cm.glb")), path(QStringLiteral("dev_zup_cm.fbx")), "fbxa"),
        QString());
    QFile zfbx(path(QStringLiteral("dev_zup_cm.fbx")));
    QVERIFY(zfbx.open(QIODevice::ReadWrite));
    QByteArray z = zfbx.readAll();
    const auto replace = [&z](const char *key, int from, int to) {
        const QByteArray a =
            QByteArray("P: \"") + key + "\", \"int\", \"Integer\", \"\", " + QByteArray::number(from);
        const QByteArray b =
            QByteArray("P: \"") + key + "\", \"int\", \"Integer\", \"\", " + QByteArray::number(to);
        QVERIFY2(z.contains(a), key);
        z.replace(a, b);
    };
    replace("UpAxis", 1, 2);
    replace("FrontAxis", 2, 1);
    replace("FrontAxisSign", 1, -1);
    zfbx.resize(0);
    zfbx.write(z);
    zfbx.close();

    QVERIFY(writeIfcHouse(path(QStringLiteral("house.ifc")), false));
    QVERIFY(writeIfcHouse(path(QStringLiteral("house_mm.ifc")), true));
}

void tst_ModelImporter::development_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<float>("scale");
    QTest::addColumn<QString>("up");
    QTest::addColumn<bool>("hierarchy"); // OBJ has names but no hierarchy
    QTest::addColumn<bool>("pbr");       // glTF keeps metallic/roughness/double-sided exactly
    QTest::newRow("gltf") << "dev.gltf"
                          << "glTF 2.0" << 1.0f << "+Y" << true << true;
    QTest::newRow("glb") << "dev.glb"
                         << "glTF 2.0 (binary)" << 1.0f << "+Y" << true << true;
    QTest::newRow("obj") << "dev.obj"
                         << "OBJ" << 1.0f << "+Y" << false << false;
    QTest::newRow("fbx-centimetres") << "dev_cm.fbx"
                                     << "FBX (ASCII)" << 0.01f << "+Y" << true << false;
    QTest::newRow("fbx-centimetres-z-up") << "dev_zup_cm.fbx"
                                          << "FBX (ASCII)" << 0.01f << "+Z" << true << false;
}

void tst_ModelImporter::development()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(float, scale);
    QFETCH(QString, up);
    QFETCH(bool, hierarchy);
    QFETCH(bool, pbr);

    const ImportResult r = importModel(path(file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImportedScene &s = r.scene;
    QCOMPARE(s.format, format);
    QCOMPARE_NEAR(s.scaleApplied, scale, 1e-6);
    QCOMPARE(s.upAxisSource, up);
    QCOMPARE(s.triangleCount(), triangleCount(smallDevelopment()));
    QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(QLatin1Char('\n'))));

    // Names survive; units are found by name.
    for (const char *name : {"Unit_A_0001", "Unit_A_0002", "Unit_A_0101", "A_Structure_Wall", "Site_Ground",
                             "A_Envelope_Window_12", "Site_Landscape_Tree_10"})
        QVERIFY2(s.findNode(QLatin1String(name)) >= 0, name);
    const int building = s.findNode(QStringLiteral("Building_A"));
    const int unit = s.findNode(QStringLiteral("Unit_A_0101"));
    if (hierarchy) {
        QVERIFY(building >= 0);
        QVERIFY(isAncestor(s, building, unit));
        QVERIFY(isAncestor(s, unit, s.findNode(QStringLiteral("Unit_A_0101_Glazing"))));
        QCOMPARE(s.nodes[0].parent, -1);
    }

    // Metres and +Y up: the 10 m wall runs 10 m along +X, stands 3 m tall along +Y, is 0.2 m thick.
    const Bounds wall = subtreeBounds(s, s.findNode(QStringLiteral("A_Structure_Wall")));
    QVERIFY(wall.valid);
    QCOMPARE_NEAR(sizeOf(wall).x(), 10.0, 0.01);
    QCOMPARE_NEAR(sizeOf(wall).y(), 3.0, 0.01);
    QCOMPARE_NEAR(sizeOf(wall).z(), 0.2, 0.01);
    // ... placed where Building_A puts it (5, 0, -5), and the first floor's unit sits 3 m up.
    QCOMPARE_NEAR(wall.min.x(), 5.0, 0.01);
    QCOMPARE_NEAR(wall.min.y(), 0.0, 0.01);
    QCOMPARE_NEAR(wall.min.z(), -5.0, 0.01);
    const Bounds upper = subtreeBounds(s, unit);
    QCOMPARE_NEAR(upper.min.y(), 3.0, 0.01);
    const Bounds tree = subtreeBounds(s, s.findNode(QStringLiteral("Site_Landscape_Tree_01")));
    QCOMPARE_NEAR(sizeOf(tree).y(), 4.0, 0.01);

    // Materials.
    const Material *glass = material(s, QStringLiteral("Glass"));
    QVERIFY(glass);
    QCOMPARE_NEAR(glass->baseColor[0], 0.2, 0.01);
    QCOMPARE_NEAR(glass->baseColor[1], 0.3, 0.01);
    QCOMPARE_NEAR(glass->baseColor[2], 0.4, 0.01);
    if (pbr) {
        QCOMPARE_NEAR(glass->roughness, 0.1, 0.001);
        QVERIFY(glass->doubleSided);
        const Material *brick = material(s, QStringLiteral("Brick"));
        QVERIFY(brick);
        QCOMPARE_NEAR(brick->metallic, 0.25, 0.001);
        const Material *leaf = material(s, QStringLiteral("Leaf"));
        QVERIFY(leaf);
        QCOMPARE_NEAR(leaf->emissive[0], 0.5, 0.001);
        QCOMPARE_NEAR(leaf->emissive[1], 0.25, 0.001);
    }
    const Material *concrete = material(s, QStringLiteral("Concrete"));
    QVERIFY(concrete);
    QCOMPARE(concrete->baseColorTexture, path(QStringLiteral("concrete.png")));
    QVERIFY(s.missingTextures.isEmpty());

    // Geometry: normals everywhere and unit length, UVs kept, mesh materials valid, bounds set.
    for (const Mesh &m : s.meshes) {
        QCOMPARE(m.normals.size(), m.positions.size());
        QCOMPARE(m.uvs.size(), m.vertexCount() * 2);
        QVERIFY(m.material >= 0 && m.material < int(s.materials.size()));
        QVERIFY(m.bounds.valid);
        for (std::size_t v = 0; v < m.vertexCount(); ++v) {
            const QVector3D n(m.normals[v * 3], m.normals[v * 3 + 1], m.normals[v * 3 + 2]);
            QCOMPARE_NEAR(n.length(), 1.0, 0.001);
        }
    }
    // The wall's front face normal points along -Z (world), whatever axes the file used.
    const int wallNode = s.findNode(QStringLiteral("A_Structure_Wall"));
    const Mesh &wallMesh = s.meshes[std::size_t(s.nodes[std::size_t(wallNode)].meshes.at(0))];
    const QMatrix3x3 nm = s.worldTransform(wallNode).normalMatrix();
    bool facesMinusZ = false;
    for (std::size_t v = 0; v < wallMesh.vertexCount(); ++v) {
        const float *d = nm.constData();
        const float x = wallMesh.normals[v * 3], y = wallMesh.normals[v * 3 + 1],
                    z = wallMesh.normals[v * 3 + 2];
        const QVector3D n = QVector3D(d[0] * x + d[3] * y + d[6] * z, d[1] * x + d[4] * y + d[7] * z,
                                      d[2] * x + d[5] * y + d[8] * z)
                                .normalized();
        facesMinusZ |= n.z() < -0.99f;
    }
    QVERIFY(facesMinusZ);
}

void tst_ModelImporter::ifcHouse_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("metres") << "house.ifc";
    QTest::newRow("millimetres") << "house_mm.ifc";
}

void tst_ModelImporter::ifcHouse()
{
    QFETCH(QString, file);
    const ImportResult r = importModel(path(file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImportedScene &s = r.scene;
    QCOMPARE(s.format, QStringLiteral("IFC 2x3"));
    QCOMPARE(s.upAxisSource, QStringLiteral("+Z"));

    // Assimp's "<IfcClass>_<Name>_<GlobalId>" node names come back as the element names.
    const int building = s.findNode(QStringLiteral("House"));
    const int ground = s.findNode(QStringLiteral("GroundFloor"));
    const int first = s.findNode(QStringLiteral("FirstFloor"));
    const int wall = s.findNode(QStringLiteral("WallSouth"));
    const int unit = s.findNode(QStringLiteral("Unit_H_0001"));
    QVERIFY(building >= 0 && ground >= 0 && first >= 0 && wall >= 0 && unit >= 0);
    QVERIFY(s.findNode(QStringLiteral("Site")) >= 0);
    QVERIFY(isAncestor(s, building, ground));
    QVERIFY(isAncestor(s, building, first));
    QVERIFY(isAncestor(s, ground, wall));
    QVERIFY(isAncestor(s, ground, unit));
    QVERIFY(isAncestor(s, first, s.findNode(QStringLiteral("SlabFirst"))));
    QVERIFY(s.findNode(QStringLiteral("Window1")) >= 0);

    // IFC is Z-up: the 10 m wall comes out 10 m along +X, 3 m tall along +Y; IFC's +Y (north) is -Z.
    const Bounds w = subtreeBounds(s, wall);
    QVERIFY(w.valid);
    QCOMPARE_NEAR(sizeOf(w).x(), 10.0, 0.01);
    QCOMPARE_NEAR(sizeOf(w).y(), 3.0, 0.01);
    QCOMPARE_NEAR(sizeOf(w).z(), 0.2, 0.01);
    QCOMPARE_NEAR(w.min.y(), 0.0, 0.01);
    const Bounds west = subtreeBounds(s, s.findNode(QStringLiteral("WallWest")));
    QCOMPARE_NEAR(sizeOf(west).z(), 8.0, 0.01);
    QVERIFY(west.max.z() < 0.01f && west.min.z() < -7.9f);
    // The first floor slab sits at storey elevation 3 m (millimetres or not).
    const Bounds slab = subtreeBounds(s, s.findNode(QStringLiteral("SlabFirst")));
    QCOMPARE_NEAR(slab.max.y(), 3.0, 0.01);
    QCOMPARE_NEAR(slab.min.y(), 2.8, 0.01);
    const Bounds space = subtreeBounds(s, unit);
    QCOMPARE_NEAR(sizeOf(space).y(), 2.8, 0.01);
    for (const Mesh &m : s.meshes)
        QCOMPARE(m.normals.size(), m.positions.size());
}

void tst_ModelImporter::ifcZeroAreaTrianglesAreAWarning()
{
    // Slivers in survey coordinates, as in a real architect's model: zero-area once stored as floats.
    const QString file = path(QStringLiteral("house_slivers.ifc"));
    QVERIFY(writeIfcHouse(file, false, 3));
    const ImportResult r = importModel(file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const ImportedScene &s = r.scene;
    QCOMPARE(s.droppedCount(DropReason::Degenerate), std::size_t(3));
    QCOMPARE(s.droppedCount(DropReason::NonFinite), std::size_t(0));
    QCOMPARE(s.warnings,
             QStringList{QStringLiteral("dropped 3 degenerate (zero-area) triangles in node 'Terrace'")});
    // The terrace itself is intact (a 2 x 0.2 x 3 m box east of the house, 12 triangles).
    const int terrace = s.findNode(QStringLiteral("Terrace"));
    QVERIFY(terrace >= 0);
    const Bounds b = subtreeBounds(s, terrace);
    QCOMPARE_NEAR(sizeOf(b).x(), 2.0, 0.01);
    QCOMPARE_NEAR(sizeOf(b).y(), 0.2, 0.01);
    QCOMPARE_NEAR(sizeOf(b).z(), 3.0, 0.01);
    QCOMPARE_NEAR(b.min.x(), 10.0, 0.01);
    QCOMPARE_NEAR(b.max.y(), 0.0, 0.01);
}

void tst_ModelImporter::demoPackageModel()
{
    // The assets helper's demo, when this build has produced it: names and scale must survive.
    const QString demo = QStringLiteral(SHOWROOM_BUILD_DIR "/assets/demo/models/site.glb");
    if (!QFile::exists(demo))
        QSKIP("the demo package has not been generated in this build (target demo_development)");
    const ImportResult r = importModel(demo);
    QVERIFY2(r.ok(), qPrintable(r.error));
    int units = 0;
    for (const Node &n : r.scene.nodes)
        units += n.name.startsWith(QLatin1String("Unit_"));
    QVERIFY(units >= 150);
    QCOMPARE(r.scene.upAxisSource, QStringLiteral("+Y"));
}

void tst_ModelImporter::embeddedTexture()
{
    // A GLB carrying its PNG inside (bufferView image): the texture is written out once, named by its
    // bytes, into the cache folder, and the material points at that file.
    FxScene s;
    FxMesh m = box(QStringLiteral("Box"), QVector3D(0, 0, 0), QVector3D(1, 1, 1));
    FxMaterial painted;
    painted.name = QStringLiteral("Painted");
    m.material = s.addMaterial(painted);
    s.addNode(QStringLiteral("Box"), -1, s.addMesh(m));
    QByteArray bin;
    QJsonObject root = QJsonDocument::fromJson(gltfJson(s, &bin, QString())).object();
    QVERIFY(writeTexture(path(QStringLiteral("embedded-source.png"))));
    QFile png(path(QStringLiteral("embedded-source.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    const QByteArray pngBytes = png.readAll();
    while (bin.size() % 4)
        bin.append('\0');
    QJsonArray views = root.value(QStringLiteral("bufferViews")).toArray();
    views.append(QJsonObject{{QStringLiteral("buffer"), 0},
                             {QStringLiteral("byteOffset"), bin.size()},
                             {QStringLiteral("byteLength"), pngBytes.size()}});
    bin.append(pngBytes);
    while (bin.size() % 4)
        bin.append('\0');
    root.insert(QStringLiteral("bufferViews"), views);
    QJsonArray buffers = root.value(QStringLiteral("buffers")).toArray();
    buffers[0] = QJsonObject{{QStringLiteral("byteLength"), bin.size()}};
    root.insert(QStringLiteral("buffers"), buffers);
    root.insert(QStringLiteral("images"),
                QJsonArray{QJsonObject{{QStringLiteral("bufferView"), int(views.size()) - 1},
                                       {QStringLiteral("mimeType"), QStringLiteral("image/png")}}});
    root.insert(QStringLiteral("textures"), QJsonArray{QJsonObject{{QStringLiteral("source"), 0}}});
    QJsonArray materials = root.value(QStringLiteral("materials")).toArray();
    QJsonObject mat = materials[0].toObject();
    QJsonObject pbr = mat.value(QStringLiteral("pbrMetallicRoughness")).toObject();
    pbr.insert(QStringLiteral("baseColorTexture"), QJsonObject{{QStringLiteral("index"), 0}});
    mat.insert(QStringLiteral("pbrMetallicRoughness"), pbr);
    materials[0] = mat;
    root.insert(QStringLiteral("materials"), materials);
    QVERIFY(writeGlb(QJsonDocument(root).toJson(QJsonDocument::Compact), bin,
                     path(QStringLiteral("embedded.glb"))));

    ImportOptions o;
    o.cacheDir = path(QStringLiteral("embedded-cache"));
    const ImportResult r = importModel(path(QStringLiteral("embedded.glb")), o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Material *mp = material(r.scene, QStringLiteral("Painted"));
    QVERIFY(mp);
    QVERIFY2(mp->baseColorTexture.startsWith(o.cacheDir + QStringLiteral("/textures/")),
             qPrintable(mp->baseColorTexture));
    QFile out(mp->baseColorTexture);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), pngBytes);
    QVERIFY(r.scene.missingTextures.isEmpty());
    // The cached scene points at the same extracted file.
    const ImportResult again = importModel(path(QStringLiteral("embedded.glb")), o);
    QVERIFY(again.fromCache);
    QCOMPARE(material(again.scene, QStringLiteral("Painted"))->baseColorTexture, mp->baseColorTexture);
}

void tst_ModelImporter::overrides()
{
    // A file with no unit, authored in centimetres: the caller's override wins and is recorded.
    ImportOptions o;
    o.forceScale = 0.01f;
    o.forceUpAxis = QStringLiteral("+Z");
    const ImportResult r = importModel(path(QStringLiteral("dev.obj")), o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.scene.upAxisSource, QStringLiteral("+Z"));
    QCOMPARE_NEAR(r.scene.scaleApplied, 0.01, 1e-6);
    // Treated as Z-up, the wall's 3 m height (source Y) now lies along -Z and is 3 cm.
    const Bounds wall = subtreeBounds(r.scene, r.scene.findNode(QStringLiteral("A_Structure_Wall")));
    QCOMPARE_NEAR(sizeOf(wall).x(), 0.10, 0.001);
    QCOMPARE_NEAR(sizeOf(wall).z(), 0.03, 0.001);

    // An OBJ with no unit whose size says "millimetres" is imported as metres, with a warning saying so.
    FxScene big;
    big.addNode(QStringLiteral("Slab"), -1,
                big.addMesh(box(QStringLiteral("S"), QVector3D(0, 0, 0), QVector3D(40000, 300, 20000))));
    QVERIFY(writeObj(big, path(QStringLiteral("millimetres.obj"))));
    const ImportResult mm = importModel(path(QStringLiteral("millimetres.obj")));
    QVERIFY2(mm.ok(), qPrintable(mm.error));
    QVERIFY2(mm.scene.warnings.join(QLatin1Char('\n')).contains(QLatin1String("probably in millimetres")),
             qPrintable(mm.scene.warnings.join(QLatin1Char('\n'))));
}

void tst_ModelImporter::depthLimit()
{
    ImportOptions o;
    o.limits.maxNodeDepth = 2; // Development > Building_A > Unit_A_0001 > Unit_A_0001_Glazing is deeper
    const ImportResult r = importModel(path(QStringLiteral("dev.glb")), o);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("deeper than 2 levels")), qPrintable(r.error));
    QVERIFY(r.error.startsWith(path(QStringLiteral("dev.glb"))));

    o = {};
    o.limits.maxTriangles = 100;
    const ImportResult big = importModel(path(QStringLiteral("dev.obj")), o);
    QVERIFY(!big.ok());
    QVERIFY2(big.error.contains(QLatin1String("exceed the limit")), qPrintable(big.error));
}

void tst_ModelImporter::progressAndThreads()
{
    // Progress reaches 1 and never goes backwards; imports on several threads at once do not interfere.
    std::vector<float> seen;
    ImportOptions o;
    o.progress = [&seen](float p) { seen.push_back(p); };
    QVERIFY(importModel(path(QStringLiteral("dev.glb")), o).ok());
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back(), 1.0f);
    for (std::size_t i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i] >= seen[i - 1] - 1e-6f);

    std::atomic<int> good{0};
    std::vector<std::thread> threads;
    const QStringList files{path(QStringLiteral("dev.glb")), path(QStringLiteral("dev.obj")),
                            path(QStringLiteral("house.ifc")), path(QStringLiteral("dev_cm.fbx"))};
    for (const QString &f : files)
        threads.emplace_back([&good, f] {
            for (int i = 0; i < 3; ++i)
                good += importModel(f).ok() ? 1 : 0;
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(good.load(), 12);
}

QTEST_GUILESS_MAIN(tst_ModelImporter)
#include "tst_modelimporter.moc"
