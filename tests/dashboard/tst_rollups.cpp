// The rollups are a cache of the events: folded in any number of pieces, after events were deleted and
// their ids given again, after a version change, or by the worker thread, they equal a rebuild from the
// events.
#include "RollupDump.h"
#include "RollupFixture.h"
#include "dashboard/DashboardQueries.h"
#include "dashboard/Rollups.h"
#include "telemetry/Recorder.h"

#include <atomic>

#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

class TestRollups : public QObject
{
    Q_OBJECT

private slots:
    void foldInPiecesEqualsRebuild()
    {
        QTemporaryDir dir;
        telemetry::sql::Connection db;
        QVERIFY(fixture::makeDatabase(db, dir.filePath("a.db")));
        Rollups rollups(db);
        QString error;
        QVERIFY2(rollups.open(&error), qPrintable(error));
        int folds = 0;
        for (RollupStats r; (r = rollups.fold(3)).more; ++folds)
            QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(folds > 5); // really in pieces: a session's events span folds
        QCOMPARE(rollups.cursor(), db.scalar("SELECT max(id) FROM events"));
        const QStringList pieces = fixture::dumpRollups(db);
        QVERIFY(pieces.size() > 30);
        QVERIFY2(rollups.rebuildAll(&error), qPrintable(error));
        QCOMPARE(pieces, fixture::dumpRollups(db));
    }

    void reusedIdsAfterTheNewestEventsGo()
    {
        QTemporaryDir dir;
        telemetry::sql::Connection db;
        QVERIFY(fixture::makeDatabase(db, dir.filePath("a.db")));
        Rollups rollups(db);
        QString error;
        QVERIFY(rollups.open(&error));
        fixture::Script s(db);
        const qint64 visitor = db.scalar("SELECT id FROM visitors WHERE uuid = '11111111-1111-4111-8111-111111111111'");
        s.session(visitor, QStringLiteral("kiosk-2"), QStringLiteral("kiosk"), fixture::D0 + 2 * fixture::day + 10 * fixture::hour);
        const qint64 id = s.event("favourite_added", QStringLiteral("unit:A_0103"));
        QVERIFY(rollups.catchUp().ok);
        QCOMPARE(rollups.cursor(), id);
        QVERIFY(db.exec(QStringLiteral("DELETE FROM events WHERE id = %1").arg(id)));
        QCOMPARE(rollups.cursor(), id - 1); // stepped back: SQLite will give the id again
        QCOMPARE(s.event("unit_selected", QStringLiteral("unit:A_0103")), id);
        QVERIFY(rollups.catchUp().ok);
        const QStringList incremental = fixture::dumpRollups(db);
        QVERIFY(rollups.rebuildAll(&error));
        QCOMPARE(incremental, fixture::dumpRollups(db));
        UnitsView u;
        QVERIFY(units(db, {fixture::D0, fixture::D0 + 3 * fixture::day, {}, false}, {}, &u, &error));
        for (const UnitInterest &x : u.units)
            if (x.unitId == QLatin1String("A_0103")) {
                QCOMPARE(x.views, 1);
                QCOMPARE(x.favourites, 0); // the deleted heart is gone from the rollups
            }
    }

    void versionChangeRebuilds()
    {
        QTemporaryDir dir;
        telemetry::sql::Connection db;
        QVERIFY(fixture::makeDatabase(db, dir.filePath("a.db")));
        QString error;
        {
            Rollups rollups(db);
            QVERIFY(rollups.open(&error));
            QVERIFY(rollups.catchUp().ok);
        }
        const QStringList before = fixture::dumpRollups(db);
        // A rollup from an older build (other columns, other folding) is dropped, not trusted.
        QVERIFY(db.exec("UPDATE dash_meta SET value = 0 WHERE key = 'version'; DELETE FROM dash_units;"));
        Rollups rollups(db);
        QVERIFY2(rollups.open(&error), qPrintable(error));
        QCOMPARE(rollups.cursor(), 0);
        QVERIFY(rollups.catchUp().ok);
        QCOMPARE(fixture::dumpRollups(db), before);
    }

