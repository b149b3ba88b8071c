// Staff access as the office uses it: the PIN is kept only as an Argon2id hash, the right PIN opens
// staff mode and the wrong one does not, five wrong PINs lock it for 30 s and each further one doubles
// the lock, the lock is still there after a restart (a new StaffAccess on the same file), and checking
// a PIN never stops the GUI thread's event loop. Real database files, the real worker thread.
#include "StaffFixture.h"
#include "staff/AuditLog.h"
#include "staff/StaffAccess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;

namespace {

const QString kPin = QStringLiteral("739182");

// A StaffAccess on path, waited until it has read the stored state.
std::unique_ptr<staff::StaffAccess> openStaff(const QString &path, const fixture::FakeClock *clock = nullptr)
{
    auto s = std::make_unique<staff::StaffAccess>();
    if (clock)
        s->setClock(clock->function());
    s->open(path, QStringLiteral("test-kiosk"));
    if (!QTest::qWaitFor([&] { return s->isReady(); }, 10000))
        return nullptr;
    return s;
}

// Sends pin and waits for the answer; returns the rejection text ("" when accepted).
QString attempt(staff::StaffAccess &s, const QString &pin, bool *accepted = nullptr)
{
    QSignalSpy yes(&s, &staff::StaffAccess::accepted);
    QSignalSpy no(&s, &staff::StaffAccess::rejected);
    s.tryPin(pin);
    if (!QTest::qWaitFor([&] { return yes.count() + no.count() > 0; }, 20000))
        return QStringLiteral("no answer within 20 s");
    if (accepted)
        *accepted = yes.count() == 1;
    return no.isEmpty() ? QString() : no.first().first().toString();
}

QStringList auditActions(const QString &path)
{
    telemetry::sql::Connection db;
    QString error;
    QList<staff::AuditEntry> entries;
    if (!db.open(path, 2 /* SQLITE_OPEN_READWRITE */, &error) ||
        !staff::AuditLog::list(db, {}, &entries, &error))
        return {QStringLiteral("error: ") + error};
    QStringList actions;
    for (const staff::AuditEntry &e : entries)
        actions << e.action;
    return actions;
}

} // namespace

class TestStaffPin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("staff-%1.db").arg(++m_files));
        return fixture::makeDatabase(path) ? path : QString();
    }

