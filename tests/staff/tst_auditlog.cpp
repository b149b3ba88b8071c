// The audit log as a data-protection officer reads it: an export and an erasure run through the real
// showroom-admin are recorded (when, which device, which OS user, what, about whom, the outcome); a
// mistyped command that did nothing is not; StaffAccess's unlock/lock and a visitor page opened are;
// `audit` and `audit --json` print the log oldest first.
#include "AdminRun.h"
#include "StaffFixture.h"
#include "staff/AuditLog.h"
#include "staff/StaffAccess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QCryptographicHash>
#include <QtTest>

using namespace showroom;
using fixture::admin;

// What the audit log keeps of an erased visitor's id: a receipt, never the id (app/cli/admin/main.cpp).
static QString receipt(const char *visitor)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(visitor, QCryptographicHash::Sha256).toHex().left(16));
}

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QJsonArray entries()
    {
        const fixture::Run r = admin({"--db", m_db, "audit", "--json"});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out).object().value("entries").toArray();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("audit.db");
        QVERIFY(fixture::makeDatabase(m_db));
        telemetry::sql::Connection db;
        QVERIFY(telemetry::openDatabase(db, m_db, {}).ok);
        const qint64 anna = fixture::addVisitor(db, "visitor-anna", 1'790'000'000'000);
        QVERIFY(anna > 0);
        QVERIFY(fixture::addLead(db, anna, {{"first_name", "Anna"}, {"last_name", "Müller"}, {"email", "anna@example.org"}},
                                 {"sales_contact"}, 1'790'000'100'000));
        QVERIFY(fixture::addVisitor(db, "visitor-ben", 1'790'000'000'000) > 0);
    }

    void anEmptyLogSaysSo()
    {
        const fixture::Run r = admin({"--db", m_db, "audit"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("no staff actions recorded"), r.out.constData());
    }

    void anExportAndAnErasureAreRecorded()
    {
        const QString csv = m_dir.filePath("leads.csv");
        QCOMPARE(admin({"--db", m_db, "export-leads", "--csv", csv}).exitCode, 0);
        QCOMPARE(admin({"--db", m_db, "forget", "visitor-anna"}).exitCode, 0);
        QCOMPARE(admin({"--db", m_db, "forget", "visitor-nobody"}).exitCode, 2); // tried: recorded as failed
        QCOMPARE(admin({"--db", m_db, "forget"}).exitCode, 2);                   // a typo: nothing ran
        QCOMPARE(admin({"--db", m_db, "export-visitor", "visitor-ben"}).exitCode, 0);

        const QJsonArray log = entries();
        QCOMPARE(log.size(), 4);
        const QString user = staff::AuditLog::osUser();
        QVERIFY(!user.isEmpty());
        for (const QJsonValue &v : log) {
            QCOMPARE(v["actor"].toString(), user);
            QCOMPARE(v["device"].toString(), QSysInfo::machineHostName());
            QVERIFY(v["time"].toString().endsWith('Z'));
        }
        QCOMPARE(log[0]["action"].toString(), QStringLiteral("export-leads"));
        QCOMPARE(log[0]["subject"].toString(), QFileInfo(csv).absoluteFilePath());
        QCOMPARE(log[0]["detail"].toString(), QStringLiteral("1 leads written"));
        QCOMPARE(log[1]["action"].toString(), QStringLiteral("forget"));
        QCOMPARE(log[1]["subject"].toString(), receipt("visitor-anna"));
        QCOMPARE(log[1]["detail"].toString(), QString());
        QCOMPARE(log[2]["subject"].toString(), receipt("visitor-nobody"));
        QVERIFY(log[2]["detail"].toString().startsWith("failed (exit 2)")); // nothing held about the id
        QCOMPARE(log[3]["action"].toString(), QStringLiteral("export-visitor"));
        // Erased means erased: the log names the pseudonym, never the person.
        const fixture::Run text = admin({"--db", m_db, "audit"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("export-leads"));
        QVERIFY(text.out.contains("forget  " + receipt("visitor-anna").toUtf8()));
        QVERIFY(!text.out.contains("visitor-anna")); // the erased id itself is not kept
        QVERIFY(!text.out.contains("Anna") && !text.out.contains("anna@example.org"));
    }

    void staffModeAndVisitorPagesAreRecorded()
    {
        QVERIFY(fixture::setPin(m_db, "2468", fixture::cheapCost()));
        const int before = entries().size();
        {
            staff::StaffAccess s;
            s.open(m_db, QStringLiteral("office-1-desktop-1"));
            QTRY_VERIFY(s.isReady());
            QSignalSpy yes(&s, &staff::StaffAccess::accepted);
            s.tryPin(QStringLiteral("2468"));
            QVERIFY(yes.wait(20000));
            s.recordAudit(QLatin1String(staff::action::kVisitorOpened), QStringLiteral("visitor-ben"));
            s.lock();
        } // the worker finishes its queue before it stops
        const QJsonArray log = entries();
        QCOMPARE(log.size(), before + 3);
        QCOMPARE(log[before]["action"].toString(), QStringLiteral("staff_unlocked"));
        QCOMPARE(log[before]["device"].toString(), QStringLiteral("office-1-desktop-1"));
        QCOMPARE(log[before]["actor"].toString(), QStringLiteral("staff"));
        QCOMPARE(log[before + 1]["action"].toString(), QStringLiteral("visitor_opened"));
        QCOMPARE(log[before + 1]["subject"].toString(), QStringLiteral("visitor-ben"));
        QCOMPARE(log[before + 2]["action"].toString(), QStringLiteral("staff_locked"));
    }

    void aMissingDatabaseIsAClearError()
    {
        const fixture::Run r = admin({"--db", m_dir.filePath("none.db"), "audit"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("none.db"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath("none.db")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
