#include "telemetry/Database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcTelemetryDb, "showroom.telemetry.database")

namespace showroom::telemetry {
namespace {

// Schema history. A step is never edited once released: files in the field were made with it.
// v1: sessions + events with a single duration column.
const char *const kStepTo1 = R"sql(
CREATE TABLE sessions(
    id TEXT PRIMARY KEY,
    visitor_id TEXT NOT NULL,
    device_id TEXT,
    mode TEXT,
    language TEXT,
    start_utc INTEGER NOT NULL,
    end_utc INTEGER,
    end_reason TEXT);
CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    session_id TEXT,
    visitor_id TEXT,
    ts_utc INTEGER NOT NULL,
    name TEXT NOT NULL,
    target TEXT,
    properties TEXT,
    duration_ms INTEGER);
CREATE INDEX events_ts ON events(ts_utc);
)sql";

// v2: engaged vs elapsed dwell, monotonic stamps, visitors/leads/consents, drop records, per-device
// settings, and the indexes the dashboard's per-visitor / per-target / per-time queries need.
const char *const kStepTo2 = R"sql(
ALTER TABLE events RENAME COLUMN duration_ms TO elapsed_ms;
ALTER TABLE events ADD COLUMN engaged_ms INTEGER;
ALTER TABLE events ADD COLUMN mono_ms INTEGER;
CREATE TABLE visitors(
    id TEXT PRIMARY KEY,
    first_seen_utc INTEGER NOT NULL,
    device_id TEXT);
INSERT OR IGNORE INTO visitors(id, first_seen_utc, device_id)
    SELECT visitor_id, min(start_utc), device_id FROM sessions GROUP BY visitor_id;
CREATE TABLE leads(
    id INTEGER PRIMARY KEY,
    visitor_id TEXT NOT NULL,
    session_id TEXT,
    created_utc INTEGER NOT NULL,
    contact TEXT NOT NULL,
    request TEXT);
CREATE TABLE consents(
    id INTEGER PRIMARY KEY,
    visitor_id TEXT NOT NULL,
    lead_id INTEGER REFERENCES leads(id),
    given_utc INTEGER NOT NULL,
    text TEXT NOT NULL,
    purpose TEXT);
CREATE TABLE device(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE drops(
    id INTEGER PRIMARY KEY,
    recorded_utc INTEGER NOT NULL,
    count INTEGER NOT NULL,
    reason TEXT);
CREATE INDEX events_visitor ON events(visitor_id, ts_utc);
CREATE INDEX events_target ON events(target, ts_utc) WHERE target IS NOT NULL; -- camera samples stay out
CREATE INDEX events_session ON events(session_id);
CREATE INDEX sessions_visitor ON sessions(visitor_id);
CREATE INDEX sessions_start ON sessions(start_utc);
CREATE INDEX leads_visitor ON leads(visitor_id);
CREATE INDEX consents_visitor ON consents(visitor_id);
)sql";

// v3: visitors and sessions get integer keys; their UUIDs (the pseudonyms staff and tools use) are stored
// once, in visitors.uuid / sessions.uuid. Every event used to repeat two 36-byte UUIDs in its row and in
// two indexes, about half of its bytes on disk (~290 -> 136 bytes per event; docs/benchmarks.md).
// Keys are AUTOINCREMENT so an erased visitor's or session's number is never given to anyone else.
// Old tables are renamed out of the way first, so the new ones are created under their final names.
const char *const kStepTo3 = R"sql(
DROP INDEX events_visitor;
DROP INDEX events_target;
DROP INDEX events_session;
DROP INDEX events_ts;
DROP INDEX sessions_visitor;
DROP INDEX sessions_start;
DROP INDEX leads_visitor;
DROP INDEX consents_visitor;
ALTER TABLE consents RENAME TO consents_v2;
ALTER TABLE leads RENAME TO leads_v2;
ALTER TABLE events RENAME TO events_v2;
ALTER TABLE sessions RENAME TO sessions_v2;
ALTER TABLE visitors RENAME TO visitors_v2;
CREATE TABLE visitors(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    first_seen_utc INTEGER NOT NULL,
    device_id TEXT);
