// The central store read back and kept tidy, against a real PostgreSQL: `showroom-admin central-mirror`
// (the dashboard's local mirror: every office or one, incremental, erasures applied, a file of another
// store started afresh) and `showroom-admin central-purge` (retention: the devices' own rule).
#include "../telemetry/TestDb.h"
#include "SyncFixture.h"

#include <QtTest>

class tst_SyncCentral : public QObject
{
    Q_OBJECT

    PgServer m_pg;
    QString m_url;

    QString file(const QString &name) { return m_pg.dir.filePath(name + QStringLiteral(".db")); }
    Admin sync(const QString &db, const QString &office)
    {
        return admin({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--to"), m_url,
                      QStringLiteral("--office"), office});
    }
    Admin mirror(const QString &db, const QString &office = QString())
    {
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("central-mirror"), QStringLiteral("--to"), m_url};
        if (!office.isEmpty())
            args << QStringLiteral("--office") << office;
        return admin(args);
    }
    qint64 central(const char *sql) { return m_pg.count(QStringLiteral("company"), QString::fromLatin1(sql)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
        m_url = m_pg.createDatabase(QStringLiteral("company"));
    }

    void mirrorOfEveryOfficeAndOne()
    {
        const QString munich = file(QStringLiteral("munich")), vienna = file(QStringLiteral("vienna"));
        recordVisits(munich, QStringLiteral("kiosk-m1"), 3, 20, 2);
        recordVisits(vienna, QStringLiteral("kiosk-v1"), 5, 10, 3);
        QCOMPARE(sync(munich, QStringLiteral("Munich")).exitCode, 0);
        QCOMPARE(sync(vienna, QStringLiteral("Vienna")).exitCode, 0);

        // Every office: the same rows as the store, each session named by office and device.
        const QString all = file(QStringLiteral("mirror-all"));
        const Admin first = mirror(all);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QLatin1String("2 devices in 2 offices")), qPrintable(first.out));
        {
            TestDb m(all);
            QCOMPARE(m.count("events"), central("SELECT count(*) FROM events"));
            QCOMPARE(m.count("events"), TestDb(munich).count("events") + TestDb(vienna).count("events"));
            QCOMPARE(m.count("sessions"), 8);
            QCOMPARE(m.count("visitors"), 8);
            QCOMPARE(m.count("leads"), central("SELECT count(*) FROM leads"));
            QCOMPARE(m.count("consents"), central("SELECT count(*) FROM consents"));
            QCOMPARE(m.count("sessions WHERE device_id = 'Munich · kiosk-m1'"), 3);
            QCOMPARE(m.count("sessions WHERE device_id = 'Vienna · kiosk-v1'"), 5);
            // Every event still knows its session and visitor; every consent its lead.
            QCOMPARE(m.count("events WHERE session_id IS NULL OR visitor_id IS NULL"), 0);
            QCOMPARE(m.count("consents WHERE lead_id IS NULL"), 0);
            // The same events, byte for byte (names, targets, properties with tabs, backslashes, new lines).
            const char *digest = "SELECT group_concat(x, ';') FROM (SELECT e.ts_utc || '|' || e.name || '|' ||"
                                 " coalesce(e.target, '') || '|' || coalesce(e.properties, '') || '|' ||"
                                 " coalesce(e.engaged_ms, '') AS x FROM events e JOIN sessions s ON s.id = e.session_id"
                                 " %1 ORDER BY x)";
            const QString munichEvents = TestDb(munich).value(QString::fromLatin1(digest).arg(QString())).toString();
            // JSON in the file: the tab, backslash and new line escaped (\t, \\, \n).
            QVERIFY2(munichEvents.contains(QLatin1String("tab\\there, a \\\\ and a\\nnew line")),
                     qPrintable(munichEvents.left(400)));
            QCOMPARE(m.value(QString::fromLatin1(digest).arg(QStringLiteral("WHERE s.device_id = 'Munich · kiosk-m1'")))
                         .toString(),
                     munichEvents);
        }
        // Again: nothing new, nothing pulled.
        const Admin again = mirror(all);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String(": 0 visitors, 0 sessions, 0 events, 0 leads, 0 consents new")),
                 qPrintable(again.out));
        // New visits in Munich: only they come over.
        const qint64 before = TestDb(munich).count("events");
        recordVisits(munich, QStringLiteral("kiosk-m1"), 2, 7);
        const qint64 added = TestDb(munich).count("events") - before;
        QVERIFY(added >= 14);
        QCOMPARE(sync(munich, QStringLiteral("Munich")).exitCode, 0);
        const Admin more = mirror(all);
        QVERIFY2(more.out.contains(QStringLiteral("2 visitors, 2 sessions, %1 events, 0 leads").arg(added)),
                 qPrintable(more.out));
        QCOMPARE(TestDb(all).count("events"), central("SELECT count(*) FROM events"));

        // One office: only its devices' rows.
        const QString onlyVienna = file(QStringLiteral("mirror-vienna"));
        QCOMPARE(mirror(onlyVienna, QStringLiteral("Vienna")).exitCode, 0);
        QCOMPARE(TestDb(onlyVienna).count("events"), TestDb(vienna).count("events"));
        QCOMPARE(TestDb(onlyVienna).count("sessions WHERE device_id <> 'Vienna · kiosk-v1'"), 0);
        // An office that does not exist: exit 2, naming those that do.
        const Admin wrong = mirror(file(QStringLiteral("mirror-x")), QStringLiteral("Graz"));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("choose one of: Munich, Vienna")), qPrintable(wrong.err));

        // A central erasure reaches the mirror at its next pull; nothing of the visitor is left there.
        const QString person = TestDb(vienna).value("SELECT uuid FROM visitors ORDER BY id LIMIT 1").toString();
        QCOMPARE(admin({QStringLiteral("central-forget"), person, QStringLiteral("--to"), m_url}).exitCode, 0);
        const Admin erased = mirror(all);
        QVERIFY2(erased.out.contains(QLatin1String("1 visitors erased")), qPrintable(erased.out));
        TestDb m(all);
        QCOMPARE(m.count(QStringLiteral("visitors WHERE uuid = '%1'").arg(person)), 0);
        QCOMPARE(m.count("events"), central("SELECT count(*) FROM events"));
        QCOMPARE(m.count("leads"), central("SELECT count(*) FROM leads"));
        QCOMPARE(m.count("sync_tombstones"), 0); // a mirror sends nothing back
    }

    void mirrorOfAnotherStoreStartsAfresh()
    {
        const QString other = m_pg.createDatabase(QStringLiteral("other"));
        const QString d = file(QStringLiteral("lone"));
        recordVisits(d, QStringLiteral("kiosk-o"), 1, 4);
        QCOMPARE(admin({QStringLiteral("--db"), d, QStringLiteral("sync"), QStringLiteral("--to"), other}).exitCode, 0);
        const QString all = file(QStringLiteral("mirror-all"));
        QVERIFY(TestDb(all).count("sessions") > 1);
        const Admin switched = admin({QStringLiteral("--db"), all, QStringLiteral("central-mirror"), QStringLiteral("--to"), other});
        QVERIFY2(switched.exitCode == 0, qPrintable(switched.err));
        QCOMPARE(TestDb(all).count("sessions"), 1);
        // Never over a device's own file: refused, the file untouched.
        const qint64 own = TestDb(d).count("events");
        const Admin onDevice = admin({QStringLiteral("--db"), d, QStringLiteral("central-mirror"), QStringLiteral("--to"), other});
        QCOMPARE(onDevice.exitCode, 1);
        QVERIFY2(onDevice.err.contains(QLatin1String("holds a device's own data")), qPrintable(onDevice.err));
        QCOMPARE(TestDb(d).count("events"), own);
        // A server with no store at all: a clear error, exit 1.
        const Admin empty = admin({QStringLiteral("--db"), file(QStringLiteral("m-empty")), QStringLiteral("central-mirror"),
                                   QStringLiteral("--to"), m_pg.createDatabase(QStringLiteral("nothing"))});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QLatin1String("no Showroom store yet")), qPrintable(empty.err));
    }

    // Events above the cursor are COPYed straight into the table; when the store has them anyway (its
    // cursor lost, say), the server's key check sends the batch through staging: nothing doubled or lost.
    void directCopyFallsBackWhenTheStoreHasTheRows()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("fallback"));
        const QString d = file(QStringLiteral("fallback"));
        recordVisits(d, QStringLiteral("kiosk-f"), 3, 30);
        const QStringList args{QStringLiteral("--db"), d, QStringLiteral("sync"), QStringLiteral("--to"), url,
                               QStringLiteral("--batch"), QStringLiteral("20")};
        const Admin first = admin(args);
        QCOMPARE(first.exitCode, 0);
        auto count = [&](const char *sql) { return m_pg.count(QStringLiteral("fallback"), QString::fromLatin1(sql)); };
        const qint64 events = TestDb(d).count("events");
        QCOMPARE(count("SELECT count(*) FROM events"), events);
        // A first sync: every event straight in, in batches of 20.
        QVERIFY2(first.out.contains(QStringLiteral("(%1 events COPYed straight in)").arg(events)), qPrintable(first.out));
        QCOMPARE(m_pg.psql(QStringLiteral("fallback"), QStringLiteral("DELETE FROM sync_cursors WHERE kind = 'events'")),
                 QStringLiteral("DELETE 1"));
        recordVisits(d, QStringLiteral("kiosk-f"), 1, 5);
        const Admin again = admin(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(count("SELECT count(*) FROM events"), TestDb(d).count("events"));
        QCOMPARE(count("SELECT count(*) - count(DISTINCT (device, local_id, ts_utc)) FROM events"), 0);
        QVERIFY2(again.out.contains(QStringLiteral("%1 events").arg(TestDb(d).count("events") - events)), qPrintable(again.out));
        QVERIFY2(!again.out.contains(QLatin1String("straight in")), qPrintable(again.out)); // all through staging
    }

    void centralRetentionFollowsTheDevicesRule()
    {
        const QString url = m_pg.createDatabase(QStringLiteral("retained"));
        const QString d = file(QStringLiteral("retention"));
        recordVisits(d, QStringLiteral("kiosk-r"), 6, 5, 2); // visits 0, 2 and 4 leave leads
        QCOMPARE(admin({QStringLiteral("--db"), d, QStringLiteral("sync"), QStringLiteral("--to"), url}).exitCode, 0);
        auto count = [&](const char *sql) { return m_pg.count(QStringLiteral("retained"), QString::fromLatin1(sql)); };
        const qint64 events = count("SELECT count(*) FROM events");
        // A year's retention keeps today's rows.
        const Admin year = admin({QStringLiteral("central-purge"), QStringLiteral("--older-than"), QStringLiteral("365"),
                                  QStringLiteral("--to"), url});
        QVERIFY2(year.exitCode == 0, qPrintable(year.err));
        QVERIFY2(year.out.contains(QLatin1String(": 0 events, 0 sessions, 0 visitors")), qPrintable(year.out));
        QCOMPARE(count("SELECT count(*) FROM events"), events);
        // Everything older than now: the same rows go as a device's own purge removes from a copy of its file.
        const QString copy = file(QStringLiteral("retention-copy"));
        QVERIFY(QFile::copy(d, copy));
        QTest::qWait(5); // strictly older than the cut-off
        QCOMPARE(admin({QStringLiteral("--db"), copy, QStringLiteral("purge"), QStringLiteral("--older-than"),
                        QStringLiteral("0")}).exitCode, 0);
        const Admin now = admin({QStringLiteral("central-purge"), QStringLiteral("--older-than"), QStringLiteral("0"),
                                 QStringLiteral("--to"), url});
        QVERIFY2(now.exitCode == 0, qPrintable(now.err));
        TestDb purged(copy);
        QCOMPARE(count("SELECT count(*) FROM events"), purged.count("events"));
        QCOMPARE(count("SELECT count(*) FROM sessions"), purged.count("sessions"));
        QCOMPARE(count("SELECT count(*) FROM visitors"), purged.count("visitors"));
        QCOMPARE(count("SELECT count(*) FROM visitors"), 3); // those who left a lead, with their history
        QVERIFY(count("SELECT count(*) FROM events") > 0);
        QCOMPARE(count("SELECT count(*) FROM leads"), 3);
        // Mistakes: exit 2, nothing removed.
        const Admin bad = admin({QStringLiteral("central-purge"), QStringLiteral("--to"), url});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--older-than DAYS")), qPrintable(bad.err));
        // The next sync sends nothing back that retention removed (the cursor is past it).
        QCOMPARE(admin({QStringLiteral("--db"), d, QStringLiteral("sync"), QStringLiteral("--to"), url}).exitCode, 0);
        QCOMPARE(count("SELECT count(*) FROM visitors"), 3);
    }
};

QTEST_GUILESS_MAIN(tst_SyncCentral)
#include "tst_sync_central.moc"
