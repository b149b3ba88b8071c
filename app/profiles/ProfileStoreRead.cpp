// The profile store's reading side: one visitor's profile (from the cache; rebuilt if an erasure or purge
// dropped it), aggregates across visitors, and rebuilding everything.
#include "profiles/ProfileStore.h"

#include "profiles/ProfileStoreSql.h"

#include <algorithm>

namespace showroom::profiles {

bool ProfileStore::load(const QString &visitorId, StoredProfile *out, bool *found, QString *error)
{
    *found = false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const FoldStats caught = catchUp();
        if (!caught.ok) {
            *error = caught.error;
            return false;
        }
        // One read transaction: the cache still agrees with the database, and the visitor is looked up in
        // the same state (an erasure since the catch-up drops the cache: fold again, then read).
        bool changed = false;
        if (!m_q->beginRead.run() || !sync(&changed)) {
            *error = fail(true);
            return false;
        }
        if (changed) {
            m_q->commit.run();
            continue;
        }
        qint64 key = 0;
        if (m_q->visitorKey.bind(1, visitorId).step() == SQLITE_ROW)
            key = m_q->visitorKey.int64(0);
        m_q->visitorKey.reset();
        Visitor *v = key != 0 ? m_cache.value(key) : nullptr;
        if (v) {
            v->used = ++m_tick;
        } else if (key != 0) {
            // Not cached: stored (load it), or events but no profile (a purge dropped it and nothing new
            // came since: rebuild it from what is left), or nothing held at all.
            const bool hasEvents = m_q->hasEvents.bind(1, key).step() == SQLITE_ROW;
            m_q->hasEvents.reset();
            bool ok = true;
            if (hasEvents)
                v = visitor(key, m_cursor, &ok);
            if (!ok) {
                *error = fail(true);
                return false;
            }
        }
        if (!m_q->commit.run()) {
            *error = fail(true);
            return false;
        }
        if (!v)
            return true;
        out->visitor = visitorId;
        out->visitorKey = key;
        out->lastEventId = v->lastEventId;
        out->firstTsUtcMs = v->firstTs;
        out->lastTsUtcMs = v->lastTs;
        out->visits = v->visits;
        out->counters = v->counters;
        out->lastLooked = v->lastLooked;
        out->rows.clear();
        out->rows.reserve(qsizetype(v->rows.size()));
        for (const Visitor::Row &r : v->rows)
            out->rows.append(r.data);
        // The order the stored rows had (kind, key): ties in a profile's lists come out as before.
        std::sort(out->rows.begin(), out->rows.end(), [](const InterestRow &a, const InterestRow &b) {
            const int k = a.kind.compare(b.kind);
            return k != 0 ? k < 0 : a.key < b.key;
        });
        *found = true;
        return true;
    }
    *error = QStringLiteral("profile store: the profile of '%1' kept changing while it was read").arg(visitorId);
    return false;
}

bool ProfileStore::aggregate(const QString &kindName, qint64 nowUtcMs, QList<AggregateRow> *out,
                             QString *error)
{
    const FoldStats caught = catchUp();
    if (!caught.ok) {
        *error = caught.error;
        return false;
    }
    if (!flush(error)) // the sums are read from the stored rows
        return false;
    out->clear();
    Stmt q(m_db.handle(), "SELECT key, sum(max(scaled, 0)), count(*) FROM profile_interest WHERE kind = ?1"
                          " GROUP BY key ORDER BY sum(max(scaled, 0)) DESC, key");
    q.bind(1, kindName);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out->append({q.text(0), scoreAt(q.real(1), nowUtcMs), int(q.int64(2))});
    if (rc != SQLITE_DONE) {
        *error = fail(false);
        return false;
    }
    return true;
}

bool ProfileStore::rebuildAll(QString *error)
{
    if (!m_db.exec("BEGIN IMMEDIATE") ||
        !m_db.exec("DELETE FROM profile_interest; DELETE FROM profile_sessions; DELETE FROM profile_visitors;"
                   " UPDATE profile_meta SET value = 0 WHERE key = 'last_event_id';"
                   " UPDATE profile_meta SET value = value + 1 WHERE key = 'version';") ||
        !m_db.exec("COMMIT")) {
        *error = fail(true);
        return false;
    }
    const FoldStats r = catchUp(); // sees the version move: drops the cache, folds from the first event
    if (!r.ok) {
        *error = r.error;
        return false;
    }
    return flush(error);
}

} // namespace showroom::profiles