CREATE TABLE sessions(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id),
    device_id TEXT,
    mode TEXT,
    language TEXT,
    start_utc INTEGER NOT NULL,
    end_utc INTEGER,
    end_reason TEXT);
CREATE TABLE events(
    id INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id),
    visitor_id INTEGER REFERENCES visitors(id),
    ts_utc INTEGER NOT NULL,
    mono_ms INTEGER,
    name TEXT NOT NULL,
    target TEXT,
    properties TEXT,
    engaged_ms INTEGER,
    elapsed_ms INTEGER);
CREATE TABLE leads(
    id INTEGER PRIMARY KEY,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id),
    session_id INTEGER REFERENCES sessions(id),
    created_utc INTEGER NOT NULL,
    contact TEXT NOT NULL,
    request TEXT);
CREATE TABLE consents(
    id INTEGER PRIMARY KEY,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id),
    lead_id INTEGER REFERENCES leads(id),
    given_utc INTEGER NOT NULL,
    text TEXT NOT NULL,
    purpose TEXT);
INSERT INTO visitors(uuid, first_seen_utc, device_id)
    SELECT id, first_seen_utc, device_id FROM visitors_v2 ORDER BY first_seen_utc, id;
-- v2 did not insist on a visitors row for every visitor it named; v3 does.
INSERT OR IGNORE INTO visitors(uuid, first_seen_utc)
    SELECT visitor_id, min(t) FROM (
        SELECT visitor_id, start_utc AS t FROM sessions_v2
        UNION ALL SELECT visitor_id, ts_utc FROM events_v2 WHERE visitor_id IS NOT NULL
        UNION ALL SELECT visitor_id, created_utc FROM leads_v2
        UNION ALL SELECT visitor_id, given_utc FROM consents_v2)
    GROUP BY visitor_id ORDER BY min(t), visitor_id;
INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc, end_utc, end_reason)
    SELECT s.id, v.id, s.device_id, s.mode, s.language, s.start_utc, s.end_utc, s.end_reason
    FROM sessions_v2 s JOIN visitors v ON v.uuid = s.visitor_id ORDER BY s.start_utc, s.id;
INSERT OR IGNORE INTO sessions(uuid, visitor_id, start_utc)
    SELECT e.session_id, v.id, min(e.ts_utc) FROM events_v2 e JOIN visitors v ON v.uuid = e.visitor_id
    WHERE e.session_id IS NOT NULL GROUP BY e.session_id ORDER BY min(e.ts_utc);
INSERT INTO events(id, session_id, visitor_id, ts_utc, mono_ms, name, target, properties, engaged_ms, elapsed_ms)
    SELECT e.id, s.id, v.id, e.ts_utc, e.mono_ms, e.name, e.target, e.properties, e.engaged_ms, e.elapsed_ms
    FROM events_v2 e LEFT JOIN sessions s ON s.uuid = e.session_id LEFT JOIN visitors v ON v.uuid = e.visitor_id
    ORDER BY e.id;
INSERT INTO leads(id, visitor_id, session_id, created_utc, contact, request)
    SELECT l.id, v.id, s.id, l.created_utc, l.contact, l.request
    FROM leads_v2 l JOIN visitors v ON v.uuid = l.visitor_id LEFT JOIN sessions s ON s.uuid = l.session_id;
INSERT INTO consents(id, visitor_id, lead_id, given_utc, text, purpose)
    SELECT c.id, v.id, c.lead_id, c.given_utc, c.text, c.purpose
    FROM consents_v2 c JOIN visitors v ON v.uuid = c.visitor_id;
DROP TABLE consents_v2;
DROP TABLE leads_v2;
DROP TABLE events_v2;
DROP TABLE sessions_v2;
DROP TABLE visitors_v2;
CREATE INDEX events_visitor ON events(visitor_id, ts_utc);
CREATE INDEX events_target ON events(target, ts_utc) WHERE target IS NOT NULL; -- camera samples stay out
CREATE INDEX events_session ON events(session_id);
CREATE INDEX events_ts ON events(ts_utc);
CREATE INDEX sessions_visitor ON sessions(visitor_id);
CREATE INDEX sessions_start ON sessions(start_utc);
CREATE INDEX leads_visitor ON leads(visitor_id);
CREATE INDEX consents_visitor ON consents(visitor_id);
-- Events as staff read them, with the visitors' and sessions' pseudonyms instead of their keys.
CREATE VIEW event_log AS
    SELECT e.id, s.uuid AS session, v.uuid AS visitor, e.ts_utc, e.mono_ms, e.name, e.target, e.properties,
           e.engaged_ms, e.elapsed_ms
    FROM events e LEFT JOIN sessions s ON s.id = e.session_id LEFT JOIN visitors v ON v.id = e.visitor_id;
)sql";

