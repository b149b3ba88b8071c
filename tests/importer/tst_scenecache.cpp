// The binary cache: hit, miss, invalidation when the source changes (even keeping size and mtime),
// corruption / truncation / other versions ignored with a warning and rebuilt, never trusted.
#include "FixtureWriter.h"
#include "importer/ModelImporter.h"
#include "importer/SceneCache.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::importer;
using namespace showroom::fixtures;

namespace {

void compareScenes(const ImportedScene &a, const ImportedScene &b)
{
    QCOMPARE(a.nodes.size(), b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        QCOMPARE(a.nodes[i].name, b.nodes[i].name);
        QCOMPARE(a.nodes[i].parent, b.nodes[i].parent);
        QCOMPARE(a.nodes[i].children, b.nodes[i].children);
        QCOMPARE(a.nodes[i].meshes, b.nodes[i].meshes);
        QCOMPARE(a.nodes[i].transform, b.nodes[i].transform);
    }
    QCOMPARE(a.meshes.size(), b.meshes.size());
    for (std::size_t i = 0; i < a.meshes.size(); ++i) {
        QCOMPARE(a.meshes[i].name, b.meshes[i].name);
        QCOMPARE(a.meshes[i].material, b.meshes[i].material);
        QVERIFY(a.meshes[i].positions == b.meshes[i].positions);
        QVERIFY(a.meshes[i].normals == b.meshes[i].normals);
        QVERIFY(a.meshes[i].uvs == b.meshes[i].uvs);
        QVERIFY(a.meshes[i].indices == b.meshes[i].indices);
        QCOMPARE(a.meshes[i].bounds.min, b.meshes[i].bounds.min);
        QCOMPARE(a.meshes[i].bounds.max, b.meshes[i].bounds.max);
    }
    QCOMPARE(a.materials.size(), b.materials.size());
    for (std::size_t i = 0; i < a.materials.size(); ++i) {
        QCOMPARE(a.materials[i].name, b.materials[i].name);
        QVERIFY(a.materials[i].baseColor == b.materials[i].baseColor);
        QCOMPARE(a.materials[i].roughness, b.materials[i].roughness);
        QCOMPARE(a.materials[i].metallic, b.materials[i].metallic);
        QVERIFY(a.materials[i].emissive == b.materials[i].emissive);
        QCOMPARE(a.materials[i].baseColorTexture, b.materials[i].baseColorTexture);
        QCOMPARE(a.materials[i].doubleSided, b.materials[i].doubleSided);
    }
    QCOMPARE(a.format, b.format);
    QCOMPARE(a.scaleApplied, b.scaleApplied);
    QCOMPARE(a.upAxisSource, b.upAxisSource);
    QCOMPARE(a.sourceFile, b.sourceFile);
}

QString onlyCacheFile(const QString &dir)
{
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.srcache")}, QDir::Files);
    return files.size() == 1 ? QDir(dir).filePath(files.first()) : QString();
}

void patch(const QString &file, qint64 offset, const QByteArray &bytes)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

} // namespace

