// What the interest recorder writes about the lead form, through the composed services: that it was
// opened and sent, for which home, with facts but never a name, address, number or message.
#include "TestDb.h"
#include "shell/ShowroomServices.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;

class TestLeadEvents : public QObject
{
    Q_OBJECT

private slots:
    void openedAndSubmittedWithoutPersonalData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("events.db");
        {
            telemetry::Telemetry::Options options = shell::ShowroomServices::inMemoryTelemetry();
            options.recorder.path = path;
            shell::ShowroomServices services(options);
            QVERIFY(services.startTelemetry(nullptr));
            lead::LeadForm &form = services.leadForm();
            form.open("A_0304", "unit_card");
            form.setFirstName("Zebediah");
            form.setLastName("Quarrington");
            form.setEmail("zeb@marker.test");
            form.setPhone("+43 1 999 8877");
            form.setMessage("MARKER-MESSAGE");
            form.setContactConsent(true);
            QVERIFY(form.submit());
            QCOMPARE(services.interest().refusedEvents(), 0);
            QVERIFY(services.telemetry().flush(5000));
        }
        TestDb db(path);
        QCOMPARE(db.count("events WHERE name = 'lead_form_opened' AND target = 'unit:A_0304'"
                          " AND properties = '{\"via\":\"unit_card\"}'"),
                 1);
        QCOMPARE(db.count("events WHERE name = 'lead_submitted' AND target = 'unit:A_0304'"), 1);
        const QString facts =
            db.value("SELECT properties FROM events WHERE name = 'lead_submitted'").toString();
        QVERIFY2(facts.contains("\"preferredContact\":\"email\"") && facts.contains("\"phoneGiven\":true"),
                 qPrintable(facts));
        QCOMPARE(db.count("events WHERE properties LIKE '%Zebediah%' OR properties LIKE '%Quarrington%'"
                          " OR properties LIKE '%marker.test%' OR properties LIKE '%8877%'"
                          " OR properties LIKE '%MARKER-MESSAGE%'"),
                 0);
        QCOMPARE(db.count("leads"), 1); // the details are in leads, with consent
    }
};

QTEST_MAIN(TestLeadEvents)
#include "tst_leadevents.moc"
