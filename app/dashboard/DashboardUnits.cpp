// Units (interest per home next to its availability) and heatmaps (camera time over the site, walking
// and lingering per room of each unit type): sums of the bucketed rollups over the range's buckets.
#include "dashboard/DashboardQueries.h"

#include "dashboard/DashboardBuckets.h"
#include "profiles/Stmt.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <sqlite3.h>

namespace showroom::dashboard {

using namespace detail;
using profiles::Stmt;

QString unitClassKey(UnitClass c)
{
    switch (c) {
    case UnitClass::HotAvailable:
        return QStringLiteral("hot_available");
    case UnitClass::SoldStillWanted:
        return QStringLiteral("sold_still_wanted");
    case UnitClass::NobodyLooks:
        return QStringLiteral("nobody_looks");
    case UnitClass::None:
        break;
    }
    return QString();
}

namespace {

// Runs sql once per (bucket, demo flag) of the range; ?1 level, ?2 bucket, ?3 demo, ?4 device.
template<typename Row>
bool forEachBucket(telemetry::sql::Connection &db, const DashboardRange &range, const char *sql, Row row)
{
    const QByteArray text = QByteArray(sql).replace("%DEVICE%", range.device.isEmpty() ? "" : " AND device = ?4");
    Stmt q(db.handle(), text.constData());
    if (!q.isValid())
        return false;
    for (const auto &[level, bucket] : bucketsOf(daysOf(range))) {
        for (int demo = 0; demo <= (range.includeStaffAndDemo ? 1 : 0); ++demo) {
            q.bind(1, qint64(level)).bind(2, bucket).bind(3, qint64(demo));
            if (!range.device.isEmpty())
                q.bind(4, range.device);
            int rc;
            while ((rc = q.step()) == SQLITE_ROW)
                row(q);
            q.reset();
            if (rc != SQLITE_DONE)
                return false;
        }
    }
    return true;
}

QString queryError(telemetry::sql::Connection &db)
{
    const QString error = QStringLiteral("dashboard: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    endRead(db);
    return error;
}

void classify(QList<UnitInterest> &units)
{
    QList<double> looked;
    for (const UnitInterest &u : units)
        if (u.interest > 0)
            looked << u.interest;
    std::sort(looked.begin(), looked.end(), std::greater<double>());
    // Hot: the top fifth of the homes anyone looked at; still wanted: at least the median interest.
    const double hot = looked.isEmpty() ? 0 : looked[qMax(0, int(std::ceil(looked.size() * 0.2)) - 1)];
    const double median = looked.isEmpty() ? 0 : looked[looked.size() / 2];
    const double top = looked.isEmpty() ? 0 : looked.first();
    for (UnitInterest &u : units) {
        u.heat = top > 0 ? u.interest / top : 0;
        if (u.views == 0 && u.interest == 0)
            u.unitClass = UnitClass::NobodyLooks;
        else if (u.status == QLatin1String("available") && u.interest >= hot && u.interest > 0)
            u.unitClass = UnitClass::HotAvailable;
        else if ((u.status == QLatin1String("reserved") || u.status == QLatin1String("sold")) && u.interest >= median &&
                 u.interest > 0)
            u.unitClass = UnitClass::SoldStillWanted;
    }
}

} // namespace

bool units(telemetry::sql::Connection &db, const DashboardRange &range, const core::DevelopmentData &development,
           UnitsView *out, QString *error, qint64 nowUtcMs)
{
    *out = UnitsView();
    out->asOfUtcMs = nowOr(nowUtcMs);
    if (!beginQuery(db, error))
        return false;
    QHash<QString, UnitInterest> byId;
    const bool ok = forEachBucket(
        db, range,
        "SELECT unit, sum(views), sum(engaged_ms), sum(inside_ms), sum(insides), sum(fav_added) - sum(fav_removed),"
        " sum(brochures), sum(leads) FROM dash_units WHERE level = ?1 AND bucket = ?2 AND demo = ?3%DEVICE%"
        " GROUP BY unit",
        [&](const Stmt &q) {
            UnitInterest &u = byId[q.text(0)];
            u.views += q.int64(1);
            u.engagedMs += q.int64(2);
            u.insideMs += q.int64(3);
            u.insides += q.int64(4);
            u.favourites += q.int64(5);
            u.brochures += q.int64(6);
            u.leads += q.int64(7);
        });
    if (!ok) {
        *error = queryError(db);
        return false;
    }
    endRead(db);
    for (const core::Unit &unit : development.units)
        byId[unit.id];
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        UnitInterest &u = it.value();
        u.unitId = it.key();
        u.favourites = qMax<qint64>(0, u.favourites);
        if (const core::Unit *unit = development.unit(u.unitId)) {
            u.building = unit->building;
            u.type = unit->type;
            u.floor = unit->floor;
            u.status = core::statusKey(unit->status);
        }
        u.interest = double(u.views) + double(u.engagedMs) / 60000.0 + 2.0 * double(u.insides) +
                     3.0 * double(u.favourites) + 5.0 * double(u.leads);
        out->units.append(u);
    }
    std::sort(out->units.begin(), out->units.end(), [](const UnitInterest &a, const UnitInterest &b) {
        return a.interest != b.interest ? a.interest > b.interest : a.unitId < b.unitId;
    });
    classify(out->units);
    return true;
}

bool heatmaps(telemetry::sql::Connection &db, const DashboardRange &range, const core::DevelopmentData &development,
              Heatmaps *out, QString *error, qint64 nowUtcMs)
{
    Q_UNUSED(development) // rooms are named as the events name them; the screens label them from the package
    *out = Heatmaps();
    out->asOfUtcMs = nowOr(nowUtcMs);
    if (!beginQuery(db, error))
        return false;
    QHash<QPair<qint64, qint64>, qint64> cells;
    QHash<QString, UnitTypeHeatmap> types;
    QHash<QString, QHash<QString, RoomHeat>> rooms;
    QHash<QString, QHash<QPair<QString, QString>, qint64>> steps;
    bool ok = forEachBucket(db, range,
                            "SELECT cx, cz, sum(samples) FROM dash_cells WHERE level = ?1 AND bucket = ?2"
                            " AND demo = ?3%DEVICE% GROUP BY cx, cz",
                            [&](const Stmt &q) { cells[{q.int64(0), q.int64(1)}] += q.int64(2); });
    ok = ok && forEachBucket(db, range,
                             "SELECT type, room, sum(entries), sum(linger_ms) FROM dash_rooms WHERE level = ?1"
                             " AND bucket = ?2 AND demo = ?3%DEVICE% GROUP BY type, room",
                             [&](const Stmt &q) {
                                 RoomHeat &r = rooms[q.text(0)][q.text(1)];
                                 r.entries += q.int64(2);
                                 r.lingerMs += q.int64(3);
                             });
    ok = ok && forEachBucket(db, range,
                             "SELECT type, from_room, to_room, sum(count) FROM dash_steps WHERE level = ?1"
                             " AND bucket = ?2 AND demo = ?3%DEVICE% GROUP BY type, from_room, to_room",
                             [&](const Stmt &q) { steps[q.text(0)][{q.text(1), q.text(2)}] += q.int64(3); });
    if (!ok) {
        *error = queryError(db);
        return false;
    }
    endRead(db);

    // The site: the cells' bounding box, coarsened (cells merged 2x2, 4x4, ...) if it would be huge.
    SiteHeatmap &site = out->site;
    if (!cells.isEmpty()) {
        qint64 factor = 1;
        auto bounds = [&](qint64 *x0, qint64 *x1, qint64 *z0, qint64 *z1) {
            *x0 = *z0 = std::numeric_limits<qint64>::max();
            *x1 = *z1 = std::numeric_limits<qint64>::min();
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                const qint64 x = it.key().first >= 0 ? it.key().first / factor : -((-it.key().first + factor - 1) / factor);
                const qint64 z = it.key().second >= 0 ? it.key().second / factor : -((-it.key().second + factor - 1) / factor);
                *x0 = qMin(*x0, x), *x1 = qMax(*x1, x), *z0 = qMin(*z0, z), *z1 = qMax(*z1, z);
            }
        };
        qint64 x0, x1, z0, z1;
        for (bounds(&x0, &x1, &z0, &z1); (x1 - x0 + 1) * (z1 - z0 + 1) > 250000; bounds(&x0, &x1, &z0, &z1))
            factor *= 2;
        site.cellSize = SiteHeatmap::kSiteCellMetres * double(factor);
        site.originCellX = int(x0);
        site.originCellZ = int(z0);
        site.columns = int(x1 - x0 + 1);
        site.rows = int(z1 - z0 + 1);
        site.msPerCell = QList<qint64>(qsizetype(site.columns) * site.rows, 0);
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const qint64 x = it.key().first >= 0 ? it.key().first / factor : -((-it.key().first + factor - 1) / factor);
            const qint64 z = it.key().second >= 0 ? it.key().second / factor : -((-it.key().second + factor - 1) / factor);
            qint64 &ms = site.msPerCell[qsizetype((z - z0) * site.columns + (x - x0))];
            ms += it.value() * 500; // a camera sample stands for at most half a second
            site.maxMs = qMax(site.maxMs, ms);
            site.samples += it.value();
        }
    }

    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it) {
        UnitTypeHeatmap &t = types[it.key()];
        t.type = it.key();
        qint64 most = 0;
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r)
            most = qMax(most, r.value().lingerMs);
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
            RoomHeat heat = r.value();
            heat.room = r.key();
            heat.heat = most > 0 ? double(heat.lingerMs) / double(most) : 0;
            t.rooms << heat;
        }
        std::sort(t.rooms.begin(), t.rooms.end(), [](const RoomHeat &a, const RoomHeat &b) {
            return a.lingerMs != b.lingerMs ? a.lingerMs > b.lingerMs : a.room < b.room;
        });
    }
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        UnitTypeHeatmap &t = types[it.key()];
        t.type = it.key();
        for (auto s = it.value().cbegin(); s != it.value().cend(); ++s) {
            if (s.key().first.isEmpty())
                t.insides += s.value(); // the first room of a visit inside
            else
                t.steps.append({s.key().first, s.key().second, s.value()});
        }
        std::sort(t.steps.begin(), t.steps.end(), [](const RoomStep &a, const RoomStep &b) {
            return a.count != b.count ? a.count > b.count : std::tie(a.from, a.to) < std::tie(b.from, b.to);
        });
    }
    for (const UnitTypeHeatmap &t : std::as_const(types))
        out->unitTypes << t;
    std::sort(out->unitTypes.begin(), out->unitTypes.end(), [](const UnitTypeHeatmap &a, const UnitTypeHeatmap &b) {
        return a.insides != b.insides ? a.insides > b.insides : a.type < b.type;
    });
    return true;
}

} // namespace showroom::dashboard
