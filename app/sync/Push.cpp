// The push half of a sync: each kind of row is read from SQLite in id order, streamed with COPY into a
// temporary staging table and merged with INSERT … SELECT … ON CONFLICT, one transaction per batch that
// also moves the device's cursor (so a batch is either wholly in, cursor and all, or not at all).
#include "sync/SyncInternal.h"

#include <QDateTime>
#include <QSet>

#include <sqlite3.h>

namespace showroom::sync::detail {
namespace {

struct Kind
{
    const char *name;    // also the cursor's name in sync_cursors
    const char *columns; // local: the id first, then the time stamp the cursor remembers, then the rest
    const char *table;   // local FROM (with an alias where columns use one)
    const char *idColumn;
    const char *map;     // per column: P plain, V a visitors.id sent as its UUID, S a sessions.id as its UUID
    const char *canary;  // local: the time stamp of a row by id; nullptr when ids are never reused
    const char *walk;    // central: this device's rows at or below an id, newest first
    const char *openSql; // local: the lowest id whose row may still change (nullptr: rows never change)
    const char *stage;   // central: the staging table (rows vanish at commit)
    const char *copy;
    const char *merge;   // $1 device, $2 office
    qint64 SyncReport::*counter;
    // COPY straight into the central table (rows prefixed with device and office), for rows above a
    // cursor the server wrote itself: they cannot be there yet (nullptr: always through staging).
    const char *direct;
};

// Erased visitors stay erased: a device that was offline when they were forgotten must not bring
// them back, hence the NOT EXISTS on every merge (and the SHARE lock on erasures around it).
const Kind kKinds[] = {
    {"visitors", "id, first_seen_utc, uuid, device_id", "visitors", "id", "PPPP",
     nullptr, nullptr, nullptr,
     "CREATE TEMP TABLE IF NOT EXISTS stage_visitors(local_id bigint, first_seen_utc bigint, uuid text,"
     " device_id text) ON COMMIT DELETE ROWS",
     "COPY stage_visitors FROM STDIN",
     "INSERT INTO visitors(uuid, device, office, local_id, first_seen_utc, device_id)"
     " SELECT s.uuid, $1, $2, s.local_id, s.first_seen_utc, s.device_id FROM stage_visitors s"
     " WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.visitor = s.uuid) ON CONFLICT (uuid) DO NOTHING",
     &SyncReport::visitors, nullptr},
    {"sessions", "id, start_utc, uuid, visitor_id, device_id, mode, language, end_utc, end_reason", "sessions", "id",
     "PPPVPPPPP",
     nullptr, nullptr, "SELECT min(id) FROM sessions WHERE end_utc IS NULL AND start_utc > ?1",
     "CREATE TEMP TABLE IF NOT EXISTS stage_sessions(local_id bigint, start_utc bigint, uuid text, visitor text,"
     " device_id text, mode text, language text, end_utc bigint, end_reason text) ON COMMIT DELETE ROWS",
     "COPY stage_sessions FROM STDIN",
     "INSERT INTO sessions(uuid, visitor, device, office, local_id, device_id, mode, language, start_utc,"
     " end_utc, end_reason)"
     " SELECT s.uuid, s.visitor, $1, $2, s.local_id, s.device_id, s.mode, s.language, s.start_utc, s.end_utc,"
     " s.end_reason FROM stage_sessions s WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.visitor = s.visitor)"
     " ON CONFLICT (uuid) DO UPDATE SET end_utc = excluded.end_utc, end_reason = excluded.end_reason"
     " WHERE sessions.end_utc IS DISTINCT FROM excluded.end_utc"
     " OR sessions.end_reason IS DISTINCT FROM excluded.end_reason",
     &SyncReport::sessions, nullptr},
    {"leads",
     "id, created_utc, coalesce(uuid, ?3 || ':' || id || ':' || created_utc), uuid, visitor_id, session_id,"
     " contact, request, target, preferred_contact, language, brochure_path",
     "leads", "id",
     "PPPPVSPPPPPP",
     "SELECT created_utc FROM leads WHERE id = ?1",
     "SELECT local_id, created_utc FROM leads WHERE device = $1 AND local_id <= $2"
     " ORDER BY local_id DESC LIMIT 1000",
     "SELECT min(id) FROM leads WHERE brochure_path IS NULL AND created_utc > ?1",
     "CREATE TEMP TABLE IF NOT EXISTS stage_leads(local_id bigint, created_utc bigint, gid text, uuid text,"
     " visitor text, session text, contact text, request text, target text, preferred_contact text,"
     " language text, brochure_path text) ON COMMIT DELETE ROWS",
     "COPY stage_leads FROM STDIN",
     "INSERT INTO leads(gid, uuid, device, office, local_id, visitor, session, created_utc, contact, request,"
     " target, preferred_contact, language, brochure_path)"
     " SELECT s.gid, s.uuid, $1, $2, s.local_id, s.visitor, s.session, s.created_utc, s.contact, s.request,"
     " s.target, s.preferred_contact, s.language, s.brochure_path FROM stage_leads s"
     " WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.visitor = s.visitor)"
     " ON CONFLICT (gid) DO UPDATE SET brochure_path = excluded.brochure_path"
     " WHERE leads.brochure_path IS DISTINCT FROM excluded.brochure_path",
     &SyncReport::leads, nullptr},
    {"consents",
     "c.id, c.given_utc, c.visitor_id, (SELECT coalesce(l.uuid, ?3 || ':' || l.id || ':' || l.created_utc)"
     " FROM leads l WHERE l.id = c.lead_id), c.text, c.purpose, c.version, c.language",
     "consents c", "c.id",
     "PPVPPPPP",
     "SELECT given_utc FROM consents WHERE id = ?1",
     "SELECT local_id, given_utc FROM consents WHERE device = $1 AND local_id <= $2"
     " ORDER BY local_id DESC LIMIT 1000",
     nullptr,
     "CREATE TEMP TABLE IF NOT EXISTS stage_consents(local_id bigint, given_utc bigint, visitor text, lead text,"
     " text text, purpose text, version text, language text) ON COMMIT DELETE ROWS",
     "COPY stage_consents FROM STDIN",
     "INSERT INTO consents(device, local_id, given_utc, office, visitor, lead, text, purpose, version, language)"
     " SELECT $1, s.local_id, s.given_utc, $2, s.visitor, s.lead, s.text, s.purpose, s.version, s.language"
     " FROM stage_consents s WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.visitor = s.visitor)"
     " ON CONFLICT DO NOTHING",
     &SyncReport::consents, nullptr},
    {"events",
     "id, ts_utc, session_id, visitor_id, mono_ms, name, target, properties, engaged_ms, elapsed_ms", "events",
     "id", "PPSVPPPPPP",
     "SELECT ts_utc FROM events WHERE id = ?1",
     "SELECT local_id, ts_utc FROM events WHERE device = $1 AND local_id <= $2 ORDER BY local_id DESC LIMIT 1000",
     nullptr,
     "CREATE TEMP TABLE IF NOT EXISTS stage_events(local_id bigint, ts_utc bigint, session text, visitor text,"
     " mono_ms bigint, name text, target text, properties text, engaged_ms bigint, elapsed_ms bigint)"
     " ON COMMIT DELETE ROWS",
     "COPY stage_events FROM STDIN",
     "INSERT INTO events(device, local_id, ts_utc, office, session, visitor, mono_ms, name, target, properties,"
     " engaged_ms, elapsed_ms)"
     " SELECT $1, s.local_id, s.ts_utc, $2, s.session, s.visitor, s.mono_ms, s.name, s.target, s.properties,"
     " s.engaged_ms, s.elapsed_ms FROM stage_events s"
     " WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.visitor = s.visitor) ON CONFLICT DO NOTHING",
     &SyncReport::events,
     "COPY events(device, office, local_id, ts_utc, session, visitor, mono_ms, name, target, properties, engaged_ms,"
     " elapsed_ms) FROM STDIN"},
};

// A statement over the device's file through the sqlite3 C API: rows are formatted straight from
// SQLite's buffers into the COPY stream, with no QString in between.
class Local
{
public:
    Local(sqlite3 *db, const QByteArray &sql) { sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr); }
    ~Local() { sqlite3_finalize(m_stmt); }
    Local(const Local &) = delete;
    Local &operator=(const Local &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int i, qint64 v)
    {
        if (i <= sqlite3_bind_parameter_count(m_stmt))
            sqlite3_bind_int64(m_stmt, i, v);
    }
    void bind(int i, const QByteArray &v)
    {
        if (i <= sqlite3_bind_parameter_count(m_stmt))
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QByteArray uuidOf(Run &run, QHash<qint64, QByteArray> &cache, const char *sql, qint64 key)
{
    const auto it = cache.constFind(key);
    if (it != cache.cend())
        return *it;
    // Made after the maps were loaded (the app keeps writing while it syncs).
    Local q(run.local.handle(), sql);
    q.bind(1, key);
    QByteArray uuid;
    if (q.get() && sqlite3_step(q.get()) == SQLITE_ROW)
        uuid = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)),
                          sqlite3_column_bytes(q.get(), 0));
    cache.insert(key, uuid);
    return uuid;
}

