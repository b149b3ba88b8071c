#include "lead/LeadForm.h"

#include "lead/LeadRules.h"
#include "telemetry/Telemetry.h"

#include <QCoreApplication>
#include <QDebug>

#include <algorithm>

namespace showroom::lead {
namespace {

const QString kFirstName = QStringLiteral("firstName");
const QString kLastName = QStringLiteral("lastName");
const QString kEmail = QStringLiteral("email");
const QString kPhone = QStringLiteral("phone");
const QString kPreferredContact = QStringLiteral("preferredContact");
const QString kMessage = QStringLiteral("message");
const QString kContactConsent = QStringLiteral("contactConsent");

// "en_IE" -> "en"; "" stays "".
QString languageCode(const QString &locale)
{
    return locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

LeadForm::LeadForm(telemetry::Telemetry *telemetry, QObject *parent) : QObject(parent), m_telemetry(telemetry)
{
    if (m_telemetry) {
        // The visitor's session ends (kiosk: idle timeout; a new visitor; quitting): nothing typed stays.
        connect(m_telemetry, &telemetry::Telemetry::sessionEnding, this, &LeadForm::wipe);
        connect(m_telemetry, &telemetry::Telemetry::languageChanged, this, [this] {
            if (m_language.isEmpty())
                emit textsChanged();
        });
    }
}

QStringList LeadForm::fields()
{
    return {kFirstName, kLastName, kEmail, kPhone, kPreferredContact, kMessage, kContactConsent};
}

void LeadForm::setText(QString &field, const QString &value, int limit, bool multiline)
{
    const QString clean = cleanText(value, limit, multiline);
    if (clean == field)
        return;
    field = clean;
    emit contentsChanged();
    emit errorsChanged();
}

void LeadForm::setFirstName(const QString &value)
{
    setText(m_firstName, value, Limits::name);
}

void LeadForm::setLastName(const QString &value)
{
    setText(m_lastName, value, Limits::name);
}

void LeadForm::setEmail(const QString &value)
{
    setText(m_email, value, Limits::email);
}

void LeadForm::setPhone(const QString &value)
{
    setText(m_phone, value, Limits::phone);
}

void LeadForm::setMessage(const QString &value)
{
    setText(m_message, value, Limits::message, true);
}

void LeadForm::setPreferredContact(const QString &value)
{
    if (value == m_preferredContact || preferredContactError(value).size())
        return;
    m_preferredContact = value;
    emit contentsChanged();
    emit errorsChanged();
}

void LeadForm::setContactConsent(bool value)
{
    if (value == m_contactConsent)
        return;
    m_contactConsent = value;
    m_touched.insert(kContactConsent);
    emit contentsChanged();
    emit errorsChanged();
}

void LeadForm::setNewsletterConsent(bool value)
{
    if (value == m_newsletterConsent)
        return;
    m_newsletterConsent = value;
    emit contentsChanged();
}

QString LeadForm::errorFor(const QString &field) const
{
    if (field == kFirstName)
        return firstNameError(m_firstName);
    if (field == kLastName)
        return lastNameError(m_lastName);
    if (field == kEmail)
        return emailError(m_email);
    if (field == kPhone)
        return phoneError(m_phone, m_preferredContact == QLatin1String("phone"));
    if (field == kPreferredContact)
        return preferredContactError(m_preferredContact);
    if (field == kContactConsent)
        return contactConsentError(m_contactConsent);
    return QString(); // the message is optional and cut at its limit
}

bool LeadForm::isValid() const
{
    const QStringList all = fields();
    return std::all_of(all.cbegin(), all.cend(), [this](const QString &f) { return errorFor(f).isEmpty(); });
}

QVariantMap LeadForm::errors() const
{
    QVariantMap shown;
    for (const QString &field : fields()) {
        if (!m_triedToSend && !m_touched.contains(field))
            continue;
        const QString error = errorFor(field);
        if (!error.isEmpty())
            shown.insert(field, error);
    }
    return shown;
}

QString LeadForm::summary() const
{
    QStringList messages;
    for (const QString &field : fields()) {
        const QString error = errors().value(field).toString();
        if (!error.isEmpty())
            messages.append(error);
    }
    if (messages.isEmpty())
        return QString();
    return tr("%n thing(s) to put right before sending:", nullptr, int(messages.size())) + QLatin1Char(' ') +
           messages.join(QLatin1Char(' '));
}

QString LeadForm::contactConsentText() const
{
    const QString name = m_developmentName.isEmpty() ? tr("this development") : m_developmentName;
    return tr("I agree that the sales team of %1 may store the details I entered here and contact me about "
              "this home in the way I chose above. I can withdraw this consent at any time by writing to "
              "the sales office.")
        .arg(name);
}

QString LeadForm::newsletterConsentText() const
{
    const QString name = m_developmentName.isEmpty() ? tr("this development") : m_developmentName;
    return tr("Yes, send me the %1 newsletter by email (news about the building works and homes, at most "
              "once a month). I can unsubscribe at any time.")
        .arg(name);
}

void LeadForm::setDevelopmentName(const QString &name)
{
    if (name == m_developmentName)
        return;
    m_developmentName = name;
    emit textsChanged();
}

QString LeadForm::language() const
{
    if (!m_language.isEmpty())
        return m_language;
    const QString fromTelemetry = m_telemetry ? languageCode(m_telemetry->language()) : QString();
    return fromTelemetry.isEmpty() || fromTelemetry == QLatin1String("c") ? QStringLiteral("en")
                                                                          : fromTelemetry;
}

void LeadForm::setLanguage(const QString &code)
{
    const QString c = languageCode(code);
    if (c == m_language)
        return;
    m_language = c;
    emit textsChanged(); // the translator changed with it: the consent texts are read again
}

QVariantMap LeadForm::limits() const
{
    return {{kFirstName, Limits::name},
            {kLastName, Limits::name},
            {kEmail, Limits::email},
            {kPhone, Limits::phone},
            {kMessage, Limits::message}};
}

bool LeadForm::onScreenKeyboard() const
{
    return qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard");
}

void LeadForm::open(const QString &unitId, const QString &via)
{
    if (unitId.isEmpty())
        return;
    if (m_sent)
        clearFields(); // the thank-you was for the last request; a new one starts empty
    const bool changed = unitId != m_unitId || !m_shown;
    m_unitId = unitId;
    m_shown = true;
    if (changed)
        emit shownChanged();
    emit opened(unitId, via);
}

void LeadForm::close()
{
    if (m_sent)
        clearFields();
    if (!m_shown)
        return;
    m_shown = false;
    emit shownChanged();
}

void LeadForm::touch(const QString &field)
{
    if (!fields().contains(field) || m_touched.contains(field))
        return;
    m_touched.insert(field);
    emit errorsChanged();
}

bool LeadForm::submit()
{
    if (m_sent)
        return false;
    m_triedToSend = true;
    emit errorsChanged();
    if (!isValid() || m_unitId.isEmpty() || !m_telemetry)
        return false;

    telemetry::Lead lead;
    const QString phone = m_phone.trimmed();
    lead.contact = {{QStringLiteral("first_name"), tidied(m_firstName)},
                    {QStringLiteral("last_name"), tidied(m_lastName)},
                    {QStringLiteral("email"), m_email.trimmed()}};
    if (!phone.isEmpty())
        lead.contact.insert(QStringLiteral("phone"), phone);
    if (!m_message.trimmed().isEmpty())
        lead.contact.insert(QStringLiteral("message"), m_message.trimmed());
    lead.request = QStringLiteral("brochure");
    lead.target = QStringLiteral("unit:") + m_unitId;
    lead.preferredContact = m_preferredContact;
    lead.language = language();
    // The language the consent texts are really shown in: the translation says its own code (an
    // untranslated text is English whatever the visitor chose).
    const QString textLanguage = tr("en", "the ISO 639-1 code of this translation's language (de)");
    const QString version = consentVersion();
    lead.consents.append({QStringLiteral("sales_contact"), contactConsentText(), version, textLanguage});
    if (m_newsletterConsent)
        lead.consents.append({QStringLiteral("newsletter"), newsletterConsentText(), version, textLanguage});
    const QString leadId = m_telemetry->storeLead(lead);
    if (leadId.isEmpty())
        return false;

    if (m_requestBrochure) {
        m_waitingForBrochure[m_unitId].append(leadId);
        m_brochureStatus = QStringLiteral("making");
        emit brochureChanged();
        m_requestBrochure(m_unitId);
    }
    m_sent = true;
    emit sentChanged();
    emit submitted(m_unitId,
                   {{QStringLiteral("request"), lead.request},
                    {QStringLiteral("preferredContact"), m_preferredContact},
                    {QStringLiteral("newsletter"), m_newsletterConsent},
                    {QStringLiteral("language"), lead.language},
                    {QStringLiteral("phoneGiven"), !phone.isEmpty()},
                    {QStringLiteral("messageGiven"), lead.contact.contains(QStringLiteral("message"))}});
    return true;
}

void LeadForm::clearFields()
{
    m_firstName.clear();
    m_lastName.clear();
    m_email.clear();
    m_phone.clear();
    m_message.clear();
    m_preferredContact = QStringLiteral("email");
    m_contactConsent = false;
    m_newsletterConsent = false;
    m_touched.clear();
    m_triedToSend = false;
    const bool wasSent = m_sent;
    m_sent = false;
    emit contentsChanged();
    emit errorsChanged();
    if (wasSent)
        emit sentChanged();
    if (!m_brochureStatus.isEmpty()) {
        m_brochureStatus.clear();
        emit brochureChanged();
    }
}

void LeadForm::wipe()
{
    clearFields();
    const bool wasShown = m_shown;
    m_shown = false;
    m_unitId.clear();
    if (wasShown)
        emit shownChanged();
}

void LeadForm::setBrochureRequester(std::function<void(const QString &)> requester)
{
    m_requestBrochure = std::move(requester);
}

void LeadForm::brochureMade(const QString &unitId, const QString &path)
{
    const QStringList leads = m_waitingForBrochure.take(unitId);
    if (m_telemetry) {
        for (const QString &lead : leads)
            m_telemetry->attachBrochure(lead, path);
    }
    if (!leads.isEmpty() && m_sent && unitId == m_unitId) {
        m_brochureStatus = QStringLiteral("ready");
        emit brochureChanged();
    }
}

void LeadForm::brochureFailed(const QString &unitId, const QString &error)
{
    const QStringList leads = m_waitingForBrochure.take(unitId);
    if (!leads.isEmpty())
        qWarning().noquote() << "lead form: the brochure for" << unitId << "could not be made:" << error;
    if (!leads.isEmpty() && m_sent && unitId == m_unitId) {
        m_brochureStatus = QStringLiteral("failed");
        emit brochureChanged();
    }
}

} // namespace showroom::lead
