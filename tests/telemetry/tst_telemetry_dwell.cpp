// Dwell time: engaged vs elapsed on a fake monotonic clock, pausing on focus loss, immunity to wall-clock
// changes, input noticed by the application event filter, and the QML DwellTracker writing real rows.
#include "TestDb.h"
#include "telemetry/Attention.h"
#include "telemetry/DwellTracker.h"
#include "telemetry/Telemetry.h"

#include <QGuiApplication>
#include <QMouseEvent>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Showroom_TelemetryPlugin)

using namespace showroom::telemetry;

class TestDwell : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    qint64 m_now = 1'000'000; // fake monotonic ms
    qint64 m_wall = 1'760'000'000'000;

    Telemetry::Options options(const char *file, bool watch = false)
    {
        Telemetry::Options o;
        o.recorder.path = m_dir.filePath(QLatin1String(file));
        o.clock = [this] { return m_now; };
        o.wallClockMs = [this] { return m_wall; };
        o.watchApplication = watch;
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void engagedStopsThirtySecondsAfterTheLastInput()
    {
        qint64 now = 0;
        Attention a([&now] { return now; });
        DwellClock dwell(a);
        a.noteActivity();
        dwell.start();
        now = 60'000; // a minute with no input: only the first 30 s were engaged
        QCOMPARE(dwell.elapsedMs(), 60'000);
        QCOMPARE(dwell.engagedMs(), 30'000);
        a.noteActivity(); // touch at 60 s: engaged again from here
        now = 70'000;
        QCOMPARE(dwell.engagedMs(), 40'000);
        now = 200'000;
        QCOMPARE(dwell.engagedMs(), 60'000);
        QCOMPARE(dwell.elapsedMs(), 200'000);
        dwell.stop();
        now = 500'000;
        QCOMPARE(dwell.elapsedMs(), 200'000); // stopped clocks keep their values
        // A shorter window is honoured.
        a.setEngagementWindowMs(5'000);
        DwellClock second(a);
        second.start();
        a.noteActivity();
        now = 520'000;
        QCOMPARE(second.engagedMs(), 5'000);
        QCOMPARE(second.elapsedMs(), 20'000);
    }

    void pauseStopsEveryClock()
    {
        qint64 now = 0;
        Attention a([&now] { return now; });
        DwellClock unit(a), building(a);
        building.start();
        a.noteActivity();
        now = 5'000;
        unit.start();
        now = 10'000;
        a.setPaused(true); // minimised at 10 s ...
        now = 100'000;
        QCOMPARE(unit.elapsedMs(), 5'000);
        QCOMPARE(building.elapsedMs(), 10'000);
        a.setPaused(false); // ... back at 100 s, no input yet
        now = 110'000;
        QCOMPARE(unit.elapsedMs(), 15'000);
        QCOMPARE(building.elapsedMs(), 20'000);
        QCOMPARE(unit.engagedMs(), 5'000); // engagement needs new input after a pause
        a.noteActivity();
        now = 112'000;
        QCOMPARE(unit.engagedMs(), 7'000);
        QCOMPARE(building.engagedMs(), 12'000);
    }

    void focusLossFromTheApplicationPausesDwell()
    {
        Telemetry t(options("focus.db", true));
        QVERIFY(t.open());
        DwellTracker tracker;
        tracker.setTelemetry(&t);
        tracker.setTarget(QStringLiteral("unit:A_0304"));
        tracker.setActive(true);
        t.noteActivity();
        m_now += 4'000;
        // The real signal path: QGuiApplication's state change reaches Telemetry's connection.
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        QVERIFY(t.attention().isPaused());
        m_now += 60'000; // away for a minute
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(!t.attention().isPaused());
        m_now += 1'000;
        QCOMPARE(tracker.elapsedMs(), 5'000);
        QCOMPARE(tracker.engagedMs(), 4'000);
        // Input delivered through the application (the event filter) makes the visitor engaged again.
        QObject receiver;
        QMouseEvent move(QEvent::MouseMove, QPointF(10, 10), QPointF(10, 10), QPointF(10, 10), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&receiver, &move);
        m_now += 2'000;
        QCOMPARE(tracker.engagedMs(), 6'000);
        emit qGuiApp->applicationStateChanged(Qt::ApplicationHidden); // minimised
        QVERIFY(t.attention().isPaused());
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    }

    void durationsIgnoreWallClockChanges()
    {
        const QString db = m_dir.filePath("clock.db");
        {
            Telemetry t(options("clock.db"));
            QVERIFY(t.open());
            t.startSession();
            DwellTracker tracker;
            tracker.setTelemetry(&t);
            tracker.setTarget(QStringLiteral("room:A_0304/kitchen"));
            tracker.setActive(true);
            m_now += 3'000;
            m_wall -= 3'600'000; // NTP / daylight-saving fix: wall clock jumps back an hour
            m_now += 2'000;
            tracker.setActive(false);
            QVERIFY(t.flush(5000));
        }
        TestDb check(db);
        const auto rows =
            check.rows("SELECT elapsed_ms, engaged_ms, ts_utc FROM events WHERE name = 'leave'");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0].toLongLong(), 5'000);
        QCOMPARE(rows[0][1].toLongLong(), 5'000);
        QCOMPARE(rows[0][2].toLongLong(), m_wall); // the wall time is still recorded, for calendars
    }

    void qmlDwellTrackerWritesEnterAndLeave()
    {
        const QString db = m_dir.filePath("qml.db");
        Telemetry t(options("qml.db"));
        QVERIFY(t.open());
        t.startSession();
        Telemetry::provide(&t);
        {
            QQmlEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
            QQmlComponent c(&engine);
            // Only our own module is imported: QtQml.Models (pulled in by "import QtQml") is not a
            // dependency of telemetry.
            c.setData(R"(
                import Showroom.Telemetry
                DwellTracker {
                    property string session: Telemetry.sessionId
                    property string unit: "A_0304"
                    property bool cardOpen: true
                    target: "unit:" + unit
                    active: cardOpen
                    properties: ({ bedrooms: 3 })
                    function select(u) { Telemetry.track("unit_selected", { target: "unit:" + u }) }
                })",
                      QUrl(QStringLiteral("qrc:/test.qml")));
            std::unique_ptr<QObject> root(c.create());
            QVERIFY2(root, qPrintable(c.errorString()));
            QCOMPARE(root->property("session").toString(), t.sessionId()); // the provided instance
            t.noteActivity();
            m_now += 7'000;
            auto *tracker = qobject_cast<DwellTracker *>(root.get());
            QVERIFY(tracker);
            QCOMPARE(tracker->elapsedMs(), 7'000);
            root->setProperty("unit", "B_0101"); // another unit: leave A, enter B
            m_now += 45'000;
            root->setProperty("cardOpen", false);
            QCOMPARE(tracker->elapsedMs(), 45'000);
            QCOMPARE(tracker->engagedMs(), 23'000); // 30 s window after the input 7 s before B opened
            QMetaObject::invokeMethod(root.get(), "select", Q_ARG(QVariant, QStringLiteral("B_0101")));
        }
        Telemetry::provide(nullptr);
        QVERIFY(t.flush(5000));
        TestDb check(db);
        const auto rows = check.rows("SELECT name, target, engaged_ms, elapsed_ms, properties, session "
                                     "FROM event_log ORDER BY id");
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0][0].toString() + " " + rows[0][1].toString(), QStringLiteral("enter unit:A_0304"));
        QCOMPARE(rows[1][0].toString() + " " + rows[1][1].toString(), QStringLiteral("leave unit:A_0304"));
        QCOMPARE(rows[1][3].toLongLong(), 7'000);
        QCOMPARE(rows[1][2].toLongLong(), 7'000);
        QCOMPARE(rows[2][0].toString() + " " + rows[2][1].toString(), QStringLiteral("enter unit:B_0101"));
        QCOMPARE(rows[3][0].toString() + " " + rows[3][1].toString(), QStringLiteral("leave unit:B_0101"));
        QCOMPARE(rows[3][3].toLongLong(), 45'000);
        QCOMPARE(rows[3][2].toLongLong(), 23'000);
        QVERIFY(rows[3][4].toString().contains("\"bedrooms\":3"));
        QCOMPARE(rows[4][0].toString() + " " + rows[4][1].toString(),
                 QStringLiteral("unit_selected unit:B_0101"));
        QCOMPARE(rows[4][5].toString(), t.sessionId());
    }

    void sessionEndClosesOpenDwells()
    {
        const QString db = m_dir.filePath("session-end.db");
        Telemetry::Options o = options("session-end.db");
        o.mode = QStringLiteral("kiosk");
        Telemetry t(o);
        QVERIFY(t.open());
        t.startSession();
        const QString first = t.sessionId();
        DwellTracker tracker;
        tracker.setTelemetry(&t);
        tracker.setTarget(QStringLiteral("site"));
        tracker.setActive(true);
        m_now += 10'000;
        t.endSession(QStringLiteral("idle_timeout"));
        t.startSession(); // the next visitor; the tracker is still active, so the site dwell restarts
        const QString second = t.sessionId();
        m_now += 1'000;
        tracker.setActive(false);
        QVERIFY(t.flush(5000));
        TestDb check(db);
        const auto rows =
            check.rows("SELECT name, session, elapsed_ms, properties FROM event_log ORDER BY id");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1][0].toString(), QStringLiteral("leave"));
        QCOMPARE(rows[1][1].toString(), first);
        QCOMPARE(rows[1][2].toLongLong(), 10'000);
        QVERIFY(rows[1][3].toString().contains("session_end"));
        QCOMPARE(rows[2][0].toString(), QStringLiteral("enter"));
        QCOMPARE(rows[2][1].toString(), second);
        QCOMPARE(rows[3][2].toLongLong(), 1'000);
    }

    void kioskIdleTimeoutEndsTheSessionAndNextTouchStartsANewOne()
    {
        const QString db = m_dir.filePath("idle.db");
        Telemetry::Options o = options("idle.db", true);
        o.mode = QStringLiteral("kiosk");
        o.idleTimeoutMs = 120'000;
        Telemetry t(o);
        QVERIFY(t.open());
        QSignalSpy idle(&t, &Telemetry::idleTimedOut);
        t.startSession();
        const QString first = t.visitorId();
        m_now += 100'000;
        t.checkIdle();
        QCOMPARE(t.sessionId().isEmpty(), false); // 100 s without input: still the same visitor
        t.noteActivity();
        m_now += 119'000;
        t.checkIdle();
        QVERIFY(!t.sessionId().isEmpty());
        m_now += 2'000;
        t.checkIdle(); // 121 s since the last touch: they walked away
        QVERIFY(t.sessionId().isEmpty());
        QCOMPARE(idle.count(), 1);
        m_now += 600'000;
        // The next person touches the screen; input reaches Telemetry through the application filter.
        QObject receiver;
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), QPointF(5, 5),
                          Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&receiver, &press);
        QVERIFY(!t.sessionId().isEmpty());
        QVERIFY(t.visitorId() != first);
        QVERIFY(t.flush(5000));
        TestDb check(db);
        QCOMPARE(check
                     .value("SELECT end_reason FROM sessions WHERE visitor_id = (SELECT id FROM visitors "
                            "WHERE uuid = '" +
                            first + "')")
                     .toString(),
                 QStringLiteral("idle_timeout"));
        QCOMPARE(check.count("sessions"), 2);
    }

    void qmlWithoutAProvidedInstanceStillWorks()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent c(&engine);
        c.setData(
            "import Showroom.Telemetry\nDwellTracker { property bool on: Telemetry.enabled; target: 'site';"
            " active: true; function go() { Telemetry.startSession(); Telemetry.track('x', {});"
            " return Telemetry.visitorId } }",
            QUrl(QStringLiteral("qrc:/fallback.qml")));
        std::unique_ptr<QObject> root(c.create());
        QVERIFY2(root, qPrintable(c.errorString()));
        QVERIFY(root->property("on").toBool());
        QVariant visitor;
        QVERIFY(QMetaObject::invokeMethod(root.get(), "go", Q_RETURN_ARG(QVariant, visitor)));
        QVERIFY(!visitor.toString().isEmpty());
    }
};

QTEST_MAIN(TestDwell)
#include "tst_telemetry_dwell.moc"
