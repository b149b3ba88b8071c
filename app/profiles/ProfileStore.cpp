// The profile store's folding side: opening, keeping the cache in step with the database, and folding
// new events into the cached profiles. Writing back: ProfileStoreWrite.cpp; reading: ProfileStoreRead.cpp.
#include "profiles/ProfileStore.h"

#include "profiles/ProfileStoreSql.h"
#include "telemetry/Database.h"

namespace showroom::profiles {

bool openWorkerConnection(telemetry::sql::Connection &db, const QString &path, QString *error)
{
    telemetry::OpenOptions o;
    o.mode = telemetry::OpenOptions::ExistingOnly;
    o.busyTimeoutMs = 5000;
    const telemetry::OpenResult r = telemetry::openDatabase(db, path, o);
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    db.exec(QByteArray("PRAGMA cache_size=" + QByteArray::number(kWorkerCachePages)).constData());
    return true;
}

ProfileStore::ProfileStore(telemetry::sql::Connection &db) : m_db(db) {}

ProfileStore::~ProfileStore()
{
    if (m_q && hasUnflushed())
        flush(); // best effort: what is lost is folded again by the next store
    dropCache();
    delete m_q;
}

QString ProfileStore::fail(bool dropFolded)
{
    const QString error = m_db.errorText();
    const QString sqlite = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        m_db.exec("ROLLBACK");
    if (dropFolded) {
        // A fold stopped half way: the cache may hold part of a batch the cursor does not cover.
        dropCache();
        m_baseVersion = -1;
    }
    return error.isEmpty() ? QStringLiteral("profile store: %1").arg(sqlite) : error;
}

bool ProfileStore::open(QString *error)
{
    dropCache();
    m_baseVersion = -1;
    m_db.exec("PRAGMA synchronous=NORMAL");
    // Checkpoints (copying the WAL back into the file) are the app's writer's job; one inside a fold would
    // cost that fold milliseconds. catchUp() checkpoints passively after a large fold.
    m_db.exec("PRAGMA wal_autocheckpoint=0");
    if (!m_db.exec("BEGIN IMMEDIATE") ||
        !m_db.exec(
            "CREATE TABLE IF NOT EXISTS profile_meta(key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID")) {
        *error = fail(true);
        return false;
    }
    // Profiles built under another telemetry schema (keys may have been renumbered by a migration) or
    // another model version (its tables may have other columns) are dropped and rebuilt.
    const qint64 schema = m_db.scalar("PRAGMA user_version");
    const qint64 builtSchema = m_db.scalar("SELECT value FROM profile_meta WHERE key = 'schema'", -1);
    const qint64 builtModel = m_db.scalar("SELECT value FROM profile_meta WHERE key = 'model'", -1);
    if (builtModel != kModelVersion &&
        !m_db.exec("DROP TABLE IF EXISTS profile_interest; DROP TABLE IF EXISTS profile_sessions;"
                   " DROP TABLE IF EXISTS profile_visitors;")) {
        *error = fail(true);
        return false;
    }
    if (!m_db.exec(storesql::kSchema)) {
        *error = fail(true);
        return false;
    }
    if (schema != builtSchema || builtModel != kModelVersion) {
        // The version moves too: another store's cache of the dropped profiles must not be written back.
        const QByteArray reset =
            QByteArray("DELETE FROM profile_interest; DELETE FROM profile_sessions;"
                       " DELETE FROM profile_visitors;"
                       " UPDATE profile_meta SET value = 0 WHERE key = 'last_event_id';"
                       " UPDATE profile_meta SET value = value + 1 WHERE key = 'version';"
                       " INSERT OR REPLACE INTO profile_meta(key, value) VALUES ('schema', ") +
            QByteArray::number(schema) + "), ('model', " + QByteArray::number(kModelVersion) + ");";
        if (!m_db.exec(reset.constData())) {
            *error = fail(true);
            return false;
        }
    }
    if (!m_db.exec("COMMIT")) {
        *error = fail(true);
        return false;
    }
    return prepare(error);
}

bool ProfileStore::prepare(QString *error)
{
    delete m_q;
    m_q = new Statements(m_db.handle());
    if (!m_q->valid()) {
        *error = QStringLiteral("profile store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        return false;
    }
    return true;
}

void ProfileStore::dropCache()
{
    qDeleteAll(m_cache);
    m_cache.clear();
    m_dirty.clear();
    m_cursor = m_baseCursor; // what was folded and not written back is folded again
}

bool ProfileStore::hasUnflushed() const
{
    return !m_dirty.empty() || m_cursor != m_baseCursor;
}

// Inside a transaction: when the profiles' version moved (an erasure, a purge, another store's write-back,
// a rebuild), everything cached is dropped unwritten and folding restarts from the stored cursor.
bool ProfileStore::sync(bool *changed)
{
    Stmt &m = m_q->meta;
    if (m.step() != SQLITE_ROW) {
        m.reset();
        return false;
    }
    const qint64 version = m.int64(0);
    const qint64 stored = m.int64(1);
    m.reset();
    if (changed)
        *changed = version != m_baseVersion;
    if (version != m_baseVersion) {
        dropCache();
        m_baseVersion = version;
        m_baseCursor = m_cursor = stored;
    }
    return true;
}

qint64 ProfileStore::cursor()
{
    if (m_q->beginRead.run()) {
        sync(nullptr);
        m_q->commit.run();
    }
    return m_cursor;
}

static EventRow readEvent(const Stmt &s)
{
    EventRow e;
    e.id = s.int64(0);
    e.visitorKey = s.int64(1);
    e.sessionKey = s.int64(2);
    e.tsUtcMs = s.int64(3);
    e.name = s.text(4);
    e.target = s.text(5);
    e.properties = s.text(6);
    e.engagedMs = s.int64(7);
    return e;
}

void ProfileStore::markDirty(Visitor &v)
{
    if (!v.dirty) {
        v.dirty = true;
        m_dirty.push_back(&v);
    }
}

ProfileStore::Visitor *ProfileStore::visitor(qint64 key, qint64 upToEventId, bool *ok)
{
    *ok = true;
    if (Visitor *v = m_cache.value(key)) {
        v->used = ++m_tick;
        return v;
    }
    if (m_cache.size() - qsizetype(m_dirty.size()) >= 2 * kKeepCached)
        evict(); // only profiles written back go, and not the ones in hand (they are fetched after this)
    auto *v = new Visitor;
    v->key = key;
    v->used = ++m_tick;
    m_cache.insert(key, v);
    *ok = loadVisitor(key, v);
    // No profile: a new visitor, or one an erasure or purge dropped. Fold whatever events are left.
    if (*ok && !v->stored)
        *ok = rebuildVisitor(key, upToEventId, v);
    return v;
}

bool ProfileStore::loadVisitor(qint64 key, Visitor *v)
{
    Stmt &q = m_q->loadVisitor;
    q.bind(1, key);
    int rc = q.step();
    if (rc == SQLITE_ROW) {
        v->stored = true;
        v->lastEventId = q.int64(0);
        v->firstTs = q.int64(1);
        v->lastTs = q.int64(2);
        v->visits = int(q.int64(3));
        v->lastSession = q.int64(4);
        v->counters = {q.int64(5),      int(q.int64(6)), int(q.int64(7)),
                       int(q.int64(8)), int(q.int64(9)), int(q.int64(10))};
        v->lastLooked = {q.text(11), q.text(12), q.text(13)};
    }
    q.reset();
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE;
    Stmt &r = m_q->rows;
    r.bind(1, key);
    while ((rc = r.step()) == SQLITE_ROW) {
        Visitor::Row row;
        row.data = {r.text(0),        r.text(1),   r.real(2),
                    r.int64(3),       int(r.int64(4)), int(r.int64(5)),
                    r.int64(7),       r.isNull(8) ? QString() : r.text(8), !r.isNull(8)};
        row.hasLastSession = !r.isNull(6);
        row.lastSession = r.int64(6);
        v->rows.push_back(std::move(row));
    }
    r.reset();
    return rc == SQLITE_DONE;
}

bool ProfileStore::rebuildVisitor(qint64 key, qint64 upToEventId, Visitor *v)
{
    *v = Visitor{};
    v->key = key;
    v->used = ++m_tick;
    v->allSessions = true; // nothing stored: the sessions counted are the ones folded here
    markDirty(*v);
    ++m_rebuilds;
    std::vector<EventRow> events;
    Stmt &q = m_q->visitorEvents;
    q.bind(1, key).bind(2, upToEventId);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        events.push_back(readEvent(q));
    q.reset();
    if (rc != SQLITE_DONE)
        return false;
    for (const EventRow &e : events)
        if (!fold(*v, e))
            return false;
    m_foldedByRebuilds += qint64(events.size());
    return true;
}

// Whether the visitor's session was counted as a visit already (in the cache, else in the database).
bool ProfileStore::knownSession(Visitor &v, qint64 session, bool *ok)
{
    *ok = true;
    if (v.sessions.contains(session))
        return true;
    if (v.allSessions)
        return false;
    Stmt &q = m_q->hasSession;
    q.bind(1, v.key).bind(2, session);
    const int rc = q.step();
    q.reset();
    if (rc == SQLITE_ROW) {
        v.sessions.insert(session);
        return true;
    }
    *ok = rc == SQLITE_DONE;
    return false;
}

// One event into the cached profile: the same arithmetic as the stored rows had (docs/interest-model.md).
bool ProfileStore::fold(Visitor &v, const EventRow &e)
{
    markDirty(v);
    v.lastEventId = qMax(v.lastEventId, e.id);
    v.firstTs = v.firstTs == 0 ? e.tsUtcMs : qMin(v.firstTs, e.tsUtcMs);
    v.lastTs = qMax(v.lastTs, e.tsUtcMs);
    if (e.sessionKey != 0 && e.sessionKey != v.lastSession) {
        bool ok = true;
        if (!knownSession(v, e.sessionKey, &ok)) {
            if (!ok)
                return false;
            v.sessions.insert(e.sessionKey);
            v.newSessions.push_back(e.sessionKey);
            ++v.visits;
        }
        v.lastSession = e.sessionKey;
    }
    const Contribution c = contributionOf(e);
    v.counters.homeEngagedMs += c.counters.homeEngagedMs;
    v.counters.compares += c.counters.compares;
    v.counters.finishes += c.counters.finishes;
    v.counters.brochures += c.counters.brochures;
    v.counters.leads += c.counters.leads;
    v.counters.callbacks += c.counters.callbacks;
    if (!c.lastLooked.timelineDate.isEmpty())
        v.lastLooked.timelineDate = c.lastLooked.timelineDate;
    if (!c.lastLooked.sunTime.isEmpty()) {
        v.lastLooked.sunDate = c.lastLooked.sunDate;
        v.lastLooked.sunTime = c.lastLooked.sunTime;
    }
    if (c.touches.isEmpty())
        return true;
    const double scale = decayScale(e.tsUtcMs);
    for (const Touch &t : c.touches) {
        // Attention (anything but taking a heart back) counts a visit for the row and earns the bonus
        // when it is a return to it.
        const bool attention = t.points > 0 || t.engagedMs > 0 || t.setFlags != 0;
        bool created = false;
        Visitor::Row &row = v.row(t.kind, t.key, &created);
        InterestRow &d = row.data;
        const bool returning = attention && (!row.hasLastSession || row.lastSession != e.sessionKey);
        if (created) {
            d.scaled = t.points * scale;
            d.engagedMs = t.engagedMs;
            d.flags = t.setFlags & ~t.clearFlags;
            d.visits = attention ? 1 : 0;
            d.lastTsUtcMs = e.tsUtcMs;
        } else {
            d.scaled = d.scaled + t.points * scale + (returning ? weight::returnVisit * scale : 0.0);
            d.engagedMs += t.engagedMs;
            d.flags = (d.flags | t.setFlags) & ~t.clearFlags;
            d.visits += returning ? 1 : 0;
            d.lastTsUtcMs = qMax(d.lastTsUtcMs, e.tsUtcMs);
        }
        if (attention) {
            row.lastSession = e.sessionKey;
            row.hasLastSession = true;
        }
        if (t.setsFinishes) {
            d.finishes = t.finishes;
            d.hasFinishes = true;
        }
        row.dirty = true;
    }
    return true;
}

// One read transaction: the events past the cursor into the cache. Never writes. The profiles' version
// is not read here (a page read per fold): folding into a cache that an erasure has made stale does no
// harm, because nothing leaves the cache without a check of the version — load() and the write-back
// drop it and fold again when it moved, and so does cursor().
bool ProfileStore::foldBatch(qint64 maxEvents, FoldStats *r)
{
    if (!m_q->beginRead.run() || (m_baseVersion < 0 && !sync(nullptr))) {
        r->error = fail(true);
        return false;
    }
    m_foldedByRebuilds = 0;
    m_rebuilds = 0;
    std::vector<EventRow> events;
    Stmt &q = m_q->events;
    q.bind(1, m_cursor).bind(2, maxEvents);
    qint64 read = 0;
    qint64 last = m_cursor;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        ++read;
        last = q.int64(0);
        if (q.int64(1) != 0 && !q.textIs(4, "camera", 6))
            events.push_back(readEvent(q));
    }
    q.reset();
    if (rc != SQLITE_DONE) {
        r->error = fail(true);
        return false;
    }
    r->events += qint64(events.size());
    r->more = read >= maxEvents;
    for (const EventRow &e : events) {
        bool ok = false;
        Visitor *v = visitor(e.visitorKey, last, &ok);
        if (!ok) {
            r->error = fail(true);
            return false;
        }
        if (e.id <= v->lastEventId)
            continue; // folded already (by the rebuild just now, or before the profile was written back)
        if (!fold(*v, e)) {
            r->error = fail(true);
            return false;
        }
        ++r->folded;
    }
    m_cursor = last;
    if (!m_q->commit.run()) {
        r->error = fail(true);
        return false;
    }
    r->folded += m_foldedByRebuilds;
    r->rebuilt += m_rebuilds;
    return true;
}

FoldStats ProfileStore::foldNewEvents(qint64 maxEvents)
{
    FoldStats r;
    if (!foldBatch(maxEvents, &r))
        return r;
    if (m_dirty.size() >= size_t(kMaxUnwritten)) { // bounded memory: a first build writes back as it goes
        if (!flush(&r.error))
            return r;
        r.flushed = true;
    }
    r.ok = true;
    return r;
}

FoldStats ProfileStore::catchUp()
{
    FoldStats total;
    for (;;) {
        const FoldStats r = foldNewEvents();
        total.events += r.events;
        total.folded += r.folded;
        total.rebuilt += r.rebuilt;
        total.flushed = total.flushed || r.flushed;
        if (!r.ok) {
            total.error = r.error;
            return total;
        }
        if (!r.more)
            break;
    }
    if (total.events >= 10000) { // a first build or a long absence: write it back, give the WAL back
        if (!flush(&total.error))
            return total;
        total.flushed = true;
        sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    total.ok = true;
    return total;
}

} // namespace showroom::profiles
