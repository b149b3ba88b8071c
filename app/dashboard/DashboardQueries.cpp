// Overview, units and heatmaps: each reads only rollup rows (docs/dashboard.md, "Views").
#include "dashboard/DashboardQueries.h"

#include "dashboard/DashboardBuckets.h"
#include "profiles/Stmt.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <sqlite3.h>

namespace showroom::dashboard {

using profiles::Stmt;

namespace detail {

bool beginQuery(telemetry::sql::Connection &db, QString *error, qint64 *cursor)
{
    Rollups rollups(db);
    if (!rollups.open(error))
        return false;
    const qint64 newest = db.scalar("SELECT coalesce(max(id), 0) FROM events", 0);
    const bool dirty = db.scalar("SELECT EXISTS(SELECT 1 FROM dash_dirty)", 0) != 0;
    if (newest != rollups.cursor() || dirty) {
        const RollupStats r = rollups.catchUp();
        if (!r.ok) {
            *error = r.error;
            return false;
        }
    }
    if (!db.exec("BEGIN")) {
        *error = QStringLiteral("dashboard: %1").arg(db.errorText());
        return false;
    }
    if (cursor)
        *cursor = db.scalar("SELECT value FROM dash_meta WHERE key = 'last_event_id'", 0);
    return true;
}

void endRead(telemetry::sql::Connection &db)
{
    db.exec("COMMIT");
}

} // namespace detail

using namespace detail;

namespace {

QString failed(telemetry::sql::Connection &db)
{
    const QString error = QStringLiteral("dashboard: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    endRead(db);
    return error;
}

void addFigures(OverviewFigures &to, const Stmt &q)
{
    to.sessions += q.int64(2);
    to.engagedSessions += q.int64(3);
    to.engagedMs += q.int64(4);
    to.leads += q.int64(5);
    to.brochures += q.int64(6);
    for (int i = 0; i < 5; ++i)
        to.funnel[i].sessions += q.int64(7 + i);
}

OverviewFigures emptyFigures()
{
    OverviewFigures f;
    const char *keys[] = {"site", "building", "unit_card", "inside", "brochure_or_lead"};
    const char *labels[] = {"Site", "Building", "Unit card", "Inside", "Brochure / lead"};
    for (int i = 0; i < 5; ++i)
        f.funnel.append({QLatin1String(keys[i]), QLatin1String(labels[i]), 0, 0, 0});
    return f;
}

void finish(OverviewFigures &f)
{
    f.averageEngagedMs = f.sessions > 0 ? f.engagedMs / f.sessions : 0;
    const qint64 first = f.funnel[0].sessions;
    for (int i = 0; i < f.funnel.size(); ++i) {
        FunnelStage &s = f.funnel[i];
        const qint64 previous = i == 0 ? s.sessions : f.funnel[i - 1].sessions;
        s.conversion = previous > 0 ? double(s.sessions) / double(previous) : 0;
        s.fromFirst = first > 0 ? double(s.sessions) / double(first) : 0;
    }
}

} // namespace

bool detail::countVisitors(telemetry::sql::Connection &db, const DashboardRange &range, const DayRange &days,
                           OverviewFigures *figures, QMap<QString, OverviewFigures> *perDevice,
                           QHash<qint64, qint64> *perDay)
{
    if (days.isEmpty())
        return true;
    // Per day bucket of the range, from the day rows' counts (dash_visitor_hist): the range's visitors are
    // its day rows whose previous day is before it (or none: prev -1); the returning ones are those whose
    // previous day is before it (but there is one), plus the second days whose first day is inside it.
    Stmt before(db.handle(), "SELECT coalesce(sum(count), 0), coalesce(sum(CASE WHEN prev >= 0 THEN count END), 0)"
                             " FROM dash_visitor_hist WHERE demo = ?1 AND scope = ?2 AND level = ?3 AND bucket = ?4"
                             " AND second IN (0, 1) AND prev < ?5");
    Stmt inside(db.handle(), "SELECT coalesce(sum(count), 0) FROM dash_visitor_hist WHERE demo = ?1 AND scope = ?2"
                             " AND level = ?3 AND bucket = ?4 AND second = 1 AND prev >= ?5");
    Stmt daily(db.handle(), "SELECT day, visitors FROM dash_visitor_counts WHERE demo = ?1 AND scope = ?2"
                            " AND day BETWEEN ?3 AND ?4");
    if (!before.isValid() || !inside.isValid() || !daily.isValid())
        return false;
    // The scopes: '' (every device) or the one device asked for, then each device of perDevice.
    QList<QPair<QString, OverviewFigures *>> scopes{{range.device, figures}};
    if (perDevice)
        for (auto it = perDevice->begin(); it != perDevice->end(); ++it)
            scopes.append({it.key(), &it.value()});
    const QList<QPair<int, qint64>> buckets = bucketsOf(days);
    for (int demo = 0; demo <= (range.includeStaffAndDemo ? 1 : 0); ++demo) {
        for (const auto &[scope, into] : scopes) {
            for (const auto &[level, bucket] : buckets) {
                for (Stmt *q : {&before, &inside}) {
                    q->bind(1, qint64(demo)).bind(2, scope).bind(3, qint64(level)).bind(4, bucket).bind(5, days.first);
                    if (q->step() != SQLITE_ROW)
                        return false;
                    if (q == &before) {
                        into->visitors += q->int64(0);
                        into->returningVisitors += q->int64(1);
                    } else {
                        into->returningVisitors += q->int64(0);
                    }
                    q->reset();
                }
            }
        }
        if (perDay) {
            daily.bind(1, qint64(demo)).bind(2, range.device).bind(3, days.first).bind(4, days.last);
            int rc;
            while ((rc = daily.step()) == SQLITE_ROW)
                (*perDay)[daily.int64(0)] += daily.int64(1);
            daily.reset();
            if (rc != SQLITE_DONE)
                return false;
        }
    }
    return true;
}

bool overview(telemetry::sql::Connection &db, const DashboardRange &range, Overview *out, QString *error,
              qint64 nowUtcMs)
{
    *out = Overview();
    out->asOfUtcMs = nowOr(nowUtcMs);
    out->total = emptyFigures();
    if (!beginQuery(db, error, &out->lastEventId))
        return false;
    const DayRange days = daysOf(range);
    QMap<QString, OverviewFigures> devices;
    QMap<qint64, DayFigures> perDay;
    for (qint64 day = days.first; day <= days.last; ++day)
        perDay[day].dayUtcMs = Rollups::dayStartMs(day);
    const QByteArray sql = QByteArray("SELECT device, day, sum(sessions), sum(engaged_sessions), sum(engaged_ms),"
                                      " sum(leads), sum(brochures), sum(reached1), sum(reached2), sum(reached3),"
                                      " sum(reached4), sum(reached5) FROM dash_days WHERE day BETWEEN ?1 AND ?2 AND ") +
                           demoClause(range) + (range.device.isEmpty() ? "" : " AND device = ?3") +
                           " GROUP BY device, day";
    Stmt q(db.handle(), sql.constData());
    if (!q.isValid()) {
        *error = failed(db);
        return false;
    }
    q.bind(1, days.first).bind(2, days.last);
    if (!range.device.isEmpty())
        q.bind(3, range.device);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const QString device = q.text(0);
        auto it = devices.find(device);
        if (it == devices.end())
            it = devices.insert(device, emptyFigures());
        addFigures(it.value(), q);
        addFigures(out->total, q);
        DayFigures &day = perDay[q.int64(1)];
        day.sessions += q.int64(2);
        day.leads += q.int64(5);
    }
    q.reset();
    QHash<qint64, qint64> visitorsPerDay;
    if (rc != SQLITE_DONE || !countVisitors(db, range, days, &out->total, &devices, &visitorsPerDay)) {
        *error = failed(db);
        return false;
    }
    for (auto it = devices.begin(); it != devices.end(); ++it) {
        finish(it.value());
        out->devices.append({it.key(), it.value()});
    }
    endRead(db);
    finish(out->total);
    for (auto it = perDay.begin(); it != perDay.end(); ++it) {
        it->visitors = visitorsPerDay.value(it.key());
        out->days.append(it.value());
    }
    return true;
}

bool deviceList(telemetry::sql::Connection &db, QStringList *out, QString *error)
{
    out->clear();
    if (!beginQuery(db, error))
        return false;
    Stmt q(db.handle(), "SELECT DISTINCT device FROM dash_days ORDER BY device");
    while (q.isValid() && q.step() == SQLITE_ROW)
        out->append(q.text(0));
    endRead(db);
    return true;
}

} // namespace showroom::dashboard
