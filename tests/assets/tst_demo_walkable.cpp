// The demo's interiors as a visitor walks them: each interior read by our importer, its room names from
// the manifest through core, and the walk plan built from them (app/interior). Every room can be
// walked to from the front door (or, upstairs, from the landing), the townhouse has its two storeys, and
// the balcony view's fallback finds the living room's window.
#include "core/ManifestLoader.h"
#include "importer/ModelImporter.h"
#include "interior/WalkPlan.h"

#include "ProgramRun.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;

class tst_DemoWalkable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    core::DevelopmentData m_data;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(runProgram(QStringLiteral(DEMO_GENERATOR), {m_dir.path()}).code, 0);
        const core::ManifestResult manifest = core::loadManifest(m_dir.path());
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
        m_data = manifest.data;
    }

    void everyRoomCanBeWalkedTo_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("storeys");
        for (const char *type : {"1B", "2B", "3B"})
            QTest::newRow(type) << type << 1;
        QTest::newRow("TH") << "TH" << 2;
    }

    void everyRoomCanBeWalkedTo()
    {
        QFETCH(QString, type);
        QFETCH(int, storeys);
        const core::UnitType *t = m_data.unitType(type);
        QVERIFY(t && !t->interior.isEmpty());
        const importer::ImportResult imported = importer::importModel(m_data.absolutePath(t->interior));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QHash<QString, QString> names;
        for (const core::RoomName &r : t->rooms)
            names.insert(r.node, r.name);
        QVERIFY(names.size() >= 5);
        const auto plan = interior::WalkPlan::fromScene(imported.scene, names);

        QCOMPARE(plan->storeyCount(), storeys);
        if (storeys == 2)
            QVERIFY2(qAbs(plan->floorLevel(1) - 2.95) < 0.01,
                     qPrintable(QString::number(plan->floorLevel(1))));
        QCOMPARE(plan->rooms().size(), names.size());

        int entryStorey = -1;
        const QPointF entry = plan->entryPoint(&entryStorey);
        QCOMPARE(entryStorey, 0);
        const int hall = plan->roomAt(0, entry);
        QVERIFY(hall >= 0);
        QCOMPARE(plan->rooms()[hall].id, QStringLiteral("Hall"));

        for (const interior::WalkPlan::Room &room : plan->rooms()) {
            QCOMPARE(room.name, names.value(QStringLiteral("Floor_") + room.id));
            QVERIFY2(plan->isWalkable(room.storey, room.centre), qPrintable(type + ": " + room.id));
            // Downstairs from the front door, upstairs from the landing where the stair arrives.
            QPointF from = entry;
            if (room.storey > 0) {
                int landing = -1;
                for (int i = 0; i < plan->rooms().size(); ++i)
                    if (plan->rooms()[i].id == QLatin1String("Landing"))
                        landing = i;
                QVERIFY(landing >= 0);
                from = plan->rooms()[landing].centre;
            }
            const QVector<QPointF> path = plan->pathTo(room.storey, from, room.centre);
            QVERIFY2(!path.isEmpty() && QLineF(path.last(), room.centre).length() < 0.1,
                     qPrintable(type + ": cannot walk to " + room.id));
        }

        QPointF window;
        double facing = 0;
        int windowStorey = -1;
        QVERIFY(plan->windowSpot(&window, &facing, &windowStorey));
        QCOMPARE(windowStorey, 0);
        const int living = plan->roomAt(0, window);
        QVERIFY(living >= 0);
        QCOMPARE(plan->rooms()[living].id, QStringLiteral("Living"));
    }
};

QTEST_GUILESS_MAIN(tst_DemoWalkable)
#include "tst_demo_walkable.moc"
