// Sync under faults, against a real PostgreSQL: kill -9 of the tool in the middle of a batch, the
// server going away mid-sync, and credentials (URL, config file, PG* variables) never shown.
#include "../telemetry/TestDb.h"
#include "SyncFixture.h"

#include <QtTest>

#include <csignal>

class tst_SyncFaults : public QObject
{
    Q_OBJECT

    PgServer m_pg;
    QString m_device; // 200,000 events written by the app's pipeline (showroom-admin stress)

    // Starts a sync with small batches and returns once the first batch of events is committed.
    bool startSync(QProcess &p, const QString &url, int batch)
    {
        p.start(QStringLiteral(SHOWROOM_ADMIN), {QStringLiteral("--db"), m_device, QStringLiteral("sync"),
                                                  QStringLiteral("--to"), url, QStringLiteral("--batch"),
                                                  QString::number(batch)});
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(50);
            seen += p.readAllStandardOutput();
            if (seen.contains("committed events"))
                return true;
        }
        qWarning() << "no committed batch:" << seen << p.readAllStandardError();
        return false;
    }
    QString noDuplicates(const QString &database)
    {
        return m_pg.psql(database, "SELECT count(*) - count(DISTINCT (device, local_id)) FROM events");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
        m_device = m_pg.dir.filePath(QStringLiteral("kiosk.db"));
        const Admin made = admin({QStringLiteral("--db"), m_device, QStringLiteral("stress"), QStringLiteral("--events"),
                                  QStringLiteral("200000")});
        QCOMPARE(made.exitCode, 0);
    }

    void killedMidBatchThenSyncedAgain()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("killed"));
        const qint64 local = TestDb(m_device).count("events");
        QCOMPARE(local, 200000);
        // Twice: once right after a commit (the next COPY under way), once a little later.
        for (int delayMs : {0, 40}) {
            QProcess p;
            QVERIFY(startSync(p, url, 2000));
            QTest::qWait(delayMs);
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(10000);
            const qint64 there = m_pg.count(QStringLiteral("killed"), QStringLiteral("SELECT count(*) FROM events"));
            QVERIFY2(there > 0 && there < local, qPrintable(QString::number(there)));
            QCOMPARE(noDuplicates(QStringLiteral("killed")), QStringLiteral("0"));
            // The cursor is exactly as far as the rows: a batch is all in, cursor and all, or not at all.
            QCOMPARE(m_pg.count(QStringLiteral("killed"), "SELECT max(local_id) FROM events"),
                     m_pg.count(QStringLiteral("killed"), "SELECT last_id FROM sync_cursors WHERE kind = 'events'"));
        }
        const Admin rest = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"), QStringLiteral("--to"), url});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(m_pg.count(QStringLiteral("killed"), "SELECT count(*) FROM events"), local);
        QCOMPARE(noDuplicates(QStringLiteral("killed")), QStringLiteral("0"));
        // Same rows, not merely as many: the sums of ids and time stamps agree with the device's file.
        TestDb db(m_device);
        QCOMPARE(m_pg.psql(QStringLiteral("killed"), "SELECT sum(local_id) || '/' || sum(ts_utc) FROM events"),
                 db.value("SELECT sum(id) || '/' || sum(ts_utc) FROM events").toString());
    }

    void serverGoneMidSyncThenRetried()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("gone"));
        QProcess p;
        QVERIFY(startSync(p, url, 2000));
        QVERIFY(m_pg.stop(QStringLiteral("immediate"))); // the server dies under the sync
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("central store")) && err.contains(QLatin1String("next sync resumes")),
                 qPrintable(err));
        // While it is down: a clear error, exit 1, nothing changes on the device.
        const qint64 events = TestDb(m_device).count("events");
        const Admin down = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"), QStringLiteral("--to"), url});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QLatin1String("cannot connect to the central store")), qPrintable(down.err));
        QCOMPARE(TestDb(m_device).count("events"), events);
        // Back: the retry completes the push, no row twice, none missing.
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
        const Admin retry = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"), QStringLiteral("--to"), url});
        QCOMPARE(retry.exitCode, 0);
        QCOMPARE(m_pg.count(QStringLiteral("gone"), "SELECT count(*) FROM events"), events);
        QCOMPARE(noDuplicates(QStringLiteral("gone")), QStringLiteral("0"));
    }

    void passwordsNeverShown()
    {
        const QString secret = QStringLiteral("s3cret-Pw0rd");
        // A URL with a password, to a server that is not there: the error names the server, not the password.
        const QString url = QStringLiteral("postgresql://showroom:%1@/central?host=%2/nowhere").arg(secret, m_pg.dir.path());
        const Admin r = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"), QStringLiteral("--to"), url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("showroom:***@")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("visible to every user")), qPrintable(r.err)); // the warning
        // Keyword form too.
        const Admin kw = admin({QStringLiteral("central-forget"), QStringLiteral("v"), QStringLiteral("--to"),
                                QStringLiteral("host=%1/nowhere dbname=x password=%2").arg(m_pg.dir.path(), secret)});
        QCOMPARE(kw.exitCode, 1);
        QVERIFY2(!kw.err.contains(secret) && kw.err.contains(QLatin1String("password=***")), qPrintable(kw.err));

        // A config file with the password and TLS options: they reach libpq (an invalid sslmode is
        // libpq's own error), the password never reaches the terminal.
        m_pg.createDatabase(QStringLiteral("configured"));
        const QString ini = m_pg.dir.filePath(QStringLiteral("sync.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[central]\nurl=postgresql:///configured?host=%1&user=showroom\npassword=%2\n"
                               "office=Hamburg\nsslmode=bogus\n")
                    .arg(m_pg.socketDir, secret)
                    .toUtf8());
        f.close();
        const Admin tls = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"), QStringLiteral("--config"), ini});
        QCOMPARE(tls.exitCode, 1);
        QVERIFY2(tls.err.contains(QLatin1String("sslmode")) && !tls.err.contains(secret), qPrintable(tls.err));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("[central]\nurl=postgresql:///configured?host=%1&user=showroom\npassword=%2\n"
                               "office=Hamburg\nsslmode=prefer\n")
                    .arg(m_pg.socketDir, secret)
                    .toUtf8());
        f.close();
        const Admin ok = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"), QStringLiteral("--config"), ini});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(!ok.out.contains(secret) && ok.out.contains(QLatin1String("office Hamburg")), qPrintable(ok.out));

        // Only the environment (libpq's PG* variables), no URL at all.
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_pg.socketDir);
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("showroom"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("configured"));
        env.insert(QStringLiteral("PGPASSWORD"), secret);
        const Admin fromEnv = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync")}, env);
        QCOMPARE(fromEnv.exitCode, 0);
        QVERIFY2(fromEnv.out.contains(QLatin1String("pushed 0 visitors")) && !fromEnv.out.contains(secret),
                 qPrintable(fromEnv.out));
    }

    void usageMistakes()
    {
        auto noServer = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"PGHOST", "PGDATABASE", "PGSERVICE", "SHOWROOM_SYNC_CONFIG"})
            noServer.remove(QLatin1String(v));
        const Admin none = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync")}, noServer);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("--to postgresql://")), qPrintable(none.err));
        const Admin wrong = admin({QStringLiteral("--db"), m_device, QStringLiteral("forget"), QStringLiteral("x"),
                                   QStringLiteral("--to"), QStringLiteral("postgresql:///x")});
        QCOMPARE(wrong.exitCode, 2);
        const Admin extra = admin({QStringLiteral("central-forget"), QStringLiteral("v"), QStringLiteral("--db"), m_device,
                                   QStringLiteral("--to"), QStringLiteral("postgresql:///x")});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY2(extra.err.contains(QLatin1String("it takes --to, --config")), qPrintable(extra.err));
        const Admin missingConfig = admin({QStringLiteral("--db"), m_device, QStringLiteral("sync"),
                                           QStringLiteral("--config"), m_pg.dir.filePath(QStringLiteral("none.ini"))});
        QCOMPARE(missingConfig.exitCode, 2);
        QVERIFY2(missingConfig.err.contains(QLatin1String("does not exist")), qPrintable(missingConfig.err));
    }
};

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_sync_faults.moc"
