// Privacy as staff run it, through the real showroom-admin: erasure with the bytes gone from the file,
// export of everything held about a visitor, retention purge; and the tool's errors and exit codes.
#include "TestDb.h"
#include "telemetry/Telemetry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace showroom::telemetry;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run admin(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SHOWROOM_ADMIN), args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Every byte of the database and its WAL, as a forensic tool would read them.
QByteArray rawBytes(const QString &db)
{
    QByteArray all;
    for (const QString &f : {db, db + "-wal"}) {
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

const char *const kConsent =
    "I agree that Example Homes GmbH may store my details and contact me about Lindenhof.";

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    qint64 m_wall = QDateTime::currentMSecsSinceEpoch();

    Telemetry::Options options(const QString &db)
    {
        Telemetry::Options o;
        o.recorder.path = db;
        o.mode = QStringLiteral("kiosk");
        o.deviceId = QStringLiteral("kiosk-1");
        o.watchApplication = false;
        o.wallClockMs = [this] { return m_wall; };
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void forgetRemovesEverythingAndTheBytes()
    {
        const QString db = m_dir.filePath("forget.db");
        QString alice, bob;
        {
            Telemetry t(options(db));
            QVERIFY(t.open());
            t.startSession();
            alice = t.visitorId();
            t.track("unit_selected", {{"target", "unit:A_0304"}, {"note", "MARKER-ALICE-7f3c"}});
            t.submitLead({{"name", "Zebediah Quarrington"}, {"email", "zebediah@marker.test"}}, kConsent,
                         "callback", "sales contact");
            t.startSession(); // the next visitor
            bob = t.visitorId();
            t.track("unit_selected", {{"target", "unit:B_0101"}, {"note", "MARKER-BOB-11aa"}});
            t.endSession("exit");
            QVERIFY(t.flush(5000));
        }
        QVERIFY(rawBytes(db).contains("MARKER-ALICE-7f3c")); // so the test below can fail
        QVERIFY(rawBytes(db).contains("Zebediah Quarrington"));

        // The app keeps running on the same file while staff erase Alice.
        Telemetry running(options(db));
        QVERIFY(running.open());
        running.startSession();
        running.track("tour_started");

        const Run r = admin({"--db", db, "forget", alice});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 leads, 1 consents"), r.out.constData());
        const QByteArray bytes = rawBytes(db);
        for (const QByteArray &marker : {QByteArray("MARKER-ALICE-7f3c"), QByteArray("Zebediah Quarrington"),
                                         QByteArray("zebediah@marker.test"), alice.toUtf8()}) {
            QVERIFY2(!bytes.contains(marker), marker.constData());
        }
        QVERIFY(bytes.contains("MARKER-BOB-11aa")); // Bob is untouched

        running.track("tour_finished");
        QVERIFY(running.flush(5000)); // the running app goes on writing
        TestDb check(db);
        QCOMPARE(check.count("event_log WHERE visitor = '" + alice + "'"), 0);
        QCOMPARE(check.count("visitors WHERE uuid = '" + alice + "'"), 0);
        QCOMPARE(check.count("leads") + check.count("consents"), 0);
        QCOMPARE(check.count("event_log WHERE visitor = '" + bob + "'"), 1);
        QCOMPARE(check.count("events WHERE name = 'tour_finished'"), 1);
        QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));

        const Run again = admin({"--db", db, "forget", alice});
        QCOMPARE(again.code, 2); // an id we hold nothing about: a usage mistake, as for profile
        QVERIFY(again.err.contains("no data held about visitor"));
    }

    // The lead form's lead (issue 13): contact details, two consents with their exact texts, version and
    // language, the brochure made for it. After forget none of it is in the file's bytes, and the
    // brochure PDF is gone from the disk.
    void forgetRemovesTheLeadItsConsentsAndItsBrochure()
    {
        const QString db = m_dir.filePath("forget-lead.db");
        const QString brochure = m_dir.filePath("A_0304-lead.pdf");
        {
            QFile pdf(brochure);
            QVERIFY(pdf.open(QIODevice::WriteOnly));
            pdf.write("%PDF-1.4 Brochure for MARKER-LEAD-NAME-55e1\n");
        }
        const QString keep = m_dir.filePath("keep-me.txt"); // not a PDF: never deleted
        {
            QFile other(keep);
            QVERIFY(other.open(QIODevice::WriteOnly));
        }
        QString visitor;
        {
            Telemetry t(options(db));
            QVERIFY(t.open());
            t.startSession("de");
            visitor = t.visitorId();
            Lead lead;
            lead.contact = {{"first_name", "MARKER-LEAD-NAME-55e1"},
                            {"last_name", "Quarrington-Lead"},
                            {"email", "lead-marker@example.test"},
                            {"phone", "+43 1 999 8877"},
                            {"message", "MARKER-LEAD-MESSAGE-9c2d"}};
            lead.request = "brochure";
            lead.target = "unit:A_0304";
            lead.preferredContact = "phone";
            lead.consents = {{"sales_contact", "MARKER-CONSENT-CONTACT-77ab", "2026-12-01", "de"},
                             {"newsletter", "MARKER-CONSENT-NEWSLETTER-31f0", "2026-12-01", "de"}};
            const QString id = t.storeLead(lead);
            QVERIFY(!id.isEmpty());
            t.attachBrochure(id, brochure);
            t.attachBrochure(id + "-unknown", keep); // a lead that is not there changes nothing
            QVERIFY(t.flush(5000));
            TestDb check(db);
            QCOMPARE(check.value("SELECT brochure_path FROM leads").toString(), brochure);
            QCOMPARE(check.value("SELECT language FROM leads").toString(), QStringLiteral("de"));
            QCOMPARE(check.value("SELECT preferred_contact FROM leads").toString(), QStringLiteral("phone"));
            QCOMPARE(check.value("SELECT target FROM leads").toString(), QStringLiteral("unit:A_0304"));
            QCOMPARE(
                check.count("consents WHERE version = '2026-12-01' AND language = 'de' AND given_utc = " +
                            QString::number(m_wall)),
                2);
            t.startSession(); // the next visitor
            t.track("unit_selected", {{"target", "unit:B_0101"}, {"note", "MARKER-NEXT-4411"}});
            QVERIFY(t.flush(5000));
        }
        const QList<QByteArray> markers = {"MARKER-LEAD-NAME-55e1",          "Quarrington-Lead",
                                           "lead-marker@example.test",       "+43 1 999 8877",
                                           "MARKER-LEAD-MESSAGE-9c2d",       "MARKER-CONSENT-CONTACT-77ab",
                                           "MARKER-CONSENT-NEWSLETTER-31f0", brochure.toUtf8()};
        const QByteArray before = rawBytes(db);
        for (const QByteArray &marker : markers)
            QVERIFY2(before.contains(marker), marker.constData()); // so the test below can fail

        const Run r = admin({"--db", db, "forget", visitor});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 leads, 2 consents, 1 brochure files removed"), r.out.constData());
        const QByteArray after = rawBytes(db);
        for (const QByteArray &marker : markers)
            QVERIFY2(!after.contains(marker), marker.constData());
        QVERIFY(after.contains("MARKER-NEXT-4411"));
        QVERIFY(!QFileInfo::exists(brochure));
        QVERIFY(QFileInfo::exists(keep));
        TestDb check(db);
        QCOMPARE(check.count("leads") + check.count("consents"), 0);
        QCOMPARE(check.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    // Staff erase the visitor who is still at the kiosk. What the app writes afterwards must stay findable
    // by that visitor's pseudonym (so erasing again removes it), and the erased visitor's internal key is
    // never handed to anyone else.
    void erasingTheVisitorOnScreenKeepsLaterEventsErasable()
    {
        const QString db = m_dir.filePath("forget-live.db");
        Telemetry t(options(db));
        QVERIFY(t.open());
        t.startSession();
        const QString visitor = t.visitorId();
        t.track("unit_selected", {{"target", "unit:A_0304"}});
        QVERIFY(t.flush(5000));
        qint64 keyBefore = 0;
        {
            TestDb check(db);
            keyBefore = check.value("SELECT id FROM visitors WHERE uuid = '" + visitor + "'").toLongLong();
            QVERIFY(keyBefore > 0);
        }
        const Run r = admin({"--db", db, "forget", visitor});
        QVERIFY2(r.code == 0, r.err.constData());

        t.track("favourite", {{"target", "unit:A_0304"}});
        QVERIFY(t.flush(5000));
        {
            TestDb check(db);
            QCOMPARE(check.count("event_log WHERE visitor = '" + visitor + "' AND session = '" +
                                 t.sessionId() + "' AND name = 'favourite'"),
                     1);
            QCOMPARE(check.count("events WHERE visitor_id NOT IN (SELECT id FROM visitors)"), 0);
            QCOMPARE(check.count("events WHERE session_id NOT IN (SELECT id FROM sessions)"), 0);
            QVERIFY(check.value("SELECT id FROM visitors WHERE uuid = '" + visitor + "'").toLongLong() >
                    keyBefore);
        }
        const Run again = admin({"--db", db, "forget", visitor});
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY2(again.out.contains("1 events"), again.out.constData());
        TestDb check(db);
        QCOMPARE(check.count("events"), 0);
    }

    void exportGivesEverythingHeld()
    {
        const QString db = m_dir.filePath("export.db");
        QString visitor;
        {
            Telemetry t(options(db));
            QVERIFY(t.open());
            t.startSession("de");
            visitor = t.visitorId();
            t.track("favourite", {{"target", "unit:A_0304"}});
            t.recordDwell("leave", "unit:A_0304", 3000, 9000);
            t.submitLead({{"name", "Ada Lovelace"}, {"phone", "+44 20 7946 0000"}}, kConsent, "brochure",
                         "marketing");
            t.startSession(); // someone else
            t.track("favourite", {{"target", "unit:C_0001"}});
        }
        const Run r = admin({"--db", db, "export-visitor", visitor});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(o.value("visitor_id").toString(), visitor);
        QCOMPARE(o.value("sessions").toArray().size(), 1);
        QCOMPARE(o.value("sessions").toArray()[0].toObject().value("language").toString(),
                 QStringLiteral("de"));
        const QJsonArray events = o.value("events").toArray();
        QCOMPARE(events.size(), 3); // favourite, leave, lead_submitted; nothing of the next visitor
        QCOMPARE(events[1].toObject().value("engaged_ms").toInt(), 3000);
        QCOMPARE(
            o.value("leads").toArray()[0].toObject().value("contact").toObject().value("name").toString(),
            QStringLiteral("Ada Lovelace"));
        QCOMPARE(o.value("consents").toArray()[0].toObject().value("text").toString(),
                 QLatin1String(kConsent));
        QVERIFY(!r.out.contains("C_0001"));

        const Run unknown = admin({"--db", db, "export-visitor", "no-such-visitor"});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("no data held about visitor 'no-such-visitor'"));
    }

    void purgeRemovesOldAnonymousEventsOnly()
    {
        const QString db = m_dir.filePath("purge.db");
        const qint64 day = 24 * 3600 * 1000LL;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString identified, anonymousOld;
        {
            Telemetry t(options(db));
            QVERIFY(t.open());
            m_wall = now - 400 * day;
            t.startSession();
            anonymousOld = t.visitorId();
            t.track("unit_selected", {{"target", "unit:A_0101"}});
            t.startSession();
            identified = t.visitorId();
            t.track("unit_selected", {{"target", "unit:A_0202"}});
            t.submitLead({{"email", "buyer@example.com"}}, kConsent, "callback");
            t.endSession("exit");
            m_wall = now - 10 * day;
            t.startSession();
            t.track("unit_selected", {{"target", "unit:A_0303"}});
            t.endSession("exit");
            m_wall = now;
        }
        const Run r = admin({"--db", db, "purge", "--older-than", "365"});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 events, 1 sessions, 1 visitors"), r.out.constData());
        TestDb check(db);
        QCOMPARE(check.count("events WHERE target = 'unit:A_0101'"), 0); // old, anonymous: gone
        QCOMPARE(check.count("sessions s JOIN visitors v ON v.id = s.visitor_id WHERE v.uuid = '" +
                             anonymousOld + "'"),
                 0);
        QCOMPARE(check.count("events WHERE target = 'unit:A_0202'"), 1); // old, but consented lead
        QCOMPARE(check.count("event_log WHERE visitor = '" + identified + "'"), 2);
        QCOMPARE(check.count("events WHERE target = 'unit:A_0303'"), 1); // recent
    }

    void retentionRunsWhenTheAppOpensTheDatabase()
    {
        const QString db = m_dir.filePath("retention.db");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            m_wall = now - 100 * 24 * 3600 * 1000LL;
            Telemetry t(options(db));
            QVERIFY(t.open());
            t.track("old");
            m_wall = now;
            t.track("new");
        }
        Telemetry::Options o = options(db);
        o.recorder.retentionDays = 30;
        Telemetry t(o);
        QVERIFY(t.open());
        TestDb check(db);
        QCOMPARE(check.count("events WHERE name = 'old'"), 0);
        QCOMPARE(check.count("events WHERE name = 'new'"), 1);
    }

    void adminSaysWhatIsWrong()
    {
        const QString missing = m_dir.filePath("nowhere.db");
        Run r = admin({"--db", missing, "purge", "--older-than", "30"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nowhere.db") && r.err.contains("does not exist"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(missing)); // a staff tool never creates the database

        const QString junk = m_dir.filePath("junk.db");
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x5a'));
        }
        r = admin({"--db", junk, "export-visitor", "x"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("junk.db") && r.err.contains("corrupt or not a database"), r.err.constData());
        QCOMPARE(QFileInfo(junk).size(), 8192); // and never moves or repairs it

        const QString db = m_dir.filePath("busy.db");
        {
            Telemetry t(options(db));
            QVERIFY(t.open());
            t.startSession();
            t.track("x");
        }
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY(!sqlite3.isEmpty());
        QProcess holder;
        holder.setProcessChannelMode(QProcess::MergedChannels);
        holder.start(sqlite3, {db});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN IMMEDIATE; SELECT 'locked';\n");
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += holder.readAll()).contains("locked"), said.constData(), 5000);
        r = admin({"--db", db, "purge", "--older-than", "1"});
        holder.write("ROLLBACK;\n.quit\n");
        holder.waitForFinished(5000);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("busy.db") && r.err.contains("locked"), r.err.constData());

        for (const QStringList &bad :
             {QStringList{"purge", "--older-than", "30"}, // no --db
              QStringList{"--db", db},                    // no command
              QStringList{"--db", db, "frobnicate"},      // unknown
              QStringList{"--db", db, "stress"},          // no --events
              QStringList{"--db", db, "stress", "--events", "-5"},
              QStringList{"--db", db, "purge", "--older-than", "soon"}, QStringList{"--db", db, "forget"},
              QStringList{"--db", db, "forget", "a", "--events", "3"},
              QStringList{"--db", db, "--bogus", "purge"}}) {
            r = admin(bad);
            QVERIFY2(r.code == 2, qPrintable(bad.join(' ') + " -> " + QString::number(r.code)));
            QVERIFY2(r.err.startsWith("showroom-admin: ") && r.err.count('\n') == 1, r.err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_telemetry_privacy.moc"
