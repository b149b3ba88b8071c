// The profile store's reading side: one visitor's profile (rebuilt if an erasure or purge dropped it),
// aggregates across visitors, and rebuilding everything.
#include "profiles/ProfileStore.h"

#include "profiles/ProfileStoreSql.h"

namespace showroom::profiles {

bool ProfileStore::load(const QString &visitorId, StoredProfile *out, bool *found, QString *error)
{
    *found = false;
    const FoldStats caught = catchUp();
    if (!caught.ok) {
        *error = caught.error;
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        // One read transaction: the rows and the visitor row agree even while another connection writes.
        if (!m_q->beginRead.run()) {
            *error = fail();
            return false;
        }
        qint64 key = 0;
        if (m_q->visitorKey.bind(1, visitorId).step() == SQLITE_ROW)
            key = m_q->visitorKey.int64(0);
        m_q->visitorKey.reset();
        Stmt &v = m_q->loadVisitor;
        const bool stored = key != 0 && v.bind(1, key).step() == SQLITE_ROW;
        if (stored) {
            out->visitor = visitorId;
            out->visitorKey = key;
            out->lastEventId = v.int64(0);
            out->firstTsUtcMs = v.int64(1);
            out->lastTsUtcMs = v.int64(2);
            out->visits = int(v.int64(3));
            out->counters = {v.int64(5),      int(v.int64(6)), int(v.int64(7)),
                             int(v.int64(8)), int(v.int64(9)), int(v.int64(10))};
            out->lastLooked = {v.text(11), v.text(12), v.text(13)};
        }
        v.reset();
        const bool hasEvents = key != 0 && !stored && m_q->hasEvents.bind(1, key).step() == SQLITE_ROW;
        m_q->hasEvents.reset();
        if (stored) {
            out->rows.clear();
            Stmt &q = m_q->rows;
            q.bind(1, key);
            while (q.step() == SQLITE_ROW)
                out->rows.append({q.text(0), q.text(1), q.real(2), q.int64(3), int(q.int64(4)),
                                  int(q.int64(5)), q.int64(6), q.isNull(7) ? QString() : q.text(7),
                                  !q.isNull(7)});
            q.reset();
        }
        if (!m_q->commit.run()) {
            *error = fail();
            return false;
        }
        if (stored || !hasEvents) {
            *found = stored;
            return true;
        }
        // Events but no profile: a purge dropped it and nothing new came since. Rebuild it, then read.
        if (!m_db.exec("BEGIN IMMEDIATE")) {
            *error = fail();
            return false;
        }
        bool ok = false;
        Visitor *rebuilt = visitor(key, cursor(), &ok);
        if (!ok || !saveVisitor(*rebuilt) || !m_db.exec("COMMIT")) {
            *error = fail();
            return false;
        }
        qDeleteAll(m_batch);
        m_batch.clear();
    }
    *error = QStringLiteral("profile store: the profile of '%1' could not be rebuilt").arg(visitorId);
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
    out->clear();
    Stmt q(m_db.handle(), "SELECT key, sum(max(scaled, 0)), count(*) FROM profile_interest WHERE kind = ?1"
                          " GROUP BY key ORDER BY sum(max(scaled, 0)) DESC, key");
    q.bind(1, kindName);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out->append({q.text(0), scoreAt(q.real(1), nowUtcMs), int(q.int64(2))});
    if (rc != SQLITE_DONE) {
        *error = fail();
        return false;
    }
    return true;
}

bool ProfileStore::rebuildAll(QString *error)
{
    if (!m_db.exec("BEGIN IMMEDIATE") ||
        !m_db.exec("DELETE FROM profile_interest; DELETE FROM profile_sessions; DELETE FROM profile_visitors;"
                   " UPDATE profile_meta SET value = 0 WHERE key = 'last_event_id';") ||
        !m_db.exec("COMMIT")) {
        *error = fail();
        return false;
    }
    const FoldStats r = catchUp();
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

} // namespace showroom::profiles
