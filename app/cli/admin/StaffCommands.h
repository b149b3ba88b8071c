// showroom-admin set-pin / audit, and the audit log entry every staff command leaves (app/staff).
#pragma once

#include <QString>

namespace showroom::admin {

// Reads the new staff PIN from standard input (asked twice, unechoed, on a terminal; never from the
// command line), stores its Argon2id hash and clears any lockout. Exit 2: not 4-12 digits, or the two
// entries differ. Creates the database when the file does not exist yet (before the app's first start).
int setPinCommand(const QString &db);

// Prints the audit log, oldest first (--json: {"database", "entries": [...]}, fields in docs/staff.md).
int auditCommand(const QString &db, bool json);

// Records that `command` ran (after it ran): device = host name, actor = the OS user. Usage errors
// (exit 2) ran nothing and are not recorded, unless `attempted` (the command ran and refused, e.g. an
// erasure of an id nothing is held about: staff tried it, so the log says so); nor are commands whose
// database does not exist. Returns exitCode, or 1 when the command succeeded but could not be recorded.
int recordCommand(const QString &db, const QString &command, const QString &subject, const QString &detail,
                  int exitCode, bool attempted = false);

} // namespace showroom::admin
