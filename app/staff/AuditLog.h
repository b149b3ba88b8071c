// The staff audit log: who did what to personal data, when, on which device. One table, staff_audit, in
// the telemetry database (made here with CREATE TABLE IF NOT EXISTS, not by telemetry's migrations).
// Rows are only ever added; nothing in the app edits or deletes them. Subjects name visitors by their
// pseudonym (the visitor UUID) or a file path, never by personal data.
#pragma once

#include "telemetry/Sqlite.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace showroom::staff {

// Actions the app itself records (showroom-admin records its command names: "forget", "export-leads", ...).
namespace action {
inline constexpr const char *kStaffUnlocked = "staff_unlocked";    // the right PIN was entered
inline constexpr const char *kStaffLocked = "staff_locked";        // staff mode was left (lock())
inline constexpr const char *kStaffLockedOut = "staff_locked_out"; // too many wrong PINs: locked for a while
inline constexpr const char *kVisitorOpened = "visitor_opened";    // a visitor's page (subject: the UUID)
inline constexpr const char *kReportExported = "report_exported";  // the dashboard's PDF (subject: the path)
inline constexpr const char *kPinConfigured = "pin_configured";    // the kiosk configuration's PIN hash was stored
} // namespace action

struct AuditEntry
{
    qint64 id = 0;
    qint64 tsUtcMs = 0; // 0 when recording: now
    QString device;     // empty when recording: AuditLog::device()
    QString actor;      // empty when recording: AuditLog::actor()
    QString action;
    QString subject;
    QString detail;
};

struct AuditFilter
{
    qint64 fromUtcMs = 0; // inclusive; 0: no lower bound
    qint64 toUtcMs = 0;   // exclusive; 0: no upper bound
    QString action;       // empty: every action
    QString subject;      // empty: every subject
    int limit = 0;        // > 0: only the newest `limit` entries
};

class AuditLog
{
public:
    static bool ensureTable(telemetry::sql::Connection &db, QString *error);

    // Who records when an entry names nobody: process-wide, thread-safe. Defaults: the host name and
    // the OS user (showroom-admin); the app sets its device id and "staff" (one PIN for the office).
    static void setIdentity(const QString &device, const QString &actor);
    static QString device();
    static QString actor();
    static QString osUser();

    // Adds one entry now, as device()/actor(); makes the table on first use.
    static bool record(telemetry::sql::Connection &db, const QString &action, const QString &subject,
                       const QString &detail, QString *error);
    static bool record(telemetry::sql::Connection &db, const AuditEntry &entry, QString *error);

    // Entries oldest first (with filter.limit: the newest `limit`, still oldest first). A database
    // that never had an entry gives an empty list, not an error.
    static bool list(telemetry::sql::Connection &db, const AuditFilter &filter, QList<AuditEntry> *out,
                     QString *error);

    // {"id", "time" (ISO 8601 UTC), "ts_utc" (ms), "device", "actor", "action", "subject", "detail"}
    static QJsonObject toJson(const AuditEntry &entry);
};

} // namespace showroom::staff
