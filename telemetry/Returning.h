// Recognising a returning visitor, only by what they agreed to: this install's own visitor (desktop),
// the short code of the brochure made for their lead, or the e-mail they left with the contact consent
// (kiosk). Read-only lookups with bound values, for a worker thread's own connection (docs: README.md,
// "Returning visitors"). Also the device's memory of a value (unit statuses last seen here).
#pragma once

#include "telemetry/Sqlite.h"

#include <QString>
#include <QStringList>

namespace showroom::telemetry {

// The consent that allows addressing a visitor by name and recognising them by e-mail (lead form).
inline constexpr const char *kContactConsentPurpose = "sales_contact";

struct ReturningVisitor
{
    QString visitor;         // the pseudonym
    int earlierSessions = 0; // sessions of theirs other than the current one
    // Only when one of their leads carries the contact consent; the most recent such lead's.
    QString firstName;
};

// What is held to greet `visitor`; sessions named currentSession are not counted. False + error when the
// database cannot be read; an unknown visitor is found with 0 earlier sessions.
bool describeVisitor(sql::Connection &db, const QString &visitor, const QString &currentSession,
                     ReturningVisitor *out, QString *error);

// The visitors with a lead whose brochure was saved as "...-<code>.pdf" (the code as the brochure
// prints it, e.g. "K7Q-M2X-D9H"), most recent lead first. Several: the same home and finishes were
// asked for by more than one visitor.
QStringList visitorsByBrochureCode(sql::Connection &db, const QString &code, QString *error);

// The visitors who left this e-mail (trimmed, any case) on a lead with the contact consent, most recent
// first. A lead without that consent is never found.
QStringList visitorsByConsentedEmail(sql::Connection &db, const QString &email, QString *error);

// The device table's memory: *previous gets the value stored under key ("" if none), then value is
// stored. One transaction; false + error if the database cannot be written.
bool swapDeviceValue(sql::Connection &db, const QString &key, const QString &value, QString *previous,
                     QString *error);

} // namespace showroom::telemetry
