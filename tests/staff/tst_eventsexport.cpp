// export-events as an analyst receives it: one JSON object per line per event, every documented field
// (docs/staff.md), visitors and sessions by their pseudonymous UUIDs, properties as objects, dwell
// times as numbers; nothing personal (names, e-mails, phones of leads) anywhere in the file; a missing
// database leaves no file.
#include "AdminRun.h"
#include "StaffFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;
using fixture::admin;

class TestEventsExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everyEventOneLineWithTheDocumentedFields()
    {
        const QString dbPath = m_dir.filePath("events.db");
        // A seeded database: thousands of realistic events, leads with names and phone numbers among them.
        const fixture::Run seeded =
            admin({"--db", dbPath, "seed", "--events", "5000", "--visitors", "80", "--days", "7", "--devices", "3"});
        QCOMPARE(seeded.exitCode, 0);
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, dbPath, {}).ok);
        const qint64 visitor = fixture::addVisitor(db, "visitor-müller", 1'790'000'000'000, "office-9-kiosk-1");
        QVERIFY(fixture::addLead(db, visitor,
                                 {{"first_name", "Hannelore"}, {"last_name", "Quästor"}, {"email", "hq@example.org"},
                                  {"phone", "+49 89 7654321"}},
                                 {"sales_contact"}, 1'790'000'100'000));
        QSet<QString> uuids;
        {
            telemetry::sql::Statement q(db, "SELECT uuid FROM visitors UNION ALL SELECT uuid FROM sessions");
            while (q.step() == SQLITE_ROW)
                uuids.insert(q.text(0));
        }
        const qint64 events = db.scalar("SELECT count(*) FROM events");
        QCOMPARE(events, qint64(5006));

        const QString out = m_dir.filePath("events.jsonl");
        const fixture::Run r = admin({"--db", dbPath, "export-events", "--jsonl", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("exported 5006 events"), r.out.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        for (const char *personal : {"Hannelore", "Quästor", "hq@example.org", "7654321", "@example.org"})
            QVERIFY2(!all.contains(personal), personal);
        const QList<QByteArray> lines = all.split('\n');
        QCOMPARE(lines.size(), 5007); // the last line ends with a line break too
        QVERIFY(lines.last().isEmpty());
        const QStringList fields = {"id", "time", "ts_utc", "visitor", "session", "device", "mode", "name",
                                    "target", "properties", "engaged_ms", "elapsed_ms"};
        qint64 previousId = 0, dwells = 0, withProperties = 0;
        QSet<QString> modes;
        for (int i = 0; i < lines.size() - 1; ++i) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &error);
            QVERIFY2(doc.isObject(), qPrintable(error.errorString() + ": " + lines[i]));
            const QJsonObject e = doc.object();
            QCOMPARE(e.keys().size(), fields.size());
            for (const QString &field : fields)
                QVERIFY2(e.contains(field), qPrintable(field));
            QVERIFY(e["id"].toInteger() > previousId);
            previousId = e["id"].toInteger();
            QVERIFY(uuids.contains(e["visitor"].toString()));
            QVERIFY(uuids.contains(e["session"].toString()));
            QVERIFY(e["properties"].isObject());
            QVERIFY(e["time"].toString().endsWith('Z'));
            QCOMPARE(QDateTime::fromString(e["time"].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                     e["ts_utc"].toInteger());
            modes.insert(e["mode"].toString());
            if (e["name"].toString() == "leave" && e["target"].toString().startsWith("unit:")) {
                QVERIFY(e["engaged_ms"].isDouble() && e["elapsed_ms"].toInteger() >= e["engaged_ms"].toInteger());
                ++dwells;
            }
            if (!e["properties"].toObject().isEmpty())
                ++withProperties;
            if (e["name"].toString() == "unit_selected")
                QVERIFY(e["properties"].toObject().contains("price"));
        }
        QVERIFY(dwells > 100);
        QVERIFY(withProperties > 1000);
        QVERIFY(modes.contains("kiosk") && modes.contains("desktop"));
    }

    void aMissingDatabaseLeavesNoFile()
    {
        const QString out = m_dir.filePath("none.jsonl");
        const fixture::Run r = admin({"--db", m_dir.filePath("missing.db"), "export-events", "--jsonl", out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.db"));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(admin({"--db", m_dir.filePath("missing.db"), "export-events"}).exitCode, 2);
        QCOMPARE(admin({"--db", m_dir.filePath("missing.db"), "export-events", "--csv", out}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestEventsExport)
#include "tst_eventsexport.moc"
