// The profile store: per-visitor interest rows kept in the telemetry database beside the events they
// come from, folded in incrementally (each event once, by its id) and never re-reading a visitor's
// history except to rebuild a profile that an erasure or a purge invalidated.
//
// Folding is done in memory: the profiles of the visitors being folded are kept in a cache owned by the
// store (and so by the thread that uses it), a new event is added to its visitor's cached rows, and the
// touched rows are written back in batches (flush(): one transaction). Reads (load) see the folded state.
// Erasures, purges and other stores' write-backs bump profile_meta's `version`; a store that sees it move
// drops its cache without writing anything of it back, and folds again from what the database holds.
//
// Tables (created by ensureProfileStore, not by telemetry's migrations: they are a cache that can be
// dropped and rebuilt at any time): profile_meta, profile_visitors, profile_sessions, profile_interest.
// Triggers on `events` and `visitors` delete a visitor's profile rows in the same transaction as any
// deletion of an event already folded into it (showroom-admin forget, retention purges): erased data
// leaves no trace in a profile, and the next read rebuilds the profile from what is left.
#pragma once

#include "profiles/InterestModel.h"
#include "telemetry/Sqlite.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace showroom::profiles {

// Bump when weights or folding change: every stored profile is then rebuilt on the next open.
constexpr int kModelVersion = 3;
// The profile worker writes folded rows back at most this long after the first unwritten fold
// (ProfileService; showroom-bench profiles models the same cadence).
constexpr int kWriteBackDelayMs = 1000;

// One profile row as stored; `scaled` is the decayed score scaled to kDecayEpochMs (see scoreAt()).
struct InterestRow
{
    QString kind;
    QString key;
    double scaled = 0;
    qint64 engagedMs = 0;
    int flags = 0;
    int visits = 0; // how many of the visitor's visits touched it
    qint64 lastTsUtcMs = 0;
    QString finishes;         // units: the last finishes choice, "floor=urban,wall=sage" ("" = standard)
    bool hasFinishes = false; // units: a choice (or a reset) was recorded
};

// Everything the store holds about one visitor.
struct StoredProfile
{
    QString visitor; // the pseudonym (UUID)
    qint64 visitorKey = 0;
    qint64 lastEventId = 0; // the last event folded in
    int visits = 0;         // sessions with at least one folded event
    qint64 firstTsUtcMs = 0, lastTsUtcMs = 0;
    Counters counters;
    LastLooked lastLooked;
    QList<InterestRow> rows;
};

// One key of a kind summed over every visitor's profile (e.g. which homes draw interest).
struct AggregateRow
{
    QString key;
    double score = 0; // points at the instant asked for, summed over visitors
    int visitors = 0;
};

struct FoldStats
{
    bool ok = false;
    QString error;
    qint64 events = 0;  // rows read past the cursor
    qint64 folded = 0;  // events folded into profiles, including those a (re)build read
    qint64 rebuilt = 0; // visitors whose profile was rebuilt from their remaining events
    bool more = false;  // maxEvents reached: call again
    bool flushed = false; // the cache was written back too (too many unwritten profiles)
};

// Opens an existing telemetry database on a connection of its own for a profile worker (ProfileService,
// showroom-bench profiles): never creates or moves a file, waits up to 5 s for a busy database, and keeps
// a small page cache (kWorkerCachePages). Every commit of the app's writer empties a reader's page cache,
// and SQLite then walks the cache's whole hash table, which is as large as the cache ever grew: with
// telemetry's 16 MB cache that walk was most of a fold's time, and the pages are re-read after each commit
// anyway.
constexpr int kWorkerCachePages = 256;
bool openWorkerConnection(telemetry::sql::Connection &db, const QString &path, QString *error);

class ProfileStore
{
public:
    // db must be open (telemetry::openDatabase) and used only by the calling thread.
    explicit ProfileStore(telemetry::sql::Connection &db);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    // Creates the tables and triggers if missing; drops every profile when the telemetry schema or the
    // model version changed since they were built. Also sets this connection to synchronous=NORMAL
    // (a profile is a cache: losing the last fold on power loss only means folding it again).
    bool open(QString *error);

    // Folds events written since the last call (all visitors) into the cached profiles, in one read
    // transaction. Writes back only when the cache holds too many unwritten profiles (FoldStats::flushed).
    FoldStats foldNewEvents(qint64 maxEvents = 50000);
    // Folds everything new; writes back when that was a large catch-up (a first build).
    FoldStats catchUp();
    // Writes the folded rows and the cursor back, in one transaction. If another store, an erasure or a
    // purge changed the profiles since this store read them, nothing is written: the cache is dropped
    // and everything is folded again from the database (erased data is never written back).
    bool flush(QString *error = nullptr);
    // Folded but not yet written back.
    bool hasUnflushed() const;

    // The visitor's profile, after folding what is new (and rebuilding it if an erasure or purge dropped
    // it). found=false: the database holds nothing about that visitor.
    bool load(const QString &visitor, StoredProfile *out, bool *found, QString *error);

    // Interest in every key of one kind across visitors, highest first, after folding what is new and
    // writing it back. Computed from the profiles on each call: no aggregate is stored that an erasure
    // would have to find.
    bool aggregate(const QString &kind, qint64 nowUtcMs, QList<AggregateRow> *out, QString *error);

    // Drops every profile and folds all events again from the first.
    bool rebuildAll(QString *error);

    // The id of the last event folded (the store's cursor, written back or not).
    qint64 cursor();

private:
    static constexpr int kMaxUnwritten = 2048; // profiles folded and not written back: write back first
    static constexpr int kKeepCached = 1024;   // profiles kept after a write-back (least recently used go)
    struct Visitor;
    struct Statements;
    bool prepare(QString *error);
    bool sync(bool *changed);
    bool foldBatch(qint64 maxEvents, FoldStats *r);
    Visitor *visitor(qint64 key, qint64 upToEventId, bool *ok);
    bool loadVisitor(qint64 key, Visitor *v);
    bool rebuildVisitor(qint64 key, qint64 upToEventId, Visitor *v);
    bool fold(Visitor &v, const EventRow &e);
    bool knownSession(Visitor &v, qint64 session, bool *ok);
    void markDirty(Visitor &v);
    bool writeBack(bool *conflict, QString *error);
    bool writeVisitor(Visitor &v);
    void dropCache();
    void evict();
    QString fail(bool dropFolded);

    telemetry::sql::Connection &m_db;
    Statements *m_q = nullptr;
    QHash<qint64, Visitor *> m_cache; // cached profiles by visitor key, written back or not
    std::vector<Visitor *> m_dirty;   // cached profiles with folds not written back
    qint64 m_cursor = 0;              // the last event folded into the cache
    qint64 m_baseCursor = 0;          // the cursor in the database, as of m_baseVersion
    qint64 m_baseVersion = -1;        // profile_meta's version the cache agrees with (-1: not read yet)
    quint64 m_tick = 0;               // use counter, for evicting the least recently used profiles
    qint64 m_foldedByRebuilds = 0;    // events folded by (re)building profiles in this batch
    qint64 m_rebuilds = 0;            // profiles (re)built in this batch
};

} // namespace showroom::profiles
