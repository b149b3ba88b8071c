// Internal to the profile store (ProfileStore.cpp, ProfileStoreRead.cpp, ProfileStoreWrite.cpp): its
// SQL, the cached per-visitor state a fold works on, and the prepared statements. Not for use outside
// app/profiles.
#pragma once

#include "profiles/ProfileStore.h"
#include "profiles/Stmt.h"

#include <QSet>

#include <vector>

namespace showroom::profiles {

namespace storesql {

inline const char *const kSchema = R"sql(
-- Triggers are made again on every open, so a new model version's triggers replace the old ones.
DROP TRIGGER IF EXISTS profile_event_deleted;
DROP TRIGGER IF EXISTS profile_cursor_back;
DROP TRIGGER IF EXISTS profile_visitor_deleted;
DROP TRIGGER IF EXISTS profile_version_event;
CREATE TABLE IF NOT EXISTS profile_meta(key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS profile_visitors(
    visitor_id INTEGER PRIMARY KEY,
    last_event_id INTEGER NOT NULL,
    first_ts INTEGER, last_ts INTEGER,
    visits INTEGER NOT NULL DEFAULT 0, last_session INTEGER,
    home_engaged_ms INTEGER NOT NULL DEFAULT 0,
    compares INTEGER NOT NULL DEFAULT 0, finishes INTEGER NOT NULL DEFAULT 0,
    brochures INTEGER NOT NULL DEFAULT 0, leads INTEGER NOT NULL DEFAULT 0,
    callbacks INTEGER NOT NULL DEFAULT 0,
    timeline_date TEXT, sun_date TEXT, sun_time TEXT);
CREATE TABLE IF NOT EXISTS profile_sessions(
    visitor_id INTEGER NOT NULL, session_id INTEGER NOT NULL,
    PRIMARY KEY(visitor_id, session_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS profile_interest(
    visitor_id INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    scaled REAL NOT NULL, engaged_ms INTEGER NOT NULL, flags INTEGER NOT NULL,
    visits INTEGER NOT NULL, last_session INTEGER, last_ts INTEGER,
    finishes TEXT,
    PRIMARY KEY(visitor_id, kind, key)) WITHOUT ROWID;
-- An event already folded into a profile is deleted (forget, purge): the profile goes in the same
-- transaction and is rebuilt from what is left on the next read.
CREATE TRIGGER profile_event_deleted AFTER DELETE ON events
WHEN OLD.id <= coalesce((SELECT last_event_id FROM profile_visitors WHERE visitor_id = OLD.visitor_id), -1)
BEGIN
    DELETE FROM profile_interest WHERE visitor_id = OLD.visitor_id;
    DELETE FROM profile_sessions WHERE visitor_id = OLD.visitor_id;
    DELETE FROM profile_visitors WHERE visitor_id = OLD.visitor_id;
END;
-- events.id is not AUTOINCREMENT: deleting the newest events lets SQLite give their ids again, so the
-- cursor steps back to the newest id left.
CREATE TRIGGER profile_cursor_back AFTER DELETE ON events
WHEN OLD.id > (SELECT coalesce(max(id), 0) FROM events)
BEGIN
    UPDATE profile_meta SET value = min(value, (SELECT coalesce(max(id), 0) FROM events))
    WHERE key = 'last_event_id';
END;
CREATE TRIGGER profile_visitor_deleted AFTER DELETE ON visitors
BEGIN
    DELETE FROM profile_interest WHERE visitor_id = OLD.id;
    DELETE FROM profile_sessions WHERE visitor_id = OLD.id;
    DELETE FROM profile_visitors WHERE visitor_id = OLD.id;
    UPDATE profile_meta SET value = value + 1 WHERE key = 'version';
END;
-- Any deleted event may have been folded into a store's cache and not written back yet (its profile row
-- then does not cover it): the version moves, and every store drops its cache before writing anything.
CREATE TRIGGER profile_version_event AFTER DELETE ON events
BEGIN
    UPDATE profile_meta SET value = value + 1 WHERE key = 'version';
END;
INSERT OR IGNORE INTO profile_meta(key, value) VALUES ('last_event_id', 0), ('version', 0);
)sql";

// Every event past the cursor (camera samples and events without a visitor are skipped by the caller:
// the last id read is then the newest, and the cursor moves past them without another query).
inline const char *const kSelectEvents =
    "SELECT id, coalesce(visitor_id, 0), coalesce(session_id, 0), ts_utc, name, coalesce(target, ''),"
    " coalesce(properties, ''), coalesce(engaged_ms, 0) FROM events WHERE id > ?1 ORDER BY id LIMIT ?2";

inline const char *const kSelectVisitorEvents =
    "SELECT id, visitor_id, coalesce(session_id, 0), ts_utc, name, coalesce(target, ''),"
    " coalesce(properties, ''), coalesce(engaged_ms, 0) FROM events"
    " WHERE visitor_id = ?1 AND id <= ?2 AND name <> 'camera' ORDER BY id";

// A cached row written back whole.
inline const char *const kWriteRow =
    "INSERT OR REPLACE INTO profile_interest(visitor_id, kind, key, scaled, engaged_ms, flags, visits,"
    " last_session, last_ts, finishes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

} // namespace storesql

// One visitor's profile as the store's cache holds it: the stored profile plus what was folded since.
struct ProfileStore::Visitor
{
    struct Row
    {
        InterestRow data;
        qint64 lastSession = 0; // the last visit that paid attention to the row, if hasLastSession
        bool hasLastSession = false;
        bool dirty = false; // changed since written back
    };
    qint64 key = 0;
    qint64 lastEventId = 0;
    qint64 firstTs = 0, lastTs = 0;
    int visits = 0;
    qint64 lastSession = 0;
    Counters counters;
    LastLooked lastLooked;
    std::vector<Row> rows;
    QSet<qint64> sessions;           // sessions known to be counted (all of them if allSessions)
    std::vector<qint64> newSessions; // counted since written back
    bool allSessions = false;        // no stored sessions: a new or rebuilt profile
    bool stored = false;             // the database holds this profile (as of the cache's version)
    bool dirty = false;              // folded since written back
    quint64 used = 0;                // the store's tick when last used