private slots:
    void onlyAnArgon2idHashIsStored()
    {
        const QString path = freshDatabase();
        QElapsedTimer t;
        t.start();
        QVERIFY(fixture::setPin(path, kPin));
        const qint64 hashMs = t.elapsed();
        telemetry::sql::Connection db;
        QString error;
        QVERIFY(db.open(path, 2, &error));
        telemetry::sql::Statement q(db, "SELECT hash FROM staff_pin");
        QCOMPARE(q.step(), 100 /* SQLITE_ROW */);
        const QString stored = q.text(0);
        QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=3,p=1$")), qPrintable(stored));
        QVERIFY(!stored.contains(kPin));
        db.close();
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY2(!raw.readAll().contains(kPin.toLatin1()), "the PIN itself is nowhere in the file");
        // Slow on purpose (a guessed PIN costs the same), but not a wait for staff.
        QVERIFY2(hashMs >= 20 && hashMs < 3000, qPrintable(QString::number(hashMs)));
        qInfo("Argon2id hash of a PIN took %lld ms", hashMs);
    }

    void pinRules()
    {
        QVERIFY(staff::pin::problemWith(QStringLiteral("1234")).isEmpty());
        QVERIFY(staff::pin::problemWith(QStringLiteral("123456789012")).isEmpty());
        QVERIFY(staff::pin::problemWith(QStringLiteral("123")).contains("at least 4"));
        QVERIFY(staff::pin::problemWith(QStringLiteral("12a4")).contains("digits 0-9"));
        QVERIFY(staff::pin::problemWith(QStringLiteral("１２３４")).contains("digits 0-9")); // full-width
        QVERIFY(staff::pin::problemWith(QStringLiteral("1234567890123")).contains("at most 12"));
        const QString path = freshDatabase();
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, path, {}).ok);
        QString error;
        QVERIFY(!staff::pin::setPin(db, QStringLiteral("12"), 0, fixture::cheapCost(), &error));
        staff::PinState state;
        QVERIFY(staff::pin::readState(db, &state, &error));
        QVERIFY(!state.pinSet);
    }

    void noPinSetNothingOpens()
    {
        auto s = openStaff(freshDatabase());
        QVERIFY(s);
        QVERIFY(!s->pinSet());
        bool accepted = true;
        QVERIFY(attempt(*s, QStringLiteral("0000"), &accepted).contains("No staff PIN"));
        QVERIFY(!accepted);
        QVERIFY(!s->isUnlocked());
    }

    void rightAndWrongPin()
    {
        const QString path = freshDatabase();
        QVERIFY(fixture::setPin(path, kPin, fixture::cheapCost()));
        auto s = openStaff(path);
        QVERIFY(s);
        QVERIFY(s->pinSet());
        QCOMPARE(s->attemptsLeft(), 5);
        bool accepted = true;
        const QString why = attempt(*s, QStringLiteral("739183"), &accepted);
        QVERIFY(!accepted);
        QVERIFY2(why.contains("Wrong PIN") && why.contains("4 attempts left"), qPrintable(why));
        QCOMPARE(s->attemptsLeft(), 4);
        QVERIFY(!s->isUnlocked());
        QVERIFY(attempt(*s, kPin, &accepted).isEmpty());
        QVERIFY(accepted);
        QVERIFY(s->isUnlocked());
        QCOMPARE(s->attemptsLeft(), 5); // the right PIN clears the count
        s->lock();
        QVERIFY(!s->isUnlocked());
        s.reset(); // the worker finishes its queue (the staff_locked entry) before it stops
        QCOMPARE(auditActions(path), QStringList({"staff_unlocked", "staff_locked"}));
    }

    void fiveWrongPinsLockAndTheLockGrows()
    {
        const QString path = freshDatabase();
        QVERIFY(fixture::setPin(path, kPin, fixture::cheapCost()));
        fixture::FakeClock clock;
        auto s = openStaff(path, &clock);
        QVERIFY(s);
        for (int i = 1; i <= 4; ++i) {
            attempt(*s, QStringLiteral("1111"));
            QCOMPARE(s->attemptsLeft(), 5 - i);
            QVERIFY(!s->isLocked());
        }
        QVERIFY(attempt(*s, QStringLiteral("1111")).contains("locked for 30 seconds"));
        QVERIFY(s->isLocked());
        QCOMPARE(s->lockedSeconds(), 30);
        QCOMPARE(s->attemptsLeft(), 0);
        // While locked even the right PIN is not checked.
        bool accepted = true;
        QVERIFY(attempt(*s, kPin, &accepted).contains("try again in 30 seconds"));
        QVERIFY(!accepted);

        clock.advance(29'000);
        QTRY_COMPARE(s->lockedSeconds(), 1);
        clock.advance(1'000);
        QTRY_VERIFY(!s->isLocked());
        QCOMPARE(s->attemptsLeft(), 1); // one more try; wrong again locks longer
        QVERIFY(attempt(*s, QStringLiteral("2222")).contains("locked for 1 minute"));
        QCOMPARE(s->lockedSeconds(), 60);
        clock.advance(60'000);
        QTRY_VERIFY(!s->isLocked());
        attempt(*s, QStringLiteral("3333"));
        QCOMPARE(s->lockedSeconds(), 120);
        QCOMPARE(staff::LockoutPolicy().lockFor(30), qint64(3600'000)); // capped at an hour
        clock.advance(120'000);
        QTRY_VERIFY(!s->isLocked());
        QVERIFY(attempt(*s, kPin, &accepted).isEmpty());
        QVERIFY(accepted);
        QCOMPARE(s->attemptsLeft(), 5);
        s.reset();
        QCOMPARE(auditActions(path).count(QStringLiteral("staff_locked_out")), 3);
    }

    void theLockSurvivesARestart()
    {
        const QString path = freshDatabase();
        QVERIFY(fixture::setPin(path, kPin, fixture::cheapCost()));
        fixture::FakeClock clock;
        {
            auto s = openStaff(path, &clock);
            QVERIFY(s);
            for (int i = 0; i < 5; ++i)
                attempt(*s, QStringLiteral("9999"));
            QVERIFY(s->isLocked());
        } // the app quits
        clock.advance(10'000);
        auto again = openStaff(path, &clock); // and starts again on the same file
        QVERIFY(again);
        QVERIFY(again->isLocked());
        QCOMPARE(again->lockedSeconds(), 20);
        bool accepted = true;
        QVERIFY(attempt(*again, kPin, &accepted).contains("try again in 20 seconds"));
        QVERIFY(!accepted);
        QVERIFY(!again->isUnlocked());
    }

    void checkingNeverBlocksTheGuiThread()
    {
        const QString path = freshDatabase();
        staff::PinHashCost slow; // dearer than the default: the check must take long enough to see
        slow.opsLimit = 4;
        slow.memLimitBytes = std::size_t(128) << 20;
        QVERIFY(fixture::setPin(path, kPin, slow));
        auto s = openStaff(path);
        QVERIFY(s);
        QElapsedTimer gap, total;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, gap.restart());
        });
        QSignalSpy yes(s.get(), &staff::StaffAccess::accepted);
        total.start();
        s->tryPin(kPin);
        const qint64 callMs = total.elapsed();
        QVERIFY(s->isChecking());
        gap.start();
        ticker.start();
        QVERIFY(yes.wait(20000));
        const qint64 checkMs = total.elapsed();
        qInfo("tryPin returned after %lld ms; the check took %lld ms; longest GUI gap %lld ms", callMs,
              checkMs, longestGap);
        QVERIFY2(callMs < 50, "tryPin returns at once");
        QVERIFY2(checkMs > 2 * longestGap, "the event loop kept running during the check");
        QVERIFY(longestGap < 250);
        QVERIFY(!s->isChecking());
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
