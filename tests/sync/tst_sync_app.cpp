// The app syncs by itself: `showroom` (a real window under Xvfb) with a [central] config and a 1 s
// interval pushes its own session and events to a real PostgreSQL, pulls a status set centrally while it
// runs, keeps running when the server goes away (one warning, no password anywhere), catches up when it
// comes back, and quits at once on SIGTERM.
#include "../telemetry/TestDb.h"
#include "SyncFixture.h"

#include <QtTest>

#include <csignal>

class tst_SyncApp : public QObject
{
    Q_OBJECT

    PgServer m_pg;

    // Polls until `done` or the timeout; the app's output keeps being read meanwhile.
    template <typename F>
    bool waitFor(QProcess &app, QByteArray &err, F done, int timeoutMs = 120000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            app.waitForReadyRead(200);
            err += app.readAllStandardError();
            if (done())
                return true;
            if (app.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    QString localStatus(const QString &db, const QString &unit)
    {
        TestDb local(db);
        return local.value(QStringLiteral("SELECT status FROM sync_unit_status WHERE unit = '%1'").arg(unit)).toString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error)); }

    void appSyncsInTheBackground()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("company"));
        // A password in the file (trust auth ignores it): it must never be shown.
        QString withPassword = url;
        withPassword.replace(QLatin1String("postgresql:///"), QLatin1String("postgresql://showroom:s3cretPw@/"));
        const QString config = m_pg.dir.filePath(QStringLiteral("kiosk.conf"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[central]\nurl = \"%1\"\noffice = Vienna\ndevice = desk-vienna-1\ninterval = 1\n")
                        .arg(withPassword)
                        .toUtf8());
        }
        const QString db = m_pg.dir.filePath(QStringLiteral("app.db"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHOWROOM_SYNC_CONFIG"), config);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SHOWROOM_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--development"),
                                                    QStringLiteral(SHOWROOM_DEMO_DIR), QStringLiteral("--lang"),
                                                    QStringLiteral("en")});
        QVERIFY(app.waitForStarted());
        QByteArray err;
        auto central = [&](const char *sql) { return m_pg.count(QStringLiteral("company"), QString::fromLatin1(sql)); };

        // 1. The app's own session and its first events arrive, named by device and office.
        QVERIFY2(waitFor(app, err, [&] {
                     return central("SELECT count(*) FROM events WHERE device = 'desk-vienna-1' AND office = 'Vienna'") > 0 &&
                            central("SELECT count(*) FROM sessions WHERE device = 'desk-vienna-1' AND office = 'Vienna'") > 0;
                 }),
                 err.constData());
        {
            TestDb local(db);
            const QString session =
                local.value(QStringLiteral("SELECT uuid FROM sessions ORDER BY id DESC LIMIT 1")).toString();
            QVERIFY(!session.isEmpty());
            QCOMPARE(m_pg.psql(QStringLiteral("company"), QStringLiteral("SELECT office FROM sessions WHERE uuid = '%1'")
                                                             .arg(session)),
                     QStringLiteral("Vienna"));
        }
        // 2. A status set centrally reaches the running app's file at its next sync (a second, third … sync ran).
        QCOMPARE(admin({QStringLiteral("set-status"), QStringLiteral("A_0003"), QStringLiteral("sold"),
                        QStringLiteral("--development"), QStringLiteral(SHOWROOM_DEMO_DIR), QStringLiteral("--to"), url})
                     .exitCode,
                 0);
        QVERIFY2(waitFor(app, err, [&] { return localStatus(db, QStringLiteral("A_0003")) == QLatin1String("sold"); }, 60000),
                 err.constData());

        // 3. The server goes away: the app keeps running through several intervals; one warning, no password.
        QVERIFY(m_pg.stop(QStringLiteral("immediate")));
        QTest::qWait(5000);
        err += app.readAllStandardError();
        QCOMPARE(app.state(), QProcess::Running);
        QVERIFY2(err.contains("sync failed, will retry"), err.constData());
        // Not one line a second: once when the trouble starts (twice if a sync was cut off mid-way first).
        QVERIFY2(err.count("sync failed, will retry") <= 2, err.constData());
        QVERIFY2(!err.contains("s3cretPw"), err.constData());
        QVERIFY2(err.contains("showroom:***@"), err.constData()); // the redacted store it names at start

        // 4. Back again: the next interval catches up (a status set while the app could not reach it).
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
        QCOMPARE(admin({QStringLiteral("set-status"), QStringLiteral("A_0004"), QStringLiteral("reserved"),
                        QStringLiteral("--development"), QStringLiteral(SHOWROOM_DEMO_DIR), QStringLiteral("--to"), url})
                     .exitCode,
                 0);
        QVERIFY2(waitFor(app, err, [&] { return localStatus(db, QStringLiteral("A_0004")) == QLatin1String("reserved"); }, 60000),
                 err.constData());
        QCOMPARE(central("SELECT count(*) - count(DISTINCT (device, local_id)) FROM events"), 0);

        // 5. SIGTERM: the app quits promptly, a sync under way or not.
        QElapsedTimer quitting;
        quitting.start();
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(quitting.elapsed() < 15000, qPrintable(QString::number(quitting.elapsed())));
        err += app.readAllStandardError();
        QVERIFY2(!err.contains("s3cretPw"), err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_SyncApp)
#include "tst_sync_app.moc"