    Row &row(const QString &kind, const QString &key, bool *created)
    {
        for (Row &r : rows)
            if (r.data.key == key && r.data.kind == kind) {
                *created = false;
                return r;
            }
        *created = true;
        rows.emplace_back();
        rows.back().data.kind = kind;
        rows.back().data.key = key;
        return rows.back();
    }
};

struct ProfileStore::Statements
{
    explicit Statements(sqlite3 *db)
        : events(db, storesql::kSelectEvents), visitorEvents(db, storesql::kSelectVisitorEvents),
          loadVisitor(db, "SELECT last_event_id, coalesce(first_ts, 0), coalesce(last_ts, 0), visits,"
                          " coalesce(last_session, 0), home_engaged_ms, compares, finishes, brochures, leads,"
                          " callbacks, coalesce(timeline_date, ''), coalesce(sun_date, ''),"
                          " coalesce(sun_time, '') FROM profile_visitors WHERE visitor_id = ?1"),
          saveVisitor(db,
                      "INSERT OR REPLACE INTO profile_visitors(visitor_id, last_event_id, first_ts, last_ts,"
                      " visits, last_session, home_engaged_ms, compares, finishes, brochures, leads,"
                      " callbacks, timeline_date, sun_date, sun_time)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"),
          dropInterest(db, "DELETE FROM profile_interest WHERE visitor_id = ?1"),
          dropSessions(db, "DELETE FROM profile_sessions WHERE visitor_id = ?1"),
          addSession(db, "INSERT OR IGNORE INTO profile_sessions(visitor_id, session_id) VALUES (?1, ?2)"),
          hasSession(db, "SELECT 1 FROM profile_sessions WHERE visitor_id = ?1 AND session_id = ?2"),
          writeRow(db, storesql::kWriteRow),
          meta(db, "SELECT (SELECT value FROM profile_meta WHERE key = 'version'),"
                   " (SELECT value FROM profile_meta WHERE key = 'last_event_id')"),
          setMeta(db, "UPDATE profile_meta SET value = CASE key WHEN 'version' THEN ?1 ELSE ?2 END"
                      " WHERE key IN ('version', 'last_event_id')"),
          rows(db, "SELECT kind, key, scaled, engaged_ms, flags, visits, last_session, coalesce(last_ts, 0),"
                   " finishes FROM profile_interest WHERE visitor_id = ?1"),
          visitorKey(db, "SELECT id FROM visitors WHERE uuid = ?1"),
          hasEvents(db, "SELECT 1 FROM events WHERE visitor_id = ?1 LIMIT 1"), beginWrite(db, "BEGIN IMMEDIATE"),
          beginRead(db, "BEGIN"), commit(db, "COMMIT")
    {
    }
    bool valid() const
    {
        for (const Stmt *s : {&events, &visitorEvents, &loadVisitor, &saveVisitor, &dropInterest, &dropSessions,
                              &addSession, &hasSession, &writeRow, &meta, &setMeta, &rows, &visitorKey, &hasEvents,
                              &beginWrite, &beginRead, &commit})
            if (!s->isValid())
                return false;
        return true;
    }
    Stmt events, visitorEvents, loadVisitor, saveVisitor, dropInterest, dropSessions, addSession, hasSession,
        writeRow, meta, setMeta, rows, visitorKey, hasEvents;
    // Prepared once: the fold of a single event is timed in microseconds, parsing SQL is not free.
    Stmt beginWrite, beginRead, commit;
};

} // namespace showroom::profiles
