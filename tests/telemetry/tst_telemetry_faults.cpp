// Faults, each really caused: kill -9 mid-write, a write error from a file-size limit (the disk-full
// path), a database locked by another process, corrupt and foreign files, an old schema, SIGTERM.
#include "TestDb.h"
#include "telemetry/Database.h"
#include "telemetry/Privacy.h"
#include "telemetry/Recorder.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <csignal>
#include <sys/resource.h>

using namespace showroom::telemetry;

namespace {

Event syntheticEvent(int i, const QString &pad = QString())
{
    Event e;
    e.name = QStringLiteral("unit_selected");
    e.target = QStringLiteral("unit:A_%1").arg(i % 400, 4, 10, QLatin1Char('0'));
    e.properties = {{QStringLiteral("seq"), i}};
    if (!pad.isEmpty())
        e.properties.insert(QStringLiteral("pad"), pad);
    e.tsUtcMs = 1'760'000'000'000 + i;
    e.monoMs = i;
    return e;
}

// A v2 file as the v2 build left them: the v2 schema exactly as released (v1 plus the v2 step), then a
// day's worth of rows, including what v2 allowed but v3 does not.
bool writeVersionTwoFile(const QString &db)
{
    sql::Connection v2;
    QString error;
    if (!v2.open(db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error))
        return false;
    const char *fixture = R"sql(
PRAGMA journal_mode=WAL;
CREATE TABLE sessions(id TEXT PRIMARY KEY, visitor_id TEXT NOT NULL, device_id TEXT, mode TEXT,
    language TEXT, start_utc INTEGER NOT NULL, end_utc INTEGER, end_reason TEXT);
CREATE TABLE events(id INTEGER PRIMARY KEY, session_id TEXT, visitor_id TEXT, ts_utc INTEGER NOT NULL,
    name TEXT NOT NULL, target TEXT, properties TEXT, duration_ms INTEGER);
CREATE INDEX events_ts ON events(ts_utc);
ALTER TABLE events RENAME COLUMN duration_ms TO elapsed_ms;
ALTER TABLE events ADD COLUMN engaged_ms INTEGER;
ALTER TABLE events ADD COLUMN mono_ms INTEGER;
CREATE TABLE visitors(id TEXT PRIMARY KEY, first_seen_utc INTEGER NOT NULL, device_id TEXT);
CREATE TABLE leads(id INTEGER PRIMARY KEY, visitor_id TEXT NOT NULL, session_id TEXT,
    created_utc INTEGER NOT NULL, contact TEXT NOT NULL, request TEXT);
CREATE TABLE consents(id INTEGER PRIMARY KEY, visitor_id TEXT NOT NULL, lead_id INTEGER REFERENCES leads(id),
    given_utc INTEGER NOT NULL, text TEXT NOT NULL, purpose TEXT);
CREATE TABLE device(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE drops(id INTEGER PRIMARY KEY, recorded_utc INTEGER NOT NULL, count INTEGER NOT NULL, reason TEXT);
CREATE INDEX events_visitor ON events(visitor_id, ts_utc);
CREATE INDEX events_target ON events(target, ts_utc) WHERE target IS NOT NULL;
CREATE INDEX events_session ON events(session_id);
CREATE INDEX sessions_visitor ON sessions(visitor_id);
CREATE INDEX sessions_start ON sessions(start_utc);
CREATE INDEX leads_visitor ON leads(visitor_id);
CREATE INDEX consents_visitor ON consents(visitor_id);
INSERT INTO visitors VALUES('anna', 1000, 'kiosk-1'), ('ben', 5000, 'install-7');
INSERT INTO sessions VALUES('s-anna', 'anna', 'kiosk-1', 'kiosk', 'de', 1000, 9000, 'idle_timeout'),
    ('s-ben', 'ben', 'install-7', 'desktop', 'en', 5000, NULL, NULL);
INSERT INTO events(id, session_id, visitor_id, ts_utc, name, target, properties, elapsed_ms, engaged_ms, mono_ms)
    VALUES(10, 's-anna', 'anna', 2000, 'leave', 'unit:A_0304', '{"bedrooms":3}', 4000, 3000, 20),
    (11, 's-ben', 'ben', 6000, 'favourite', 'unit:B_0101', NULL, NULL, NULL, 60),
    (12, 's-cleo', 'cleo', 7000, 'enter', 'site', NULL, NULL, NULL, 70),
    (13, NULL, NULL, 8000, 'camera', NULL, '{"x":1}', NULL, NULL, 80);
INSERT INTO leads VALUES(1, 'anna', 's-anna', 8000, '{"email":"anna@example.test"}', 'brochure');
INSERT INTO consents VALUES(1, 'anna', 1, 8000, 'You may email me.', 'marketing');
INSERT INTO device VALUES('desktop_visitor', 'ben'), ('install_id', 'install-7');
INSERT INTO drops VALUES(1, 9000, 12, 'queue full');
PRAGMA user_version=2;
)sql";
    return v2.exec(fixture) &&
           v2.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId).toLatin1().constData());
}