void formatRow(Run &run, const Kind &kind, sqlite3_stmt *st, QByteArray &out)
{
    const int n = int(qstrlen(kind.map));
    for (int c = 0; c < n; ++c) {
        const char col = kind.map[c];
        const bool last = c == n - 1;
        const int type = sqlite3_column_type(st, c);
        if (type == SQLITE_NULL) {
            pg::copyNull(out, last);
        } else if (col == 'V' || col == 'S') {
            const qint64 key = sqlite3_column_int64(st, c);
            if (col == 'V' && run.batchVisitors)
                run.batchVisitors->insert(key);
            const QByteArray uuid =
                col == 'V' ? uuidOf(run, run.visitorUuid, "SELECT uuid FROM visitors WHERE id = ?1", key)
                                    : uuidOf(run, run.sessionUuid, "SELECT uuid FROM sessions WHERE id = ?1", key);
            pg::copyField(out, uuid, last);
        } else if (type == SQLITE_INTEGER) {
            pg::copyInt(out, sqlite3_column_int64(st, c), last);
        } else {
            const char *text = reinterpret_cast<const char *>(sqlite3_column_text(st, c));
            pg::copyField(out, text, sqlite3_column_bytes(st, c), last);
        }
    }
}

bool failed(Run &run, const QString &why)
{
    run.error = why;
    QString ignored;
    if (!run.central.isBroken())
        run.central.exec("ROLLBACK", &ignored);
    return false;
}

