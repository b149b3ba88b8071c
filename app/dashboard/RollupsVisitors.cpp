// The visitors' rollups: for each visitor a fold touched (or an erasure left with fewer sessions), their
// day rows (dash_visitor_days: which days, on which devices, and the day before each) and their list row
// (dash_visitors: visits, engaged time, top unit, lead score from app/profiles) are made again from their
// rollup sessions. A visitor has a handful of sessions, so this reads a handful of rows.
#include "dashboard/RollupsImpl.h"

#include "profiles/InterestModel.h"
#include "profiles/VisitorProfile.h"

#include <QDateTime>
#include <QMap>

#include <cmath>
#include <sqlite3.h>

namespace showroom::dashboard {

namespace {

struct ProfileFacts
{
    qint64 visitor = 0;
    int rawScore = 0;
    qint64 scoreTs = 0;
    QString topUnit;
};

struct DayRow
{
    qint64 day = 0;
    QString device;
    int firstOfDay = 0;
    qint64 prevAny = -1, firstAny = 0, prevDev = -1, firstDev = 0;
};

// One demo flag's sessions (day, device) -> the day rows with their chains.
QList<DayRow> dayRows(const QMap<QPair<qint64, QString>, int> &visits)
{
    QList<DayRow> rows;
    qint64 firstAny = -1, prevDay = -1, currentDay = -1;
    QHash<QString, qint64> lastOnDevice, firstOnDevice;
    for (auto it = visits.cbegin(); it != visits.cend(); ++it) { // ordered by day, then device
        DayRow r;
        r.day = it.key().first;
        r.device = it.key().second;
        if (firstAny < 0)
            firstAny = r.day;
        if (r.day != currentDay) {
            prevDay = currentDay;
            currentDay = r.day;
            r.firstOfDay = 1;
        }
        r.prevAny = prevDay;
        r.firstAny = firstAny;
        r.prevDev = lastOnDevice.value(r.device, -1);
        r.firstDev = firstOnDevice.value(r.device, r.day);
        firstOnDevice.insert(r.device, r.firstDev);
        lastOnDevice.insert(r.device, r.day);
        rows << r;
    }
    return rows;
}

} // namespace

qint64 Rollups::Impl::refreshVisitors(int limit, bool *more, QString *error)
{
    *more = false;
    QList<ProfileFacts> facts;
    {
        Stmt dirtyList(db.handle(), "SELECT d.visitor_id, v.uuid FROM dash_dirty d"
                                    " LEFT JOIN visitors v ON v.id = d.visitor_id LIMIT ?1");
        dirtyList.bind(1, qint64(limit + 1));
        QList<QPair<qint64, QString>> dirtyRows;
        while (dirtyList.step() == SQLITE_ROW)
            dirtyRows.append({dirtyList.int64(0), dirtyList.isNull(1) ? QString() : dirtyList.text(1)});
        if (dirtyRows.size() > limit) {
            *more = true;
            dirtyRows.removeLast();
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!dirtyRows.isEmpty() && !profileStore) {
            // Opened only when a visitor needs scoring: its open() rewrites the store's triggers.
            profileStore = std::make_unique<profiles::ProfileStore>(db);
            if (!profileStore->open(error)) {
                profileStore.reset();
                return -1;
            }
        }
        // Profiles first, outside the rollups' transaction (the profile store folds in its own).
        for (const auto &[key, uuid] : dirtyRows) {
            ProfileFacts f;
            f.visitor = key;
            if (!uuid.isEmpty()) {
                profiles::StoredProfile stored;
                bool found = false;
                if (!profileStore->load(uuid, &stored, &found, error))
                    return -1;
                if (found) {
                    const profiles::VisitorProfile p = profiles::buildProfile(stored, nullptr, now);
                    f.rawScore = profiles::leadScore(p).raw;
                    f.scoreTs = p.lastSeenUtcMs;
                    if (!p.units.isEmpty())
                        f.topUnit = p.units.first().key;
                }
            }
            facts << f;
        }
    }
    if (!db.exec("BEGIN IMMEDIATE")) {
        *error = fail();
        return -1;
    }
    Stmt sessionsOf(db.handle(), "SELECT day, device, demo, engaged_ms, start_ts, last_ts FROM dash_sessions"
                                 " WHERE visitor_id = ?1 ORDER BY start_ts");
    Stmt hasLead(db.handle(), "SELECT EXISTS(SELECT 1 FROM leads WHERE visitor_id = ?1)");
    Stmt dropDays(db.handle(), "DELETE FROM dash_visitor_days WHERE visitor_id = ?1");
    Stmt dropVisitor(db.handle(), "DELETE FROM dash_visitors WHERE visitor_id = ?1");
    Stmt clean(db.handle(), "DELETE FROM dash_dirty WHERE visitor_id = ?1");
    Stmt addDay(db.handle(), "INSERT INTO dash_visitor_days(demo, day, device, visitor_id, first_of_day, prev_any,"
                             " first_any, prev_dev, first_dev) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    Stmt saveVisitor(db.handle(),
                     "INSERT OR REPLACE INTO dash_visitors(visitor_id, demo, sessions, first_ts, last_ts, engaged_ms,"
                     " last_device, top_unit, has_lead, raw_score, score_ts, score_key)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    bool ok = true;
    for (const ProfileFacts &f : facts) {
        if (!ok)
            break;
        ok = dropDays.bind(1, f.visitor).run() && dropVisitor.bind(1, f.visitor).run() &&
             clean.bind(1, f.visitor).run();
        // Sessions by demo flag; the list row describes the visitor's real sessions when they have any.
        QMap<QPair<qint64, QString>, int> visits[2];
        int count[2] = {0, 0};
        qint64 engaged[2] = {0, 0}, firstTs[2] = {0, 0}, lastTs[2] = {0, 0};
        QString lastDevice[2];
        sessionsOf.bind(1, f.visitor);
        while (sessionsOf.step() == SQLITE_ROW) {
            const int demo = sessionsOf.int64(2) ? 1 : 0;
            visits[demo][{sessionsOf.int64(0), sessionsOf.text(1)}] += 1;
            if (count[demo]++ == 0)
                firstTs[demo] = sessionsOf.int64(4);
            engaged[demo] += sessionsOf.int64(3);
            if (sessionsOf.int64(5) >= lastTs[demo]) {
                lastTs[demo] = sessionsOf.int64(5);
                lastDevice[demo] = sessionsOf.text(1);
            }
        }
        sessionsOf.reset();
        for (int demo = 0; ok && demo < 2; ++demo) {
            for (const DayRow &r : dayRows(visits[demo])) {
                addDay.bind(1, qint64(demo)).bind(2, r.day).bind(3, r.device).bind(4, f.visitor);
                addDay.bind(5, qint64(r.firstOfDay)).bind(7, r.firstAny).bind(9, r.firstDev);
                r.prevAny < 0 ? addDay.bindNull(6) : addDay.bind(6, r.prevAny);
                r.prevDev < 0 ? addDay.bindNull(8) : addDay.bind(8, r.prevDev);
                if (!(ok = addDay.run()))
                    break;
            }
        }
        const int demo = count[0] > 0 ? 0 : 1;
        if (!ok || count[demo] == 0)
            continue; // no session left: nothing listed
        hasLead.bind(1, f.visitor);
        const bool lead = hasLead.step() == SQLITE_ROW && hasLead.int64(0) != 0;
        hasLead.reset();
        // Sorting by this key sorts by the decayed score raw x 2^-(now - scoreTs)/halfLife at any instant.
        const double key = f.rawScore > 0
                               ? std::log2(double(f.rawScore)) + double(f.scoreTs) / double(profiles::kHalfLifeMs)
                               : -1e6 + double(lastTs[demo]) / double(profiles::kHalfLifeMs);
        saveVisitor.bind(1, f.visitor).bind(2, qint64(demo)).bind(3, qint64(count[demo])).bind(4, firstTs[demo]);
        saveVisitor.bind(5, lastTs[demo]).bind(6, engaged[demo]).bind(7, lastDevice[demo]).bind(8, f.topUnit);
        saveVisitor.bind(9, qint64(lead)).bind(10, qint64(f.rawScore)).bind(11, f.scoreTs).bind(12, key);
        ok = saveVisitor.run();
    }
    if (!ok || !db.exec("COMMIT")) {
        *error = fail();
        return -1;
    }
    return facts.size();
}

} // namespace showroom::dashboard
