// showroom-admin seed as a demo or a benchmark uses it: the visitors, days and devices asked for
// (device names like office-1-kiosk-2, kiosk and desktop modes), visitors who come back, leads with
// their consents and lead_submitted events, a small share of staff and robot sessions marked by their
// mode (robots only on kiosks), exactly N events when asked, and the speed printed.
#include "AdminRun.h"
#include "StaffFixture.h"
#include "profiles/Seed.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;
using fixture::admin;

namespace {
qint64 count(telemetry::sql::Connection &db, const char *sql)
{
    return db.scalar(sql, -1);
}
} // namespace

class TestSeed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void deviceNames()
    {
        QCOMPARE(profiles::deviceName(0), QStringLiteral("office-1-kiosk-1"));
        QCOMPARE(profiles::deviceName(1), QStringLiteral("office-1-kiosk-2"));
        QCOMPARE(profiles::deviceName(2), QStringLiteral("office-1-desktop-1"));
        QCOMPARE(profiles::deviceName(3), QStringLiteral("office-2-kiosk-1"));
        QCOMPARE(profiles::deviceMode(2), QStringLiteral("desktop"));
        QCOMPARE(profiles::deviceMode(4), QStringLiteral("kiosk"));
    }

    void visitorsDaysAndDevicesAsAsked()
    {
        const QString path = m_dir.filePath("seed.db");
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const fixture::Run r = admin({"--db", path, "seed", "--visitors", "2000", "--days", "30", "--devices", "5"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QRegularExpression("^seeded \\d+ events, \\d+ sessions, 2000 visitors in [0-9.]+ s \\(\\d+ events/s\\)")
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        qInfo("%s", r.out.trimmed().constData());
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, path, {}).ok);
        QCOMPARE(count(db, "SELECT count(*) FROM visitors"), qint64(2000));
        QCOMPARE(count(db, "SELECT count(*) FROM events"), qint64(2000 * profiles::kEventsPerVisitor));
        // The 30 days before now, during opening hours (a visit may run a little past the end).
        const qint64 first = count(db, "SELECT min(ts_utc) FROM events");
        QVERIFY(first >= before - 31LL * 86'400'000);
        QVERIFY(count(db, "SELECT max(start_utc) FROM sessions") <= before + 86'400'000);
        QCOMPARE(count(db, "SELECT count(*) FROM sessions WHERE (start_utc / 3600000) % 24 NOT BETWEEN 9 AND 18"
                           " AND id IN (SELECT min(id) FROM sessions GROUP BY visitor_id)"),
                 qint64(0));
        QSet<QString> devices;
        {
            telemetry::sql::Statement q(db, "SELECT DISTINCT device_id FROM sessions");
            while (q.step() == SQLITE_ROW)
                devices.insert(q.text(0));
        }
        QCOMPARE(devices, QSet<QString>({"office-1-kiosk-1", "office-1-kiosk-2", "office-1-desktop-1",
                                         "office-2-kiosk-1", "office-2-kiosk-2"}));
        QCOMPARE(count(db, "SELECT count(*) FROM sessions WHERE mode = 'desktop' AND device_id NOT LIKE '%desktop%'"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM sessions WHERE mode = 'kiosk' AND device_id NOT LIKE '%kiosk%'"), 0);
        // Staff demonstrations and the kiosk robot: a few percent, marked by their mode; robots on kiosks only.
        const qint64 sessions = count(db, "SELECT count(*) FROM sessions");
        const qint64 staff = count(db, "SELECT count(*) FROM sessions WHERE mode = 'staff'");
        const qint64 robot = count(db, "SELECT count(*) FROM sessions WHERE mode = 'robot'");
        QVERIFY2(staff > 0 && staff < sessions / 10, qPrintable(QString::number(staff)));
        QVERIFY2(robot > 0 && robot < sessions / 10, qPrintable(QString::number(robot)));
        QCOMPARE(count(db, "SELECT count(*) FROM sessions WHERE mode = 'robot' AND device_id NOT LIKE '%kiosk%'"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM leads l JOIN sessions s ON s.id = l.session_id"
                           " WHERE s.mode IN ('staff', 'robot')"),
                 0);
        // Visitors come back, walk inside, compare; leads come with their consent and their event.
        const qint64 returning =
            count(db, "SELECT count(*) FROM (SELECT visitor_id FROM sessions GROUP BY visitor_id HAVING count(*) > 1)");
        QVERIFY2(returning > 200 && returning < 800, qPrintable(QString::number(returning)));
        QVERIFY(count(db, "SELECT count(*) FROM events WHERE name = 'inside_entered'") > 100);
        QVERIFY(count(db, "SELECT count(*) FROM events WHERE name = 'compare_opened'") > 10);
        const qint64 leads = count(db, "SELECT count(*) FROM leads");
        QVERIFY2(leads > 20, qPrintable(QString::number(leads)));
        QCOMPARE(count(db, "SELECT count(*) FROM leads l WHERE NOT EXISTS (SELECT 1 FROM consents c"
                           " WHERE c.lead_id = l.id AND c.purpose = 'sales_contact')"),
                 0);
        QCOMPARE(count(db, "SELECT count(*) FROM events WHERE name = 'lead_submitted'"), leads);
        QCOMPARE(count(db, "SELECT count(*) FROM sessions WHERE end_utc IS NULL OR end_utc < start_utc"), 0);
    }

    void exactlyTheEventsAskedForAndExtending()
    {
        const QString path = m_dir.filePath("exact.db");
        QCOMPARE(admin({"--db", path, "seed", "--events", "4321", "--visitors", "50", "--devices", "2"}).exitCode, 0);
        QCOMPARE(admin({"--db", path, "seed", "--events", "1000", "--visitors", "10"}).exitCode, 0); // extends
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, path, {}).ok);
        QCOMPARE(count(db, "SELECT count(*) FROM events"), qint64(5321));
        QCOMPARE(count(db, "SELECT count(*) FROM visitors"), qint64(60));
    }

    void mistakesAreUsageErrors()
    {
        const QString path = m_dir.filePath("bad.db");
        QCOMPARE(admin({"--db", path, "seed"}).exitCode, 2);
        QCOMPARE(admin({"--db", path, "seed", "--visitors", "10", "--devices", "0"}).exitCode, 2);
        QCOMPARE(admin({"--db", path, "seed", "--visitors", "x"}).exitCode, 2);
        QCOMPARE(admin({"--db", path, "audit", "--devices", "2"}).exitCode, 2);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
