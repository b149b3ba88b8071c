// Internal to the dashboard's queries: a range as UTC days, split into the rollups' day buckets, and the
// step every query starts with (fold what is new, then read in one snapshot).
#pragma once

#include "dashboard/DashboardQueries.h"
#include "dashboard/Rollups.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QList>
#include <QPair>

namespace showroom::dashboard::detail {

struct DayRange
{
    qint64 first = 0, last = -1; // inclusive UTC day numbers; empty when last < first
    bool isEmpty() const { return last < first; }
};

inline DayRange daysOf(const DashboardRange &r)
{
    DayRange d;
    if (r.toUtcMs <= r.fromUtcMs)
        return d;
    d.first = Rollups::dayOf(r.fromUtcMs);
    d.last = Rollups::dayOf(r.toUtcMs - 1);
    return d;
}

// The fewest (level, bucket) pairs that cover [first, last] exactly: a year is ~30 buckets, not 365 days.
inline QList<QPair<int, qint64>> bucketsOf(const DayRange &d)
{
    QList<QPair<int, qint64>> out;
    for (qint64 day = d.first; day <= d.last;) {
        int level = kBucketLevels - 1;
        for (; level > 0; --level) {
            const qint64 size = qint64(1) << (3 * level);
            if (day % size == 0 && day + size - 1 <= d.last)
                break;
        }
        out.append({level, day >> (3 * level)});
        day += qint64(1) << (3 * level);
    }
    return out;
}

// "demo = 0" or "demo IN (0, 1)", for SQL text (no user input in it).
inline const char *demoClause(const DashboardRange &r)
{
    return r.includeStaffAndDemo ? "demo IN (0, 1)" : "demo = 0";
}

inline qint64 nowOr(qint64 nowUtcMs)
{
    return nowUtcMs > 0 ? nowUtcMs : QDateTime::currentMSecsSinceEpoch();
}

// Opens the rollups on db, folds what the writer added since, and begins a read transaction (one snapshot
// for every statement of the query); the caller ends it with endRead(). cursor: the last event counted.
// Distinct and returning visitors of the range (all devices when range.device is empty), added to figures;
// per device into the perDevice entries already there, visitors per day into perDay, when given. Inside a
// query's read transaction.
bool countVisitors(telemetry::sql::Connection &db, const DashboardRange &range, const DayRange &days,
                   OverviewFigures *figures, QMap<QString, OverviewFigures> *perDevice,
                   QHash<qint64, qint64> *perDay);

bool beginQuery(telemetry::sql::Connection &db, QString *error, qint64 *cursor = nullptr);
void endRead(telemetry::sql::Connection &db);

} // namespace showroom::dashboard::detail
