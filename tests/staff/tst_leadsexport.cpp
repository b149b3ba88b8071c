// export-leads as a CRM import and a spreadsheet see it: hostile first names, last names and e-mails
// (formulas, tab/CR-led, full-width equals, line breaks, quotes) read back with Python's csv module have
// no cell a spreadsheet would evaluate, yet say what was typed after the single quote; umlauts survive
// (UTF-8 with BOM); only leads with contact consent go out, one row per visitor (their latest); bad
// paths are usage errors and a failed export leaves no file and never half of one.
#include "AdminRun.h"
#include "StaffFixture.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;
using fixture::admin;

namespace {

// The CSV as Python's csv module reads it (utf-8-sig drops the BOM), as JSON rows of cells.
QJsonArray readWithPython(const QString &file, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv, json, sys\n"
                            "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                            "    print(json.dumps(list(csv.reader(f, strict=True))))\n"),
             file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

const QString kHyperlink = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");

} // namespace

class TestLeadsExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("leads.db");
        QVERIFY(fixture::makeDatabase(m_db));
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, m_db, {}).ok);
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 2 * 86'400'000; // recent: the score has not decayed
        struct Person
        {
            QString first, last, email, phone;
            QStringList consents;
        };
        const QList<Person> people = {
            {kHyperlink, QStringLiteral("Jürgen-Weiß"), QStringLiteral("-2+3@example.org"),
             QStringLiteral("+49 30 1234567"), {"sales_contact", "newsletter"}},
            {QStringLiteral("+SUM(1)"), QStringLiteral("@cmd"), QStringLiteral("@evil.example"), QString(),
             {"sales_contact"}},
            {QStringLiteral("\tTab"), QStringLiteral("\rCR"), QStringLiteral("＝1+1@example.org"), QString(),
             {"sales_contact"}},
            {QStringLiteral("Line\nbreak \"quoted\""), QStringLiteral("Zoë Ångström"), QStringLiteral("zoe@example.org"),
             QStringLiteral("030 555"), {"sales_contact"}},
            {QStringLiteral(" =1+1"), QStringLiteral("－1"), QStringLiteral("ok@example.org"), QString(),
             {"sales_contact"}},
            {QStringLiteral("NoConsent"), QStringLiteral("Nobody"), QStringLiteral("no@example.org"), QString(), {}},
            {QStringLiteral("NewsOnly"), QStringLiteral("Nobody"), QStringLiteral("news@example.org"), QString(),
             {"newsletter"}},
        };
        for (int i = 0; i < people.size(); ++i) {
            const Person &p = people[i];
            const qint64 v = fixture::addVisitor(db, QStringLiteral("visitor-%1").arg(i), t + i * 1000);
            QVERIFY(v > 0);
            QJsonObject contact{{"first_name", p.first}, {"last_name", p.last}, {"email", p.email}};
            if (!p.phone.isEmpty())
                contact.insert("phone", p.phone);
            if (i == 0) // an older lead of the same visitor: only the latest goes out
                QVERIFY(fixture::addLead(db, v, {{"first_name", "Old"}, {"last_name", "Lead"}, {"email", "old@example.org"}},
                                         {"sales_contact"}, t - 86'400'000));
            QVERIFY(fixture::addLead(db, v, contact, p.consents, t + 60'000 + i, i == 0 ? "phone" : "email"));
        }
    }

    void noCellIsAFormulaAndNothingIsLost()
    {
        const QString csv = m_dir.filePath("out/leads.csv");
        QVERIFY(QDir(m_dir.path()).mkpath("out"));
        const fixture::Run r = admin({"--db", m_db, "export-leads", "--csv", csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("exported 5 leads with contact consent"), r.out.constData());

        QFile raw(csv);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF\"First Name\""), "UTF-8 BOM, then the quoted header");
        QVERIFY(bytes.contains("\r\n"));
        QCOMPARE(raw.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        QString error;
        const QJsonArray rows = readWithPython(csv, &error);
        QVERIFY2(!rows.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 6); // header + 5 consented visitors
        const QStringList header = [&] {
            QStringList h;
            for (const QJsonValue &c : rows[0].toArray())
                h << c.toString();
            return h;
        }();
        QCOMPARE(header, QStringList({"First Name", "Last Name", "Email", "Phone Number", "Preferred Contact",
                                      "Consent Given", "Consent Text Version", "Consent Time", "Lead Score",
                                      "Top Units", "Last Visit"}));
        const QString formulaStarts = QStringLiteral("=+-@\t\r＝＋－＠");
        QStringList firstNames, lastNames, emails;
        for (int i = 1; i < rows.size(); ++i) {
            const QJsonArray row = rows[i].toArray();
            QCOMPARE(row.size(), header.size());
            for (const QJsonValue &cell : row) {
                const QString c = cell.toString();
                QVERIFY2(c.isEmpty() || !formulaStarts.contains(c.at(0)), qPrintable("formula cell: " + c));
                QVERIFY2(!c.trimmed().isEmpty() ? !formulaStarts.contains(c.trimmed().at(0)) : true, qPrintable(c));
            }
            firstNames << row[0].toString();
            lastNames << row[1].toString();
            emails << row[2].toString();
            QCOMPARE(row[5].toString(), QStringLiteral("Yes"));
            QCOMPARE(row[6].toString(), QStringLiteral("v3"));
            QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$").match(row[7].toString()).hasMatch());
            QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT").match(row[10].toString()).hasMatch()); // last visit
            QVERIFY(row[8].toString().toInt() > 0);          // the interest model's lead score
            QCOMPARE(row[9].toString(), QStringLiteral("A_0304"));
        }
        // What was typed is all there, after the neutralising quote.
        QCOMPARE(firstNames, QStringList({"'" + kHyperlink, "'+SUM(1)", "'\tTab", "Line\nbreak \"quoted\"", "' =1+1"}));
        QCOMPARE(lastNames, QStringList({"Jürgen-Weiß", "'@cmd", "'\rCR", "Zoë Ångström", "'－1"}));
        QCOMPARE(emails, QStringList({"'-2+3@example.org", "'@evil.example", "'＝1+1@example.org", "zoe@example.org",
                                      "ok@example.org"}));
        const QJsonArray first = rows[1].toArray();
        QCOMPARE(first[3].toString(), QStringLiteral("'+49 30 1234567")); // still readable as a phone number
        QCOMPARE(first[4].toString(), QStringLiteral("Phone"));
        QVERIFY(!bytes.contains("NoConsent") && !bytes.contains("NewsOnly") && !bytes.contains("old@example.org"));
    }

    void badPathsAreUsageErrorsAndNothingIsHalfWritten()
    {
        const fixture::Run noFile = admin({"--db", m_db, "export-leads"});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains("export-leads needs --csv FILE"));
        const fixture::Run noFolder = admin({"--db", m_db, "export-leads", "--csv", m_dir.filePath("nowhere/x.csv")});
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY2(noFolder.err.contains("does not exist"), noFolder.err.constData());
        const fixture::Run folder = admin({"--db", m_db, "export-leads", "--csv", m_dir.path()});
        QCOMPARE(folder.exitCode, 2);
        QVERIFY(folder.err.contains("is a folder"));
        // Not writable even for root: nothing appears there.
        const fixture::Run unwritable = admin({"--db", m_db, "export-leads", "--csv", "/proc/showroom-leads.csv"});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("cannot write '/proc/showroom-leads.csv'"), unwritable.err.constData());
        // A failing export keeps the previous file whole.
        const QString kept = m_dir.filePath("kept.csv");
        QFile f(kept);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous export\n");
        f.close();
        const fixture::Run broken = admin({"--db", m_dir.filePath("missing.db"), "export-leads", "--csv", kept});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous export\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({"kept.csv*"}, QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(admin({"--db", m_db, "export-leads", "--csv", kept, "--jsonl", "x"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestLeadsExport)
#include "tst_leadsexport.moc"
