#include "lead/LeadRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace showroom::lead {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadForm", text);
}

// Invisible characters that change how text is read or ordered: bidirectional embeddings, overrides and
// isolates (U+202A..U+202E, U+2066..U+2069), marks (U+200E/F, U+061C), zero-width characters and the BOM.
bool isInvisibleFormatting(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) ||
           c == 0x061C || c == 0xFEFF;
}

bool hasLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

QString nameError(const QString &name, const char *missing, const char *noLetters)
{
    const QString t = tidied(name);
    if (t.isEmpty())
        return tr(missing);
    if (!hasLetter(t))
        return tr(noLetters);
    return QString();
}

} // namespace

QString cleanText(const QString &text, int limit, bool multiline)
{
    QString out;
    out.reserve(qMin(text.size(), limit));
    const QList<uint> codePoints = text.toUcs4();
    int length = 0;
    for (const uint u : codePoints) {
        const char32_t c = u;
        QString piece;
        if (c == '\t' || ((c == '\r' || c == '\n') && !multiline))
            piece = QStringLiteral(" ");
        else if (c == '\n')
            piece = QStringLiteral("\n");
        else if (c == '\r' || c < 0x20 || (c >= 0x7F && c < 0xA0) || isInvisibleFormatting(c) ||
                 c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF))
            continue; // control characters, lone surrogates and replacement characters go
        else
            piece = QString::fromUcs4(&c, 1);
        if (length + piece.size() > limit)
            break;
        out += piece;
        length += piece.size();
    }
    return out;
}

QString tidied(const QString &text)
{
    return text.simplified();
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    return digits;
}

bool isEmailAddress(const QString &email)
{
    // Deliberately plain: a local part of the usual characters (no leading, trailing or double dot), an
    // @, and a domain of at least two labels (letters of any script, digits, inner hyphens) whose last
    // has two letters or more. Quoted local parts and IP-address domains are not offered at a kiosk.
    static const QRegularExpression form(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,63}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const int at = email.indexOf(QLatin1Char('@'));
    return email.size() <= Limits::email && at > 0 && at <= 64 && form.match(email).hasMatch();
}

QString firstNameError(const QString &firstName)
{
    return nameError(firstName, QT_TRANSLATE_NOOP("LeadForm", "Enter your first name."),
                     QT_TRANSLATE_NOOP("LeadForm", "Write your first name in letters."));
}

QString lastNameError(const QString &lastName)
{
    return nameError(lastName, QT_TRANSLATE_NOOP("LeadForm", "Enter your last name."),
                     QT_TRANSLATE_NOOP("LeadForm", "Write your last name in letters."));
}

QString emailError(const QString &email)
{
    const QString t = email.trimmed();
    if (t.isEmpty())
        return tr(QT_TRANSLATE_NOOP("LeadForm", "Enter your email address."));
    if (!isEmailAddress(t))
        return tr(QT_TRANSLATE_NOOP("LeadForm", "Enter an email address like name@example.com."));
    return QString();
}

QString phoneError(const QString &phone, bool phoneRequired)
{
    const QString t = phone.trimmed();
    if (t.isEmpty()) {
        return phoneRequired ? tr(QT_TRANSLATE_NOOP(
                                   "LeadForm", "Enter a phone number, or choose to be contacted by email."))
                             : QString();
    }
    // Digits, with the spaces, brackets, dashes, dots and slashes people write them with; + only first.
    static const QRegularExpression form(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    if (!form.match(t).hasMatch())
        return tr(QT_TRANSLATE_NOOP(
            "LeadForm", "Use digits only in the phone number (spaces, +, - and brackets are fine)."));
    const int digits = phoneDigits(t).size();
    if (digits < 6 || digits > 15)
        return tr(QT_TRANSLATE_NOOP("LeadForm", "A phone number has 6 to 15 digits."));
    return QString();
}

QString preferredContactError(const QString &preferredContact)
{
    if (preferredContact == QLatin1String("email") || preferredContact == QLatin1String("phone"))
        return QString();
    return tr(QT_TRANSLATE_NOOP("LeadForm", "Choose how we should contact you."));
}

QString contactConsentError(bool contactConsent)
{
    return contactConsent
               ? QString()
               : tr(QT_TRANSLATE_NOOP("LeadForm", "Tick this box so that our sales team may contact "
                                                  "you. Without it we cannot send your request."));
}

} // namespace showroom::lead
