#include "profiles/Seed.h"

#include "profiles/Stmt.h"

#include <QDateTime>
#include <QUuid>

#include <random>

namespace showroom::profiles {

namespace {

struct Home
{
    QString id, building, type, status;
    int floor = 0;
    double price = 0;
    QStringList rooms;
};

QList<Home> homesOf(const core::DevelopmentData &dev)
{
    QList<Home> homes;
    for (const core::Unit &u : dev.units) {
        Home h{u.id, u.building, u.type, core::statusKey(u.status), u.floor, u.price, {}};
        if (const core::UnitType *t = dev.unitType(u.type))
            for (const core::RoomName &r : t->rooms)
                h.rooms << QString(r.node).remove(QStringLiteral("Floor_"));
        if (h.rooms.isEmpty())
            h.rooms = {QStringLiteral("Living"), QStringLiteral("Kitchen"), QStringLiteral("Bedroom_1")};
        homes.append(h);
    }
    if (homes.isEmpty()) {
        for (int i = 0; i < 400; ++i) {
            const int floor = i / 40;
            homes.append({QStringLiteral("A_%1").arg(floor * 100 + i % 40 + 1, 4, 10, QLatin1Char('0')),
                          QStringLiteral("A"),
                          QStringLiteral("T%1").arg(i % 3 + 1),
                          i % 5 == 0 ? QStringLiteral("sold") : QStringLiteral("available"),
                          floor,
                          250000.0 + 1000.0 * (i % 97) * 3,
                          {"Living", "Kitchen", "Bedroom_1"}});
        }
    }
    return homes;
}

class Writer
{
public:
    explicit Writer(sqlite3 *db)
        : event(db, "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                    " engaged_ms, elapsed_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
    {
    }
    bool add(qint64 session, qint64 visitor, qint64 ts, qint64 start, const char *name, const QString &target,
             const QString &props = QString(), qint64 engaged = -1)
    {
        event.bind(1, session).bind(2, visitor).bind(3, ts).bind(4, ts - start);
        event.bind(5, QString::fromLatin1(name));
        event.bind(6, target);
        if (props.isEmpty())
            event.bindNull(7);
        else
            event.bind(7, props);
        if (engaged >= 0)
            event.bind(8, engaged).bind(9, engaged + engaged / 4);
        else
            event.bindNull(8).bindNull(9);
        ++count;
        return event.run();
    }
    Stmt event;
    qint64 count = 0;
};

} // namespace

SeedResult seedDatabase(telemetry::sql::Connection &db, const core::DevelopmentData &dev,
                        const SeedOptions &o)
{
    SeedResult r;
    const QList<Home> homes = homesOf(dev);
    QStringList palettes, pois;
    for (const core::FinishPalette &p : dev.finishPalettes)
        palettes << p.id;
    for (const core::PointOfInterest &p : dev.pointsOfInterest)
        pois << p.id;
    if (palettes.isEmpty())
        palettes = {QStringLiteral("nordic"), QStringLiteral("urban")};
    if (pois.isEmpty())
        pois = {QStringLiteral("tram"), QStringLiteral("school")};
    static const char *const orientations[] = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};

    const qint64 visitors = o.visitors > 0 ? o.visitors : qMax<qint64>(1, o.events / 100);
    const qint64 end = o.endUtcMs > 0 ? o.endUtcMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qint64(o.days) * 24 * 3600 * 1000;
    std::mt19937 rng(o.randomSeed);
    auto pick = [&](qint64 n) { return qint64(rng() % quint64(qMax<qint64>(1, n))); };
    auto chance = [&](int percent) { return int(rng() % 100) < percent; };

