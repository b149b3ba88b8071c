// Devices syncing into one real PostgreSQL: two offices in one store, idempotence, a device offline
// for a while, erasure both ways (including a device offline at the time), retention, unit statuses.
#include "../telemetry/TestDb.h"
#include "SyncFixture.h"
#include "core/ManifestLoader.h"
#include "sync/LocalState.h"

#include <QtTest>

namespace core = showroom::core;

class tst_Sync : public QObject
{
    Q_OBJECT

    PgServer m_pg;
    int m_n = 0;
    QString db(const QString &name) { return m_pg.dir.filePath(name + QStringLiteral(".db")); }
    // A fresh central database per test; its name for psql, its URL for the tool.
    QString m_central, m_url;
    void freshCentral()
    {
        m_central = QStringLiteral("central%1").arg(++m_n);
        m_url = m_pg.createDatabase(m_central);
    }
    Admin sync(const QString &path, const QStringList &more = {})
    {
        return admin(QStringList{QStringLiteral("--db"), path, QStringLiteral("sync"), QStringLiteral("--to"), m_url} +
                     more);
    }
    qint64 central(const QString &sql) { return m_pg.count(m_central, sql); }

    // A desktop visitor's favourite, through the app's pipeline; returns the visitor.
    static QString favourite(const QString &path, const QString &target)
    {
        namespace tel = showroom::telemetry;
        tel::Telemetry::Options o;
        o.recorder.path = path;
        o.mode = QStringLiteral("desktop");
        o.watchApplication = false;
        tel::Telemetry t(o);
        if (!t.open())
            return QString();
        t.startSession(QStringLiteral("en"));
        t.track(QStringLiteral("unit_selected"), {{QStringLiteral("target"), target}});
        t.track(QStringLiteral("favourite_added"), {{QStringLiteral("target"), target}});
        const QString visitor = t.visitorId();
        t.shutdown();
        return visitor;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
    }

    void twoOfficesIntoOneStore()
    {
        freshCentral();
        const QString a = db(QStringLiteral("munich")), b = db(QStringLiteral("berlin"));
        recordVisits(a, QStringLiteral("kiosk-munich"), 6, 30, 2);
        recordVisits(b, QStringLiteral("kiosk-berlin"), 4, 25, 1);
        const Admin ra = sync(a, {QStringLiteral("--device"), QStringLiteral("kiosk-munich"), QStringLiteral("--office"),
                                  QStringLiteral("Munich")});
        QCOMPARE(ra.exitCode, 0);
        QVERIFY2(ra.out.contains(QLatin1String("device kiosk-munich (office Munich)")), qPrintable(ra.out));
        const Admin rb = sync(b, {QStringLiteral("--office"), QStringLiteral("Berlin")}); // name from its sessions
        QCOMPARE(rb.exitCode, 0);
        QVERIFY2(rb.out.contains(QLatin1String("device kiosk-berlin (office Berlin)")), qPrintable(rb.out));

        // Every row of both devices, each under its device and office, the text byte for byte.
        TestDb la(a), lb(b);
        for (const char *t : {"visitors", "sessions", "events", "leads", "consents"}) {
            const QString table = QLatin1String(t);
            QCOMPARE(central(QStringLiteral("SELECT count(*) FROM %1 WHERE office = 'Munich'").arg(table)),
                     la.count(table));
            QCOMPARE(central(QStringLiteral("SELECT count(*) FROM %1 WHERE office = 'Berlin'").arg(table)),
                     lb.count(table));
        }
        QCOMPARE(central("SELECT count(*) FROM events WHERE name = 'unit_selected'"), qint64(6 * 15 + 4 * 12));
        QCOMPARE(m_pg.psql(m_central, "SELECT properties FROM events WHERE device = 'kiosk-munich' AND name = 'unit_selected'"
                                      " ORDER BY local_id LIMIT 1"),
                 la.value("SELECT properties FROM events WHERE name = 'unit_selected' ORDER BY id LIMIT 1").toString());
        QCOMPARE(central("SELECT count(DISTINCT device) FROM events"), 2);
        // Events name their visitor and session by UUID, as the device does.
        QCOMPARE(m_pg.psql(m_central, "SELECT visitor FROM events WHERE device = 'kiosk-berlin' ORDER BY local_id DESC LIMIT 1"),
                 lb.value("SELECT visitor FROM event_log ORDER BY id DESC LIMIT 1").toString());
        QCOMPARE(m_pg.psql(m_central, "SELECT contact::json->>'first_name' FROM leads WHERE device = 'kiosk-berlin'"
                                      " ORDER BY created_utc LIMIT 1"),
                 QStringLiteral("Marker0"));
        QCOMPARE(central("SELECT count(*) FROM consents c JOIN leads l ON l.gid = c.lead"), la.count("consents") + lb.count("consents"));
        QCOMPARE(m_pg.psql(m_central, "SELECT version FROM showroom_schema"), QStringLiteral("1"));
    }

