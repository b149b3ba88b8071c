// SiteModel on the demo development: loads off the GUI thread with progress, produces few draw calls
// with every unit separately present, knows where each unit is, and reports a broken model as an Error
// naming the file instead of crashing.
#include "core/ManifestLoader.h"
#include "importer/ImportedScene.h"
#include "scene/BatchGeometry.h"
#include "scene/SiteModel.h"
#include "scene/SiteRequest.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QMap>
#include <QQuick3DGeometry>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace showroom;

class tst_SiteModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsTheDemo();
    void stageVisibility();
    void buildingsAndFloors();
    void unitFramesAndBalconies();
    void missingModelIsAnError();
    void garbageModelIsAnError();

private:
    QTemporaryDir m_dir;
    core::DevelopmentData m_demo;
};

void tst_SiteModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
}

void tst_SiteModel::loadsTheDemo()
{
    scene::SiteModel site;
    QAbstractItemModelTester tester(&site, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy progress(&site, &scene::SiteModel::progressChanged);
    site.load(scene::SiteRequest::fromDevelopment(m_demo, m_dir.filePath("cache")));
    QCOMPARE(site.status(), scene::SiteModel::Loading); // returns at once: the import runs elsewhere
    QVERIFY(site.waitForFinished(60000));
    QVERIFY2(site.status() == scene::SiteModel::Ready, qPrintable(site.errorString()));
    QCOMPARE(site.progress(), 1.0);
    QVERIFY(progress.count() >= 2);

    // Every unit of the manifest is in the model, as its own pickable rows.
    QCOMPARE(site.unitIds().size(), m_demo.units.size());
    for (const core::Unit &unit : m_demo.units)
        QVERIFY2(site.hasUnit(unit.id), qPrintable(unit.id));
    // Few draw calls for a site of this size: batching, instancing and one row per unit did their work.
    QVERIFY2(site.rowCount() < 400, qPrintable(QString::number(site.rowCount())));
    QVERIFY(site.triangleCount() > 10000);

    // Rows carry geometry made on this (the GUI) thread, with sensible materials.
    int unitRows = 0, instancedRows = 0;
    for (int row = 0; row < site.rowCount(); ++row) {
        const QModelIndex index = site.index(row);
        auto *geometry =
            qobject_cast<QQuick3DGeometry *>(index.data(scene::SiteModel::GeometryRole).value<QObject *>());
        QVERIFY(geometry);
        QCOMPARE(geometry->thread(), QThread::currentThread());
        QVERIFY(!geometry->vertexData().isEmpty());
        QVERIFY(geometry->indexData().size() % 12 == 0);
        if (index.data(scene::SiteModel::HoldsUnitsRole).toBool()) {
            ++unitRows;
            // All units of a stage are one row, their materials and numbers in the vertices.
            QVERIFY(geometry->attributeCount() >= 4); // position, normal, colour, index
        }
        if (index.data(scene::SiteModel::InstancingRole).value<QObject *>())
            ++instancedRows;
        const qreal opacity = index.data(scene::SiteModel::OpacityRole).toReal();
        QVERIFY(opacity > 0 && opacity <= 1);
    }
    qInfo("%d rows: %d of units, %d instanced, %lld triangles", site.rowCount(), unitRows, instancedRows,
          site.triangleCount());
    // One row per stage holds every (untextured) unit; each unit has its own number in it.
    QVERIFY2(unitRows >= 1 && unitRows <= 5, qPrintable(QString::number(unitRows)));
    QSet<int> numbers;
    for (const core::Unit &unit : m_demo.units)
        numbers.insert(site.unitNumber(unit.id));
    QCOMPARE(numbers.size(), m_demo.units.size());
    QVERIFY(!numbers.contains(0));
    QCOMPARE(site.unitNumber("Z_9999"), 0);
    // A point just on the outside of a unit's box, hit from outside, is that unit; open air is nobody.
    const QVector3D centre = site.unitCenter("A_0304"), size = site.unitSize("A_0304");
    QCOMPARE(site.unitAtPoint(centre + QVector3D(0, 0, size.z() / 2), QVector3D(0, 0, 1)),
             QStringLiteral("A_0304"));
    QCOMPARE(site.unitAtPoint(QVector3D(0, 500, 0), QVector3D(0, 1, 0)), QString());
    QVERIFY(instancedRows > 0); // trees and windows repeat

    // Units sit inside their building and above the ground; a floor-3 unit is higher than a floor-0 one.
    const QVector3D low = site.unitCenter("A_0001"), high = site.unitCenter("A_0301");
    QVERIFY(high.y() > low.y() + 5);
    QVERIFY(low.y() > site.boundsMin().y());
    QVERIFY(site.unitSize("A_0001").length() > 3);
    QCOMPARE(site.unitCenter("Z_9999"), QVector3D());
    // The buildings are a part of the site.
    QVERIFY(site.buildingsMax().y() <= site.boundsMax().y() + 1e-3f);
    QVERIFY(site.buildingsMax().x() - site.buildingsMin().x() <
            site.boundsMax().x() - site.boundsMin().x() + 1e-3f);
}

void tst_SiteModel::stageVisibility()
{
    scene::SiteModel site;
    site.load(scene::SiteRequest::fromDevelopment(m_demo, m_dir.filePath("cache")));
    QVERIFY(site.waitForFinished(60000));
    QStringList stages;
    for (int row = 0; row < site.rowCount(); ++row) {
        const QString stage = site.index(row).data(scene::SiteModel::StageRole).toString();
        if (!stage.isEmpty() && !stages.contains(stage))
            stages << stage;
    }
    QVERIFY2(stages.size() >= 3, qPrintable(stages.join(',')));
    QSignalSpy changed(&site, &QAbstractItemModel::dataChanged);
    site.setVisibleStages({stages.first()});
    QCOMPARE(changed.count(), 1);
    for (int row = 0; row < site.rowCount(); ++row) {
        const QModelIndex index = site.index(row);
        const QString stage = index.data(scene::SiteModel::StageRole).toString();
        QCOMPARE(index.data(scene::SiteModel::VisibleRole).toBool(),
                 stage.isEmpty() || stage == stages.first());
    }
}

void tst_SiteModel::buildingsAndFloors()
{
    scene::SiteModel site;
    site.load(scene::SiteRequest::fromDevelopment(m_demo, m_dir.filePath("cache")));
    QVERIFY(site.waitForFinished(60000));
    QVERIFY2(site.status() == scene::SiteModel::Ready, qPrintable(site.errorString()));

    // The floors with units are the manifest's, per building.
    QMap<QString, QSet<int>> floorsInManifest;
    for (const core::Unit &unit : m_demo.units)
        floorsInManifest[unit.building].insert(unit.floor);
    QCOMPARE(floorsInManifest.value("A").size(), 8);
    QVariantList floorsOfA;
    for (int floor = 0; floor <= 7; ++floor)
        floorsOfA << floor;
    QCOMPARE(site.floorsOf("A"), floorsOfA);
    for (auto it = floorsInManifest.cbegin(); it != floorsInManifest.cend(); ++it) {
        QList<int> expected = it->values();
        std::sort(expected.begin(), expected.end());
        QVariantList floors;
        for (int floor : expected)
            floors << floor;
        QCOMPARE(site.floorsOf(it.key()), floors);
    }
    QCOMPARE(site.buildingBoxes().size(), floorsInManifest.size());

    // Floors stack: floor 3's units end below floor 4's start (a slab's thickness of overlap at most).
    QVERIFY(site.floorTop("A", 3) > site.floorBottom("A", 3) + 2);
    QVERIFY(site.floorTop("A", 3) < site.floorBottom("A", 4) + 0.5);
    QVERIFY(site.floorBottom("A", 4) > site.floorBottom("A", 3) + 2);

    // A floor's units are the manifest's, sorted, and each one is inside its building's box.
    QStringList onA3;
    for (const core::Unit &unit : m_demo.units) {
        if (unit.building == "A" && unit.floor == 3)
            onA3 << unit.id;
    }
    onA3.sort();
    QVERIFY(!onA3.isEmpty());
    QCOMPARE(site.unitsOnFloor("A", 3), onA3);
    const QVector3D minA = site.buildingBoundsMin("A"), maxA = site.buildingBoundsMax("A");
    for (const core::Unit &unit : m_demo.units) {
        const QVector3D c = site.unitCenter(unit.id);
        QCOMPARE(site.buildingOfUnit(unit.id), unit.building);
        QCOMPARE(site.buildingAtPoint(c), unit.building); // a tap on a unit names its building
        if (unit.building == "A")
            QVERIFY(c.x() > minA.x() && c.y() > minA.y() && c.z() > minA.z() && c.x() < maxA.x() &&
                    c.y() < maxA.y() && c.z() < maxA.z());
    }
    // The roof above the top floor is still the building; open sky and open ground are none.
    const QVector3D roof((minA.x() + maxA.x()) / 2, maxA.y() + 3, (minA.z() + maxA.z()) / 2);
    QCOMPARE(site.buildingAtPoint(roof), QStringLiteral("A"));
    QCOMPARE(site.buildingAtPoint(roof + QVector3D(0, 10, 0)), QString());
    QCOMPARE(site.buildingAtPoint(QVector3D(0, 500, 0)), QString());

    // Unknown ids answer nothing rather than something wrong.
    QCOMPARE(site.buildingBoundsMin("Z"), QVector3D());
    QCOMPARE(site.buildingBoundsMax("Z"), QVector3D());
    QVERIFY(site.floorsOf("Z").isEmpty());
    QVERIFY(site.unitsOnFloor("A", 99).isEmpty());
    QVERIFY(qIsNaN(site.floorTop("A", 99)));
    QVERIFY(qIsNaN(site.floorBottom("Z", 0)));
    QCOMPARE(site.buildingOfUnit("Z_9999"), QString());
}

// Where interiors and the balcony view stand: each unit's node frame, its balcony in front of its facade.
void tst_SiteModel::unitFramesAndBalconies()
{
    scene::SiteRequest request = scene::SiteRequest::fromDevelopment(m_demo, m_dir.filePath("cache"));
    std::atomic<int> inspected{0};
    request.inspectScene = [&inspected](const importer::ImportedScene &scene) {
        inspected = int(scene.nodes.size());
    };
    scene::SiteModel site;
    site.load(request);
    QVERIFY(site.waitForFinished(60000));
    QVERIFY2(site.status() == scene::SiteModel::Ready, qPrintable(site.errorString()));
    QVERIFY(inspected > 1000); // the hook saw the same import, once

    int withBalcony = 0;
    for (const core::Unit &unit : m_demo.units) {
        const QMatrix4x4 frame = site.unitTransform(unit.id);
        QVERIFY2(!frame.isIdentity(), qPrintable(unit.id));
        // The node's origin is the unit's centre at its floor level: inside its box, at its bottom.
        const QVector3D origin = frame.map(QVector3D());
        const QVector3D c = site.unitCenter(unit.id), size = site.unitSize(unit.id);
        QVERIFY2(std::abs(origin.x() - c.x()) < size.x() / 2 + 0.01f, qPrintable(unit.id));
        QVERIFY2(std::abs(origin.z() - c.z()) < size.z() / 2 + 0.01f, qPrintable(unit.id));
        QVERIFY2(std::abs(origin.y() - (c.y() - size.y() / 2)) < 1.0f, qPrintable(unit.id));
        if (unit.balcony) {
            QVERIFY2(site.hasBalcony(unit.id), qPrintable(unit.id));
            // The balcony lies on the facade side (+Z of the unit's frame), out from the centre.
            const QVector3D local = frame.inverted().map(site.balconyCentre(unit.id));
            QVERIFY2(local.z() > 2.0f, qPrintable(unit.id + QString::number(local.z())));
            ++withBalcony;
        }
    }
    QVERIFY(withBalcony > 50);
    QVERIFY(site.unitTransform("Z_9999").isIdentity());
    QVERIFY(!site.hasBalcony("Z_9999"));
}

void tst_SiteModel::missingModelIsAnError()
{
    core::DevelopmentData data = m_demo;
    data.modelPath = m_dir.filePath("models/gone.glb");
    scene::SiteModel site;
    QSignalSpy loaded(&site, &scene::SiteModel::loaded);
    site.load(scene::SiteRequest::fromDevelopment(data));
    QVERIFY(site.waitForFinished(30000));
    QCOMPARE(site.status(), scene::SiteModel::Error);
    QVERIFY2(site.errorString().contains("gone.glb"), qPrintable(site.errorString()));
    QCOMPARE(site.rowCount(), 0);
    QCOMPARE(loaded.count(), 1);
}

void tst_SiteModel::garbageModelIsAnError()
{
    const QString path = m_dir.filePath("garbage.glb");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    static const char garbage[] = "glTF\x02\x00\x00\x00 this is not a model at all";
    file.write(garbage, sizeof(garbage) - 1); // a GLB magic, then nonsense
    file.close();
    core::DevelopmentData data = m_demo;
    data.modelPath = path;
    scene::SiteModel site;
    site.load(scene::SiteRequest::fromDevelopment(data));
    QVERIFY(site.waitForFinished(30000));
    QCOMPARE(site.status(), scene::SiteModel::Error);
    QVERIFY2(site.errorString().contains("garbage.glb"), qPrintable(site.errorString()));
}

QTEST_MAIN(tst_SiteModel)
#include "tst_sitemodel.moc"