// Direct batches: rows of visitors erased centrally since this sync pulled erasures (the app kept writing
// for a visitor forgotten meanwhile) are deleted again inside the batch's transaction, under its SHARE lock.
bool dropErased(Run &run, const QSet<qint64> &visitors, qint64 fromId, qint64 toId, QString *e, qint64 *dropped)
{
    QByteArray list("{");
    for (qint64 key : visitors) {
        const QByteArray uuid = run.visitorUuid.value(key);
        if (!uuid.isEmpty())
            list += (list.size() > 1 ? "," : "") + uuid;
    }
    list += '}';
    // Almost always none: ask first (one index probe per visitor), delete only then.
    pg::Result erased;
    if (!run.central.query("SELECT 1 FROM erasures WHERE visitor = ANY($1::text[]) LIMIT 1", {list}, &erased, e))
        return false;
    if (erased.rows() == 0)
        return true;
    return run.central.command("DELETE FROM events WHERE device = $1 AND local_id > $2 AND local_id <= $3"
                               " AND visitor IN (SELECT visitor FROM erasures WHERE visitor = ANY($4::text[]))",
                               {run.device, QByteArray::number(fromId), QByteArray::number(toId), list}, e, dropped);
}

// One transaction: COPY the statement's rows (at most batchRows) into staging, merge, move the cursor;
// or, with directPrefix (the escaped "device\toffice\t"), COPY them straight into the table.
// *rows: how many were read (0: nothing left, the transaction is rolled back).
bool batch(Run &run, const Kind &kind, Local &select, bool moveCursor, qint64 *lastId, qint64 *lastTs, int *rows,
           const QByteArray *directPrefix = nullptr)
{
    *rows = 0;
    QString e;
    const qint64 firstId = *lastId;
    QSet<qint64> visitors;
    run.batchVisitors = directPrefix ? &visitors : nullptr;
    if (!run.central.exec("BEGIN", &e) || !run.central.exec("LOCK TABLE erasures IN SHARE MODE", &e) ||
        (!directPrefix && !run.central.exec(kind.stage, &e)) ||
        !run.central.copyBegin(directPrefix ? kind.direct : kind.copy, &e))
        return failed(run, e);
    QByteArray buffer;
    buffer.reserve(1 << 20);
    int rc = SQLITE_ROW;
    while (*rows < run.request.batchRows && (rc = sqlite3_step(select.get())) == SQLITE_ROW) {
        if (directPrefix)
            buffer.append(*directPrefix);
        formatRow(run, kind, select.get(), buffer);
        *lastId = sqlite3_column_int64(select.get(), 0);
        *lastTs = sqlite3_column_int64(select.get(), 1);
        ++*rows;
        if (buffer.size() >= (1 << 20)) {
            if (!run.central.copyPut(buffer, &e))
                return failed(run, e);
            buffer.clear();
        }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return failed(run, QStringLiteral("reading %1 from the device's database failed: %2")
                               .arg(QLatin1String(kind.name), run.local.errorText()));
    run.batchVisitors = nullptr;
    qint64 copied = 0;
    if ((!buffer.isEmpty() && !run.central.copyPut(buffer, &e)) || !run.central.copyEnd(&e, &copied))
        return failed(run, e);
    if (*rows == 0)
        return run.central.exec("ROLLBACK", &run.error);
    qint64 merged = 0;
    if (directPrefix) {
        qint64 dropped = 0;
        if (!dropErased(run, visitors, firstId, *lastId, &e, &dropped))
            return failed(run, e);
        merged = copied - dropped;
        run.report.eventsDirect += merged;
    } else if (!run.central.command(kind.merge, {run.device, run.office}, &e, &merged)) {
        return failed(run, e);
    }
    if (moveCursor &&
        !run.central.command("INSERT INTO sync_cursors(device, kind, last_id, last_ts) VALUES ($1, $2, $3, $4)"
                             " ON CONFLICT (device, kind) DO UPDATE SET last_id = excluded.last_id,"
                             " last_ts = excluded.last_ts",
                             {run.device, kind.name, QByteArray::number(*lastId), QByteArray::number(*lastTs)}, &e))
        return failed(run, e);
    if (!run.central.exec("COMMIT", &e))
        return failed(run, e);
    run.report.*kind.counter += merged;
    run.report.rowsSent += *rows;
    return true;
}

// The local time stamp of row id, or -1 when there is no such row.
qint64 localTs(Run &run, const Kind &kind, qint64 id)
{
    Local q(run.local.handle(), kind.canary);
    q.bind(1, id);
    return q.get() && sqlite3_step(q.get()) == SQLITE_ROW ? sqlite3_column_int64(q.get(), 0) : -1;
}

// SQLite gives a deleted row's id to the next row when it was the highest (an erased visitor's last
// events). When the row at the cursor is gone or is another row, resume from the highest row that is
// the same on both sides; everything above it is sent again (idempotent: ON CONFLICT).
bool resumePoint(Run &run, const Kind &kind, qint64 *cursor, qint64 cursorTs)
{
    if (!kind.canary || *cursor <= 0 || localTs(run, kind, *cursor) == cursorTs)
        return true;
    qint64 below = *cursor;
    for (;;) {
        pg::Result r;
        if (!run.central.query(kind.walk, {run.device, QByteArray::number(below)}, &r, &run.error))
            return false;
        for (int i = 0; i < r.rows(); ++i) {
            const qint64 id = r.int64(i, 0);
            if (localTs(run, kind, id) == r.int64(i, 1)) {
                *cursor = id;
                return true;
            }
            below = id - 1;
        }
        if (r.rows() == 0 || below <= 0) {
            *cursor = 0;
            return true;
        }
    }
}

QByteArray selectSql(const Kind &kind, bool reopen)
{
    const QByteArray where = reopen ? QByteArray(kind.idColumn) + " >= ?1 AND " + kind.idColumn + " <= ?2"
                                    : QByteArray(kind.idColumn) + " > ?1";
    return QByteArray("SELECT ") + kind.columns + " FROM " + kind.table + " WHERE " + where + " ORDER BY " +
           kind.idColumn + (reopen ? "" : " LIMIT ?2");
}

bool pushKind(Run &run, const Kind &kind)
{
    pg::Result r;
    if (!run.central.query("SELECT last_id, last_ts FROM sync_cursors WHERE device = $1 AND kind = $2",
                           {run.device, kind.name}, &r, &run.error))
        return false;
    qint64 cursor = r.rows() ? r.int64(0, 0) : 0;
    const qint64 cursorTs = r.rows() ? r.int64(0, 1) : 0;
    const qint64 remembered = cursor;
    if (!resumePoint(run, kind, &cursor, cursorTs))
        return false;
    qint64 lastId = cursor, lastTs = cursorTs;
    const QString openKey = QStringLiteral("open:") + QLatin1String(kind.name);
    const qint64 openFrom = localValue(run.local, openKey, QStringLiteral("0")).toLongLong();
    int rows = 0;
    // Rows sent before that may have changed since (a session ended, a brochure attached).
    if (kind.openSql && openFrom > 0 && openFrom <= cursor) {
        Local again(run.local.handle(), selectSql(kind, true));
        again.bind(1, openFrom);
        again.bind(2, cursor);
        again.bind(3, run.device);
        qint64 id = 0, ts = 0;
        do { // a statement stepped past its end would start over: stop at the first short batch
            if (!batch(run, kind, again, false, &id, &ts, &rows))
                return false;
        } while (rows == run.request.batchRows);
    }
    bool moved = false;
    // Above a cursor the server wrote in the same transaction as its rows, nothing of this device is there
    // yet: COPY straight in. Not after a walk back (rows above may be there), and never again in this sync
    // once the server disagrees (a unique key hit: the staging path's ON CONFLICT decides).
    bool direct = kind.direct && cursor == remembered;
    QByteArray prefix;
    pg::copyField(prefix, run.device, false);
    pg::copyField(prefix, run.office, false);
    for (;;) {
        if (run.cancelled())
            return (run.error = QStringLiteral("sync cancelled")), false;
        Local select(run.local.handle(), selectSql(kind, false));
        select.bind(1, lastId);
        select.bind(2, qint64(run.request.batchRows));
        select.bind(3, run.device);
        if (!select.get())
            return (run.error = QStringLiteral("reading %1: %2").arg(QLatin1String(kind.name), run.local.errorText())),
                   false;
        const qint64 fromId = lastId, fromTs = lastTs;
        if (!batch(run, kind, select, true, &lastId, &lastTs, &rows, direct ? &prefix : nullptr)) {
            if (!direct || run.central.isBroken() || run.cancelled())
                return false;
            direct = false; // the same rows again, through staging
            lastId = fromId;
            lastTs = fromTs;
            run.error.clear();
            continue;
        }
        if (rows == 0)
            break;
        moved = true;
        if (run.request.onCommitted)
            run.request.onCommitted(QLatin1String(kind.name), lastId);
        if (rows < run.request.batchRows)
            break;
    }
    QString e;
    // A cursor the resume point moved back (rows deleted here, nothing new above them) is rewritten so
    // the next sync does not walk again.
    if (!moved && cursor != remembered &&
        !run.central.command("UPDATE sync_cursors SET last_id = $3, last_ts = $4 WHERE device = $1 AND kind = $2",
                             {run.device, kind.name, QByteArray::number(cursor),
                              QByteArray::number(cursor > 0 ? localTs(run, kind, cursor) : 0)},
                             &e))
        return (run.error = e), false;
    setLocalValue(run.local, QStringLiteral("pushed:") + QLatin1String(kind.name), QString::number(lastId), &e);
    if (kind.openSql) {
        Local open(run.local.handle(), kind.openSql);
        open.bind(1, QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000);
        const qint64 from = open.get() && sqlite3_step(open.get()) == SQLITE_ROW ? sqlite3_column_int64(open.get(), 0) : 0;
        setLocalValue(run.local, openKey, QString::number(from), &e);
    }
    return true;
}

} // namespace

bool pushRows(Run &run)
{
    // Keys -> UUIDs once per sync: events name visitors and sessions by the file's integer keys.
    for (auto [sql, map] : {std::pair{"SELECT id, uuid FROM visitors", &run.visitorUuid},
                            std::pair{"SELECT id, uuid FROM sessions", &run.sessionUuid}}) {
        Local q(run.local.handle(), sql);
        while (q.get() && sqlite3_step(q.get()) == SQLITE_ROW)
            map->insert(sqlite3_column_int64(q.get(), 0),
                        QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 1)),
                                   sqlite3_column_bytes(q.get(), 1)));
    }
    for (const Kind &kind : kKinds)
        if (!pushKind(run, kind))
            return false;
    return true;
}

} // namespace showroom::sync::detail
