// showroom-admin set-pin as IT runs it: the PIN comes from standard input only (never the command line),
// fewer than 4 digits or anything but digits is refused with exit 2 and a reason, the stored row is an
// Argon2id hash that StaffAccess then accepts, and a second set-pin clears a lockout.
#include "AdminRun.h"
#include "StaffFixture.h"
#include "staff/AuditLog.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace showroom;
using fixture::admin;

class TestSetPin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static staff::PinState stateOf(const QString &path)
    {
        telemetry::sql::Connection db;
        QString error;
        staff::PinState state;
        if (db.open(path, SQLITE_OPEN_READWRITE, &error))
            staff::pin::readState(db, &state, &error);
        return state;
    }

private slots:
    void badPinsAreRefusedWithAReason()
    {
        const QString db = m_dir.filePath("bad.db");
        QVERIFY(fixture::makeDatabase(db));
        const struct
        {
            QByteArray input;
            const char *says;
        } cases[] = {{"123\n", "at least 4 digits"},
                     {"12a4\n", "digits 0-9 only"},
                     {"+4711\n", "digits 0-9 only"},
                     {"1234567890123\n", "at most 12 digits"},
                     {"", "no PIN on standard input"}};
        for (const auto &c : cases) {
            const fixture::Run r = admin({"--db", db, "set-pin"}, c.input);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.says), r.err.constData());
        }
        const fixture::Run inArgs = admin({"--db", db, "set-pin", "4711"});
        QCOMPARE(inArgs.exitCode, 2);
        QVERIFY2(inArgs.err.contains("never from the command line"), inArgs.err.constData());
        QVERIFY(!stateOf(db).pinSet);
    }

    void thePinIsStoredAsArgon2idAndClearsALockout()
    {
        const QString db = m_dir.filePath("set.db");
        QVERIFY(!QFile::exists(db)); // set-pin before the app ever ran makes the database
        const fixture::Run r = admin({"--db", db, "set-pin"}, "4711\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("staff PIN set"), r.out.constData());
        QVERIFY(stateOf(db).pinSet);
        {
            telemetry::sql::Connection c;
            QString error;
            QVERIFY(c.open(db, SQLITE_OPEN_READWRITE, &error));
            telemetry::sql::Statement q(c, "SELECT hash FROM staff_pin");
            QCOMPARE(q.step(), SQLITE_ROW);
            QVERIFY(q.text(0).startsWith("$argon2id$"));
            // Five wrong PINs lock it ...
            for (int i = 0; i < 5; ++i)
                staff::pin::check(c, QStringLiteral("0000"), 1'000, staff::LockoutPolicy());
        }
        QVERIFY(stateOf(db).lockedAt(1'000));
        // ... and IT setting a new PIN clears the lock.
        QCOMPARE(admin({"--db", db, "set-pin"}, "24680\r\n").exitCode, 0);
        const staff::PinState after = stateOf(db);
        QCOMPARE(after.failures, 0);
        QVERIFY(!after.lockedAt(1'000));
        telemetry::sql::Connection c;
        QString error;
        QVERIFY(c.open(db, SQLITE_OPEN_READWRITE, &error));
        QCOMPARE(staff::pin::check(c, QStringLiteral("24680"), 2'000, {}).outcome, staff::PinCheck::Accepted);
        QList<staff::AuditEntry> entries;
        QVERIFY(staff::AuditLog::list(c, {}, &entries, &error));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().action, QStringLiteral("set-pin"));
        QVERIFY(!entries.first().detail.contains("4711"));
    }
};

QTEST_GUILESS_MAIN(TestSetPin)
#include "tst_setpin.moc"
