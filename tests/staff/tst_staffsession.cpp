// Staff sessions are marked (issue 15): the app as main.cpp composes it (ShowroomServices on a real
// database file with the staff PIN 2468). A visitor browses; a salesperson unlocks staff mode (the PIN
// pad, Ctrl+Shift+D's dashboard) and looks around; then locks it again. What the salesperson did is a
// session whose sessions.mode is 'staff', the visitor's session ended before it and a new one starts
// after it, and the dashboard's figures leave the staff session out unless asked.
#include "StaffFixture.h"

#include "dashboard/DashboardQueries.h"
#include "shell/ShowroomServices.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_StaffSession : public QObject
{
    Q_OBJECT

private slots:
    void staffModeIsAStaffSessionLeftOutOfTheDashboard();
};

void tst_StaffSession::staffModeIsAStaffSessionLeftOutOfTheDashboard()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath("staff-session.db");
    QVERIFY(fixture::makeDatabase(path));
    QVERIFY(fixture::setPin(path, "2468", fixture::cheapCost()));
    telemetry::Telemetry::Options options;
    options.recorder.path = path;
    options.deviceId = "office-1-desk";
    options.watchApplication = false;
    {
        shell::ShowroomServices services(options);
        QString error;
        QVERIFY2(services.startTelemetry(&error), qPrintable(error));
        telemetry::Telemetry &t = services.telemetry();
        const QString visitorSession = t.sessionId();
        QVERIFY(!visitorSession.isEmpty());
        t.track("unit_selected", {{"target", "unit:A_0304"}, {"via", "site"}});

        staff::StaffAccess &staff = services.staff();
        QTRY_VERIFY_WITH_TIMEOUT(staff.isReady(), 10000);
        QSignalSpy accepted(&staff, &staff::StaffAccess::accepted);
        staff.tryPin("2468");
        QVERIFY(accepted.wait(15000));
        QTRY_VERIFY(staff.isUnlocked());
        QVERIFY(t.staffSession());
        const QString staffSession = t.sessionId();
        QVERIFY(!staffSession.isEmpty() && staffSession != visitorSession);
        t.track("unit_selected", {{"target", "unit:A_0101"}, {"via", "site"}});
        t.track("inside_entered", {{"target", "unit:A_0101"}, {"via", "unit_card"}});

        staff.lock();
        QTRY_VERIFY(!staff.isUnlocked());
        QVERIFY(!t.staffSession());
        const QString after = t.sessionId();
        QVERIFY2(!after.isEmpty() && after != staffSession, "a desktop goes on with an ordinary session");
        QVERIFY(t.flush(5000));

        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, path, {}).ok);
        telemetry::sql::Statement q(db, "SELECT uuid, mode, coalesce(end_reason, ''), "
                                        "(SELECT count(*) FROM events e WHERE e.session_id = s.id) "
                                        "FROM sessions s ORDER BY id");
        QStringList rows;
        while (q.step() == SQLITE_ROW)
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(q.text(0) == visitorSession ? "visitor"
                             : q.text(0) == staffSession ? "staff"
                             : q.text(0) == after        ? "after"
                                                         : "other",
                             q.text(1), q.text(2), QString::number(q.int64(3)));
        QCOMPARE(rows, (QStringList{"visitor desktop staff 1", "staff staff exit 2", "after desktop  0"}));

        // The dashboard: the staff session is not a visit, unless staff and demo sessions are asked for.
        dashboard::DashboardRange range;
        range.fromUtcMs = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
        range.toUtcMs = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
        dashboard::Overview without, with;
        QVERIFY2(dashboard::overview(db, range, &without, &error), qPrintable(error));
        range.includeStaffAndDemo = true;
        QVERIFY2(dashboard::overview(db, range, &with, &error), qPrintable(error));
        QCOMPARE(without.total.sessions, qint64(1));
        QCOMPARE(with.total.sessions, qint64(2));
    }
}

QTEST_MAIN(tst_StaffSession)
#include "tst_staffsession.moc"
