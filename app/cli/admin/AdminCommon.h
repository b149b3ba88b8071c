// What every showroom-admin command shares: its error lines and exit codes (0 done, 1 the database or the
// operation failed, 2 bad usage) and how a staff tool opens the database.
#pragma once

#include "telemetry/Database.h"

#include <QString>

#include <cstdio>

namespace showroom::admin {

// A mistake on the command line: "showroom-admin: <message> (see --help)", exit code 2.
inline int usage(const QString &message)
{
    std::fprintf(stderr, "showroom-admin: %s (see --help)\n", qPrintable(message));
    return 2;
}

// The database or the operation failed: "showroom-admin: <message>", exit code 1.
inline int failure(const QString &message)
{
    std::fprintf(stderr, "showroom-admin: %s\n", qPrintable(message));
    return 1;
}

// Staff tools never create, move or repair the database: they say what is wrong with it.
inline bool openExisting(telemetry::sql::Connection &db, const QString &path, QString *error)
{
    telemetry::OpenOptions o;
    o.mode = telemetry::OpenOptions::ExistingOnly;
    o.busyTimeoutMs = 5000;
    const telemetry::OpenResult r = telemetry::openDatabase(db, path, o);
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

} // namespace showroom::admin
