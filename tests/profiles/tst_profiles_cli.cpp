// showroom-admin profile / recommend / seed as staff run them: exit codes, messages and JSON fields
// (docs/interest-model.md).
#include "ProfileFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run admin(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SHOWROOM_ADMIN), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString asOf = QStringLiteral("2026-11-11T10:00:00Z"); // t1: the worked example's second visit

} // namespace

class TestProfilesCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_package, m_soldPackage;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("t.db");
        m_package = m_dir.filePath("pkg");
        m_soldPackage = m_dir.filePath("pkg-sold");
        fixture::Script script;
        QVERIFY(script.open(m_db));
        fixture::scriptWorkedExample(script, "visitor-1");
        QVERIFY(fixture::writePackage(m_package));
        QVERIFY(fixture::writePackage(m_soldPackage, "sold"));
    }

    void anUnknownVisitorIsAUsageErrorSayingSo()
    {
        for (const char *command : {"profile", "recommend"}) {
            const Run r = admin({"--db", m_db, command, "nobody", "--development", m_package});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("no data held about visitor 'nobody'"), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(admin({"--db", m_db, "profile"}).exitCode, 2);
        QCOMPARE(admin({"--db", m_db, "profile", "a", "b"}).exitCode, 2);
        QCOMPARE(admin({"--db", m_db, "forget", "visitor-1", "--json"}).exitCode,
                 2); // --json is not forget's
        const Run badPackage =
            admin({"--db", m_db, "profile", "visitor-1", "--development", m_dir.filePath("none")});
        QCOMPARE(badPackage.exitCode, 2);
        QVERIFY(badPackage.err.contains("cannot be read"));
        QCOMPARE(admin({"--db", m_dir.filePath("missing.db"), "profile", "visitor-1"}).exitCode, 1);
    }

    void profileJsonHasTheDocumentedFields()
    {
        const Run r = admin(
            {"--db", m_db, "profile", "visitor-1", "--json", "--as-of", asOf, "--development", m_package});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["visitor"].toString(), QString("visitor-1"));
        QCOMPARE(o["visits"].toInt(), 2);
        QCOMPARE(o["halfLifeDays"].toDouble(), 30.0);
        QCOMPARE(o["leadScore"]["score"].toInt(), 80);
        QVERIFY(o["leadScore"]["explanation"].toString().startsWith("2 visits, 11 min on A_0304 inside"));
        QCOMPARE(o["leadScore"]["parts"].toArray().size(), 9);
        QCOMPARE(o["favourites"][0]["unit"].toString(), QString("A_0304"));
        QCOMPARE(o["favourites"][0]["status"].toString(), QString("available"));
        const QJsonObject unit = o["interest"]["units"][0].toObject();
        QCOMPARE(unit["key"].toString(), QString("A_0304"));
        QCOMPARE(unit["score"].toDouble(), 33.51);
        QCOMPARE(unit["engagedS"].toDouble(), 660.0);
        QVERIFY(unit["flags"].toArray().contains("favourite"));
        QCOMPARE(unit["finishes"].toString(), QString("floor=urban"));
        QCOMPARE(o["lastLooked"]["timelineDate"].toString(), QString("2027-03-01"));
        QCOMPARE(o["lastLooked"]["sunTime"].toString(), QString("18:30"));
        for (const char *dimension : {"units", "unitTypes", "buildings", "floors", "orientations",
                                      "priceBands", "palettes", "rooms", "pois"})
            QVERIFY2(o["interest"][dimension].isArray(), dimension);
        QCOMPARE(o["interest"]["priceBands"][0]["key"].toString(), QString("350000-399999"));
        QCOMPARE(o["recommendations"][0]["unit"].toString(), QString("B_0304"));
        QVERIFY(o["noLongerAvailable"].toArray().isEmpty());

        const Run text = admin({"--db", m_db, "profile", "visitor-1", "--as-of", asOf});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Lead score 80/100: 2 visits"), text.out.constData());
        QVERIFY(text.out.contains("Favourites: A_0304"));
    }

    void recommendTellsOfTheSoldFavourite()
    {
        const Run r = admin({"--db", m_db, "recommend", "visitor-1", "--json", "--as-of", asOf,
                             "--development", m_soldPackage});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject gone = o["noLongerAvailable"][0].toObject();
        QCOMPARE(gone["unit"].toString(), QString("A_0304"));
        QCOMPARE(gone["status"].toString(), QString("sold"));
        QCOMPARE(gone["message"].toString(), QString("A_0304, which you favourited, has been sold."));
        QCOMPARE(gone["alternatives"][0]["unit"].toString(), QString("B_0304"));
        for (const QJsonValue &a : gone["alternatives"].toArray())
            QCOMPARE(a["status"].toString(), QString("available"));
        QVERIFY(!o["recommendations"].toArray().isEmpty());
        const Run text =
            admin({"--db", m_db, "recommend", "visitor-1", "--as-of", asOf, "--development", m_soldPackage});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("A_0304, which you favourited, has been sold.\n  instead: B_0304"));
    }

    // Staff erase the visitor with the same tool: their profile is gone with them.
    void aForgottenVisitorHasNoProfile()
    {
        const QString db = m_dir.filePath("forget.db");
        QVERIFY(QFile::copy(m_db, db));
        QCOMPARE(admin({"--db", db, "profile", "visitor-1"}).exitCode, 0); // builds the profile tables
        const Run forgot = admin({"--db", db, "forget", "visitor-1"});
        QCOMPARE(forgot.exitCode, 0);
        fixture::Script s;
        QVERIFY(s.open(db));
        QCOMPARE(s.count("SELECT count(*) FROM profile_interest"), 0);
        QCOMPARE(s.count("SELECT count(*) FROM profile_visitors"), 0);
        const Run r = admin({"--db", db, "profile", "visitor-1", "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown or erased"));
    }

    void seedWritesARealDatabaseWhoseVisitorsHaveProfiles()
    {
        const QString db = m_dir.filePath("seed.db");
        const Run r = admin({"--db", db, "seed", "--events", "3000", "--development", m_package});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("seeded 3000 events"));
        fixture::Script s;
        QVERIFY(s.open(db));
        QCOMPARE(s.count("SELECT count(*) FROM events"), 3000);
        QCOMPARE(s.count("SELECT count(*) FROM visitors"), 30);
        QCOMPARE(s.count("SELECT count(*) FROM events WHERE session_id NOT IN (SELECT id FROM sessions)"), 0);
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(s.db.handle(), "SELECT uuid FROM visitors LIMIT 1", -1, &q, nullptr);
        QCOMPARE(sqlite3_step(q), SQLITE_ROW);
        const QString uuid = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        sqlite3_finalize(q);
        const Run p = admin({"--db", db, "profile", uuid, "--json", "--development", m_package});
        QCOMPARE(p.exitCode, 0);
        const QJsonObject profile = QJsonDocument::fromJson(p.out).object();
        QVERIFY(profile["interest"]["units"].toArray().size() > 0);
        QCOMPARE(admin({"--db", db, "seed"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProfilesCli)
#include "tst_profiles_cli.moc"
