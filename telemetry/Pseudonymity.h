// Keeps events pseudonymous: contact details never reach the `events` table.
#pragma once

#include <QStringList>
#include <QVariantMap>

namespace showroom::telemetry {

// True for property keys that name a person or a way to reach them ("email", "phone", "Last-Name", ...).
bool isPersonalKey(const QString &key);

// Returns properties without personal keys and without string values that look like an e-mail address,
// recursing into nested maps and lists; the removed keys are appended to removed.
QVariantMap withoutPersonalData(const QVariantMap &properties, QStringList *removed = nullptr);

} // namespace showroom::telemetry
