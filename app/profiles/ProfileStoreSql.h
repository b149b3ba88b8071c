// Internal to the profile store (ProfileStore.cpp, ProfileStoreRead.cpp): its SQL, the per-visitor state
// a fold keeps in hand, and the prepared statements. Not for use outside app/profiles.
#pragma once

#include "profiles/ProfileStore.h"
#include "profiles/Stmt.h"

namespace showroom::profiles {

namespace storesql {

inline const char *const kSchema = R"sql(
-- Triggers are made again on every open, so a new model version's triggers replace the old ones.
DROP TRIGGER IF EXISTS profile_event_deleted;
DROP TRIGGER IF EXISTS profile_cursor_back;
DROP TRIGGER IF EXISTS profile_visitor_deleted;
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
END;
INSERT OR IGNORE INTO profile_meta(key, value) VALUES ('last_event_id', 0);
)sql";

inline const char *const kSelectEvents =
    "SELECT id, visitor_id, coalesce(session_id, 0), ts_utc, name, coalesce(target, ''),"
    " coalesce(properties, ''), coalesce(engaged_ms, 0) FROM events"
    " WHERE id > ?1 AND visitor_id IS NOT NULL AND name <> 'camera' ORDER BY id LIMIT ?2";

inline const char *const kSelectVisitorEvents =
    "SELECT id, visitor_id, coalesce(session_id, 0), ts_utc, name, coalesce(target, ''),"
    " coalesce(properties, ''), coalesce(engaged_ms, 0) FROM events"
    " WHERE visitor_id = ?1 AND id <= ?2 AND name <> 'camera' ORDER BY id";

// One touch: scaled points, plus a return-visit bonus when this visit has not touched the row yet.
inline const char *const kUpsert =
    "INSERT INTO profile_interest(visitor_id, kind, key, scaled, engaged_ms, flags, visits, last_session, "
    "last_ts,"
    " finishes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6 & ~?7, ?8, CASE WHEN ?8 THEN ?9 END, ?10, CASE WHEN ?12 THEN ?13 END)"
    " ON CONFLICT(visitor_id, kind, key) DO UPDATE SET"
    "  scaled = scaled + ?4 + CASE WHEN ?8 AND last_session IS NOT ?9 THEN ?11 ELSE 0 END,"
    "  engaged_ms = engaged_ms + ?5,"
    "  flags = (flags | ?6) & ~?7,"
    "  visits = visits + (?8 AND last_session IS NOT ?9),"
    "  last_session = CASE WHEN ?8 THEN ?9 ELSE last_session END,"
    "  last_ts = max(coalesce(last_ts, 0), ?10),"
    "  finishes = CASE WHEN ?12 THEN ?13 ELSE finishes END";

} // namespace storesql

struct ProfileStore::Visitor
{
    qint64 key = 0;
    qint64 lastEventId = 0;
    qint64 firstTs = 0, lastTs = 0;
    int visits = 0;
    qint64 lastSession = 0;
    Counters counters;
    LastLooked lastLooked;
    bool dirty = false;
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
          upsert(db, storesql::kUpsert),
          cursor(db, "SELECT value FROM profile_meta WHERE key = 'last_event_id'"),
          setCursor(db, "UPDATE profile_meta SET value = ?1 WHERE key = 'last_event_id'"),
          rows(db, "SELECT kind, key, scaled, engaged_ms, flags, visits, coalesce(last_ts, 0), finishes"
                   " FROM profile_interest WHERE visitor_id = ?1"),
          visitorKey(db, "SELECT id FROM visitors WHERE uuid = ?1"),
          hasEvents(db, "SELECT 1 FROM events WHERE visitor_id = ?1 LIMIT 1"),
          newestEvent(db, "SELECT coalesce(max(id), 0) FROM events"), beginWrite(db, "BEGIN IMMEDIATE"),
          beginRead(db, "BEGIN"), commit(db, "COMMIT")
    {
    }
    bool valid() const
    {
        for (const Stmt *s : {&events, &visitorEvents, &loadVisitor, &saveVisitor, &dropInterest,
                              &dropSessions, &addSession, &upsert, &cursor, &setCursor, &rows, &visitorKey,
                              &hasEvents, &newestEvent, &beginWrite, &beginRead, &commit})
            if (!s->isValid())
                return false;
        return true;
    }
    Stmt events, visitorEvents, loadVisitor, saveVisitor, dropInterest, dropSessions, addSession, upsert,
        cursor, setCursor, rows, visitorKey, hasEvents, newestEvent;
    // Prepared once: the fold of a single event is timed in microseconds, parsing SQL is not free.
    Stmt beginWrite, beginRead, commit;
};

} // namespace showroom::profiles