    void syncingTwiceChangesNothing()
    {
        freshCentral();
        const QString a = db(QStringLiteral("twice"));
        recordVisits(a, QStringLiteral("kiosk-twice"), 5, 40, 2);
        QCOMPARE(sync(a).exitCode, 0);
        const char *dump = "SELECT md5(string_agg(t, '|' ORDER BY t)) FROM ("
                           " SELECT row_to_json(e)::text AS t FROM events e UNION ALL"
                           " SELECT row_to_json(s)::text FROM sessions s UNION ALL"
                           " SELECT row_to_json(v)::text FROM visitors v UNION ALL"
                           " SELECT row_to_json(l)::text FROM leads l UNION ALL"
                           " SELECT row_to_json(c)::text FROM consents c) x";
        const QString before = m_pg.psql(m_central, dump);
        const Admin again = sync(a);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("pushed 0 visitors, 0 sessions, 0 events, 0 leads, 0 consents")),
                 qPrintable(again.out));
        QCOMPARE(m_pg.psql(m_central, dump), before);
        // The same file under another name would send everything again under that name: refused.
        const Admin renamed = sync(a, {QStringLiteral("--device"), QStringLiteral("other-name")});
        QCOMPARE(renamed.exitCode, 1);
        QVERIFY2(renamed.err.contains(QLatin1String("already syncs as device 'kiosk-twice'")), qPrintable(renamed.err));
        // Another file under a name already taken: refused as well.
        const QString b = db(QStringLiteral("impostor"));
        recordVisits(b, QStringLiteral("x"), 1, 1);
        const Admin impostor = sync(b, {QStringLiteral("--device"), QStringLiteral("kiosk-twice")});
        QCOMPARE(impostor.exitCode, 1);
        QVERIFY2(impostor.err.contains(QLatin1String("already used by another database")), qPrintable(impostor.err));
    }

    void offlineDeviceCatchesUp()
    {
        freshCentral();
        const QString a = db(QStringLiteral("offline"));
        recordVisits(a, QStringLiteral("kiosk-offline"), 2, 10);
        QCOMPARE(sync(a).exitCode, 0);
        // Days without a network: every attempt fails clearly, the kiosk keeps recording.
        const QString nowhere = QStringLiteral("postgresql:///x?host=%1/no-server&user=showroom").arg(m_pg.dir.path());
        for (int day = 0; day < 3; ++day) {
            recordVisits(a, QStringLiteral("kiosk-offline"), 3, 20, 3);
            const Admin down = admin({QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--to"), nowhere});
            QCOMPARE(down.exitCode, 1);
            QVERIFY2(down.err.contains(QLatin1String("cannot connect to the central store")), qPrintable(down.err));
        }
        const Admin back = sync(a);
        QCOMPARE(back.exitCode, 0);
        TestDb local(a);
        QCOMPARE(central("SELECT count(*) FROM events"), local.count("events"));
        QCOMPARE(central("SELECT count(*) FROM sessions WHERE end_utc IS NOT NULL"), local.count("sessions WHERE end_utc IS NOT NULL"));
        QCOMPARE(central("SELECT count(*) FROM leads"), local.count("leads"));
        QCOMPARE(central("SELECT count(*) FROM events WHERE name = 'filter_changed'"), qint64(2 * 5 + 3 * 3 * 10));
    }

    void erasureReachesEveryDeviceEvenOffline()
    {
        freshCentral();
        const QString a = db(QStringLiteral("era")), b = db(QStringLiteral("erb")), c = db(QStringLiteral("erc"));
        const QStringList va = recordVisits(a, QStringLiteral("kiosk-a"), 3, 10, 1);
        const QString person = va.first();
        // The same person continues on kiosk b (their brochure code), and later on kiosk c.
        recordVisits(b, QStringLiteral("kiosk-b"), 2, 10, 1, person);
        QCOMPARE(sync(a).exitCode, 0);
        QCOMPARE(sync(b).exitCode, 0);
        QCOMPARE(central(QStringLiteral("SELECT count(*) FROM events WHERE visitor = '%1'").arg(person)), 20); // ten on each kiosk

        // Forgotten centrally while kiosk c is offline and holds rows of theirs never synced.
        recordVisits(c, QStringLiteral("kiosk-c"), 1, 10, 1, person);
        const Admin forgot = admin({QStringLiteral("central-forget"), person, QStringLiteral("--to"), m_url});
        QCOMPARE(forgot.exitCode, 0);
        QVERIFY2(forgot.out.contains(QLatin1String("every device erases it")), qPrintable(forgot.out));
        for (const char *t : {"events", "sessions", "leads", "consents"})
            QCOMPARE(central(QStringLiteral("SELECT count(*) FROM %1 WHERE visitor = '%2'").arg(QLatin1String(t), person)), 0);
        QCOMPARE(central(QStringLiteral("SELECT count(*) FROM visitors WHERE uuid = '%1'").arg(person)), 0);

        for (const QString &device : {a, b, c}) {
            const Admin s = sync(device);
            QCOMPARE(s.exitCode, 0);
            QVERIFY2(s.out.contains(QLatin1String("applied 1 central erasures")), qPrintable(s.out));
            TestDb local(device);
            QCOMPARE(local.count(QStringLiteral("visitors WHERE uuid = '%1'").arg(person)), 0);
            QCOMPARE(local.count(QStringLiteral("event_log WHERE visitor = '%1'").arg(person)), 0);
            QCOMPARE(local.count("leads WHERE contact LIKE '%Marker0%'"), 0);
        }
        // Kiosk c's rows of that person never reached the store; the other visitors' rows did.
        QCOMPARE(central(QStringLiteral("SELECT count(*) FROM events WHERE visitor = '%1'").arg(person)), 0);
        QCOMPARE(central("SELECT count(*) FROM events WHERE device = 'kiosk-a'"), TestDb(a).count("events"));

        // Forgotten on a device: the tombstone goes up, and the other devices apply it.
        const QString other = va.at(1);
        recordVisits(b, QStringLiteral("kiosk-b"), 1, 5, 0, other);
        QCOMPARE(sync(b).exitCode, 0);
        const Admin local = admin({QStringLiteral("--db"), a, QStringLiteral("forget"), other});
        QCOMPARE(local.exitCode, 0);
        const Admin up = sync(a);
        QVERIFY2(up.out.contains(QLatin1String("1 erasures")), qPrintable(up.out));
        QCOMPARE(central(QStringLiteral("SELECT count(*) FROM events WHERE visitor = '%1'").arg(other)), 0);
        QCOMPARE(m_pg.psql(m_central, QStringLiteral("SELECT origin FROM erasures WHERE visitor = '%1'").arg(other)),
                 QStringLiteral("kiosk-a"));
        QCOMPARE(sync(b).exitCode, 0);
        QCOMPARE(TestDb(b).count(QStringLiteral("visitors WHERE uuid = '%1'").arg(other)), 0);
        // The device that erased it keeps no tombstone once the store has it.
        QCOMPARE(TestDb(a).count("sync_tombstones"), 0);
    }

    void idsReusedAfterTheLastVisitorIsErased()
    {
        // SQLite gives the highest deleted event ids to the next events: erasing the visitor who just
        // left a kiosk, then the next visitor's events reuse their ids. None may be lost.
        freshCentral();
        const QString a = db(QStringLiteral("reuse"));
        const QStringList visitors = recordVisits(a, QStringLiteral("kiosk-reuse"), 3, 20, 1);
        QCOMPARE(sync(a).exitCode, 0);
        const qint64 top = TestDb(a).value("SELECT max(id) FROM events").toLongLong();
        QCOMPARE(admin({QStringLiteral("--db"), a, QStringLiteral("forget"), visitors.last()}).exitCode, 0);
        recordVisits(a, QStringLiteral("kiosk-reuse"), 1, 10, 1); // fewer events than were erased
        QVERIFY(TestDb(a).value("SELECT max(id) FROM events").toLongLong() < top); // the ids really are reused
        QCOMPARE(sync(a).exitCode, 0);
        TestDb local(a);
        QCOMPARE(central("SELECT count(*) FROM events"), local.count("events"));
        QCOMPARE(m_pg.psql(m_central, "SELECT sum(local_id) || '/' || sum(ts_utc) FROM events"),
                 local.value("SELECT sum(id) || '/' || sum(ts_utc) FROM events").toString());
        QCOMPARE(central("SELECT count(*) FROM leads"), local.count("leads"));
        QCOMPARE(central("SELECT count(*) FROM consents"), local.count("consents"));
        // And a later visit goes on from there, once.
        recordVisits(a, QStringLiteral("kiosk-reuse"), 1, 30);
        QCOMPARE(sync(a).exitCode, 0);
        QCOMPARE(central("SELECT count(*) FROM events"), TestDb(a).count("events"));
    }

    void retentionPurgeReachesTheStore()
    {
        freshCentral();
        const QString a = db(QStringLiteral("retention"));
        recordVisits(a, QStringLiteral("kiosk-r"), 4, 5, 2); // visits 0 and 2 leave leads
        QCOMPARE(sync(a).exitCode, 0);
        QCOMPARE(central("SELECT count(*) FROM visitors"), 4);
        const Admin purge = admin({QStringLiteral("--db"), a, QStringLiteral("purge"), QStringLiteral("--older-than"),
                                   QStringLiteral("0")});
        QCOMPARE(purge.exitCode, 0);
        QCOMPARE(sync(a).exitCode, 0);
        // The anonymous visitors are gone from the store too; those who left a lead stay.
        QCOMPARE(central("SELECT count(*) FROM visitors"), 2);
        QCOMPARE(central("SELECT count(*) FROM visitors v WHERE EXISTS (SELECT 1 FROM leads l WHERE l.visitor = v.uuid)"), 2);
    }

    void unitStatusReachesDevices()
    {
        freshCentral();
        const QString dev = QStringLiteral(SHOWROOM_DEMO_DIR);
        const QString a = db(QStringLiteral("status-a")), b = db(QStringLiteral("status-b"));
        recordVisits(a, QStringLiteral("kiosk-sa"), 1, 1);
        // A desktop buyer who hearted A_0003 while it was available.
        const QString buyer = favourite(a, QStringLiteral("unit:A_0003"));
        const QStringList recommend = {QStringLiteral("--db"), a, QStringLiteral("recommend"), buyer,
                                       QStringLiteral("--development"), dev};
        QVERIFY(!admin(recommend).out.contains(QLatin1String("has been sold")));
        recordVisits(b, QStringLiteral("kiosk-sb"), 1, 1);
        QCOMPARE(sync(a).exitCode, 0);
        // A_0003 ships as available in the demo package.
        const Admin set = admin({QStringLiteral("set-status"), QStringLiteral("A_0003"), QStringLiteral("sold"),
                                 QStringLiteral("--development"), dev, QStringLiteral("--to"), m_url});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QLatin1String("unit A_0003 of lindenhof-gardens is now sold")), qPrintable(set.out));
        // Mistakes name the valid choices and change nothing.
        const Admin badStatus = admin({QStringLiteral("set-status"), QStringLiteral("A_0003"), QStringLiteral("gone"),
                                       QStringLiteral("--development"), dev, QStringLiteral("--to"), m_url});
        QCOMPARE(badStatus.exitCode, 2);
        QVERIFY2(badStatus.err.contains(QLatin1String("available, reserved or sold")), qPrintable(badStatus.err));
        const Admin badUnit = admin({QStringLiteral("set-status"), QStringLiteral("Z_9999"), QStringLiteral("sold"),
                                     QStringLiteral("--development"), dev, QStringLiteral("--to"), m_url});
        QCOMPARE(badUnit.exitCode, 2);
        QVERIFY2(badUnit.err.contains(QLatin1String("A_0001")), qPrintable(badUnit.err));
        QCOMPARE(central("SELECT count(*) FROM unit_status"), 1);

        for (const QString &device : {a, b}) {
            const Admin s = sync(device);
            QCOMPARE(s.exitCode, 0);
            QVERIFY2(s.out.contains(QLatin1String("1 unit statuses")), qPrintable(s.out));
            // What the app and the profiles read: the package's data with the central status over it.
            core::ManifestResult m = showroom::core::loadManifest(dev);
            QVERIFY(m.ok());
            int changed = 0;
            QString error;
            QVERIFY2(showroom::sync::applyUnitStatusesFrom(device, &m.data, &changed, &error), qPrintable(error));
            QCOMPARE(changed, 1);
            for (const auto &u : m.data.units)
                if (u.id == QLatin1String("A_0003"))
                    QCOMPARE(showroom::core::statusKey(u.status), QStringLiteral("sold"));
        }
        // The profiles' alternatives see it: the saved home has been sold, here are others.
        const Admin recs = admin(recommend);
        QCOMPARE(recs.exitCode, 0);
        QVERIFY2(recs.out.contains(QLatin1String("A_0003, which you")) && recs.out.contains(QLatin1String("has been sold")),
                 qPrintable(recs.out));
        // Released again: back to available everywhere at the next sync; nothing new: nothing pulled.
        QCOMPARE(admin({QStringLiteral("set-status"), QStringLiteral("A_0003"), QStringLiteral("available"),
                        QStringLiteral("--development"), dev, QStringLiteral("--to"), m_url})
                     .exitCode,
                 0);
        QVERIFY(sync(a).out.contains(QLatin1String("1 unit statuses")));
        QVERIFY(sync(a).out.contains(QLatin1String("0 unit statuses")));
        core::ManifestResult m = showroom::core::loadManifest(dev);
        int changed = -1;
        QString error;
        QVERIFY(showroom::sync::applyUnitStatusesFrom(a, &m.data, &changed, &error));
        QCOMPARE(changed, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
