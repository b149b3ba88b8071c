// "Send me this home" as the visitor meets it: the message each rule shows next to its field, hostile
// text made harmless, a lead stored with the exact consent texts, their version, time and language, the
// brochure's path recorded with it, and nothing left of the form when the visitor's session ends.
#include "TestDb.h"
#include "lead/LeadForm.h"
#include "lead/LeadRules.h"
#include "telemetry/Telemetry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace showroom;
using lead::LeadForm;

namespace {

const qint64 kNow = 1764547200000; // 2025-12-01T00:00:00Z

telemetry::Telemetry::Options options(const QString &path)
{
    telemetry::Telemetry::Options o;
    o.recorder.path = path;
    o.mode = QStringLiteral("kiosk");
    o.deviceId = QStringLiteral("kiosk-1");
    o.language = QStringLiteral("en_IE");
    o.watchApplication = false;
    o.wallClockMs = [] { return kNow; };
    return o;
}

void fillValid(LeadForm &form)
{
    form.setFirstName(QStringLiteral("Ada"));
    form.setLastName(QStringLiteral("Lovelace"));
    form.setEmail(QStringLiteral("ada@example.com"));
    form.setContactConsent(true);
}

} // namespace

class TestLeadForm : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void namesAreRequiredAndWrittenInLetters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Enter your first name.";
        QTest::newRow("spaces only") << "   "
                                     << "Enter your first name.";
        QTest::newRow("digits") << "12345"
                                << "Write your first name in letters.";
        QTest::newRow("punctuation") << "'); --"
                                     << "Write your first name in letters.";
        QTest::newRow("plain") << "Ada"
                               << "";
        QTest::newRow("accents and hyphen") << "Zoë-Ångström"
                                            << "";
        QTest::newRow("other script") << "Мария"
                                      << "";
    }
    void namesAreRequiredAndWrittenInLetters()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        QCOMPARE(lead::firstNameError(name), message);
        QCOMPARE(lead::lastNameError(name).isEmpty(), message.isEmpty());
        LeadForm form(nullptr);
        form.setLastName(name);
        QCOMPARE(form.errorFor("lastName"), lead::lastNameError(name));
    }

    void emailMustLookLikeAnAddress_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        const QString form = "Enter an email address like name@example.com.";
        QTest::newRow("empty") << ""
                               << "Enter your email address.";
        QTest::newRow("no at") << "ada.example.com" << form;
        QTest::newRow("no domain dot") << "ada@example" << form;
        QTest::newRow("two ats") << "ada@@example.com" << form;
        QTest::newRow("space inside") << "ada love@example.com" << form;
        QTest::newRow("double dot") << "ada..l@example.com" << form;
        QTest::newRow("leading dot") << ".ada@example.com" << form;
        QTest::newRow("domain starts with hyphen") << "ada@-example.com" << form;
        QTest::newRow("one-letter tld") << "ada@example.c" << form;
        QTest::newRow("sql") << "x' OR '1'='1" << form;
        QTest::newRow("plain") << "ada@example.com"
                               << "";
        QTest::newRow("surrounding spaces") << "  ada@example.com "
                                            << "";
        QTest::newRow("plus and subdomain") << "ada.lovelace+homes@mail.example.co.uk"
                                            << "";
        QTest::newRow("umlaut domain") << "anna@müller.de"
                                       << "";
    }
    void emailMustLookLikeAnAddress()
    {
        QFETCH(QString, email);
        QFETCH(QString, message);
        QCOMPARE(lead::emailError(email), message);
    }

    void phoneIsDigitsOfAPlausibleLength_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("message");
        const QString digitsOnly =
            "Use digits only in the phone number (spaces, +, - and brackets are fine).";
        const QString length = "A phone number has 6 to 15 digits.";
        QTest::newRow("optional, empty") << "" << false << "";
        QTest::newRow("required, empty")
            << "" << true << "Enter a phone number, or choose to be contacted by email.";
        QTest::newRow("letters") << "call me maybe" << false << digitsOnly;
        QTest::newRow("plus inside") << "0043+1234567" << false << digitsOnly;
        QTest::newRow("five digits") << "12345" << false << length;
        QTest::newRow("sixteen digits") << "+1234567890123456" << false << length;
        QTest::newRow("written with spaces and brackets") << "+43 (0)1 234-5678" << true << "";
        QTest::newRow("six digits") << "123456" << false << "";
        QTest::newRow("fifteen digits") << "+123456789012345" << false << "";
    }
    void phoneIsDigitsOfAPlausibleLength()
    {
        QFETCH(QString, phone);
        QFETCH(bool, required);
        QFETCH(QString, message);
        QCOMPARE(lead::phoneError(phone, required), message);
    }

    void phoneIsRequiredOnlyWhenPreferred()
    {
        LeadForm form(nullptr);
        fillValid(form);
        QCOMPARE(form.preferredContact(), QStringLiteral("email")); // the default
        QVERIFY(form.isValid());
        form.setPreferredContact("phone");
        QCOMPARE(form.errorFor("phone"),
                 QStringLiteral("Enter a phone number, or choose to be contacted by email."));
        QVERIFY(!form.isValid());
        form.setPhone("+49 30 1234567");
        QVERIFY(form.isValid());
        form.setPreferredContact("carrier pigeon"); // not a choice: ignored
        QCOMPARE(form.preferredContact(), QStringLiteral("phone"));
    }

    void consentToBeContactedIsRequiredAndBothStartUnticked()
    {
        LeadForm form(nullptr);
        QVERIFY(!form.contactConsent());
        QVERIFY(!form.newsletterConsent());
        fillValid(form);
        form.setContactConsent(false);
        QCOMPARE(form.errorFor("contactConsent"),
                 QStringLiteral("Tick this box so that our sales team may contact you. Without it we cannot "
                                "send your request."));
        QVERIFY(!form.isValid());
        form.setContactConsent(true);
        QVERIFY(form.isValid()); // the newsletter is optional
    }

    // Messages appear next to a field once the visitor has left it, and for every field after a try to
    // send; the summary says them all for a screen reader.
    void messagesShowAfterLeavingAFieldOrTryingToSend()
    {
        telemetry::Telemetry t(options(":memory:"));
        QVERIFY(t.open());
        LeadForm form(&t);
        form.open("A_0304");
        QVERIFY(form.errors().isEmpty()); // nothing shouted at a visitor who has not typed yet
        form.touch("email");
        QCOMPARE(form.errors().keys(), QStringList{"email"});
        QCOMPARE(form.summary(),
                 QStringLiteral("1 thing(s) to put right before sending: Enter your email address."));
        QVERIFY(!form.submit());
        QVERIFY(!form.isSent());
        QCOMPARE(form.errors().keys(),
                 (QStringList{"contactConsent", "email", "firstName", "lastName"})); // QVariantMap: sorted
        QCOMPARE(form.errorCount(), 4);
        QVERIFY(form.summary().startsWith("4 thing(s) to put right before sending: Enter your first name. "
                                          "Enter your last name. Enter your email address. Tick this box"));
        fillValid(form);
        QVERIFY(form.errors().isEmpty());
        QVERIFY(form.summary().isEmpty());
    }

    void hostileTextIsCutAndCleaned()
    {
        LeadForm form(nullptr);
        form.setFirstName(QString(100000, QLatin1Char('A')));
        QCOMPARE(form.firstName().size(), lead::Limits::name);
        form.setMessage(QString(100000, QLatin1Char('x')));
        QCOMPARE(form.message().size(), lead::Limits::message);
        // Control characters go; a name's line break becomes a space; a message keeps its line breaks.
        form.setLastName(QStringLiteral("Love\u0000lace\u0007\nJr"));
        QCOMPARE(form.lastName(), QStringLiteral("Lovelace Jr"));
        form.setMessage(QStringLiteral("Line one\r\nLine two\tend\u001b[31m"));
        QCOMPARE(form.message(), QStringLiteral("Line one\nLine two end[31m"));
        // A right-to-left override would make "Ada\u202Egnp.exe" read "Adaexe.png" to staff.
        form.setFirstName(QStringLiteral("Ada\u202Egnp.exe\u200B\u2066"));
        QCOMPARE(form.firstName(), QStringLiteral("Adagnp.exe"));
        // An emoji is never cut in half at the limit.
        form.setFirstName(QString(lead::Limits::name - 1, QLatin1Char('a')) + QStringLiteral("\U0001F600"));
        QCOMPARE(form.firstName(), QString(lead::Limits::name - 1, QLatin1Char('a')));
        // Spaces stay while typing ("Mary " before "Ann").
        form.setFirstName(QStringLiteral("Mary "));
        QCOMPARE(form.firstName(), QStringLiteral("Mary "));
    }

    // The lead as staff and an auditor find it: contact details, what it is about, how to contact, the
    // exact consent texts with version, time and language; SQL-looking text stored as text.
    void aLeadIsStoredWithItsConsents()
    {
        const QString path = m_dir.filePath("lead.db");
        QString visitor;
        QString contactText, newsletterText;
        {
            telemetry::Telemetry t(options(path));
            QVERIFY(t.open());
            t.startSession();
            visitor = t.visitorId();
            LeadForm form(&t);
            form.setDevelopmentName("Lindenhof");
            form.open("A_0304");
            fillValid(form);
            form.setLastName("O'Brien'); DROP TABLE leads;--");
            form.setPhone(" +43 1 234 5678 ");
            form.setPreferredContact("phone");
            form.setMessage("  Is the balcony south-facing?\nThanks  ");
            form.setNewsletterConsent(true);
            contactText = form.contactConsentText();
            newsletterText = form.newsletterConsentText();
            QVERIFY(contactText.contains("Lindenhof"));
            QSignalSpy submitted(&form, &LeadForm::submitted);
            QVERIFY(form.submit());
            QVERIFY(form.isSent());
            QCOMPARE(submitted.size(), 1);
            QCOMPARE(submitted[0][0].toString(), QStringLiteral("A_0304"));
            const QVariantMap facts = submitted[0][1].toMap();
            QCOMPARE(facts.value("newsletter").toBool(), true);
            QCOMPARE(facts.value("preferredContact").toString(), QStringLiteral("phone"));
            for (const QVariant &v : facts) // the recorder's facts carry nothing personal
                QVERIFY2(!v.toString().contains("Brien") && !v.toString().contains("@"),
                         qPrintable(v.toString()));
            QVERIFY(!form.submit()); // a sent form is not sent twice
            QVERIFY(t.flush(5000));
        }
        TestDb db(path);
        QVERIFY(db.ok());
        QCOMPARE(db.count("leads"), 1);
        QCOMPARE(db.value("SELECT v.uuid FROM leads l JOIN visitors v ON v.id = l.visitor_id").toString(),
                 visitor);
        const QJsonObject contact =
            QJsonDocument::fromJson(db.value("SELECT contact FROM leads").toByteArray()).object();
        QCOMPARE(contact.value("first_name").toString(), QStringLiteral("Ada"));
        QCOMPARE(contact.value("last_name").toString(), QStringLiteral("O'Brien'); DROP TABLE leads;--"));
        QCOMPARE(contact.value("email").toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(contact.value("phone").toString(), QStringLiteral("+43 1 234 5678"));
        QCOMPARE(contact.value("message").toString(), QStringLiteral("Is the balcony south-facing?\nThanks"));
        QCOMPARE(db.value("SELECT target FROM leads").toString(), QStringLiteral("unit:A_0304"));
        QCOMPARE(db.value("SELECT request FROM leads").toString(), QStringLiteral("brochure"));
        QCOMPARE(db.value("SELECT preferred_contact FROM leads").toString(), QStringLiteral("phone"));
        QCOMPARE(db.value("SELECT language FROM leads").toString(), QStringLiteral("en"));
        QCOMPARE(db.value("SELECT created_utc FROM leads").toLongLong(), kNow);
        QVERIFY(db.value("SELECT uuid FROM leads").toString().size() >= 32);

        QCOMPARE(db.count("consents"), 2);
        QCOMPARE(db.count("consents c JOIN leads l ON l.id = c.lead_id AND l.visitor_id = c.visitor_id"), 2);
        QCOMPARE(db.value("SELECT text FROM consents WHERE purpose = 'sales_contact'").toString(),
                 contactText);
        QCOMPARE(db.value("SELECT text FROM consents WHERE purpose = 'newsletter'").toString(),
                 newsletterText);
        QCOMPARE(db.count("consents WHERE version = '" + QString::fromLatin1(LeadForm::kConsentVersion) +
                          "' AND language = 'en' AND given_utc = " + QString::number(kNow)),
                 2);
        // No contact detail reached the events table (the form writes none; the recorder writes facts).
        QCOMPARE(db.count("events WHERE properties LIKE '%Brien%' OR properties LIKE '%@example%'"), 0);
    }

    void withoutTheNewsletterOnlyTheRequiredConsentIsStored()
    {
        const QString path = m_dir.filePath("no-newsletter.db");
        {
            telemetry::Telemetry t(options(path));
            QVERIFY(t.open());
            t.startSession();
            LeadForm form(&t);
            form.setLanguage("de"); // the visitor chose German; no German catalogue is loaded here
            form.open("B_0101");
            fillValid(form);
            QVERIFY(form.submit());
            QVERIFY(t.flush(5000));
        }
        TestDb db(path);
        QCOMPARE(db.count("consents"), 1);
        QCOMPARE(db.value("SELECT purpose FROM consents").toString(), QStringLiteral("sales_contact"));
        QCOMPARE(db.value("SELECT language FROM leads").toString(), QStringLiteral("de"));
        // The text shown was English (untranslated), and the consent says so.
        QCOMPARE(db.value("SELECT language FROM consents").toString(), QStringLiteral("en"));
    }

    void theBrochurePathIsRecordedWithTheLead()
    {
        const QString path = m_dir.filePath("brochure.db");
        {
            telemetry::Telemetry t(options(path));
            QVERIFY(t.open());
            t.startSession();
            LeadForm form(&t);
            QStringList asked;
            form.setBrochureRequester([&asked](const QString &unit) { asked.append(unit); });
            form.open("A_0304");
            fillValid(form);
            QVERIFY(form.submit());
            QCOMPARE(asked, QStringList{"A_0304"});
            QCOMPARE(form.brochureStatus(), QStringLiteral("making"));
            form.brochureMade("C_0001", "/tmp/other.pdf"); // someone else's: not this lead's
            QCOMPARE(form.brochureStatus(), QStringLiteral("making"));
            form.brochureMade("A_0304", "/var/lib/showroom/brochures/A_0304-1.pdf");
            QCOMPARE(form.brochureStatus(), QStringLiteral("ready"));
            QVERIFY(t.flush(5000));
        }
        TestDb db(path);
        QCOMPARE(db.value("SELECT brochure_path FROM leads").toString(),
                 QStringLiteral("/var/lib/showroom/brochures/A_0304-1.pdf"));
    }

    // A kiosk: the visitor walks away; the idle timeout ends the session and the next visitor finds an
    // empty, closed form. The same when a new visitor's session starts.
    void theFormIsWipedWhenTheSessionEnds()
    {
        telemetry::Telemetry t(options(":memory:"));
        QVERIFY(t.open());
        t.startSession();
        LeadForm form(&t);
        form.open("A_0304");
        fillValid(form);
        form.setPhone("+43 1 234 5678");
        form.setMessage("call after 5");
        form.setNewsletterConsent(true);
        form.touch("email");
        QVERIFY(form.isShown());
        t.endSession("idle_timeout");
        QVERIFY(!form.isShown());
        QVERIFY(form.unitId().isEmpty());
        for (const QString &text :
             {form.firstName(), form.lastName(), form.email(), form.phone(), form.message()})
            QVERIFY2(text.isEmpty(), qPrintable(text));
        QVERIFY(!form.contactConsent());
        QVERIFY(!form.newsletterConsent());
        QCOMPARE(form.preferredContact(), QStringLiteral("email"));
        QVERIFY(form.errors().isEmpty());

        t.startSession();
        form.open("A_0304");
        fillValid(form);
        QVERIFY(form.submit());
        t.startSession(); // the next visitor, straight away: the thank-you (with a name) goes too
        QVERIFY(!form.isSent());
        QVERIFY(form.firstName().isEmpty());
        QVERIFY(!form.isShown());
    }

    void aSentFormStartsAfreshForTheNextRequest()
    {
        telemetry::Telemetry t(options(":memory:"));
        QVERIFY(t.open());
        t.startSession();
        LeadForm form(&t);
        form.open("A_0304");
        fillValid(form);
        QVERIFY(form.submit());
        form.close();
        QVERIFY(!form.isSent());
        QVERIFY(form.email().isEmpty());
        // Closed without sending: what was typed stays for this visitor.
        form.open("A_0304");
        form.setEmail("ada@example.com");
        form.close();
        form.open("B_0101");
        QCOMPARE(form.email(), QStringLiteral("ada@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestLeadForm)
#include "tst_leadform.moc"