    void workerKeepsThemFolded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.db");
        {
            telemetry::sql::Connection db;
            QVERIFY(fixture::makeDatabase(db, path));
        }
        RollupWorker worker(path, 60000);
        // folded() comes from the worker thread: counted here, on this thread, through the event loop.
        int folds = 0;
        QObject receiver;
        connect(&worker, &RollupWorker::folded, &receiver, [&folds] { ++folds; }, Qt::QueuedConnection);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(folds > 0, 20000);
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, path, {}).ok);
        QCOMPARE(db.scalar("SELECT value FROM dash_meta WHERE key = 'last_event_id'"),
                 db.scalar("SELECT max(id) FROM events"));
        QCOMPARE(db.scalar("SELECT count(*) FROM dash_visitors"), 3);
        // A new event, and a fold asked for: folded without waiting for the interval.
        fixture::Script s(db);
        s.session(1, QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), fixture::D0 + fixture::day);
        const qint64 id = s.event("unit_selected", QStringLiteral("unit:A_0103"));
        folds = 0;
        worker.fold();
        QTRY_VERIFY_WITH_TIMEOUT(folds > 0, 20000);
        QCOMPARE(db.scalar("SELECT value FROM dash_meta WHERE key = 'last_event_id'"), id);
    }

    void writerFoldsWhenIdle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.db");
        {
            telemetry::sql::Connection db;
            QVERIFY(fixture::makeDatabase(db, path));
        }
        // The app's set-up: the telemetry writer folds the rollups when it has nothing to write. Small
        // pieces here, so that it takes several idle calls; each must leave the writer's pragmas as they were.
        const auto fold = foldWhenIdle(5);
        std::atomic<int> calls{0}, pragmasChanged{0};
        telemetry::RecorderOptions o;
        o.path = path;
        o.batchMaxDelayMs = 50;
        o.idleAfterMs = 300;
        o.onIdle = [&](telemetry::sql::Connection &c) {
            auto pragmas = [&c] {
                return QList<qint64>{c.scalar("PRAGMA synchronous"), c.scalar("PRAGMA wal_autocheckpoint"),
                                     c.scalar("PRAGMA cache_size")};
            };
            const QList<qint64> before = pragmas();
            const bool more = fold(c);
            pragmasChanged += pragmas() != before;
            ++calls;
            return more;
        };
        telemetry::Recorder recorder(o);
        QVERIFY(recorder.start());
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, path, {}).ok);
        auto cursor = [&db] { return db.scalar("SELECT value FROM dash_meta WHERE key = 'last_event_id'", -1); };
        // What was written before the writer started is folded once it is idle, without any query.
        QTRY_COMPARE_WITH_TIMEOUT(cursor(), db.scalar("SELECT max(id) FROM events"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar("SELECT count(*) FROM dash_visitors"), 3, 20000);
        QVERIFY(calls > 3);
        // An event through the writer: folded when the writer is idle again.
        telemetry::Event e;
        e.name = QStringLiteral("unit_selected");
        e.target = QStringLiteral("unit:A_0103");
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db.handle(), "SELECT s.uuid, v.uuid FROM sessions s JOIN visitors v ON v.id = s.visitor_id"
                                        " ORDER BY s.id DESC LIMIT 1", -1, &s, nullptr);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        e.session = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        e.visitor = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
        sqlite3_finalize(s);
        e.tsUtcMs = fixture::D0 + 2 * fixture::day + 10 * fixture::hour;
        const qint64 before = cursor();
        QVERIFY(recorder.record(e));
        QVERIFY(recorder.flush(5000));
        QVERIFY(db.scalar("SELECT max(id) FROM events") > before);
        QTRY_COMPARE_WITH_TIMEOUT(cursor(), db.scalar("SELECT max(id) FROM events"), 20000);
        QCOMPARE(pragmasChanged.load(), 0);
        recorder.stop();
        const QStringList byTheWriter = fixture::dumpRollups(db);
        Rollups rollups(db);
        QString error;
        QVERIFY(rollups.open(&error));
        QVERIFY2(rollups.rebuildAll(&error), qPrintable(error));
        QCOMPARE(byTheWriter, fixture::dumpRollups(db));
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