// v4: the lead form (issue 13). A lead gets a UUID (the brochure, made later off the GUI thread, is
// attached by it), what it is about, the preferred way to be contacted, the visitor's language and the
// brochure's path; each consent its wording's version and the language it was shown in. Older rows keep
// NULL there: they were stored without those facts.
const char *const kStepTo4 = R"sql(
ALTER TABLE leads ADD COLUMN uuid TEXT;
ALTER TABLE leads ADD COLUMN target TEXT;
ALTER TABLE leads ADD COLUMN preferred_contact TEXT;
ALTER TABLE leads ADD COLUMN language TEXT;
ALTER TABLE leads ADD COLUMN brochure_path TEXT;
ALTER TABLE consents ADD COLUMN version TEXT;
ALTER TABLE consents ADD COLUMN language TEXT;
CREATE UNIQUE INDEX leads_uuid ON leads(uuid) WHERE uuid IS NOT NULL;
CREATE INDEX consents_lead ON consents(lead_id);
)sql";

// v5: the writer's hot path (issue 15). events_target (target, ts_utc) was the only index on `events` whose
// entries land all over its b-tree (hundreds of targets): every insert dirtied another of its pages, on
// the writer's hot path. Nothing reads it: per-target figures come from the
// dashboard's rollups (app/dashboard), folded past a cursor by id. The three left are appended at their
// end (ids, times, sessions and kiosk visitors only grow) and serve erasure (visitor, session), retention
// (time) and a visitor's history (profiles, the visitor page).
const char *const kStepTo5 = R"sql(
DROP INDEX IF EXISTS events_target;
)sql";

const char *const kSteps[] = {kStepTo1, kStepTo2, kStepTo3, kStepTo4, kStepTo5};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kSchemaVersion, "one migration step per version");

bool isCorruptCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

// Renames path (and its -wal/-shm companions) to "<path>.<why>-<UTC timestamp>"; never deletes.
QString moveAside(const QString &path, const char *why, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.%2-%3").arg(path, QLatin1String(why), stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(path, QLatin1String(why), stamp).arg(n);
    if (!QFile::rename(path, target)) {
        *error = QStringLiteral("cannot move '%1' aside to '%2'").arg(path, target);
        return QString();
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFileInfo::exists(companion))
            QFile::rename(companion, target + QLatin1String(suffix));
    }
    return target;
}

enum class Kind
{
    Ours,
    Empty,
    Foreign,
    Corrupt,
    Unreadable
};

Kind inspect(sql::Connection &db, int *version, QString *why)
{
    bool ok = false;
    const qint64 tables = db.scalar("SELECT count(*) FROM sqlite_schema", -1, &ok);
    if (!ok) {
        *why = db.errorText();
        return isCorruptCode(db.errorCode()) ? Kind::Corrupt : Kind::Unreadable;
    }
    const qint64 appId = db.scalar("PRAGMA application_id", 0);
    *version = int(db.scalar("PRAGMA user_version", 0));
    if (appId == kApplicationId)
        return Kind::Ours;
    if (tables == 0 && appId == 0)
        return Kind::Empty;
    *why = appId ? QStringLiteral("application_id is 0x%1, not Showroom's")
                       .arg(quint32(appId), 8, 16, QLatin1Char('0'))
                 : QStringLiteral("it holds %1 tables of another application").arg(tables);
    return Kind::Foreign;
}

