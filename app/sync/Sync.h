// One sync of a device's telemetry file with the central store (what `showroom-admin sync` and the
// app's SyncService run): pull erasures and unit statuses, push tombstones, then push visitors,
// sessions, leads, consents and events in batches. Idempotent and resumable: see README.md.
#pragma once

#include "sync/Settings.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace showroom::sync {

struct SyncRequest
{
    QString database;          // the device's telemetry SQLite file (must exist)
    CentralSettings central;   // where to, and this device's name and office
    int batchRows = 100000;    // rows per transaction (COPY into staging, INSERT … ON CONFLICT)
    // Called after each committed batch and each step ("events 200000" …), on the syncing thread.
    std::function<void(const QString &kind, qint64 committedUpTo)> onCommitted;
    const std::atomic<bool> *cancel = nullptr; // checked between batches
};

using UnitStatuses = QHash<QString, QHash<QString, QString>>;

struct SyncReport
{
    bool ok = false;
    QString error; // one line, never a password
    QString device, office;
    int centralSchemaFrom = 0;
    // Rows the central store did not have before (a row sent again is not counted).
    qint64 visitors = 0, sessions = 0, events = 0, leads = 0, consents = 0;
    qint64 rowsSent = 0;             // everything put on the wire, new or not
    qint64 eventsDirect = 0;         // of the new events, those COPYed straight into the table (no staging)
    qint64 tombstonesPushed = 0;     // visitors deleted here, now erased centrally
    qint64 erasuresApplied = 0;      // visitors erased centrally, now deleted here
    qint64 unitStatusesPulled = 0;   // unit statuses set centrally since the last sync
    UnitStatuses unitStatuses;       // those statuses: development -> unit -> "available" | "reserved" | "sold"
    double seconds = 0;
    QString summary() const;         // "pushed 3 visitors, … in 0.41 s"
};

SyncReport syncDatabase(const SyncRequest &request);

} // namespace showroom::sync