// The disk fills: every write past 8 KiB into any file of this process fails with EFBIG, which SQLite
// reports as an I/O error; SIGXFSZ is ignored so the process survives, as on a full disk. Whatever
// happens (a failed QVERIFY returns early), the destructor gives the next tests their disk back.
class DiskFull
{
public:
    DiskFull()
    {
        std::signal(SIGXFSZ, SIG_IGN);
        if (getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        rlimit capped = m_saved;
        capped.rlim_cur = 8 * 1024;
        m_full = setrlimit(RLIMIT_FSIZE, &capped) == 0;
    }
    ~DiskFull() { free(); }
    bool isFull() const { return m_full; }
    bool free()
    {
        if (m_full)
            m_full = setrlimit(RLIMIT_FSIZE, &m_saved) != 0;
        return !m_full;
    }

private:
    rlimit m_saved{};
    bool m_full = false;
};

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Parses "committed <n>" lines; returns the largest total seen.
qint64 lastCommitted(const QByteArray &out)
{
    qint64 best = -1;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("committed "))
            best = qMax(best, line.mid(10).toLongLong());
    }
    return best;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(SHOWROOM_ADMIN)), SHOWROOM_ADMIN);
    }

    void killNineWhileWritingLosesNothingCommitted()
    {
        const QString db = path("kill9.db");
        for (int round = 0; round < 2; ++round) { // the second round kills a run appending to a used file
            QProcess p;
            p.start(QStringLiteral(SHOWROOM_ADMIN), {"--db", db, "stress", "--events", "50000000"});
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
            QByteArray out;
            QElapsedTimer t;
            t.start();
            // Full speed until a few batches are in and at least a second has passed, then SIGKILL.
            while (t.elapsed() < 20000 && (lastCommitted(out) < 5000 || t.elapsed() < 1000 + round * 500)) {
                p.waitForReadyRead(100);
                out += p.readAllStandardOutput();
            }
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
            p.kill(); // SIGKILL: no handler, no flush, no destructor
            QVERIFY(p.waitForFinished(5000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            out += p.readAllStandardOutput(); // lines still in the pipe were printed before the kill
            const qint64 committed = lastCommitted(out);
            QVERIFY2(committed >= 5000, out.right(200).constData());

            TestDb check(db);
            QVERIFY(check.ok());
            QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
            const qint64 rows = check.count("events WHERE session_id IN (SELECT id FROM sessions "
                                            "WHERE device_id = 'showroom-admin-stress') AND rowid > 0");
            const qint64 thisRun = check.count(
                "events WHERE session_id = (SELECT id FROM sessions ORDER BY rowid DESC LIMIT 1)");
            QVERIFY2(thisRun >= committed,
                     qPrintable(QStringLiteral("%1 rows < %2 committed").arg(thisRun).arg(committed)));
            QVERIFY(rows >= thisRun);
            // Killed mid-session: the session has no end, which is how the dashboard tells a crash.
            QVERIFY(check.value("SELECT end_reason FROM sessions ORDER BY rowid DESC LIMIT 1").isNull());
        }
    }

    void sigtermQuitsCleanlyAndFlushesEverything()
    {
        const QString db = path("sigterm.db");
        QProcess p;
        p.start(QStringLiteral(SHOWROOM_ADMIN),
                {"--db", db, "stress", "--events", "10000000", "--rate", "20000"});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && lastCommitted(out) < 2000) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        p.terminate(); // SIGTERM, as systemd or a kiosk shutdown script would
        QVERIFY(p.waitForFinished(10000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains("stopped by signal 15"), qPrintable(err));
        const QRegularExpression enqueued(
            QStringLiteral("(\\d+) events enqueued, (\\d+) committed, 0 dropped"));
        const auto m = enqueued.match(err);
        QVERIFY2(m.hasMatch(), qPrintable(err));
        QCOMPARE(m.captured(1), m.captured(2)); // every event recorded before the signal was written
        TestDb check(db);
        QCOMPARE(check.count("events"), m.captured(1).toLongLong());
        QCOMPARE(check.value("SELECT end_reason FROM sessions").toString(), QStringLiteral("exit"));
    }

    void writeErrorsHoldRetryThenCountDrops()
    {
        RecorderOptions o;
        o.path = path("full.db");
        o.maxPendingEvents = 3000;
        o.retryDelayMs = 50;
        Recorder r(o);
        QVERIFY(r.start());
        for (int i = 0; i < 100; ++i)
            r.record(syntheticEvent(i));
        QVERIFY(r.flush(5000));
        QCOMPARE(r.committedEvents(), 100);

        DiskFull disk;
        QVERIFY(disk.isFull());

        const QString pad(200, QLatin1Char('x')); // a batch needs far more than 8 KiB of pages
        // A visitor arrives while the disk is full: the failed transactions make (and roll back) their
        // visitor and session rows, so the writer must not keep the keys it gave them.
        SessionStart start;
        start.session = QStringLiteral("s-disk-full");
        start.visitor = QStringLiteral("v-disk-full");
        start.mode = QStringLiteral("kiosk");
        start.tsUtcMs = 1'760'000'000'100;
        QVERIFY(r.record(start));
        QElapsedTimer timer;
        qint64 worstNs = 0;
        int accepted = 0;
        for (int i = 100; i < 5100; ++i) {
            Event e = syntheticEvent(i, pad);
            e.session = start.session;
            e.visitor = start.visitor;
            timer.start();
            accepted += r.record(std::move(e)) ? 1 : 0;
            worstNs = qMax(worstNs, timer.nsecsElapsed());
            if (i == 600)
                QTRY_VERIFY_WITH_TIMEOUT(!r.lastError().isEmpty(), 5000); // the writer has hit the wall
        }
        const QString error = r.lastError();
        QVERIFY2(error.contains("cannot write"), qPrintable(error));
        QCOMPARE(r.committedEvents(), 100); // nothing new got in ...
        QCOMPARE(accepted, 3000);           // ... the bounded queue held 3000 events ...
        QCOMPARE(r.droppedEvents(), 2000);  // ... and counted the rest as dropped
        // Nothing waits for the failing disk: a call that did would take a whole failed write. (The bound
        // is loose because a shared CI machine can preempt any single call for tens of milliseconds.)
        QVERIFY2(worstNs < 150'000'000, qPrintable(QString::number(worstNs)));
        QTest::qWait(300); // a few failed retries

        QVERIFY(disk.free()); // space is freed
        QVERIFY(r.flush(10000));
        QCOMPARE(r.committedEvents(), 3100);
        QVERIFY(r.lastError().isEmpty());
        r.stop();
        TestDb check(o.path);
        QCOMPARE(check.count("events"), 3100);
        QCOMPARE(check.value("SELECT sum(count) FROM drops").toLongLong(), 2000);
        QCOMPARE(check.count("drops"), 1); // recorded once, when writing worked again
        // Every event written after the failures names the visitor and session that really exist.
        QCOMPARE(check.count("event_log WHERE visitor = 'v-disk-full' AND session = 's-disk-full'"), 3000);
        QCOMPARE(check.count("sessions"), 1);
        QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    void lockedDatabaseNeverBlocksTheCaller()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(),
                 "the sqlite3 command (Debian package sqlite3) is needed as the other process");
        RecorderOptions o;
        o.path = path("locked.db");
        o.open.busyTimeoutMs = 1000; // a caller that waited for the writer would wait this long
        o.retryDelayMs = 50;
        Recorder r(o);
        QVERIFY(r.start());
        r.record(syntheticEvent(0));
        QVERIFY(r.flush(5000));

        // A staff member's tool takes the write lock and sits on it.
        QProcess staff;
        staff.setProcessChannelMode(QProcess::MergedChannels);
        staff.start(sqlite3, {o.path});
        QVERIFY(staff.waitForStarted());
        staff.write("BEGIN IMMEDIATE; SELECT 'locked';\n");
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += staff.readAll()).contains("locked"), said.constData(), 5000);

        QElapsedTimer timer, total;
        qint64 worstNs = 0;
        total.start();
        int i = 1;
        while (total.elapsed() < 1500) { // the writer waits, fails, retries behind our back
            timer.start();
            QVERIFY(r.record(syntheticEvent(i++)));
            worstNs = qMax(worstNs, timer.nsecsElapsed());
            if (i % 100 == 0)
                QTest::qWait(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(r.lastError().contains("locked"), 5000);
        QCOMPARE(r.committedEvents(), 1);
        // A call that waited for the locked writer would take >= the 1 s busy timeout.
        QVERIFY2(worstNs < 150'000'000, qPrintable(QStringLiteral("slowest enqueue %1 ns").arg(worstNs)));

        // The lock is released: everything held goes in.
        staff.write("ROLLBACK;\n.quit\n");
        QVERIFY(staff.waitForFinished(5000));
        QVERIFY(r.flush(10000));
        QCOMPARE(r.committedEvents(), qint64(i));
        QVERIFY(r.lastError().isEmpty());

        // A long reader (a backup, the dashboard) does not stop the writer at all: WAL.
        QProcess reader;
        reader.setProcessChannelMode(QProcess::MergedChannels);
        reader.start(sqlite3, {o.path});
        QVERIFY(reader.waitForStarted());
        reader.write("BEGIN; SELECT 'reading', count(*) FROM events;\n");
        said.clear();
        QTRY_VERIFY2_WITH_TIMEOUT((said += reader.readAll()).contains("reading"), said.constData(), 5000);
        for (int k = 0; k < 2000; ++k)
            r.record(syntheticEvent(100000 + k));
        QVERIFY(r.flush(5000));
        QCOMPARE(r.committedEvents(), qint64(i) + 2000);
        reader.write("COMMIT;\n.quit\n");
        QVERIFY(reader.waitForFinished(5000));
    }

    void corruptFileIsMovedAsideNeverOverwritten()
    {
        const QString db = path("corrupt.db");
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk(64 * 1024, Qt::Uninitialized);
            QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
            f.write(junk);
        }
        const QByteArray before = sha(db);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression("corrupt or not a database.*moved it aside to '.*corrupt\\.db\\.corrupt-"));
        RecorderOptions o;
        o.path = db;
        Recorder r(o);
        QString error;
        QVERIFY2(r.start(&error), qPrintable(error));
        const QString moved = r.openResult().movedAsideTo;
        QVERIFY2(QRegularExpression("corrupt\\.db\\.corrupt-\\d{8}T\\d{6}Z$").match(moved).hasMatch(),
                 qPrintable(moved));
        QCOMPARE(sha(moved), before); // the evidence is kept byte for byte
        r.record(syntheticEvent(1));
        QVERIFY(r.flush(5000));
        TestDb check(db);
        QCOMPARE(check.count("events"), 1);
    }

    void foreignDatabaseIsMovedAsideNeverOverwritten()
    {
        const QString db = path("foreign.db");
        {
            TestDb other(db);
            QVERIFY(other.exec("CREATE TABLE customers(name TEXT, iban TEXT)"));
            QVERIFY(other.exec("INSERT INTO customers VALUES('Ada', 'DE00 1234')"));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("is not a Showroom database.*moved it aside"));
        RecorderOptions o;
        o.path = db;
        Recorder r(o);
        QVERIFY(r.start());
        const QString moved = r.openResult().movedAsideTo;
        QVERIFY2(moved.contains("foreign.db.foreign-"), qPrintable(moved));
        TestDb kept(moved);
        QCOMPARE(kept.value("SELECT iban FROM customers").toString(), QStringLiteral("DE00 1234"));
        TestDb fresh(db);
        QCOMPARE(fresh.value("PRAGMA application_id").toInt(), kApplicationId);
    }

    void newerSchemaIsLeftAlone()
    {
        const QString db = path("future.db");
        {
            TestDb future(db);
            QVERIFY(future.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)));
            QVERIFY(future.exec("PRAGMA user_version=9"));
            QVERIFY(future.exec("CREATE TABLE events(id INTEGER PRIMARY KEY, shiny_new_column TEXT)"));
        }
        const QByteArray before = sha(db);
        RecorderOptions o;
        o.path = db;
        o.retryDelayMs = 50;
        Recorder r(o);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("schema v9 is newer than this build"));
        QString error;
        QVERIFY(!r.start(&error));
        QVERIFY2(error.contains("schema v9 is newer"), qPrintable(error));
        QVERIFY(r.openResult().movedAsideTo.isEmpty());
        r.record(syntheticEvent(1)); // held in memory, not written over a file we do not understand
        QVERIFY(!r.flush(500));
        r.stop(200);
        QCOMPARE(sha(db), before);
    }

    void migratesAVersionOneDatabase()
    {
        const QString db = path("v1.db");
        {
            // The v1 schema exactly as released; files like this exist on kiosks in the field.
            TestDb v1(db);
            QVERIFY(v1.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)));
            for (const char *sql :
                 {"CREATE TABLE sessions(id TEXT PRIMARY KEY, visitor_id TEXT NOT NULL, device_id TEXT, mode "
                  "TEXT,"
                  " language TEXT, start_utc INTEGER NOT NULL, end_utc INTEGER, end_reason TEXT)",
                  "CREATE TABLE events(id INTEGER PRIMARY KEY, session_id TEXT, visitor_id TEXT, ts_utc "
                  "INTEGER"
                  " NOT NULL, name TEXT NOT NULL, target TEXT, properties TEXT, duration_ms INTEGER)",
                  "CREATE INDEX events_ts ON events(ts_utc)",
                  "INSERT INTO sessions VALUES('s1', 'v1', 'kiosk-1', 'kiosk', 'en', 1000, 9000, 'exit')",
                  "INSERT INTO events VALUES(1, 's1', 'v1', 2000, 'enter', 'unit:A_0304', NULL, NULL)",
                  "INSERT INTO events VALUES(2, 's1', 'v1', 7000, 'leave', 'unit:A_0304', '{}', 5000)",
                  "PRAGMA user_version=1"}) {
                QVERIFY2(v1.exec(QLatin1String(sql)), sql);
            }
        }
        RecorderOptions o;
        o.path = db;
        Recorder r(o);
        QVERIFY(r.start());
        QCOMPARE(r.openResult().migratedFrom, 1);
        Event e = syntheticEvent(3);
        e.engagedMs = 100;
        e.elapsedMs = 200;
        r.record(e);
        QVERIFY(r.flush(5000));
        r.stop();

        TestDb check(db);
        QCOMPARE(check.value("PRAGMA user_version").toInt(), kSchemaVersion);
        QCOMPARE(check.value("SELECT elapsed_ms FROM events WHERE id = 2").toLongLong(), 5000); // kept
        QVERIFY(check.value("SELECT engaged_ms FROM events WHERE id = 2").isNull()); // v1 never knew it
        QCOMPARE(check.value("SELECT engaged_ms FROM events WHERE id = 3").toLongLong(), 100);
        QCOMPARE(check.value("SELECT first_seen_utc FROM visitors WHERE uuid = 'v1'").toLongLong(), 1000);
        for (const char *table : {"leads", "consents", "drops", "device"})
            QCOMPARE(check.count(QStringLiteral("sqlite_schema WHERE name = '%1'").arg(QLatin1String(table))),
                     1);
        // Per-visitor and per-time queries use indexes; per-target figures come from the dashboard's
        // rollups, so the hot table no longer carries a per-target index (v5).
        auto plan = [&](const char *query) {
            QString all;
            for (const auto &row :
                 check.rows(QStringLiteral("EXPLAIN QUERY PLAN %1").arg(QLatin1String(query))))
                all += row.last().toString() + QLatin1Char(' ');
            return all;
        };
        QVERIFY(plan("SELECT * FROM events WHERE visitor_id = 1 ORDER BY ts_utc").contains("events_visitor"));
        QCOMPARE(check.count("sqlite_schema WHERE type = 'index' AND tbl_name = 'events'"), 3);
        QVERIFY(plan("SELECT count(*) FROM events WHERE ts_utc > 5000").contains("events_ts"));
        QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    // v3 moved visitors and sessions to integer keys. A v2 file, including what v2 allowed but v3 does
    // not (an event naming a visitor and session that have no rows), keeps every row and every link.
    void migratesAVersionTwoDatabase()
    {
        const QString db = path("v2.db");
        QVERIFY(writeVersionTwoFile(db));
        RecorderOptions o;
        o.path = db;
        Recorder r(o);
        QVERIFY(r.start());
        QCOMPARE(r.openResult().migratedFrom, 2);
        QCOMPARE(r.storedVisitor(), QStringLiteral("ben")); // the returning desktop visitor is still known
        Event e = syntheticEvent(14);
        e.session = QStringLiteral("s-ben");
        e.visitor = QStringLiteral("ben");
        r.record(e);
        QVERIFY(r.flush(5000));
        r.stop();

        TestDb check(db);
        QCOMPARE(check.value("PRAGMA user_version").toInt(), kSchemaVersion);
        QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        QVERIFY(check.rows("PRAGMA foreign_key_check").isEmpty()); // every key names a row
        QCOMPARE(check.count("sqlite_schema WHERE name LIKE '%_v2'"), 0);
        const auto events = check.rows("SELECT id, session, visitor, ts_utc, name, target, properties,"
                                       " engaged_ms, elapsed_ms, mono_ms FROM event_log ORDER BY id");
        QCOMPARE(events.size(), 5);
        const QStringList expected = {
            "10 s-anna anna 2000 leave unit:A_0304 {\"bedrooms\":3} 3000 4000 20",
            "11 s-ben ben 6000 favourite unit:B_0101    60",
            "12 s-cleo cleo 7000 enter site    70",
            "13   8000 camera  {\"x\":1}   80",
            "14 s-ben ben 1760000000014 unit_selected unit:A_0014 {\"seq\":14}   14",
        };
        for (int i = 0; i < events.size(); ++i) {
            QStringList fields;
            for (const QVariant &v : events[i])
                fields << v.toString();
            QCOMPARE(fields.join(QLatin1Char(' ')), expected[i]);
        }
        QCOMPARE(check.value("SELECT first_seen_utc FROM visitors WHERE uuid = 'cleo'").toLongLong(), 7000);
        QCOMPARE(check.value("SELECT end_reason FROM sessions WHERE uuid = 's-anna'").toString(),
                 QStringLiteral("idle_timeout"));
        QCOMPARE(check.value("SELECT sum(count) FROM drops").toLongLong(), 12);
        // v4: leads stored before the lead form keep what they had; the facts v4 adds are NULL (unknown).
        QCOMPARE(check.count("leads WHERE uuid IS NULL AND language IS NULL AND brochure_path IS NULL"
                             " AND preferred_contact IS NULL AND target IS NULL"),
                 check.count("leads"));
        QCOMPARE(check.count("consents WHERE version IS NULL AND language IS NULL"), check.count("consents"));

        // Access and erasure work on the migrated file: Anna's lead and consent are hers.
        sql::Connection c;
        QVERIFY(openDatabase(c, db, {OpenOptions::ExistingOnly}).ok);
        QJsonObject exported;
        QString error;
        bool found = false;
        QVERIFY2(exportVisitor(c, QStringLiteral("anna"), &exported, &error, &found), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(exported.value("leads").toArray().size(), 1);
        QCOMPARE(exported.value("leads").toArray()[0].toObject().value("session_id").toString(),
                 QStringLiteral("s-anna"));
        QCOMPARE(exported.value("consents").toArray()[0].toObject().value("text").toString(),
                 QStringLiteral("You may email me."));
        QCOMPARE(exported.value("events").toArray()[0].toObject().value("visitor_id").toString(),
                 QStringLiteral("anna"));
        const ErasureResult erased = forgetVisitor(c, QStringLiteral("anna"));
        QVERIFY2(erased.ok, qPrintable(erased.error));
        QCOMPARE(erased.events, 1);
        QCOMPARE(erased.leads + erased.consents + erased.sessions + erased.visitors, 4);
    }

    // The lead form's leads go into a migrated file with everything v4 adds: consents with version and
    // language, and the brochure attached afterwards by the lead's id.
    void writesLeadFormLeadsIntoAMigratedFile()
    {
        const QString db = path("v2-leads.db");
        QVERIFY(writeVersionTwoFile(db));
        RecorderOptions o;
        o.path = db;
        Recorder r(o);
        QVERIFY(r.start());
        Lead lead;
        lead.id = QStringLiteral("lead-1");
        lead.visitor = QStringLiteral("ben");
        lead.session = QStringLiteral("s-ben");
        lead.contact = {{QStringLiteral("email"), QStringLiteral("ben@example.com")}};
        lead.request = QStringLiteral("brochure");
        lead.target = QStringLiteral("unit:A_0304");
        lead.preferredContact = QStringLiteral("email");
        lead.language = QStringLiteral("de");
        lead.consents = {{QStringLiteral("sales_contact"), QStringLiteral("Ich bin einverstanden."),
                          QStringLiteral("2026-12-01"), QStringLiteral("de")}};
        lead.tsUtcMs = 9000;
        r.record(lead);
        r.record(LeadBrochure{QStringLiteral("lead-1"), QStringLiteral("/srv/brochures/ben.pdf")});
        QVERIFY(r.flush(5000));
        r.stop();
        TestDb check(db);
        QCOMPARE(check.value("SELECT brochure_path FROM leads WHERE uuid = 'lead-1'").toString(),
                 QStringLiteral("/srv/brochures/ben.pdf"));
        QCOMPARE(check
                     .value("SELECT c.version || ' ' || c.language || ' ' || c.text FROM consents c"
                            " JOIN leads l ON l.id = c.lead_id WHERE l.uuid = 'lead-1'")
                     .toString(),
                 QStringLiteral("2026-12-01 de Ich bin einverstanden."));
        QCOMPARE(check
                     .value("SELECT v.uuid FROM leads l JOIN visitors v ON v.id = l.visitor_id"
                            " WHERE l.uuid = 'lead-1'")
                     .toString(),
                 QStringLiteral("ben"));
    }

    // The disk fills while the app upgrades a v2 file: the migration is one transaction, so the file
    // stays a complete v2 file (byte for byte), the error says what failed, and the next start migrates.
    void failedMigrationLeavesTheFileAsItWas()
    {
        const QString db = path("v2-full.db");
        QVERIFY(writeVersionTwoFile(db));
        // Enough rows that the migration's copy needs far more than the 8 KiB the disk has left. This
        // connection stays open, as staff tools often are: the WAL index exists before the disk fills.
        auto staff = std::make_unique<TestDb>(db);
        QVERIFY(staff->exec("WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                            " INSERT INTO events(id, session_id, visitor_id, ts_utc, name, target)"
                            " SELECT i, 's-anna', 'anna', 10000 + i, 'camera', NULL FROM n"));
        QCOMPARE(staff->value("PRAGMA wal_checkpoint(TRUNCATE)").toInt(), 0);
        const QByteArray before = sha(db);

        DiskFull disk;
        QVERIFY(disk.isFull());
        {
            sql::Connection c;
            const OpenResult failed = openDatabase(c, db, {});
            QVERIFY(!failed.ok);
            QVERIFY2(failed.error.contains("migration to schema v3 failed"), qPrintable(failed.error));
            QVERIFY2(failed.error.contains(db), qPrintable(failed.error));
        }
        QVERIFY(disk.free());
        staff.reset();
        QCOMPARE(sha(db), before);
        {
            TestDb check(db);
            QCOMPARE(check.value("PRAGMA user_version").toInt(), 2);
            QCOMPARE(check.count("events"), 2905);
        }

        sql::Connection c;
        const OpenResult opened = openDatabase(c, db, {});
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QCOMPARE(opened.migratedFrom, 2);
        c.close();
        TestDb check(db);
        QCOMPARE(check.count("event_log WHERE visitor = 'anna' AND session = 's-anna'"), 2902);
        QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_telemetry_faults.moc"
