// Batching: draw calls drop, every unit stays its own pickable group, repeated meshes are instanced, the
// geometry ends up where the node tree put it, and no batch exceeds its vertex budget.
#include "FixtureWriter.h"
#include "importer/ModelImporter.h"
#include "importer/SceneBatcher.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace showroom::importer;
using namespace showroom::fixtures;

namespace {

BatchPolicy conventionPolicy(const ImportedScene &scene)
{
    // Unit nodes by the package convention (Unit_<building>_<floor><number>); their parts, even when
    // named Unit_..._Glazing, belong to them.
    static const QRegularExpression unitName(QStringLiteral("^Unit_[A-Za-z0-9]+_\\d{4}$"));
    const auto groups = std::make_shared<std::vector<QString>>(
        nearestMatchingName(scene, [](const QString &n) { return unitName.match(n).hasMatch(); }));
    static const QRegularExpression stageWord(
        QStringLiteral("_(Foundation|Structure|Envelope|Interior|Landscape)_"));
    const auto stages = std::make_shared<std::vector<QString>>(
        nearestMatchingName(scene, [](const QString &n) { return stageWord.match(n).hasMatch(); }));
    BatchPolicy p;
    p.groupOf = [groups](int node) { return (*groups)[std::size_t(node)]; };
    p.stageOf = [stages](int node) {
        const QRegularExpressionMatch m = stageWord.match((*stages)[std::size_t(node)]);
        return m.hasMatch() ? m.captured(1).toLower() : QString();
    };
    return p;
}

std::size_t batchedTriangles(const ImportedScene &s, const BatchedScene &b)
{
    std::size_t n = 0;
    for (const DrawBatch &d : b.batches)
        n += d.indices.size() / 3;
    for (const InstancedBatch &i : b.instanced)
        n += s.meshes[std::size_t(i.mesh)].triangleCount() * i.transforms.size();
    return n;
}

void checkBatchArrays(const DrawBatch &d)
{
    const std::size_t nv = d.positions.size() / 3;
    QCOMPARE(d.normals.size(), d.positions.size());
    QVERIFY(d.uvs.empty() || d.uvs.size() == nv * 2);
    for (std::uint32_t i : d.indices)
        QVERIFY(i < nv);
}

} // namespace

