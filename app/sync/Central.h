// Staff operations on the central store itself (showroom-admin central-forget, set-status): they
// reach every device at its next sync, including devices offline now.
#pragma once

#include "sync/Settings.h"

#include <QString>

namespace showroom::sync {

struct CentralForgetResult
{
    bool ok = false;
    QString error;
    qint64 events = 0, sessions = 0, leads = 0, consents = 0, visitors = 0;
    bool alreadyErased = false; // a tombstone existed (sent again to every device all the same)
};

// Erases the visitor centrally and records a tombstone every device applies at its next sync.
CentralForgetResult centralForget(const CentralSettings &central, const QString &visitor, const QString &by);

struct UnitStatusResult
{
    bool ok = false;
    QString error;
    QString previous; // the status set centrally before ("" if never)
};

// status: "available" | "reserved" | "sold". Every device applies it at its next sync, over the status
// its development package shipped with.
UnitStatusResult setUnitStatus(const CentralSettings &central, const QString &development, const QString &unit,
                               const QString &status, const QString &by);

struct CentralPurgeResult
{
    bool ok = false;
    QString error;
    qint64 events = 0, sessions = 0, visitors = 0;
};

// Retention on the store, the devices' own rule (telemetry::purgeAnonymousEvents): events of anonymous
// visitors (no lead on file) older than `days`, their sessions ended before the cut-off with no events
// left, and visitors left with nothing. Identified visitors' history stays under their consent. Devices
// and dashboard mirrors apply the same rule to their own files; nothing is sent to them.
CentralPurgeResult centralPurge(const CentralSettings &central, int days, qint64 nowUtcMs);

} // namespace showroom::sync
