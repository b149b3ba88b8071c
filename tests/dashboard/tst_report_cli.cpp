// showroom-admin report as staff run it: the overview, top units and top leads as text and JSON
// (docs/dashboard.md), exit code 2 naming the mistake, and the report recorded in the audit log.
#include "RollupFixture.h"

#include "../staff/AdminRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using fixture::admin;
using fixture::Run;

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QStringList m_week{"--from", "2026-11-02", "--to", "2026-11-04"};

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("r.db");
        showroom::telemetry::sql::Connection db;
        QVERIFY(fixture::makeDatabase(db, m_db));
    }

    void textReport()
    {
        const Run r = admin(QStringList{"--db", m_db, "report"} + m_week);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Showroom report 2026-11-02 to 2026-11-04")), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("visitors\\s+2 \\(1 returning\\)"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("sessions\\s+4 \\(2 engaged"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Inside\\s+2\\s+66.7%"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("A_0102\\s+1 "))), qPrintable(text));
        QVERIFY(text.contains(fixture::V1) && text.contains(fixture::V2));
        QVERIFY(!text.contains(fixture::V3)); // staff
    }

    void jsonReport()
    {
        const Run r = admin(QStringList{"--db", m_db, "report", "--json", "--include-staff"} + m_week);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QCOMPARE(o.value("from").toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(o.value("to").toString(), QStringLiteral("2026-11-04"));
        QCOMPARE(o.value("includeStaffAndDemo").toBool(), true);
        const QJsonObject overview = o.value("overview").toObject();
        QCOMPARE(overview.value("visitors").toInt(), 3);
        QCOMPARE(overview.value("sessions").toInt(), 5);
        QCOMPARE(overview.value("leads").toInt(), 1);
        const QJsonArray funnel = overview.value("funnel").toArray();
        QCOMPARE(funnel.size(), 5);
        QCOMPARE(funnel[3].toObject().value("key").toString(), QStringLiteral("inside"));
        QCOMPARE(o.value("devices").toArray().size(), 2);
        const QJsonArray units = o.value("topUnits").toArray();
        QCOMPARE(units.size(), 2);
        for (const char *field : {"unit", "status", "views", "engagedMs", "insideMs", "favourites", "brochures",
                                  "leads", "interest", "class"})
            QVERIFY2(units[0].toObject().contains(field), field);
        const QJsonArray leads = o.value("topLeads").toArray();
        QCOMPARE(leads.size(), 3);
        for (const char *field : {"visitor", "leadScore", "sessions", "lastVisit", "topUnit", "hasContact"})
            QVERIFY2(leads[0].toObject().contains(field), field);
    }

    void mistakesAreUsageErrors()
    {
        struct Case
        {
            QStringList args;
            const char *says;
        };
        const QList<Case> cases{{{"--db", m_db, "report", "--days", "zero"}, "--days needs a number"},
                                {{"--db", m_db, "report", "--from", "2026-13-01"}, "YYYY-MM-DD"},
                                {{"--db", m_db, "report", "--from", "2026-11-05", "--to", "2026-11-01"}, "before --from"},
                                {{"--db", m_db, "report", "--days", "3", "--from", "2026-11-01"}, "either --days"},
                                {{"--db", m_db, "report", "--top", "0"}, "--top needs"},
                                {{"--db", m_db, "report", "extra"}, "takes no argument"},
                                {{"--db", m_db, "report", "--device", "kiosk-9"}, "devices: kiosk-1, kiosk-2"},
                                {{"report"}, "needs --db"}};
        for (const Case &c : cases) {
            const Run r = admin(c.args);
            QVERIFY2(r.exitCode == 2, qPrintable(c.args.join(' ')));
            QVERIFY2(r.err.contains(c.says), r.err.constData());
        }
        const Run missing = admin({"--db", m_dir.filePath("none.db"), "report"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));
    }

    void recordedInTheAuditLog()
    {
        const Run r = admin(QStringList{"--db", m_db, "report"} + m_week);
        QCOMPARE(r.exitCode, 0);
        showroom::telemetry::sql::Connection db;
        showroom::telemetry::OpenOptions o;
        o.mode = showroom::telemetry::OpenOptions::ExistingOnly;
        QVERIFY(showroom::telemetry::openDatabase(db, m_db, o).ok);
        QVERIFY(db.scalar("SELECT count(*) FROM staff_audit WHERE action = 'report'"
                          " AND detail LIKE '2026-11-02..2026-11-04%'") >= 1);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