    if (!db.exec("BEGIN IMMEDIATE")) {
        r.error = db.errorText();
        return r;
    }
    Stmt visitor(db.handle(),
                 "INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?1, ?2, 'seed')");
    Stmt session(db.handle(),
                 "INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc,"
                 " end_utc, end_reason) VALUES (?1, ?2, 'seed', 'kiosk', 'en', ?3, ?4, 'idle_timeout')");
    Writer w(db.handle());
    auto failed = [&] {
        r.error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        db.exec("ROLLBACK");
        return r;
    };
    const qint64 perVisitor = qMax<qint64>(1, o.events / visitors);
    for (qint64 v = 0; v < visitors && w.count < o.events; ++v) {
        // Absolute targets, so one visitor's overshoot (an act is several events) never starves the next.
        const qint64 stop = v == visitors - 1 ? o.events : qMin(o.events, (v + 1) * perVisitor);
        const qint64 first = w.count;
        const int sessions = 1 + int(pick(3));
        qint64 ts = end - span + pick(span - 3600 * 1000 * 24 * 8);
        if (!visitor.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, ts).run())
            return failed();
        const qint64 visitorKey = sqlite3_last_insert_rowid(db.handle());
        ++r.visitors;
        // Each visitor keeps coming back to a handful of neighbouring homes.
        const qint64 around = pick(homes.size());
        for (int s = 0; s < sessions && w.count < stop; ++s) {
            const qint64 start = ts;
            const qint64 sessionEnd = s == sessions - 1 ? stop : first + (stop - first) * (s + 1) / sessions;
            if (!session.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
                     .bind(2, visitorKey)
                     .bind(3, start)
                     .bind(4, start + 20 * 60 * 1000)
                     .run())
                return failed();
            const qint64 sessionKey = sqlite3_last_insert_rowid(db.handle());
            ++r.sessions;
            auto add = [&](const char *name, const QString &target, const QString &props = QString(),
                           qint64 engaged = -1) {
                if (w.count >= o.events)
                    return true; // exactly the events asked for: the rest of the act is not written
                ts += 1000 + pick(20000);
                return w.add(sessionKey, visitorKey, ts, start, name, target, props, engaged);
            };
            bool ok = add("enter", QStringLiteral("site"));
            while (ok && w.count < sessionEnd) {
                const Home &h = homes[int((around + pick(6)) % homes.size())];
                const QString unit = QStringLiteral("unit:") + h.id;
                const QString floor = QStringLiteral("floor:%1/%2").arg(h.building).arg(h.floor);
                for (int c = 0; ok && c < 4; ++c)
                    ok = add("camera", QStringLiteral("site"),
                             QStringLiteral("{\"p\":[1,2,3],\"d\":[0,0,-1]}"));
                ok = ok &&
                     add("unit_selected", unit,
                         QStringLiteral("{\"via\":\"site\",\"price\":%1,\"status\":\"%2\",\"typeId\":\"%3\","
                                        "\"buildingId\":\"%4\",\"floor\":%5}")
                             .arg(h.price, 0, 'f', 0)
                             .arg(h.status, h.type, h.building)
                             .arg(h.floor));
                ok = ok && add("enter", unit) && add("enter", floor);
                if (ok && chance(40)) {
                    ok = add("inside_entered", unit, QStringLiteral("{\"via\":\"unit_card\"}"));
                    for (int room = 0; ok && room < 3; ++room) {
                        const QString target =
                            QStringLiteral("room:%1/%2").arg(h.id, h.rooms[int(pick(h.rooms.size()))]);
                        ok = add("room_entered", target) && add("enter", target) &&
                             add("leave", target, QString(), 5000 + pick(60000));
                    }
                    ok = ok && add("inside_left", unit);
                }
                if (ok && chance(25))
                    ok = add("balcony_viewed", unit, QStringLiteral("{\"spot\":\"balcony\"}")) &&
                         add("leave", QStringLiteral("balcony:") + h.id, QString(), 3000 + pick(30000));
                if (ok && chance(15))
                    ok = add("favourite_added", unit);
                if (ok && chance(3))
                    ok = add("favourite_removed", unit);
                if (ok && chance(8))
                    ok = add("finish_chosen", unit,
                             QStringLiteral("{\"surface\":\"floor\",\"palette\":\"%1\"}")
                                 .arg(palettes[int(pick(palettes.size()))]));
                if (ok && chance(8))
                    ok = add("poi_viewed", QStringLiteral("poi:") + pois[int(pick(pois.size()))]);
                if (ok && chance(8))
                    ok = add("filter_settled", QStringLiteral("finder"),
                             QStringLiteral("{\"filter\":\"orientation=%1\",\"results\":12}")
                                 .arg(QLatin1String(orientations[pick(8)])));
                if (ok && chance(5))
                    ok = add("compare_opened", QStringLiteral("compare"),
                             QStringLiteral("{\"via\":\"favourites\",\"units\":[\"%1\",\"%2\"]}")
                                 .arg(h.id, homes[int((around + 1) % homes.size())].id));
                if (ok && chance(2))
                    ok = add("lead_submitted", unit, QStringLiteral("{\"request\":\"brochure\"}"));
                ok = ok && add("leave", floor, QString(), 20000 + pick(120000)) &&
                     add("leave", unit, QString(), 20000 + pick(180000));
            }
            if (!ok)
                return failed();
            ts += 2LL * 24 * 3600 * 1000 + pick(5LL * 24 * 3600 * 1000); // the next visit, days later
        }
    }
    if (!db.exec("COMMIT"))
        return failed();
    r.events = w.count;
    r.ok = true;
    return r;
}

} // namespace showroom::profiles
