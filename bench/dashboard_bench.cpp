// showroom-bench dashboard [--events N] [--days D] [--visitors-per-day V] [--devices K] [--db FILE]
//                          [--rounds R]
// The sales dashboard at scale (issue 15). A telemetry database of N events (default 10,000,000: 1,000
// visitors a day for a year on 5 devices) is seeded through the real schema (profiles::seedDatabase, as
// `showroom-admin seed` does; a --db that already holds them is reused), the rollups are folded once
// (timed: what a database written before the rollups existed costs once), then each view is timed
// (median and max of R rounds, each on a fresh connection's first call: nothing cached in the process)
// next to the same answer computed by a plain SQL query over the raw events in the same run, and the two
// answers are compared. Last line:
//   dashboard: events <n> slowest_view_ms <ms> plain_sql_ms <ms>
// slowest_view_ms: the slowest view's median; plain_sql_ms: the slowest plain query (goal: every view < 100 ms).
#include "core/ManifestLoader.h"
#include "dashboard/DashboardReportText.h"
#include "dashboard/Rollups.h"
#include "profiles/ProfileStore.h"
#include "profiles/Seed.h"
#include "telemetry/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <vector>

namespace db = showroom::dashboard;
namespace tel = showroom::telemetry;

namespace {

const char *const kNotDemo = "s.mode NOT IN ('staff', 'robot', 'demo')";

struct Timed
{
    double medianMs = 0, maxMs = 0;
};

Timed timeIt(int rounds, const std::function<bool()> &run)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return {-1, -1};
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

// Runs a query and hands each row to row(); false (and the error printed) if it fails.
bool query(tel::sql::Connection &c, const QByteArray &sql, const std::function<void(sqlite3_stmt *)> &row)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(c.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "showroom-bench: %s\n", sqlite3_errmsg(c.handle()));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        row(s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE;
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

} // namespace

int bench_dashboard(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption("events", "Events to seed (default 10000000).", "N", "10000000");
    const QCommandLineOption daysOption("days", "Days the visits spread over (default 365).", "D", "365");
    const QCommandLineOption perDayOption("visitors-per-day", "Visitors a day (default 1000).", "V", "1000");
    const QCommandLineOption devicesOption("devices", "Devices (default 5).", "K", "5");
    const QCommandLineOption dbOption("db", "Use this database (seeded if it has no events; kept).", "FILE");
    const QCommandLineOption roundsOption("rounds", "Timed rounds per view (default 7).", "R", "7");
    parser.addOptions({eventsOption, daysOption, perDayOption, devicesOption, dbOption, roundsOption});
    parser.process(app);
    const int days = qMax(1, parser.value(daysOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    QTemporaryDir tmp;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tmp.filePath("dashboard.db");
    const showroom::core::ManifestResult demo = showroom::core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    const showroom::core::DevelopmentData dev = demo.ok() ? demo.data : showroom::core::DevelopmentData{};
    // A fixed end (so a kept --db and a fresh one describe the same year): 2026-11-30 00:00 UTC.
    const qint64 end = QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const db::DashboardRange year{end - qint64(days) * 24 * 3600 * 1000, end, QString(), false};

    tel::sql::Connection c;
    tel::OpenOptions o;
    o.synchronous = tel::Synchronous::Normal;
    if (const tel::OpenResult r = tel::openDatabase(c, path, o); !r.ok) {
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(r.error));
        return 1;
    }
    QElapsedTimer clock;
    if (c.scalar("SELECT count(*) FROM events", 0) == 0) {
        clock.start();
        showroom::profiles::SeedOptions s;
        s.events = parser.value(eventsOption).toLongLong();
        s.visitors = qint64(parser.value(perDayOption).toInt()) * days;
        s.days = days;
        s.devices = qMax(1, parser.value(devicesOption).toInt());
        s.endUtcMs = end;
        const showroom::profiles::SeedResult seeded = showroom::profiles::seedDatabase(c, dev, s);
        if (!seeded.ok) {
            std::fprintf(stderr, "showroom-bench: seed failed: %s\n", qPrintable(seeded.error));
            return 1;
        }
        std::printf("seeded %lld events, %lld sessions, %lld visitors on %d devices in %.1f s\n",
                    static_cast<long long>(seeded.events), static_cast<long long>(seeded.sessions),
                    static_cast<long long>(seeded.visitors), s.devices, double(clock.elapsed()) / 1000.0);
    }
    const qint64 events = c.scalar("SELECT count(*) FROM events", 0);
    {
        // The profiles (lead scores) first, so the rollups' fold is timed on its own.
        showroom::profiles::ProfileStore profiles(c);
        QString error;
        clock.start();
        const showroom::profiles::FoldStats built =
            profiles.open(&error) ? profiles.catchUp() : showroom::profiles::FoldStats{false, error};
        if (!built.ok) {
            std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(built.error));
            return 1;
        }
        if (built.events > 0)
            std::printf("profiles folded: %lld events in %.1f s\n", static_cast<long long>(built.events),
                        double(clock.elapsed()) / 1000.0);
    }
    {
        db::Rollups rollups(c);
        QString error;
        clock.start();
        if (!rollups.open(&error)) {
            std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(error));
            return 1;
        }
        const db::RollupStats r = rollups.catchUp();
        if (!r.ok) {
            std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(r.error));
            return 1;
        }
        if (r.events > 0)
            std::printf("rollups folded: %lld events, %lld visitors in %.1f s (once; then as events arrive)\n",
                        static_cast<long long>(r.events), static_cast<long long>(r.visitors),
                        double(clock.elapsed()) / 1000.0);
    }
    std::printf("database: %s, %lld events; range %s .. %s; development: %s\n", qPrintable(path),
                static_cast<long long>(events),
                qPrintable(QDateTime::fromMSecsSinceEpoch(year.fromUtcMs, Qt::UTC).date().toString(Qt::ISODate)),
                qPrintable(QDateTime::fromMSecsSinceEpoch(year.toUtcMs - 1, Qt::UTC).date().toString(Qt::ISODate)),
                demo.ok() ? SHOWROOM_DEMO_DIR : "synthetic");

    // Each round opens its own connection: the first query on it pays for parsing the schema and an
    // empty page cache, as the dashboard's worker does after a refresh.
    auto fresh = [&](const std::function<bool(tel::sql::Connection &)> &view) {
        return [&, view] {
            tel::sql::Connection one;
            tel::OpenOptions ro;
            ro.mode = tel::OpenOptions::ExistingOnly;
            return tel::openDatabase(one, path, ro).ok && view(one);
        };
    };
    double slowest = 0, slowestPlain = 0;
    bool allSame = true;
    auto report = [&](const char *name, Timed view, double plainMs, const QString &same) {
        std::printf("%-22s view median %7.1f ms  max %7.1f ms   plain SQL %9.1f ms   %s\n", name, view.medianMs,
                    view.maxMs, plainMs, qPrintable(same));
        slowest = std::max(slowest, view.medianMs);
        slowestPlain = std::max(slowestPlain, plainMs);
        allSame = allSame && (same.startsWith(QLatin1String("same")) || same.startsWith(QLatin1String("n/a")));
    };
    auto plainTimed = [](const std::function<bool()> &run) {
        QElapsedTimer t;
        t.start();
        return run() ? double(t.nsecsElapsed()) / 1e6 : -1.0;
    };
    QString error;
    const qint64 a = db::Rollups::dayOf(year.fromUtcMs), b = db::Rollups::dayOf(year.toUtcMs - 1);
    const QByteArray range = " AND s.start_utc >= " + num(db::Rollups::dayStartMs(a)) + " AND s.start_utc < " +
                             num(db::Rollups::dayStartMs(b + 1));

    // Overview (every device, then one).
    for (const QString &device : {QString(), showroom::profiles::deviceName(0)}) {
        db::DashboardRange r = year;
        r.device = device;
        db::Overview mine;
        const Timed t = timeIt(rounds, fresh([&](tel::sql::Connection &x) { return db::overview(x, r, &mine, &error); }));
        qint64 plain[9] = {};
        const QByteArray deviceClause = device.isEmpty() ? QByteArray() : " AND s.device_id = '" + device.toUtf8() + "'";
        const double p = plainTimed([&] {
            return query(
                c,
                "WITH per AS (SELECT e.session_id AS id, s.visitor_id AS visitor, max(CASE e.name"
                " WHEN 'lead_submitted' THEN 5 WHEN 'inside_entered' THEN 4 WHEN 'unit_selected' THEN 3"
                " WHEN 'building_focused' THEN 2 WHEN 'stacking_plan_viewed' THEN 2 WHEN 'floor_focused' THEN 2"
                " ELSE 1 END) AS step, sum(CASE WHEN e.name = 'leave' AND (e.target IN ('site', 'finder', 'timeline')"
                " OR e.target LIKE 'room:%' OR e.target LIKE 'balcony:%') THEN coalesce(e.engaged_ms, 0) ELSE 0 END)"
                " AS engaged, sum(e.name = 'lead_submitted') AS leads FROM events e JOIN sessions s ON s.id = e.session_id"
                " WHERE " + QByteArray(kNotDemo) + range + deviceClause + " GROUP BY e.session_id)"
                " SELECT count(DISTINCT visitor), count(*), sum(engaged >= 10000), sum(engaged), sum(leads),"
                " sum(step >= 2), sum(step >= 3), sum(step >= 4), sum(step >= 5) FROM per",
                [&](sqlite3_stmt *s) {
                    for (int i = 0; i < 9; ++i)
                        plain[i] = sqlite3_column_int64(s, i);
                });
        });
        const db::OverviewFigures &f = mine.total;
        const qint64 ours[9] = {f.visitors, f.sessions, f.engagedSessions, f.engagedMs, f.leads, f.funnel[1].sessions,
                                f.funnel[2].sessions, f.funnel[3].sessions, f.funnel[4].sessions};
        const bool same = std::equal(ours, ours + 9, plain);
        report(device.isEmpty() ? "overview" : "overview (1 device)", t, p,
               same ? QStringLiteral("same: %1 visitors, %2 sessions, %3 leads").arg(f.visitors).arg(f.sessions).arg(f.leads)
                    : QStringLiteral("DIFFERENT: visitors %1/%2 sessions %3/%4 engaged %5/%6 leads %7/%8 inside %9/%10")
                          .arg(ours[0]).arg(plain[0]).arg(ours[1]).arg(plain[1]).arg(ours[3]).arg(plain[3])
                          .arg(ours[4]).arg(plain[4]).arg(ours[7]).arg(plain[7]));
    }

    // The last 30 days: most of their visitors' previous days lie all over the year before (the distinct
    // and returning counts read the most rows here), compared with plain SQL's distinct and returning.
    {
        const db::DashboardRange r{end - 30LL * 24 * 3600 * 1000, end, QString(), false};
        db::Overview mine;
        const Timed t = timeIt(rounds, fresh([&](tel::sql::Connection &x) { return db::overview(x, r, &mine, &error); }));
        const qint64 first = db::Rollups::dayOf(r.fromUtcMs);
        qint64 plain[2] = {-1, -1};
        const QByteArray visits = "SELECT s.visitor_id AS visitor, s.start_utc / 86400000 AS day FROM sessions s WHERE " +
                                  QByteArray(kNotDemo) +
                                  " AND EXISTS (SELECT 1 FROM events e WHERE e.session_id = s.id)";
        const QByteArray inRange = " WHERE day BETWEEN " + num(first) + " AND " + num(b);
        const double p = plainTimed([&] {
            return query(c,
                         "WITH v AS (" + visits + ") SELECT (SELECT count(DISTINCT visitor) FROM v" + inRange +
                             "), (SELECT count(*) FROM (SELECT visitor, min(day) AS f FROM v GROUP BY visitor)"
                             " JOIN (SELECT visitor, max(day) AS l FROM v" + inRange + " GROUP BY visitor)"
                             " USING (visitor) WHERE f < l)",
                         [&](sqlite3_stmt *s) {
                             plain[0] = sqlite3_column_int64(s, 0);
                             plain[1] = sqlite3_column_int64(s, 1);
                         });
        });
        const db::OverviewFigures &f = mine.total;
        report("overview (30 days)", t, p,
               f.visitors == plain[0] && f.returningVisitors == plain[1]
                   ? QStringLiteral("same: %1 visitors, %2 returning").arg(f.visitors).arg(f.returningVisitors)
                   : QStringLiteral("DIFFERENT: visitors %1/%2 returning %3/%4")
                         .arg(f.visitors).arg(plain[0]).arg(f.returningVisitors).arg(plain[1]));
    }

    // Units.
    {
        db::UnitsView mine;
        const Timed t = timeIt(rounds, fresh([&](tel::sql::Connection &x) { return db::units(x, year, dev, &mine, &error); }));
        QHash<QString, std::array<qint64, 3>> plain;
        const double p = plainTimed([&] {
            return query(c,
                         "SELECT CASE WHEN e.target LIKE 'unit:%' THEN substr(e.target, 6)"
                         " ELSE substr(e.target, 6, instr(e.target, '/') - 6) END AS unit,"
                         " sum(e.name = 'unit_selected' AND e.target LIKE 'unit:%'),"
                         " sum(CASE WHEN e.name = 'leave' AND e.target LIKE 'room:%' THEN coalesce(e.engaged_ms, 0) ELSE 0 END),"
                         " sum(e.name = 'lead_submitted' AND e.target LIKE 'unit:%')"
                         " FROM events e JOIN sessions s ON s.id = e.session_id WHERE " + QByteArray(kNotDemo) + range +
                             " AND (e.target LIKE 'unit:%' OR e.target LIKE 'room:%/%') GROUP BY unit",
                         [&](sqlite3_stmt *s) {
                             plain[QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)))] = {
                                 sqlite3_column_int64(s, 1), sqlite3_column_int64(s, 2), sqlite3_column_int64(s, 3)};
                         });
        });
        int differ = 0, compared = 0;
        for (const db::UnitInterest &u : mine.units) {
            const auto it = plain.constFind(u.unitId);
            const std::array<qint64, 3> expected = it == plain.constEnd() ? std::array<qint64, 3>{0, 0, 0} : it.value();
            ++compared;
            differ += expected != std::array<qint64, 3>{u.views, u.insideMs, u.leads};
        }
        report("units", t, p,
               differ == 0 ? QStringLiteral("same views, time inside, leads for %1 units").arg(compared)
                           : QStringLiteral("DIFFERENT for %1 of %2 units").arg(differ).arg(compared));
    }

    // Heatmaps.
    {
        db::Heatmaps mine;
        const Timed t =
            timeIt(rounds, fresh([&](tel::sql::Connection &x) { return db::heatmaps(x, year, dev, &mine, &error); }));
        qint64 samples = 0, linger = 0;
        const double p = plainTimed([&] {
            return query(c,
                         "SELECT sum(e.name = 'camera' AND e.target = 'site' AND json_extract(e.properties, '$.p[0]') IS NOT NULL),"
                         " sum(CASE WHEN e.name = 'leave' AND e.target LIKE 'room:%/%' THEN coalesce(e.engaged_ms, 0) ELSE 0 END)"
                         " FROM events e JOIN sessions s ON s.id = e.session_id WHERE " + QByteArray(kNotDemo) + range +
                             " AND e.name IN ('camera', 'leave')",
                         [&](sqlite3_stmt *s) {
                             samples = sqlite3_column_int64(s, 0);
                             linger = sqlite3_column_int64(s, 1);
                         });
        });
        qint64 ourLinger = 0;
        for (const db::UnitTypeHeatmap &h : mine.unitTypes)
            for (const db::RoomHeat &r : h.rooms)
                ourLinger += r.lingerMs;
        report("heatmaps", t, p,
               mine.site.samples == samples && ourLinger == linger
                   ? QStringLiteral("same: %1 camera samples, %2 h lingering in rooms").arg(samples).arg(linger / 3600000)
                   : QStringLiteral("DIFFERENT: samples %1/%2 linger %3/%4").arg(mine.site.samples).arg(samples).arg(ourLinger).arg(linger));
    }

    // Visitors: by lead score (no plain SQL can score), by last visit (compared), one visitor's page.
    QString someone;
    {
        db::VisitorList mine;
        const Timed t = timeIt(rounds, fresh([&](tel::sql::Connection &x) {
            return db::visitors(x, year, db::VisitorSort::LeadScore, 50, 0, &mine, &error);
        }));
        someone = mine.rows.isEmpty() ? QString() : mine.rows.first().visitor;
        report("visitors by score", t, 0, QStringLiteral("n/a (lead scores come from app/profiles)"));
        const Timed last = timeIt(rounds, fresh([&](tel::sql::Connection &x) {
            return db::visitors(x, year, db::VisitorSort::LastVisit, 50, 0, &mine, &error);
        }));
        QStringList plain;
        const double p = plainTimed([&] {
            return query(c,
                         "SELECT v.uuid FROM events e JOIN sessions s ON s.id = e.session_id JOIN visitors v ON v.id = s.visitor_id"
                         " WHERE " + QByteArray(kNotDemo) + " GROUP BY s.visitor_id HAVING min(s.start_utc) < " +
                             num(db::Rollups::dayStartMs(b + 1)) + " AND max(s.start_utc) >= " + num(db::Rollups::dayStartMs(a)) +
                             " ORDER BY max(e.ts_utc) DESC LIMIT 50",
                         [&](sqlite3_stmt *s) {
                             plain << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
                         });
        });
        QStringList ours;
        for (const db::VisitorListRow &r : mine.rows)
            ours << r.visitor;
        report("visitors by last visit", last, p,
               ours == plain ? QStringLiteral("same 50 visitors in the same order") : QStringLiteral("DIFFERENT order"));
    }
    {
        db::VisitorPage page;
        const Timed t = timeIt(rounds, fresh([&](tel::sql::Connection &x) {
            return db::visitorPage(x, someone, dev, &page, &error);
        }));
        report("visitor page", t, 0,
               QStringLiteral("n/a (reads the visitor's own rows: %1 events, next: %2)")
                   .arg(page.timeline.size())
                   .arg(page.nextAction.left(60)));
    }
    {
        db::SalesReport r;
        const Timed t = timeIt(rounds, fresh([&](tel::sql::Connection &x) { return db::buildReport(x, year, dev, 10, &r, &error); }));
        report("report", t, 0, QStringLiteral("n/a (overview + units + visitors above)"));
    }
    if (!error.isEmpty())
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(error));
    std::printf("dashboard: events %lld slowest_view_ms %.1f plain_sql_ms %.0f\n", static_cast<long long>(events),
                slowest, slowestPlain);
    return allSame && error.isEmpty() ? 0 : 1;
}
