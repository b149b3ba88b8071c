#include "profiles/ProfileStore.h"

#include "profiles/ProfileStoreSql.h"

#include <vector>

namespace showroom::profiles {

ProfileStore::ProfileStore(telemetry::sql::Connection &db) : m_db(db) {}

ProfileStore::~ProfileStore()
{
    qDeleteAll(m_batch);
    delete m_q;
}

QString ProfileStore::fail()
{
    const QString error = m_db.errorText();
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        m_db.exec("ROLLBACK");
    qDeleteAll(m_batch);
    m_batch.clear();
    return error.isEmpty()
               ? QStringLiteral("profile store: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle())))
               : error;
}

bool ProfileStore::open(QString *error)
{
    m_db.exec("PRAGMA synchronous=NORMAL");
    // Checkpoints (copying the WAL back into the file) are the app's writer's job; one inside a fold would
    // cost that fold milliseconds. catchUp() checkpoints passively after a large fold.
    m_db.exec("PRAGMA wal_autocheckpoint=0");
    if (!m_db.exec("BEGIN IMMEDIATE") ||
        !m_db.exec(
            "CREATE TABLE IF NOT EXISTS profile_meta(key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID")) {
        *error = fail();
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
        *error = fail();
        return false;
    }
    if (!m_db.exec(storesql::kSchema)) {
        *error = fail();
        return false;
    }
    if (schema != builtSchema || builtModel != kModelVersion) {
        const QByteArray reset =
            QByteArray("DELETE FROM profile_interest; DELETE FROM profile_sessions;"
                       " DELETE FROM profile_visitors;"
                       " UPDATE profile_meta SET value = 0 WHERE key = 'last_event_id';"
                       " INSERT OR REPLACE INTO profile_meta(key, value) VALUES ('schema', ") +
            QByteArray::number(schema) + "), ('model', " + QByteArray::number(kModelVersion) + ");";
        if (!m_db.exec(reset.constData())) {
            *error = fail();
            return false;
        }
    }
    if (!m_db.exec("COMMIT")) {
        *error = fail();
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

qint64 ProfileStore::cursor()
{
    qint64 value = 0;
    if (m_q->cursor.step() == SQLITE_ROW)
        value = m_q->cursor.int64(0);
    m_q->cursor.reset();
    return value;
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

ProfileStore::Visitor *ProfileStore::visitor(qint64 key, qint64 upToEventId, bool *ok)
{
    *ok = true;
    if (Visitor *v = m_batch.value(key))
        return v;
    auto *v = new Visitor;
    v->key = key;
    m_batch.insert(key, v);
    Stmt &q = m_q->loadVisitor;
    q.bind(1, key);
    if (q.step() == SQLITE_ROW) {
        v->lastEventId = q.int64(0);
        v->firstTs = q.int64(1);
        v->lastTs = q.int64(2);
        v->visits = int(q.int64(3));
        v->lastSession = q.int64(4);
        v->counters = {q.int64(5),      int(q.int64(6)), int(q.int64(7)),
                       int(q.int64(8)), int(q.int64(9)), int(q.int64(10))};
        v->lastLooked = {q.text(11), q.text(12), q.text(13)};
        q.reset();
        return v;
    }
    q.reset();
    // No profile: a new visitor, or one an erasure or purge dropped. Fold whatever events are left.
    *ok = rebuildVisitor(key, upToEventId, v);
    return v;
}

bool ProfileStore::rebuildVisitor(qint64 key, qint64 upToEventId, Visitor *v)
{
    *v = Visitor{};
    v->key = key;
    v->dirty = true;
    if (!m_q->dropInterest.bind(1, key).run() || !m_q->dropSessions.bind(1, key).run())
        return false;
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

bool ProfileStore::fold(Visitor &v, const EventRow &e)
{
    v.dirty = true;
    v.lastEventId = qMax(v.lastEventId, e.id);
    v.firstTs = v.firstTs == 0 ? e.tsUtcMs : qMin(v.firstTs, e.tsUtcMs);
    v.lastTs = qMax(v.lastTs, e.tsUtcMs);
    if (e.sessionKey != 0 && e.sessionKey != v.lastSession) {
        if (!m_q->addSession.bind(1, v.key).bind(2, e.sessionKey).run())
            return false;
        v.visits += sqlite3_changes(m_db.handle()) > 0 ? 1 : 0;
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
        Stmt &u = m_q->upsert;
        u.bind(1, v.key).bind(2, t.kind).bind(3, t.key).bind(4, t.points * scale).bind(5, t.engagedMs);
        u.bind(6, qint64(t.setFlags)).bind(7, qint64(t.clearFlags)).bind(8, qint64(attention ? 1 : 0));
        u.bind(9, e.sessionKey).bind(10, e.tsUtcMs).bind(11, weight::returnVisit * scale);
        u.bind(12, qint64(t.setsFinishes ? 1 : 0));
        if (t.setsFinishes)
            u.bind(13, t.finishes);
        else
            u.bindNull(13);
        if (!u.run())
            return false;
    }
    return true;
}

bool ProfileStore::saveVisitor(const Visitor &v)
{
    Stmt &s = m_q->saveVisitor;
    s.bind(1, v.key).bind(2, v.lastEventId).bind(3, v.firstTs).bind(4, v.lastTs).bind(5, qint64(v.visits));
    s.bind(6, v.lastSession).bind(7, v.counters.homeEngagedMs).bind(8, qint64(v.counters.compares));
    s.bind(9, qint64(v.counters.finishes)).bind(10, qint64(v.counters.brochures));
    s.bind(11, qint64(v.counters.leads)).bind(12, qint64(v.counters.callbacks));
    s.bind(13, v.lastLooked.timelineDate).bind(14, v.lastLooked.sunDate).bind(15, v.lastLooked.sunTime);
    return s.run();
}

FoldStats ProfileStore::foldNewEvents(qint64 maxEvents)
{
    FoldStats r;
    if (!m_q->beginWrite.run()) {
        r.error = fail();
        return r;
    }
    const qint64 from = cursor();
    m_foldedByRebuilds = 0;
    std::vector<EventRow> events;
    Stmt &q = m_q->events;
    q.bind(1, from).bind(2, maxEvents);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        events.push_back(readEvent(q));
    q.reset();
    if (rc != SQLITE_DONE) {
        r.error = fail();
        return r;
    }
    r.events = qint64(events.size());
    r.more = r.events >= maxEvents;
    const qint64 upTo = events.empty() ? from : events.back().id;
    for (const EventRow &e : events) {
        bool ok = false;
        const bool known = m_batch.contains(e.visitorKey);
        Visitor *v = visitor(e.visitorKey, upTo, &ok);
        if (!ok) {
            r.error = fail();
            return r;
        }
        if (!known && v->dirty)
            ++r.rebuilt; // rebuilt (or built for the first time) from the visitor's events up to upTo
        if (e.id <= v->lastEventId)
            continue; // folded already (by the rebuild just now, or before the profile was dropped)
        if (!fold(*v, e)) {
            r.error = fail();
            return r;
        }
        ++r.folded;
    }
    for (const Visitor *v : std::as_const(m_batch)) {
        if (v->dirty && !saveVisitor(*v)) {
            r.error = fail();
            return r;
        }
    }
    // Read the newest id even when nothing qualified (camera samples only): the cursor moves past them.
    qint64 newest = upTo;
    if (!r.more && m_q->newestEvent.step() == SQLITE_ROW)
        newest = qMax(upTo, m_q->newestEvent.int64(0));
    m_q->newestEvent.reset();
    if ((newest != from && !m_q->setCursor.bind(1, newest).run()) || !m_q->commit.run()) {
        r.error = fail();
        return r;
    }
    qDeleteAll(m_batch);
    m_batch.clear();
    r.folded += m_foldedByRebuilds;
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
        if (!r.ok) {
            total.error = r.error;
            return total;
        }
        if (!r.more)
            break;
    }
    if (total.events >= 10000) // a first build or a long absence: give the WAL back without waiting
        sqlite3_wal_checkpoint_v2(m_db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    total.ok = true;
    return total;
}

} // namespace showroom::profiles
