// "Send me this home": the lead form's state, its validation and what sending does. One instance,
// composed by the shell (ShowroomServices) and published to QML as the singleton `LeadForm`
// (Showroom.Shell). Sending stores the contact details with the exact consent texts shown, their version
// and language through telemetry (the only place contact details are kept), and asks for the brochure
// through a hook the shell connects to the brochure maker. Everything typed is wiped when the visitor's
// session ends. No Qt Quick: tests drive it directly (tests/lead).
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace showroom::telemetry {
class Telemetry;
}

namespace showroom::lead {

class LeadForm : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS // published under the name LeadForm by the shell (QmlSingletons.h)
    // The home the form is about and whether the form is on screen.
    Q_PROPERTY(QString unitId READ unitId NOTIFY shownChanged)
        Q_PROPERTY(bool shown READ isShown NOTIFY shownChanged)
        // The fields, as typed (cleaned of control and invisible characters, cut at Limits).
        Q_PROPERTY(QString firstName READ firstName WRITE setFirstName NOTIFY contentsChanged)
            Q_PROPERTY(QString lastName READ lastName WRITE setLastName NOTIFY contentsChanged)
                Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY contentsChanged)
                    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY contentsChanged)
                        Q_PROPERTY(QString preferredContact READ preferredContact WRITE setPreferredContact
                                       NOTIFY contentsChanged)
                            Q_PROPERTY(QString message READ message WRITE setMessage NOTIFY contentsChanged)
                                Q_PROPERTY(bool contactConsent READ contactConsent WRITE setContactConsent
                                               NOTIFY contentsChanged)
                                    Q_PROPERTY(bool newsletterConsent READ newsletterConsent WRITE
                                                   setNewsletterConsent NOTIFY contentsChanged)
        // Messages shown next to the fields: field name -> message, for fields the visitor has left (touch())
        // or after a try to send. summary says them all in one sentence for screen readers.
        Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
            Q_PROPERTY(QString summary READ summary NOTIFY errorsChanged)
                Q_PROPERTY(int errorCount READ errorCount NOTIFY errorsChanged)
        // The consent wordings shown beside the check boxes, in the visitor's language: exactly what is
        // stored.
        Q_PROPERTY(QString contactConsentText READ contactConsentText NOTIFY textsChanged)
            Q_PROPERTY(QString newsletterConsentText READ newsletterConsentText NOTIFY textsChanged)
                Q_PROPERTY(QString consentVersion READ consentVersion CONSTANT) Q_PROPERTY(
                    QString developmentName READ developmentName WRITE setDevelopmentName NOTIFY textsChanged)
        // "en", "de": the visitor's language, stored with the lead (follows telemetry's unless set).
        Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY textsChanged)
        // After sending: the thank-you screen.
        Q_PROPERTY(bool sent READ isSent NOTIFY sentChanged)
        // The brochure for the lead: "" (none asked), "making", "ready", "failed".
        Q_PROPERTY(QString brochureStatus READ brochureStatus NOTIFY brochureChanged)
            Q_PROPERTY(QVariantMap limits READ limits CONSTANT)
        // The on-screen keyboard is the input method (QT_IM_MODULE=qtvirtualkeyboard, kiosks): the window
        // shows Qt Virtual Keyboard's panel and the form keeps the focused field above it.
        Q_PROPERTY(bool onScreenKeyboard READ onScreenKeyboard CONSTANT)

            public :
        // The wording's version: change it with every change to a consent text (the .ts files included).
        static constexpr const char *kConsentVersion = "2026-12-01";
    // telemetry: where leads go; the form wipes itself when its session ends.
    explicit LeadForm(telemetry::Telemetry *telemetry, QObject *parent = nullptr);

    QString unitId() const { return m_unitId; }
    bool isShown() const { return m_shown; }
    QString firstName() const { return m_firstName; }
    QString lastName() const { return m_lastName; }
    QString email() const { return m_email; }
    QString phone() const { return m_phone; }
    QString preferredContact() const { return m_preferredContact; }
    QString message() const { return m_message; }
    bool contactConsent() const { return m_contactConsent; }
    bool newsletterConsent() const { return m_newsletterConsent; }
    void setFirstName(const QString &value);
    void setLastName(const QString &value);
    void setEmail(const QString &value);
    void setPhone(const QString &value);
    void setPreferredContact(const QString &value); // "email" | "phone"; anything else is ignored
    void setMessage(const QString &value);
    void setContactConsent(bool value);
    void setNewsletterConsent(bool value);

    QVariantMap errors() const;
    QString summary() const;
    int errorCount() const { return errors().size(); }
    QString contactConsentText() const;
    QString newsletterConsentText() const;
    QString consentVersion() const { return QString::fromLatin1(kConsentVersion); }
    QString developmentName() const { return m_developmentName; }
    void setDevelopmentName(const QString &name);
    QString language() const;
    void setLanguage(const QString &code);
    bool isSent() const { return m_sent; }
    QString brochureStatus() const { return m_brochureStatus; }
    QVariantMap limits() const;
    bool onScreenKeyboard() const;

    // The fields in the order the form shows them (the names errors() and touch() use).
    static QStringList fields();
    // The message for a field whether or not it is shown yet ("" when it is right).
    Q_INVOKABLE QString errorFor(const QString &field) const;
    Q_INVOKABLE bool isValid() const;
    // Shows the form for a home (after a sent lead: a fresh form). via: "unit_card", "command_line", ...
    Q_INVOKABLE void open(const QString &unitId, const QString &via = QStringLiteral("unit_card"));
    // Hides the form; what was typed stays for this visitor (a sent form is wiped).
    Q_INVOKABLE void close();
    // The visitor left a field: its message shows from now on.
    Q_INVOKABLE void touch(const QString &field);
    // Sends when every rule holds (true): stores the lead, asks for the brochure, shows the thank-you.
    // Otherwise shows every message and returns false.
    Q_INVOKABLE bool submit();
    // Forgets everything typed and hides the form (the visitor's session ended).
    Q_INVOKABLE void wipe();

    // The brochure maker's hook (the shell connects it to shell::BrochureMaker::make).
    void setBrochureRequester(std::function<void(const QString &unitId)> requester);

public slots:
    // From the brochure maker: records the path with the lead(s) waiting for that home's brochure.
    void brochureMade(const QString &unitId, const QString &path);
    void brochureFailed(const QString &unitId, const QString &error);

signals:
    void shownChanged();
    void contentsChanged();
    void errorsChanged();
    void textsChanged();
    void sentChanged();
    void brochureChanged();
    // For the interest recorder (no personal data in them).
    void opened(const QString &unitId, const QString &via);
    void submitted(const QString &unitId, const QVariantMap &facts);

private:
    void setText(QString &field, const QString &value, int limit, bool multiline = false);
    void clearFields();

    QPointer<telemetry::Telemetry> m_telemetry;
    std::function<void(const QString &)> m_requestBrochure;
    QString m_unitId;
    bool m_shown = false;
    QString m_firstName, m_lastName, m_email, m_phone, m_message;
    QString m_preferredContact = QStringLiteral("email");
    bool m_contactConsent = false;
    bool m_newsletterConsent = false;
    QSet<QString> m_touched;
    bool m_triedToSend = false;
    bool m_sent = false;
    QString m_brochureStatus;
    QString m_developmentName;
    QString m_language; // empty: telemetry's
    // Leads waiting for a home's brochure: unit id -> lead ids. Not personal data, so not wiped.
    QHash<QString, QStringList> m_waitingForBrochure;
};

} // namespace showroom::lead