class tst_SceneBatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeTexture(m_dir.filePath(QStringLiteral("concrete.png"))));
        QVERIFY(writeGltf(smallDevelopment(), m_dir.filePath(QStringLiteral("dev.glb"))));
        const ImportResult r = importModel(m_dir.filePath(QStringLiteral("dev.glb")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        m_scene = r.scene;
    }

    void drawCallsDropAndUnitsStaySeparate()
    {
        const BatchedScene b = batchScene(m_scene, conventionPolicy(m_scene));
        // 2 per unit (box + glazing) x 3, wall, slab, 12 windows, ground, 10 trees.
        QCOMPARE(b.sourceDrawCalls, std::size_t(31));
        QVERIFY2(b.drawCalls() <= 12, qPrintable(QString::number(b.drawCalls())));
        QCOMPARE(batchedTriangles(m_scene, b), m_scene.triangleCount());

        // Every unit is its own group: its concrete box and its glazing, nothing else, nothing shared.
        for (const char *unit : {"Unit_A_0001", "Unit_A_0002", "Unit_A_0101"}) {
            std::set<int> materials;
            std::size_t triangles = 0;
            for (const DrawBatch &d : b.batches) {
                if (d.group == QLatin1String(unit)) {
                    materials.insert(d.material);
                    triangles += d.indices.size() / 3;
                }
            }
            QCOMPARE(materials.size(), std::size_t(2));
            QCOMPARE(triangles, std::size_t(24));
        }
        for (const InstancedBatch &i : b.instanced)
            QVERIFY(!m_scene.meshes[std::size_t(i.mesh)].name.isEmpty());
        for (const DrawBatch &d : b.batches) {
            checkBatchArrays(d);
            QVERIFY(d.group.isEmpty() || d.group.startsWith(QLatin1String("Unit_")));
        }
    }

    void repeatedMeshesAreInstanced()
    {
        const BatchedScene b = batchScene(m_scene, conventionPolicy(m_scene));
        QCOMPARE(b.instanced.size(), std::size_t(2));
        std::map<QString, const InstancedBatch *> byStage;
        for (const InstancedBatch &i : b.instanced)
            byStage[i.stage] = &i;
        QVERIFY(byStage.count(QStringLiteral("envelope")) && byStage.count(QStringLiteral("landscape")));
        QCOMPARE(byStage[QStringLiteral("envelope")]->transforms.size(), std::size_t(12));
        const InstancedBatch &trees = *byStage[QStringLiteral("landscape")];
        QCOMPARE(trees.transforms.size(), std::size_t(10));
        // Instance transforms are the nodes' world transforms (rotation and scale included).
        const int tree3 = m_scene.findNode(QStringLiteral("Site_Landscape_Tree_03"));
        QVERIFY(std::find(trees.transforms.begin(), trees.transforms.end(), m_scene.worldTransform(tree3)) !=
                trees.transforms.end());

        // Below the threshold they are merged instead.
        BatchPolicy p = conventionPolicy(m_scene);
        p.instanceThreshold = 20;
        const BatchedScene merged = batchScene(m_scene, p);
        QVERIFY(merged.instanced.empty());
        QCOMPARE(batchedTriangles(m_scene, merged), m_scene.triangleCount());
    }

    void bakedToWorldSpace()
    {
        const BatchedScene b = batchScene(m_scene, conventionPolicy(m_scene));
        int brick = -1;
        for (std::size_t i = 0; i < m_scene.materials.size(); ++i)
            brick = m_scene.materials[i].name == QLatin1String("Brick") ? int(i) : brick;
        const DrawBatch *wall = nullptr;
        for (const DrawBatch &d : b.batches)
            wall = (d.material == brick && d.stage == QLatin1String("structure")) ? &d : wall;
        QVERIFY(wall);
        QVERIFY(qFuzzyCompare(wall->bounds.min, QVector3D(5, 0, -5)));
        QVERIFY(qFuzzyCompare(wall->bounds.max, QVector3D(15, 3, -4.8f)));
    }

    void mirroredNodesKeepFrontFaces()
    {
        ImportedScene s;
        s.nodes.resize(2);
        s.nodes[0].children = {1};
        s.nodes[1].parent = 0;
        s.nodes[1].transform.scale(-1, 1, 1);
        s.nodes[1].meshes = {0};
        Mesh m;
        m.positions = {0, 0, 0, 1, 0, 0, 0, 1, 0};
        m.normals = {0, 0, 1, 0, 0, 1, 0, 0, 1};
        m.indices = {0, 1, 2};
        s.meshes.push_back(m);
        const BatchedScene b = batchScene(s, {});
        QCOMPARE(b.batches.size(), std::size_t(1));
        const DrawBatch &d = b.batches[0];
        const auto p = [&d](int k) {
            const std::uint32_t i = d.indices[std::size_t(k)];
            return QVector3D(d.positions[i * 3], d.positions[i * 3 + 1], d.positions[i * 3 + 2]);
        };
        const QVector3D faceNormal = QVector3D::crossProduct(p(1) - p(0), p(2) - p(0));
        const QVector3D vertexNormal(d.normals[2 * 3], d.normals[2 * 3 + 1], d.normals[2 * 3 + 2]);
        QVERIFY(QVector3D::dotProduct(faceNormal, vertexNormal) > 0);
    }

    void vertexBudgetSplitsBatches_data()
    {
        QTest::addColumn<int>("budget");
        QTest::newRow("several meshes per batch") << 60;
        QTest::newRow("meshes split across batches") << 10;
    }

    void vertexBudgetSplitsBatches()
    {
        QFETCH(int, budget);
        BatchPolicy p;
        p.maxVerticesPerBatch = std::size_t(budget);
        p.instanceThreshold = 0; // merge everything
        const BatchedScene b = batchScene(m_scene, p);
        QVERIFY(b.instanced.empty());
        QCOMPARE(batchedTriangles(m_scene, b), m_scene.triangleCount());
        for (const DrawBatch &d : b.batches) {
            QVERIFY(d.positions.size() / 3 <= std::size_t(budget));
            checkBatchArrays(d);
        }
        QVERIFY(b.batches.size() > m_scene.materials.size());
    }

    void uvsPaddedWhenMixed()
    {
        ImportedScene s;
        s.nodes.resize(3);
        s.nodes[0].children = {1, 2};
        for (int n : {1, 2}) {
            s.nodes[std::size_t(n)].parent = 0;
            s.nodes[std::size_t(n)].meshes = {n - 1};
        }
        Mesh plain;
        plain.positions = {0, 0, 0, 1, 0, 0, 0, 1, 0};
        plain.normals = {0, 0, 1, 0, 0, 1, 0, 0, 1};
        plain.indices = {0, 1, 2};
        Mesh textured = plain;
        textured.uvs = {0, 0, 1, 0, 0, 1};
        s.meshes = {plain, textured};
        const BatchedScene b = batchScene(s, {});
        QCOMPARE(b.batches.size(), std::size_t(1));
        QCOMPARE(b.batches[0].uvs.size(), std::size_t(12));
        QCOMPARE(b.batches[0].uvs[6 + 2], 1.0f);
    }

private:
    QTemporaryDir m_dir;
    ImportedScene m_scene;
};

QTEST_GUILESS_MAIN(tst_SceneBatcher)
#include "tst_scenebatcher.moc"
