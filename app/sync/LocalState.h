// The device's side of sync, in its own telemetry SQLite file: tables of app/sync's own (created with
// CREATE TABLE IF NOT EXISTS, like app/profiles; not telemetry migrations), the tombstones of visitors
// deleted here, the unit statuses set centrally, and the cursors.
#pragma once

#include "telemetry/Sqlite.h"

#include <QHash>
#include <QString>

namespace showroom::core {
struct DevelopmentData;
}

namespace showroom::sync {

namespace sql = showroom::telemetry::sql;

// sync_state(key, value): device name, pull cursors, what was pushed (a copy of the central cursors).
// sync_tombstones(visitor, erased_utc): visitors deleted on this device (forget, retention), written by
// a trigger on visitors, pushed at the next sync, then dropped (the central store keeps them).
// sync_unit_status(development, unit, status, changed_utc, seq): the statuses set centrally.
bool ensureLocalSchema(sql::Connection &db, QString *error);

QString localValue(sql::Connection &db, const QString &key, const QString &fallback = QString());
bool setLocalValue(sql::Connection &db, const QString &key, const QString &value, QString *error);

// The statuses set centrally for one development, unit id -> "available" | "reserved" | "sold". Empty
// when there are none (or sync never ran on this file).
QHash<QString, QString> centralUnitStatuses(sql::Connection &db, const QString &developmentId);

// Overrides the package's statuses with the central ones (the package is what the developer shipped;
// the central store is what sales did since). Returns how many units changed status.
int applyUnitStatuses(const QHash<QString, QString> &statuses, core::DevelopmentData *data);

// Opens `path` (an existing telemetry database) and applies its central statuses to *data. A file
// without sync tables is no error (nothing to apply). For a worker thread: it opens its own connection.
bool applyUnitStatusesFrom(const QString &path, core::DevelopmentData *data, int *changed, QString *error);

} // namespace showroom::sync
