// The dashboard's rollups: small pre-aggregated tables beside the events in the telemetry database,
// folded incrementally past a cursor (each event once, by its id), so that every dashboard view reads a
// few thousand rollup rows instead of millions of events.
//
// Tables (made by open(), not by telemetry's migrations: a cache that can be dropped and rebuilt):
//   dash_meta           cursor (last_event_id), the schema and rollup version they were built under
//   dash_sessions       one row per session seen: its day, device, staff/demo flag, deepest funnel step,
//                       engaged time
//   dash_days           per UTC day x device x staff/demo: sessions, engaged sessions, engaged time, leads,
//                       brochures, sessions reaching each funnel step
//   dash_visitor_days   per visitor x day x device: the day before it on which the visitor came (so
//                       distinct and returning visitors of any range are counted without a DISTINCT)
//   dash_visitor_hist   those rows counted per scope (all devices / one), day bucket, previous day and
//                       "second day" (kept by triggers); what a range's visitor count reads
//   dash_visitor_counts distinct visitors per day and scope
//   dash_visitors       per visitor: visits, first/last visit, engaged time, top unit, lead score (raw, and
//                       a key that sorts by the decayed score at any instant)
//   dash_units, dash_cells, dash_rooms, dash_steps
//                       per unit / camera cell / room of a unit type / room-to-room step, in day buckets
//                       of 1, 8, 64 and 512 days (any range is read as at most ~35 buckets)
//   dash_unit_types     unit -> unit type, as the events first named it
//
// Erasure: triggers on `events`, `sessions` and `visitors` take an erased row's contribution out of every
// rollup in the same transaction (showroom-admin forget, retention purges), and drop rows left at zero;
// a visitor's day rows and list row are rebuilt from what is left on the next fold.
#pragma once

#include "telemetry/Sqlite.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace showroom::dashboard {

// Bump when the tables or the folding change: the rollups are then rebuilt on the next open().
constexpr int kRollupVersion = 2;

// Day buckets: level L groups 8^L days (bucket = day >> (3 * L)).
constexpr int kBucketLevels = 4;

struct RollupStats
{
    bool ok = false;
    QString error;
    qint64 events = 0;   // events read past the cursor
    qint64 visitors = 0; // visitor rows refreshed
    bool more = false;   // maxEvents reached: call again
};

class Rollups
{
public:
    // db must be open (telemetry::openDatabase) and used only by the calling thread.
    explicit Rollups(telemetry::sql::Connection &db);
    ~Rollups();
    Rollups(const Rollups &) = delete;
    Rollups &operator=(const Rollups &) = delete;

    // Creates the tables and triggers (and the profile store's, for lead scores) if missing; empties the
    // rollups when the telemetry schema or kRollupVersion changed since they were built.
    bool open(QString *error);
    // Folds up to maxEvents new events in one transaction.
    RollupStats fold(qint64 maxEvents = 50000);
    // Folds everything new, in as many transactions as needed.
    RollupStats catchUp();
    // Empties the rollups and folds every event again.
    bool rebuildAll(QString *error);
    qint64 cursor();

    // UTC day number of a wall-clock time (days since 1970-01-01), and back.
    static qint64 dayOf(qint64 utcMs);
    static qint64 dayStartMs(qint64 day);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The telemetry writer's idle work (telemetry::RecorderOptions::onIdle) that keeps the rollups folded: up
// to maxEvents per call on the writer's own connection, true while more is left. The connection's pragmas
// (synchronous, checkpoints, cache) are the writer's again after each call.
std::function<bool(telemetry::sql::Connection &)> foldWhenIdle(qint64 maxEvents = 5000);

// Keeps the rollups of one database folded: a low-priority thread with its own connection that folds
// every intervalMs (and at once on fold()). The app starts one beside the telemetry writer; the
// dashboard's queries fold what is left before answering anyway.
class RollupWorker : public QObject
{
    Q_OBJECT
public:
    explicit RollupWorker(const QString &databasePath, int intervalMs = 5000, QObject *parent = nullptr);
    ~RollupWorker() override; // stops the thread (finishing the fold in progress)
    void start();
    void fold(); // asks for a fold now (any thread)

signals:
    void folded(qint64 events);  // after each fold that read events (worker thread)
    void failed(const QString &error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace showroom::dashboard