bool migrate(sql::Connection &db, int from, QString *error)
{
    // IMMEDIATE so two processes opening an old file at once cannot both migrate it.
    if (!db.exec("BEGIN IMMEDIATE")) {
        *error = db.errorText();
        return false;
    }
    const int current = int(db.scalar("PRAGMA user_version", from));
    for (int v = current; v < kSchemaVersion; ++v) {
        if (!db.exec(kSteps[v])) {
            *error = QStringLiteral("migration to schema v%1 failed: %2").arg(v + 1).arg(db.errorText());
            db.exec("ROLLBACK");
            return false;
        }
    }
    const QByteArray pragmas = QStringLiteral("PRAGMA user_version=%1; PRAGMA application_id=%2;")
                                   .arg(kSchemaVersion)
                                   .arg(kApplicationId)
                                   .toLatin1();
    if (!db.exec(pragmas.constData()) || !db.exec("COMMIT")) {
        // Typically the disk filling up while the new tables are written: nothing of it reaches the file.
        *error = QStringLiteral("migration to schema v%1 failed: %2").arg(kSchemaVersion).arg(db.errorText());
        db.exec("ROLLBACK");
        return false;
    }
    return true;
}

} // namespace

OpenResult openDatabase(sql::Connection &db, const QString &path, const OpenOptions &options)
{
    OpenResult result;
    const bool memory = path == QLatin1String(":memory:");
    const bool recover = options.mode == OpenOptions::CreateOrRecover;
    auto fail = [&](const QString &why) {
        db.close();
        result.ok = false;
        result.error = QStringLiteral("database '%1': %2").arg(path, why);
        return result;
    };
    if (!memory && !recover && !QFileInfo::exists(path))
        return fail(QStringLiteral("does not exist"));
    if (!memory && QFileInfo(path).isDir())
        return fail(QStringLiteral("is a directory"));

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (recover ? SQLITE_OPEN_CREATE : 0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        if (!db.open(path, flags, &error))
            return fail(error);
        sqlite3_busy_timeout(db.handle(), options.busyTimeoutMs);

        int version = 0;
        QString why;
        const Kind kind = inspect(db, &version, &why);
        if (kind == Kind::Unreadable) {
            const int primary = db.errorCode() & 0xff;
            if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
                return fail(
                    QStringLiteral("is locked by another process (waited %1 ms)").arg(options.busyTimeoutMs));
            return fail(why);
        }
        if (kind == Kind::Corrupt || kind == Kind::Foreign) {
            const char *label = kind == Kind::Corrupt ? "corrupt" : "foreign";
            const QString reason = kind == Kind::Corrupt
                                       ? QStringLiteral("is corrupt or not a database (%1)").arg(why)
                                       : QStringLiteral("is not a Showroom database: %1").arg(why);
            if (!recover || memory || attempt > 0)
                return fail(reason);
            db.close();
            QString moveError;
            const QString moved = moveAside(path, label, &moveError);
            if (moved.isEmpty())
                return fail(reason + QStringLiteral("; ") + moveError);
            qCWarning(lcTelemetryDb).noquote()
                << QStringLiteral("database '%1' %2; moved it aside to '%3' and started a fresh one")
                       .arg(path, reason, moved);
            result.movedAsideTo = moved;
            continue;
        }
        if (version > kSchemaVersion)
            return fail(
                QStringLiteral("schema v%1 is newer than this build understands (v%2); not touching it")
                    .arg(version)
                    .arg(kSchemaVersion));

        // WAL: readers (staff tools, backups) never block the writer and the writer never blocks them.
        if (!memory && !db.exec("PRAGMA journal_mode=WAL"))
            return fail(QStringLiteral("cannot switch to WAL: %1").arg(db.errorText()));
        db.exec(options.synchronous == Synchronous::Full ? "PRAGMA synchronous=FULL"
                                                         : "PRAGMA synchronous=NORMAL");
        // Erased visitors' bytes are overwritten, not merely unlinked from the b-tree.
        db.exec("PRAGMA secure_delete=ON");
        // 16 MB of page cache keeps the `events` indexes' hot pages in memory (default 2 MB).
        db.exec("PRAGMA cache_size=-16000");
        if (version < kSchemaVersion) {
            if (!recover && version == 0 && kind == Kind::Empty)
                return fail(QStringLiteral("is empty, not a Showroom database"));
            if (!migrate(db, version, &why))
                return fail(why);
        }
        result.ok = true;
        result.migratedFrom = version;
        return result;
    }
    return fail(QStringLiteral("could not be opened"));
}

} // namespace showroom::telemetry
