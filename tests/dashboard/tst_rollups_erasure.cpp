// Erasure (showroom-admin forget) and retention purges leave nothing of the erased rows in the rollups:
// they equal the rollups of a database that never held them, and a rebuild from what is left.
#include "RollupDump.h"
#include "RollupFixture.h"
#include "dashboard/DashboardQueries.h"
#include "dashboard/Rollups.h"
#include "telemetry/Privacy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

class TestRollupsErasure : public QObject
{
    Q_OBJECT

    static bool folded(telemetry::sql::Connection &db)
    {
        Overview o;
        QString error;
        return overview(db, {fixture::D0, fixture::D0 + 3 * fixture::day, {}, true}, &o, &error); // folds first
    }

private slots:
    void forgetLeavesNoTrace()
    {
        QTemporaryDir dir;
        telemetry::sql::Connection db, never;
        QVERIFY(fixture::makeDatabase(db, dir.filePath("a.db")));
        QVERIFY(fixture::makeDatabase(never, dir.filePath("never.db"), false));
        QVERIFY(folded(db));
        const qint64 v1 = db.scalar("SELECT id FROM visitors WHERE uuid = '11111111-1111-4111-8111-111111111111'");
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM dash_visitor_days WHERE visitor_id = %1").arg(v1).toUtf8().constData()) > 0);
        QVERIFY(db.scalar("SELECT count(*) FROM dash_cells") > 0);

        const telemetry::ErasureResult r = telemetry::forgetVisitor(db, fixture::V1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sessions, 2);
        // In the same transaction as the erasure, before any fold: nothing keyed by them, no camera cell
        // or room of theirs (only V1 walked inside or moved the camera).
        for (const char *table : {"dash_sessions", "dash_visitor_days", "dash_visitors", "dash_dirty"})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE visitor_id = %2")
                                   .arg(QLatin1String(table))
                                   .arg(v1)
                                   .toUtf8()
                                   .constData()),
                     0);
        QCOMPARE(db.scalar("SELECT count(*) FROM dash_cells"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM dash_rooms"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM dash_steps"), 0);

        QVERIFY(folded(db));
        QVERIFY(folded(never));
        const QStringList erased = fixture::dumpRollups(db);
        QCOMPARE(erased, fixture::dumpRollups(never));
        Overview a, b;
        QString error;
        QVERIFY(overview(db, {fixture::D0, fixture::D0 + 3 * fixture::day, {}, false}, &a, &error));
        QVERIFY(overview(never, {fixture::D0, fixture::D0 + 3 * fixture::day, {}, false}, &b, &error));
        QCOMPARE(a.total.visitors, 1);
        QCOMPARE(a.total.sessions, b.total.sessions);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(a.total.funnel[i].sessions, b.total.funnel[i].sessions);
        QCOMPARE(a.total.funnel[1].sessions, 1); // S1's way through building A is gone; S2's lead remains
    }

    void purgeLeavesOnlyWhatRemains()
    {
        QTemporaryDir dir;
        telemetry::sql::Connection db;
        QVERIFY(fixture::makeDatabase(db, dir.filePath("a.db")));
        QVERIFY(folded(db));
        const QStringList before = fixture::dumpRollups(db);
        // Anonymous events older than a day, at D0+2 12:00: V1's first visit and the staff session go;
        // V2 left a lead (kept under consent), V1's second visit is recent.
        const telemetry::PurgeResult r = telemetry::purgeAnonymousEvents(db, 1, fixture::D0 + 2 * fixture::day + 12 * fixture::hour);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.events > 0);
        QVERIFY(r.sessions >= 2);
        QVERIFY(folded(db));
        const QStringList incremental = fixture::dumpRollups(db);
        QVERIFY(incremental != before);
        Rollups rollups(db);
        QString error;
        QVERIFY(rollups.open(&error));
        QVERIFY2(rollups.rebuildAll(&error), qPrintable(error));
        QCOMPARE(incremental, fixture::dumpRollups(db));
        QCOMPARE(db.scalar("SELECT count(*) FROM dash_cells"), 0);
    }
};

QTEST_GUILESS_MAIN(TestRollupsErasure)
#include "tst_rollups_erasure.moc"
