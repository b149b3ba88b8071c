// The recorder and the Telemetry singleton against real SQLite files: sessions, events, batching by
// count and time, pseudonymity, returning desktop visitors, kiosk visitors.
#include "TestDb.h"
#include "telemetry/PropertiesJson.h"
#include "telemetry/Recorder.h"
#include "telemetry/Telemetry.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#endif

using namespace showroom::telemetry;

class TestRecorder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static Telemetry::Options options(const QString &db, const QString &mode = QStringLiteral("desktop"))
    {
        Telemetry::Options o;
        o.recorder.path = db;
        o.deviceId = QStringLiteral("kiosk-lobby");
        o.mode = mode;
        o.language = QStringLiteral("en");
        o.watchApplication = false;
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void sessionAndEventsAreWrittenByTheWriter()
    {
        const QString db = path("session.db");
        QString visitor, session;
        {
            Telemetry t(options(db, QStringLiteral("kiosk")));
            QString error;
            QVERIFY2(t.open(&error), qPrintable(error));
            t.startSession(QStringLiteral("de"));
            visitor = t.visitorId();
            session = t.sessionId();
            QVERIFY(!visitor.isEmpty());
            QVERIFY(!session.isEmpty());
            t.track(QStringLiteral("unit_selected"), {{"target", "unit:A_0304"}, {"price", 450000}});
            t.recordDwell(QStringLiteral("leave"), QStringLiteral("unit:A_0304"), 1200, 4500);
            t.endSession(QStringLiteral("idle_timeout"));
            QVERIFY(t.flush(5000));
            QCOMPARE(t.recorder().committedEvents(), 2);
        }
        TestDb check(db);
        QVERIFY(check.ok());
        QCOMPARE(check.value("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(check.value("PRAGMA user_version").toInt(), kSchemaVersion);
        const auto sessions =
            check.rows("SELECT s.uuid, v.uuid, s.device_id, s.mode, s.language, s.end_reason, "
                       "s.end_utc >= s.start_utc FROM sessions s JOIN visitors v ON v.id = s.visitor_id");
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions[0][0].toString(), session);
        QCOMPARE(sessions[0][1].toString(), visitor);
        QCOMPARE(sessions[0][2].toString(), QStringLiteral("kiosk-lobby"));
        QCOMPARE(sessions[0][3].toString(), QStringLiteral("kiosk"));
        QCOMPARE(sessions[0][4].toString(), QStringLiteral("de"));
        QCOMPARE(sessions[0][5].toString(), QStringLiteral("idle_timeout"));
        QCOMPARE(sessions[0][6].toInt(), 1);
        const auto events = check.rows("SELECT name, target, properties, engaged_ms, elapsed_ms, session, "
                                       "visitor FROM event_log ORDER BY id");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][0].toString(), QStringLiteral("unit_selected"));
        QCOMPARE(events[0][1].toString(), QStringLiteral("unit:A_0304"));
        // The target is a column, not repeated in the JSON; no properties at all is NULL, not "{}".
        QCOMPARE(events[0][2].toString(), QStringLiteral("{\"price\":450000}"));
        QVERIFY(events[1][2].isNull());
        QVERIFY(events[0][3].isNull());
        QCOMPARE(events[1][3].toLongLong(), 1200);
        QCOMPARE(events[1][4].toLongLong(), 4500);
        QCOMPARE(events[1][5].toString(), session);
        QCOMPARE(events[1][6].toString(), visitor);
        QCOMPARE(check.count("visitors WHERE uuid = '" + visitor + "'"), 1);
    }

    void sessionEndFlushesWithoutWaitingForTheBatchTimer()
    {
        Telemetry::Options o = options(path("session-flush.db"), QStringLiteral("kiosk"));
        o.recorder.batchMaxDelayMs = 60'000; // the timer alone would take a minute
        Telemetry t(o);
        QVERIFY(t.open());
        t.startSession();
        t.track(QStringLiteral("tour_started"));
        QTest::qWait(300);
        QCOMPARE(t.recorder().committedEvents(), 0); // batched, not written one by one
        t.endSession(QStringLiteral("idle_timeout"));
        QTRY_COMPARE_WITH_TIMEOUT(t.recorder().committedEvents(), 1, 3000);
        TestDb check(path("session-flush.db"));
        QTRY_COMPARE_WITH_TIMEOUT(check.value("SELECT end_reason FROM sessions").toString(),
                                  QStringLiteral("idle_timeout"), 3000);
    }

    void batchesCommitByCountAndByTime()
    {
        RecorderOptions o;
        o.path = path("batches.db");
        o.batchMaxRecords = 100;
        o.batchMaxDelayMs = 200;
        QList<qint64> commits;
        QMutex mutex;
        o.onCommitted = [&](qint64 total) {
            QMutexLocker lock(&mutex);
            commits << total;
        };
        Recorder r(o);
        QVERIFY(r.start());
        // 250 events at once: two full batches go without waiting for the timer ...
        for (int i = 0; i < 250; ++i)
            r.record(Event{QStringLiteral("e"), {}, {}, {}, {}, 1, i});
        QTRY_VERIFY_WITH_TIMEOUT(r.committedEvents() >= 200, 2000);
        // ... and the remainder is committed by the timer alone, with no flush.
        QElapsedTimer waited;
        waited.start();
        QTRY_COMPARE_WITH_TIMEOUT(r.committedEvents(), qint64(250), 2000);
        QVERIFY2(waited.elapsed() < 1000, "the time trigger must commit a partial batch within ~200 ms");
        QMutexLocker lock(&mutex);
        QVERIFY(commits.size() >= 3);
        QCOMPARE(commits.last(), qint64(250));
        // No transaction holds more than batchMaxRecords. (Where the cuts fall depends on when the writer
        // woke: it may take 150 queued records and write them as 100 + 50.)
        qint64 previous = 0;
        for (qint64 c : commits) {
            QVERIFY2(c > previous && c - previous <= 100,
                     qPrintable(QStringLiteral("commit of %1").arg(c - previous)));
            previous = c;
        }
    }

    void contactDetailsNeverReachEvents()
    {
        const QString db = path("pseudonymous.db");
        {
            Telemetry t(options(db));
            QVERIFY(t.open());
            t.startSession();
            t.track(QStringLiteral("form_typed"), {{"email", "jane@example.com"},
                                                   {"Phone-Number", "+49 170 1234567"},
                                                   {"first_name", "Jane"},
                                                   {"note", "write to jane.doe@example.org please"},
                                                   {"nested", QVariantMap{{"Surname", "Doe"}, {"rooms", 3}}},
                                                   {"unit", "A_0304"}});
            t.submitLead({{"name", "Jane Doe"}, {"email", "jane@example.com"}},
                         QStringLiteral("I agree that Example Homes may contact me about this development."),
                         QStringLiteral("brochure"), QStringLiteral("marketing"));
            QVERIFY(t.flush(5000));
        }
        TestDb check(db);
        const QString props =
            check.value("SELECT properties FROM events WHERE name = 'form_typed'").toString();
        QVERIFY2(!props.contains("jane", Qt::CaseInsensitive), qPrintable(props));
        QVERIFY2(!props.contains("1234567"), qPrintable(props));
        QVERIFY2(!props.contains("Doe"), qPrintable(props));
        const QJsonObject o = QJsonDocument::fromJson(props.toUtf8()).object();
        QCOMPARE(o.value("unit").toString(), QStringLiteral("A_0304"));
        QCOMPARE(o.value("nested").toObject().value("rooms").toInt(), 3);
        QCOMPARE(check.count("events WHERE properties LIKE '%@%' OR properties LIKE '%Jane%'"), 0);
        // The lead keeps the contact details, separately, linked to the consent with its exact text.
        const auto lead = check.rows("SELECT l.contact, c.text, c.purpose, l.visitor_id = c.visitor_id, "
                                     "c.given_utc > 0 FROM leads l JOIN consents c ON c.lead_id = l.id");
        QCOMPARE(lead.size(), 1);
        QVERIFY(lead[0][0].toString().contains("jane@example.com"));
        QCOMPARE(lead[0][1].toString(),
                 QStringLiteral("I agree that Example Homes may contact me about this development."));
        QCOMPARE(lead[0][2].toString(), QStringLiteral("marketing"));
        QCOMPARE(lead[0][3].toInt(), 1);
        QCOMPARE(lead[0][4].toInt(), 1);
    }

    // A buyer's own computer is named in sessions by a random id of the install, the same across runs,
    // never by its host name (on a laptop that is often the owner's name). A kiosk keeps the name given.
    void desktopInstallsAreNamedByARandomIdNotTheComputersName()
    {
        const QString desk = path("install.db");
        for (int run = 0; run < 2; ++run) {
            Telemetry::Options o = options(desk);
            o.deviceId.clear(); // what app/main.cpp does on a desktop
            Telemetry t(o);
            QVERIFY(t.open());
            t.startSession();
            t.endSession();
            QVERIFY(t.flush(5000));
        }
        TestDb d(desk);
        const auto devices = d.rows("SELECT DISTINCT device_id FROM sessions");
        QCOMPARE(devices.size(), 1); // both runs: one install
        const QString id = devices[0][0].toString();
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QVERIFY(!id.contains(QSysInfo::machineHostName(), Qt::CaseInsensitive));
        QCOMPARE(d.value("SELECT device_id FROM visitors").toString(), id);

        const QString kiosk = path("kiosk-name.db");
        Telemetry k(options(kiosk, QStringLiteral("kiosk")));
        QVERIFY(k.open());
        k.startSession();
        k.endSession();
        QVERIFY(k.flush(5000));
        TestDb kd(kiosk);
        QCOMPARE(kd.value("SELECT device_id FROM sessions").toString(), QStringLiteral("kiosk-lobby"));
    }

    void desktopVisitorReturnsKioskVisitorsDoNot()
    {
        const QString desk = path("desktop.db");
        QString first;
        {
            Telemetry t(options(desk));
            QVERIFY(t.open());
            t.startSession();
            first = t.visitorId();
        } // destructor ends the session ("exit") and flushes
        {
            Telemetry t(options(desk));
            QVERIFY(t.open());
            t.startSession();
            QCOMPARE(t.visitorId(), first); // a returning buyer on the same install is recognised
            t.endSession(QStringLiteral("new_visitor"));
            t.startSession();
            QCOMPARE(t.visitorId(), first);
        }
        TestDb d(desk);
        QCOMPARE(d.count("sessions"), 3);
        QCOMPARE(d.count("sessions WHERE end_reason = 'exit'"), 2);
        QCOMPARE(d.count("visitors"), 1);

        const QString kiosk = path("kiosk.db");
        Telemetry k(options(kiosk, QStringLiteral("kiosk")));
        QVERIFY(k.open());
        k.startSession();
        const QString a = k.visitorId();
        k.startSession(); // the next person at the kiosk
        const QString b = k.visitorId();
        QVERIFY(a != b);
        k.endSession(QStringLiteral("idle_timeout"));
        QVERIFY(k.visitorId().isEmpty());
        QVERIFY(k.flush(5000));
        TestDb kd(kiosk);
        QCOMPARE(kd.count("sessions WHERE end_reason = 'new_visitor'"), 1);
        QCOMPARE(kd.count("sessions WHERE end_reason = 'idle_timeout'"), 1);
        QCOMPARE(kd.count("visitors"), 2);
    }

    void cameraSamplesAtMostTwicePerSecondAndOnlyWhileMoving()
    {
        qint64 now = 0;
        Telemetry::Options o = options(path("camera.db"));
        o.clock = [&now] { return now; };
        Telemetry t(o);
        QVERIFY(t.open());
        t.startSession();
        // 10 s of samples at 60 Hz: moving for 5 s, then standing still for 5 s.
        for (int frame = 0; frame < 600; ++frame) {
            now = frame * 1000 / 60;
            const float x = frame < 300 ? float(frame) * 0.1f : 30.0f;
            t.cameraSample(QVector3D(x, 10, 0), QVector3D(0, 0, -1));
        }
        QVERIFY(t.flush(5000));
        TestDb check(path("camera.db"));
        const qint64 samples = check.count("events WHERE name = 'camera'");
        QVERIFY2(samples >= 9 && samples <= 11, qPrintable(QString::number(samples))); // 5 s x 2 Hz
        const auto spans = check.rows("SELECT max(mono_ms) FROM events WHERE name = 'camera'");
        QVERIFY(spans[0][0].toLongLong() <= 5000 + 500);
    }

    // That callers never wait for the writer is shown where waiting would be long: a locked database and
    // a failing disk (tst_telemetry_faults). Here: a burst far beyond one batch is committed completely.
    void aBurstIsCommittedCompletely()
    {
        RecorderOptions o;
        o.path = path("burst.db");
        QList<qint64> commits;
        QMutex mutex;
        o.onCommitted = [&](qint64 total) {
            QMutexLocker lock(&mutex);
            commits << total;
        };
        Recorder r(o);
        QVERIFY(r.start());
        for (int i = 0; i < 20000; ++i)
            r.record(Event{QStringLiteral("flood"), QStringLiteral("unit:A_0101"), {}, {}, {}, 1, i});
        QVERIFY(r.flush(60000));
        QCOMPARE(r.committedEvents(), qint64(20000));
        QCOMPARE(r.pendingEvents(), qint64(0));
        QCOMPARE(r.droppedEvents(), qint64(0));
        TestDb check(o.path);
        QCOMPARE(check.count("events"), 20000);
        QCOMPARE(check.value("SELECT count(DISTINCT mono_ms) FROM events").toLongLong(), 20000);
        QMutexLocker lock(&mutex);
        QVERIFY(commits.size() >= 20000 / o.batchMaxRecords); // at most batchMaxRecords per transaction
    }

    // The writer turns properties into JSON itself (it does so for every event); whatever a caller puts
    // in a property must come out as the JSON Qt's own writer makes of it, byte for byte.
    void propertiesAreStoredAsTheJsonQtWrites_data()
    {
        QTest::addColumn<QVariantMap>("properties");
        QTest::newRow("empty") << QVariantMap();
        QTest::newRow("scalars") << QVariantMap{{"price", 442500},
                                                {"area", 74.25},
                                                {"ratio", 0.1},
                                                {"big", 1e21},
                                                {"tiny", -3.5e-9},
                                                {"whole double", 450000.0},
                                                {"float", 0.1f},
                                                {"negative zero", -0.0},
                                                {"int64", qint64(9007199254740993LL)},
                                                {"uint", 4000000000U},
                                                {"yes", true},
                                                {"no", false},
                                                {"null", QVariant()},
                                                {"nullptr", QVariant::fromValue(nullptr)}};
        QTest::newRow("not numbers") << QVariantMap{{"nan", qQNaN()}, {"inf", qInf()}, {"-inf", -qInf()}};
        QTest::newRow("text") << QVariantMap{
            {"quote \" and \\ backslash", "a \"quoted\" C:\\path"},
            {"control", QString::fromUtf8("tab\tnew\nline\r\x01\x1f\b\f end")},
            {"unicode", QString::fromUtf8("Gr\xc3\xbc\xc3\x9f"
                                          "e, \xe5\x8c\x97\xe4\xba\xac, \xf0\x9f\x8f\xa0")},
            {"slash and del", QString::fromUtf8("a/b \x7f")},
            {"empty", QString()}};
        QTest::newRow("nested") << QVariantMap{
            {"filter", QVariantMap{{"rooms", QVariantList{2, 3}}, {"maxPrice", 500000}, {"view", "park"}}},
            {"list", QVariantList{1, "two", 3.5, true, QVariant(), QVariantMap{{"k", "v"}}, QVariantList{}}}};
        QTest::newRow("other Qt types")
            << QVariantMap{{"strings", QStringList{"A_0304", "B_0101"}},
                           {"url", QUrl(QStringLiteral("https://example.com/a?b=c"))},
                           {"huge unsigned", quint64(18446744073709551615ULL)},
                           {"unsigned", quint64(42)},
                           {"hash", QVariantHash{{"a", 1}}},
                           {"char", QVariant::fromValue(QChar(u'x'))}};
    }
    void propertiesAreStoredAsTheJsonQtWrites()
    {
        QFETCH(QVariantMap, properties);
        const QByteArray expected =
            QJsonDocument(QJsonObject::fromVariantMap(properties)).toJson(QJsonDocument::Compact);
        QCOMPARE(propertiesJson(properties), expected);
        // Leaving the target key out gives the JSON of the map without it.
        QVariantMap withTarget = properties;
        withTarget.insert(QStringLiteral("target"), QStringLiteral("unit:A_0304"));
        QCOMPARE(propertiesJson(withTarget, u"target"), expected);
    }

    // The app's writer is a background thread, so on a kiosk whose cores are busy drawing frames the
    // render threads get the CPU first; staff tools keep a normal-priority writer. Both still commit.
    void theAppsWriterYieldsTheCpuToFrames()
    {
#ifdef Q_OS_LINUX
        for (const bool background : {true, false}) {
            RecorderOptions o;
            o.path = path(background ? "idle.db" : "normal.db");
            o.background = background;
            Recorder r(o);
            QVERIFY(r.start());
            r.record(Event{QStringLiteral("unit_selected"), QStringLiteral("unit:A_0101"), {}, {}, {}, 1, 1});
            QVERIFY(r.flush(10000));
            QCOMPARE(r.committedEvents(), qint64(1));
            const QList<int> writers = threadsNamed("sr-telemetry");
            QCOMPARE(writers.size(), 1); // one writer per recorder, named for `top -H` and profilers
            QCOMPARE(sched_getscheduler(writers.constFirst()), background ? SCHED_BATCH : SCHED_OTHER);
            errno = 0;
            const int nice = getpriority(PRIO_PROCESS, id_t(writers.constFirst()));
            QCOMPARE(errno, 0);
            const int ours = getpriority(PRIO_PROCESS, 0);
            QCOMPARE(nice, background ? std::max(ours, kBackgroundNice) : ours);
        }
#else
        QSKIP("idle-priority writer threads are implemented for Linux only");
#endif
    }

private:
    static QList<int> threadsNamed(const char *name)
    {
        QList<int> tids;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
                tids << tid.toInt();
        }
        return tids;
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_telemetry_recorder.moc"
