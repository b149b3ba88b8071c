// The lead form's rules, as plain functions: what a field may hold (hostile text made harmless) and the
// message a visitor reads next to a field that is not right yet. No state, no Qt Quick: tested directly.
#pragma once

#include <QString>

namespace showroom::lead {

// The most a field keeps (characters). The form's text fields stop there too; longer pastes are cut.
struct Limits
{
    static constexpr int name = 80;
    static constexpr int email = 254; // RFC 5321's longest address
    static constexpr int phone = 30;
    static constexpr int message = 1000;
};

// What a field keeps of what was typed or pasted: no control characters (a message keeps its line
// breaks; tabs become spaces), no bidirectional overrides or invisible formatting characters (they can
// make a name read differently to staff than it was written), at most limit characters (never half a
// surrogate pair). Spaces are kept while typing; tidied() is applied when the lead is sent.
QString cleanText(const QString &text, int limit, bool multiline = false);
// Leading/trailing white space removed and runs of spaces made one (single-line fields).
QString tidied(const QString &text);

// The digits of a phone number ("+43 (0)1 234-567" -> "4301234567").
QString phoneDigits(const QString &phone);
bool isEmailAddress(const QString &email);

// "" when the field is right, else the message shown next to it (in the visitor's language).
QString firstNameError(const QString &firstName);
QString lastNameError(const QString &lastName);
QString emailError(const QString &email);
// phoneRequired: the visitor prefers to be called.
QString phoneError(const QString &phone, bool phoneRequired);
QString preferredContactError(const QString &preferredContact);
QString contactConsentError(bool contactConsent);

} // namespace showroom::lead
