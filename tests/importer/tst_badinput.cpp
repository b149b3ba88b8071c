// Bad input is expected input: every file of the generated corpus gives its exact, file-naming reason
// (or loads with the exact warning), quickly, without crashing.
#include "BadInputs.h"
#include "importer/ModelImporter.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::importer;
using namespace showroom::fixtures;

class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cases = writeBadInputs(m_dir.path());
        QVERIFY(m_cases.size() >= 30);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<bool>("loads");
        for (const BadInput &b : m_cases)
            QTest::newRow(qPrintable(b.file.section(QLatin1Char('/'), -1))) << b.file << b.expect << b.loads;
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(bool, loads);
        QElapsedTimer clock;
        clock.start();
        const ImportResult r = importModel(file);
        QVERIFY2(clock.elapsed() < 5000, "a bad file must fail fast");
        if (loads) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY2(r.scene.warnings.join(QLatin1Char('\n')).contains(expect),
                     qPrintable(r.scene.warnings.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY(!r.ok());
        // "<file>: <reason>": the file is named first, then the specific reason.
        QVERIFY2(r.error.startsWith(file + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(expect),
                 qPrintable(QStringLiteral("got: %1\nexpected to contain: %2").arg(r.error, expect)));
        QVERIFY(r.scene.nodes.empty() || !r.ok());
    }

    void missingTextureIsListed()
    {
        const ImportResult r = importModel(m_dir.filePath(QStringLiteral("missing_texture.gltf")));
        QVERIFY(r.ok());
        QCOMPARE(r.scene.missingTextures, QStringList{m_dir.filePath(QStringLiteral("nothere.png"))});
        QVERIFY(r.scene.materials.at(0).baseColorTexture.isEmpty());
    }

    void droppedTrianglesAreCounted()
    {
        const ImportResult r = importModel(m_dir.filePath(QStringLiteral("nan_some.glb")));
        QVERIFY(r.ok());
        QCOMPARE(r.scene.droppedTriangles, std::size_t(1));
        QCOMPARE(r.scene.triangleCount(), std::size_t(1));
        for (float p : r.scene.meshes.at(0).positions)
            QVERIFY(std::isfinite(p));
        // Where, and why: a damaged file, not a harmless sliver.
        QCOMPARE(r.scene.dropped.size(), std::size_t(1));
        QCOMPARE(r.scene.dropped[0].mesh, QStringLiteral("Tri"));
        QCOMPARE(r.scene.dropped[0].node, QStringLiteral("Root"));
        QCOMPARE(r.scene.droppedCount(DropReason::NonFinite), std::size_t(1));
        QCOMPARE(r.scene.droppedCount(DropReason::Degenerate), std::size_t(0));
    }

    void zeroAreaTrianglesAreNamed()
    {
        const ImportResult r = importModel(m_dir.filePath(QStringLiteral("degenerate_some.glb")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.scene.triangleCount(), std::size_t(1)); // the real triangle is kept
        QCOMPARE(r.scene.droppedTriangles, std::size_t(2));
        QCOMPARE(r.scene.droppedCount(DropReason::Degenerate), std::size_t(2));
        QCOMPARE(r.scene.droppedCount(DropReason::NonFinite), std::size_t(0));
        QCOMPARE(r.scene.droppedCount(DropReason::OutOfRange), std::size_t(0));
        QCOMPARE(r.scene.warnings,
                 QStringList{QStringLiteral(
                     "dropped 2 degenerate (zero-area) triangles in mesh 'Tri' (node 'Root')")});
    }

    void droppedMessageListsMeshes()
    {
        std::vector<DroppedTriangles> dropped;
        for (int i = 0; i < 7; ++i) {
            DroppedTriangles d;
            d.mesh = i == 1 ? QString() : QStringLiteral("M%1").arg(i);
            d.node = i == 2 ? QString() : QStringLiteral("N%1").arg(i);
            d.degenerate = std::size_t(i + 1);
            d.nonFinite = i == 0 ? 4 : 0;
            dropped.push_back(d);
        }
        QCOMPARE(droppedTrianglesMessage(dropped, DropReason::OutOfRange), QString());
        QCOMPARE(droppedTrianglesMessage(dropped, DropReason::NonFinite),
                 QStringLiteral(
                     "dropped 4 triangles with non-finite (NaN/Inf) positions in mesh 'M0' (node 'N0')"));
        QCOMPARE(droppedTrianglesMessage(dropped, DropReason::Degenerate),
                 QStringLiteral(
                     "dropped 28 degenerate (zero-area) triangles: 1 in mesh 'M0' (node 'N0'), 2 in node "
                     "'N1', 3 in mesh 'M2', 4 in mesh 'M3' (node 'N3'), 5 in mesh 'M4' (node 'N4'), and "
                     "in 2 more meshes"));
    }

    void notFoundAndFolder()
    {
        const ImportResult missing = importModel(m_dir.filePath(QStringLiteral("nothere.glb")));
        QCOMPARE(missing.error,
                 m_dir.filePath(QStringLiteral("nothere.glb")) + QStringLiteral(": file not found"));
        const ImportResult folder = importModel(m_dir.path());
        QCOMPARE(folder.error, m_dir.path() + QStringLiteral(": not a file"));
    }

    void tooLarge()
    {
        ImportOptions o;
        o.limits.maxFileBytes = 100;
        const QString file = m_dir.filePath(QStringLiteral("nan_some.glb"));
        const ImportResult r = importModel(file, o);
        QVERIFY(r.error.contains(QLatin1String("exceeds the limit of 100 bytes")));
    }

private:
    QTemporaryDir m_dir;
    std::vector<BadInput> m_cases;
};

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
