// The profile store's write-back: the cached profiles folded since the last write-back, and the cursor,
// in one transaction — only if nothing changed the profiles meanwhile (an erasure, a purge, another store).
#include "profiles/ProfileStore.h"

#include "profiles/ProfileStoreSql.h"

#include <algorithm>

namespace showroom::profiles {

bool ProfileStore::flush(QString *error)
{
    QString failure;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!hasUnflushed())
            return true;
        bool conflict = false;
        if (writeBack(&conflict, &failure))
            return true;
        if (!conflict)
            break;
        // The cache was dropped unwritten (it may hold erased events): fold again from what is stored.
        FoldStats r;
        do {
            r.more = false;
            if (!foldBatch(50000, &r)) {
                failure = r.error;
                break;
            }
        } while (r.more);
        if (!r.error.isEmpty())
            break;
        failure = QStringLiteral("profile store: the profiles kept changing during the write-back");
    }
    if (error)
        *error = failure;
    return false;
}

bool ProfileStore::writeBack(bool *conflict, QString *error)
{
    *conflict = false;
    if (!m_q->beginWrite.run()) {
        *error = fail(false);
        return false;
    }
    bool changed = false;
    if (!sync(&changed)) {
        *error = fail(false);
        return false;
    }
    if (changed) { // sync() dropped the cache: nothing of it is written
        m_q->commit.run();
        *conflict = true;
        return false;
    }
    for (Visitor *v : m_dirty) {
        if (!writeVisitor(*v)) {
            *error = fail(false); // rolled back: the cache still agrees with the database, retry later
            return false;
        }
    }
    const qint64 version = m_baseVersion + 1;
    if (!m_q->setMeta.bind(1, version).bind(2, m_cursor).run() || !m_q->commit.run()) {
        *error = fail(false);
        return false;
    }
    m_baseVersion = version;
    m_baseCursor = m_cursor;
    for (Visitor *v : m_dirty) {
        v->dirty = false;
        v->stored = true;
        v->newSessions.clear();
        for (Visitor::Row &r : v->rows)
            r.dirty = false;
    }
    m_dirty.clear();
    if (m_cache.size() > kKeepCached + kKeepCached / 4) // not on every write-back: it sorts the cache
        evict();
    return true;
}

bool ProfileStore::writeVisitor(Visitor &v)
{
    // Not stored: new, or rebuilt after an erasure or purge. Nothing of an older profile may remain.
    if (!v.stored && (!m_q->dropInterest.bind(1, v.key).run() || !m_q->dropSessions.bind(1, v.key).run()))
        return false;
    for (const Visitor::Row &r : v.rows) {
        if (!r.dirty)
            continue;
        const InterestRow &d = r.data;
        Stmt &w = m_q->writeRow;
        w.bind(1, v.key).bind(2, d.kind).bind(3, d.key).bind(4, d.scaled).bind(5, d.engagedMs);
        w.bind(6, qint64(d.flags)).bind(7, qint64(d.visits));
        if (r.hasLastSession)
            w.bind(8, r.lastSession);
        else
            w.bindNull(8);
        w.bind(9, d.lastTsUtcMs);
        if (d.hasFinishes)
            w.bind(10, d.finishes);
        else
            w.bindNull(10);
        if (!w.run())
            return false;
    }
    for (const qint64 session : v.newSessions)
        if (!m_q->addSession.bind(1, v.key).bind(2, session).run())
            return false;
    Stmt &s = m_q->saveVisitor;
    s.bind(1, v.key).bind(2, v.lastEventId).bind(3, v.firstTs).bind(4, v.lastTs).bind(5, qint64(v.visits));
    s.bind(6, v.lastSession).bind(7, v.counters.homeEngagedMs).bind(8, qint64(v.counters.compares));
    s.bind(9, qint64(v.counters.finishes)).bind(10, qint64(v.counters.brochures));
    s.bind(11, qint64(v.counters.leads)).bind(12, qint64(v.counters.callbacks));
    s.bind(13, v.lastLooked.timelineDate).bind(14, v.lastLooked.sunDate).bind(15, v.lastLooked.sunTime);
    return s.run();
}

// Drops the least recently used profiles that are written back, down to kKeepCached.
void ProfileStore::evict()
{
    std::vector<std::pair<quint64, qint64>> clean; // (used, key)
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
        if (!it.value()->dirty)
            clean.emplace_back(it.value()->used, it.key());
    std::sort(clean.begin(), clean.end());
    for (const auto &[used, key] : clean) {
        if (m_cache.size() <= kKeepCached)
            break;
        delete m_cache.take(key);
    }
}

} // namespace showroom::profiles