class tst_SceneCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeTexture(m_dir.filePath(QStringLiteral("concrete.png"))));
    }

    void init()
    {
        QDir(cacheDir()).removeRecursively();
        QVERIFY(writeGltf(smallDevelopment(), model()));
    }

    void hitAndMiss()
    {
        const ImportResult cold = importModel(model(), options());
        QVERIFY2(cold.ok(), qPrintable(cold.error));
        QVERIFY(!cold.fromCache);
        QVERIFY(!onlyCacheFile(cacheDir()).isEmpty());
        // Written atomically: nothing but the entry (no temporary files) is left behind.
        QCOMPARE(QDir(cacheDir()).entryList(QDir::Files).size(), 1);

        const ImportResult warm = importModel(model(), options());
        QVERIFY2(warm.ok(), qPrintable(warm.error));
        QVERIFY(warm.fromCache);
        QVERIFY(warm.scene.warnings.isEmpty());
        compareScenes(cold.scene, warm.scene);

        // Other options are other entries: a forced scale never reuses the plain import.
        ImportOptions scaled = options();
        scaled.forceScale = 0.5f;
        const ImportResult other = importModel(model(), scaled);
        QVERIFY(!other.fromCache);
        QCOMPARE(other.scene.scaleApplied, 0.5f);
        QVERIFY(importModel(model(), scaled).fromCache);
    }

    void droppedTrianglesSurviveTheCache()
    {
        // `check` reads the cache: what was dropped, where and why must come back from it unchanged.
        FxScene dev = smallDevelopment();
        addZeroAreaTriangles(dev.meshes[0], 3);
        QVERIFY(writeGltf(dev, model()));
        const ImportResult cold = importModel(model(), options());
        QVERIFY2(cold.ok(), qPrintable(cold.error));
        QCOMPARE(cold.scene.droppedCount(DropReason::Degenerate), std::size_t(3));
        const ImportResult warm = importModel(model(), options());
        QVERIFY(warm.fromCache);
        QCOMPARE(warm.scene.warnings, cold.scene.warnings);
        QCOMPARE(warm.scene.droppedTriangles, std::size_t(3));
        QCOMPARE(warm.scene.dropped.size(), std::size_t(1));
        QCOMPARE(warm.scene.dropped[0].mesh, QStringLiteral("WallMesh"));
        QCOMPARE(warm.scene.dropped[0].node, QStringLiteral("A_Structure_Wall"));
        QCOMPARE(warm.scene.dropped[0].degenerate, std::size_t(3));
        QCOMPARE(warm.scene.dropped[0].nonFinite + warm.scene.dropped[0].outOfRange, std::size_t(0));
    }

    void sourceChangeInvalidates()
    {
        QVERIFY(importModel(model(), options()).ok());
        QVERIFY(importModel(model(), options()).fromCache);

        // Same size, same modification time, different bytes: move one vertex of the wall (the first
        // float of the binary chunk belongs to the first mesh, the wall).
        QFile f(model());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QDateTime mtime = f.fileTime(QFileDevice::FileModificationTime);
        QByteArray bytes = f.readAll();
        const qsizetype bin = bytes.indexOf(QByteArray("BIN\0", 4)) + 4;
        QVERIFY(bin > 4);
        const float moved = 1.5f;
        std::memcpy(bytes.data() + bin, &moved, 4);
        f.seek(0);
        f.write(bytes);
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        f.close();
        QCOMPARE(QFileInfo(model()).lastModified(), mtime);

        const ImportResult changed = importModel(model(), options());
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        QVERIFY(!changed.fromCache);
        QVERIFY(changed.scene.warnings.isEmpty()); // a changed source is ordinary, not a warning
        const Mesh &wall = changed.scene.meshes.at(0);
        QVERIFY(std::find(wall.positions.begin(), wall.positions.end(), 1.5f) != wall.positions.end());
        QVERIFY(importModel(model(), options()).fromCache);
    }

    void corruptEntriesAreRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("warning");
        QTest::newRow("flipped payload byte") << "flip"
                                              << "checksum mismatch (corrupt)";
        QTest::newRow("truncated") << "truncate"
                                   << "does not match its header (truncated?)";
        QTest::newRow("other format version") << "version"
                                              << "cache format version 99, expected 1";
        QTest::newRow("not a cache") << "garbage"
                                     << "not a Showroom cache file";
        QTest::newRow("empty") << "empty"
                               << "truncated header";
    }

    void corruptEntriesAreRebuilt()
    {
        QFETCH(QString, damage);
        QFETCH(QString, warning);
        const ImportResult cold = importModel(model(), options());
        QVERIFY(cold.ok());
        const QString entry = onlyCacheFile(cacheDir());
        QVERIFY(!entry.isEmpty());
        const qint64 size = QFileInfo(entry).size();
        if (damage == QLatin1String("flip")) {
            QFile f(entry);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(size - 100);
            char c;
            f.getChar(&c);
            f.seek(size - 100);
            f.putChar(char(c ^ 0x40));
        } else if (damage == QLatin1String("truncate")) {
            QFile f(entry);
            QVERIFY(f.resize(size / 2));
        } else if (damage == QLatin1String("version")) {
            const quint32 v = 99;
            patch(entry, 8, QByteArray(reinterpret_cast<const char *>(&v), 4));
        } else if (damage == QLatin1String("garbage")) {
            QFile f(entry);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        } else {
            QFile f(entry);
            QVERIFY(f.resize(0));
        }

        const ImportResult rebuilt = importModel(model(), options());
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error));
        QVERIFY(!rebuilt.fromCache);
        QVERIFY2(rebuilt.scene.warnings.join(QLatin1Char('\n')).contains(warning),
                 qPrintable(rebuilt.scene.warnings.join(QLatin1Char('\n'))));
        compareScenes(cold.scene, rebuilt.scene);
        // ... and the rebuilt entry is good again, without the warning baked in.
        const ImportResult again = importModel(model(), options());
        QVERIFY(again.fromCache);
        QVERIFY(again.scene.warnings.isEmpty());
    }

    void inconsistentPayloadIsRejected()
    {
        // A payload with a valid checksum that describes an impossible scene (a node naming a mesh that
        // does not exist) must still be refused: the checksum is not trust.
        const CacheKey key = cacheKeyFor(model(), options());
        ImportedScene bad = importModel(model()).scene;
        bad.nodes.back().meshes.push_back(999);
        QString warning;
        QVERIFY(storeCachedScene(cacheDir(), key, bad, &warning));
        ImportedScene loaded;
        QVERIFY(!loadCachedScene(cacheDir(), key, loaded, &warning));
        QVERIFY2(warning.contains(QLatin1String("has an invalid mesh")), qPrintable(warning));

        bad = importModel(model()).scene;
        bad.meshes[0].indices[0] = 1000000;
        QVERIFY(storeCachedScene(cacheDir(), key, bad, &warning));
        QVERIFY(!loadCachedScene(cacheDir(), key, loaded, &warning));
        QVERIFY2(warning.contains(QLatin1String("out-of-range index")), qPrintable(warning));
    }

    void textureChangesInvalidate()
    {
        QVERIFY(importModel(model(), options()).ok());
        QVERIFY(importModel(model(), options()).fromCache);
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("concrete.png")),
                              m_dir.filePath(QStringLiteral("moved.png"))));
        const ImportResult gone = importModel(model(), options());
        QVERIFY(!gone.fromCache);
        QCOMPARE(gone.scene.missingTextures, QStringList{m_dir.filePath(QStringLiteral("concrete.png"))});
        QVERIFY(importModel(model(), options()).fromCache);
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("moved.png")),
                              m_dir.filePath(QStringLiteral("concrete.png"))));
        const ImportResult back = importModel(model(), options());
        QVERIFY(!back.fromCache);
        QVERIFY(back.scene.missingTextures.isEmpty());
    }

    void cacheIsMuchFasterThanImport()
    {
        // ~200k triangles, ~1,000 nodes. The benchmark measures the real ratio on 1M triangles; here a
        // looser bound keeps the test stable on a shared machine.
        const QString big = m_dir.filePath(QStringLiteral("big.glb"));
        QVERIFY(writeGltf(stressDevelopment(4, 6, 6, 1500), big));
        QElapsedTimer clock;
        clock.start();
        const ImportResult cold = importModel(big, options());
        const qint64 coldNs = clock.nsecsElapsed();
        QVERIFY(cold.ok() && !cold.fromCache);
        qint64 warmNs = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            clock.restart();
            const ImportResult warm = importModel(big, options());
            warmNs = std::min(warmNs, clock.nsecsElapsed());
            QVERIFY(warm.fromCache);
        }
        qInfo("cold %.1f ms, cache %.1f ms, speedup %.1fx", coldNs / 1e6, warmNs / 1e6,
              double(coldNs) / double(warmNs));
        QVERIFY2(coldNs > 4 * warmNs, "cache load must be far faster than a cold import");
    }

private:
    QString model() const { return m_dir.filePath(QStringLiteral("dev.glb")); }
    QString cacheDir() const { return m_dir.filePath(QStringLiteral("cache")); }
    ImportOptions options() const
    {
        ImportOptions o;
        o.cacheDir = cacheDir();
        return o;
    }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_SceneCache)
#include "tst_scenecache.moc"
