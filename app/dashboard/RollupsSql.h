// Internal to the rollups (Rollups*.cpp, DashboardQueries*.cpp): the tables, the erasure triggers, and the
// SQL expressions the fold and the triggers share, so that what a deleted event takes out of a rollup is
// exactly what folding it put in.
#pragma once

#include <QByteArray>
#include <QString>

namespace showroom::dashboard::rollupsql {

// The tables. Bucketed tables key (level, bucket, demo, <what>, device): a range reads a few index ranges,
// already in the order its GROUP BY <what> needs.
inline const char *const kTables = R"sql(
CREATE TABLE IF NOT EXISTS dash_meta(key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID;
INSERT OR IGNORE INTO dash_meta(key, value) VALUES ('last_event_id', 0);
CREATE TABLE IF NOT EXISTS dash_sessions(
    session_id INTEGER PRIMARY KEY, visitor_id INTEGER NOT NULL,
    day INTEGER NOT NULL, device TEXT NOT NULL, demo INTEGER NOT NULL,
    step INTEGER NOT NULL DEFAULT 1, engaged_ms INTEGER NOT NULL DEFAULT 0,
    engaged INTEGER NOT NULL DEFAULT 0, start_ts INTEGER NOT NULL, last_ts INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dash_sessions_visitor ON dash_sessions(visitor_id);
CREATE TABLE IF NOT EXISTS dash_days(
    day INTEGER NOT NULL, demo INTEGER NOT NULL, device TEXT NOT NULL,
    sessions INTEGER NOT NULL DEFAULT 0, engaged_sessions INTEGER NOT NULL DEFAULT 0,
    engaged_ms INTEGER NOT NULL DEFAULT 0, leads INTEGER NOT NULL DEFAULT 0,
    brochures INTEGER NOT NULL DEFAULT 0,
    reached1 INTEGER NOT NULL DEFAULT 0, reached2 INTEGER NOT NULL DEFAULT 0,
    reached3 INTEGER NOT NULL DEFAULT 0, reached4 INTEGER NOT NULL DEFAULT 0,
    reached5 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(day, demo, device)) WITHOUT ROWID;
-- One row per visitor, demo flag, day and device. prev_* is the visitor's previous day (any device / this
-- device), first_* their first day; first_of_day marks one row per visitor and day over all devices.
CREATE TABLE IF NOT EXISTS dash_visitor_days(
    demo INTEGER NOT NULL, day INTEGER NOT NULL, device TEXT NOT NULL, visitor_id INTEGER NOT NULL,
    first_of_day INTEGER NOT NULL, prev_any INTEGER, first_any INTEGER NOT NULL,
    prev_dev INTEGER, first_dev INTEGER NOT NULL,
    PRIMARY KEY(demo, day, device, visitor_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dash_visitor_days_visitor ON dash_visitor_days(visitor_id);
-- Those day rows counted for range queries (kept by triggers on dash_visitor_days, so the fold and erasure
-- both reach them): per demo flag, scope ('' = over all devices: the first row of each visitor and day;
-- else one device: every row of it), day bucket (levels as dash_units'), whether the row is the visitor's
-- second day (its previous day is their first) and its previous day (-1: none). A range's distinct
-- visitors are its buckets' rows with prev before the range: an index range per bucket.
CREATE TABLE IF NOT EXISTS dash_visitor_hist(
    demo INTEGER NOT NULL, scope TEXT NOT NULL, level INTEGER NOT NULL, bucket INTEGER NOT NULL,
    second INTEGER NOT NULL, prev INTEGER NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY(demo, scope, level, bucket, second, prev)) WITHOUT ROWID;
-- Distinct visitors per day and scope (the trend chart), kept by the same triggers.
CREATE TABLE IF NOT EXISTS dash_visitor_counts(
    demo INTEGER NOT NULL, scope TEXT NOT NULL, day INTEGER NOT NULL, visitors INTEGER NOT NULL,
    PRIMARY KEY(demo, scope, day)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dash_dirty(visitor_id INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS dash_visitors(
    visitor_id INTEGER PRIMARY KEY, demo INTEGER NOT NULL,
    sessions INTEGER NOT NULL, first_ts INTEGER NOT NULL, last_ts INTEGER NOT NULL,
    engaged_ms INTEGER NOT NULL, last_device TEXT, top_unit TEXT, has_lead INTEGER NOT NULL,
    raw_score INTEGER NOT NULL, score_ts INTEGER NOT NULL, score_key REAL NOT NULL);
-- Not by demo first: staff/demo visitors are few, and a list with them must not sort every row.
CREATE INDEX IF NOT EXISTS dash_visitors_score ON dash_visitors(score_key);
CREATE INDEX IF NOT EXISTS dash_visitors_last ON dash_visitors(last_ts);
CREATE TABLE IF NOT EXISTS dash_unit_types(unit TEXT PRIMARY KEY, type TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dash_units(
    level INTEGER NOT NULL, bucket INTEGER NOT NULL, demo INTEGER NOT NULL, device TEXT NOT NULL,
    unit TEXT NOT NULL,
    views INTEGER NOT NULL DEFAULT 0, engaged_ms INTEGER NOT NULL DEFAULT 0,
    inside_ms INTEGER NOT NULL DEFAULT 0, insides INTEGER NOT NULL DEFAULT 0,
    fav_added INTEGER NOT NULL DEFAULT 0, fav_removed INTEGER NOT NULL DEFAULT 0,
    brochures INTEGER NOT NULL DEFAULT 0, leads INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(level, bucket, demo, unit, device)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dash_cells(
    level INTEGER NOT NULL, bucket INTEGER NOT NULL, demo INTEGER NOT NULL, device TEXT NOT NULL,
    cx INTEGER NOT NULL, cz INTEGER NOT NULL, samples INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(level, bucket, demo, cx, cz, device)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dash_rooms(
    level INTEGER NOT NULL, bucket INTEGER NOT NULL, demo INTEGER NOT NULL, device TEXT NOT NULL,
    type TEXT NOT NULL, room TEXT NOT NULL,
    entries INTEGER NOT NULL DEFAULT 0, linger_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(level, bucket, demo, type, room, device)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dash_steps(
    level INTEGER NOT NULL, bucket INTEGER NOT NULL, demo INTEGER NOT NULL, device TEXT NOT NULL,
    type TEXT NOT NULL, from_room TEXT NOT NULL, to_room TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY(level, bucket, demo, type, from_room, to_room, device)) WITHOUT ROWID;
)sql";

inline const char *const kDropTables = R"sql(
DROP TRIGGER IF EXISTS dash_event_deleted;
DROP TRIGGER IF EXISTS dash_session_deleted;
DROP TRIGGER IF EXISTS dash_visitor_deleted;
DROP TRIGGER IF EXISTS dash_visitor_day_added;
DROP TRIGGER IF EXISTS dash_visitor_day_removed;
DROP TABLE IF EXISTS dash_visitor_hist; DROP TABLE IF EXISTS dash_visitor_counts;
DROP TABLE IF EXISTS dash_sessions; DROP TABLE IF EXISTS dash_days; DROP TABLE IF EXISTS dash_visitor_days;
DROP TABLE IF EXISTS dash_dirty; DROP TABLE IF EXISTS dash_visitors; DROP TABLE IF EXISTS dash_unit_types;
DROP TABLE IF EXISTS dash_units; DROP TABLE IF EXISTS dash_cells; DROP TABLE IF EXISTS dash_rooms;
DROP TABLE IF EXISTS dash_steps; DROP TABLE IF EXISTS dash_meta;
)sql";

// Shared expressions over an events row called E (the fold's SELECT and the triggers' OLD).
// A unit target's id: "unit:A_0304" -> A_0304; a room's unit and room: "room:A_0304/Living".
inline QString unitOf(const QString &e)
{
    return QStringLiteral("(CASE WHEN %1.target LIKE 'unit:%' THEN substr(%1.target, 6)"
                          " WHEN %1.target LIKE 'room:%/%' THEN substr(%1.target, 6, instr(%1.target, '/') - 6)"
                          " END)")
        .arg(e);
}
inline QString roomOf(const QString &e)
{
    return QStringLiteral("(CASE WHEN %1.target LIKE 'room:%/%' THEN substr(%1.target, instr(%1.target, '/') + 1)"
                          " END)")
        .arg(e);
}
// The 5 m camera cell of a `camera` sample's position (floor division; SQLite may lack floor()).
inline QString cellOf(const QString &e, const char *axis)
{
    const QString v = QStringLiteral("(json_extract(%1.properties, '$.p[%2]') / 5.0)").arg(e, QLatin1String(axis));
    return QStringLiteral("(CASE WHEN %1.name = 'camera' AND %1.target = 'site' AND json_valid(%1.properties)"
                          " THEN CAST(%2 AS INTEGER) - (%2 < CAST(%2 AS INTEGER)) END)")
        .arg(e, v);
}
inline QString requestOf(const QString &e)
{
    return QStringLiteral("(CASE WHEN %1.name = 'lead_submitted' AND json_valid(%1.properties)"
                          " THEN json_extract(%1.properties, '$.request') END)")
        .arg(e);
}
inline QString fromRoomOf(const QString &e)
{
    return QStringLiteral("(CASE WHEN %1.name = 'room_entered' THEN CASE WHEN json_valid(%1.properties)"
                          " THEN coalesce(json_extract(%1.properties, '$.from'), '') ELSE '' END END)")
        .arg(e);
}
inline QString typeIdOf(const QString &e)
{
    return QStringLiteral("(CASE WHEN %1.name IN ('unit_selected', 'inside_entered') AND json_valid(%1.properties)"
                          " THEN json_extract(%1.properties, '$.typeId') END)")
        .arg(e);
}

// The modes whose sessions are staff or demo (left out of the views by default).
inline const char *const kDemoModes = "('staff', 'robot', 'demo')";

// The triggers (made again on every open()), and their names (open() checks they are all there).
QByteArray triggers();
inline const char *const kTriggerNames = "('dash_event_deleted', 'dash_session_deleted', 'dash_visitor_deleted',"
                                         " 'dash_visitor_day_added', 'dash_visitor_day_removed')";
inline constexpr int kTriggerCount = 5;

} // namespace showroom::dashboard::rollupsql
