#include "profiles/Seed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <random>

namespace showroom::profiles {

QString deviceName(int index)
{
    const int office = index / 3 + 1;
    const int slot = index % 3;
    return slot < 2 ? QStringLiteral("office-%1-kiosk-%2").arg(office).arg(slot + 1)
                    : QStringLiteral("office-%1-desktop-1").arg(office);
}

QString deviceMode(int index)
{
    return index % 3 < 2 ? QStringLiteral("kiosk") : QStringLiteral("desktop");
}

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// A prepared statement binding text it does not copy: every byte array bound must outlive the step
// (the homes' strings live for the whole seed). The hot path of 10 million rows: no QString per row.
class Raw
{
public:
    Raw(sqlite3 *db, const char *sql) { sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_s, nullptr); }
    ~Raw() { sqlite3_finalize(m_s); }
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;
    bool isValid() const { return m_s != nullptr; }
    Raw &i64(int i, qint64 v)
    {
        sqlite3_bind_int64(m_s, i, v);
        return *this;
    }
    Raw &text(int i, const QByteArray &v)
    {
        sqlite3_bind_text(m_s, i, v.constData(), int(v.size()), SQLITE_STATIC);
        return *this;
    }
    Raw &text(int i, const char *v)
    {
        sqlite3_bind_text(m_s, i, v, -1, SQLITE_STATIC);
        return *this;
    }
    Raw &null(int i)
    {
        sqlite3_bind_null(m_s, i);
        return *this;
    }
    int step() { return sqlite3_step(m_s); }
    QByteArray column(int c) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_s, c)), sqlite3_column_bytes(m_s, c));
    }
    bool run()
    {
        const int rc = sqlite3_step(m_s);
        sqlite3_reset(m_s);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_s = nullptr;
};

// A home with every string its events name, made once.
struct Home
{
    QByteArray id, unit, floor, building, balcony, selected, inside, buildingFocused;
    QList<QByteArray> rooms;
    QStringList roomNames; // the room ids, as the walker names them
};

QByteArray roomEnteredProps(const QString &room, const QString &from)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("from"), from},
                                     {QStringLiteral("roomName"), QString(room).replace(QLatin1Char('_'), QLatin1Char(' '))},
                                     {QStringLiteral("storey"), 0}})
        .toJson(QJsonDocument::Compact);
}

QByteArray insideLeftProps(const QStringList &roomNames, const QList<int> &path)
{
    QStringList walked, seen;
    for (int k : path) {
        walked << roomNames[k];
        if (!seen.contains(roomNames[k]))
            seen << roomNames[k];
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("path"), QJsonArray::fromStringList(walked)},
                                     {QStringLiteral("roomsSeen"), int(seen.size())}})
        .toJson(QJsonDocument::Compact);
}

QList<Home> homesOf(const core::DevelopmentData &dev)
{
    struct Fact
    {
        QString id, building, type, status;
        int floor;
        double price;
        QStringList rooms;
    };
    QList<Fact> facts;
    for (const core::Unit &u : dev.units) {
        Fact f{u.id, u.building, u.type, core::statusKey(u.status), u.floor, u.price, {}};
        if (const core::UnitType *t = dev.unitType(u.type))
            for (const core::RoomName &r : t->rooms)
                f.rooms << QString(r.node).remove(QStringLiteral("Floor_"));
        facts.append(f);
    }
    if (facts.isEmpty()) {
        for (int i = 0; i < 400; ++i) {
            const int floor = i / 40;
            facts.append({QStringLiteral("A_%1").arg(floor * 100 + i % 40 + 1, 4, 10, QLatin1Char('0')),
                          QStringLiteral("A"), QStringLiteral("T%1").arg(i % 3 + 1),
                          i % 5 == 0 ? QStringLiteral("sold") : QStringLiteral("available"), floor,
                          250000.0 + 1000.0 * (i % 97) * 3, {}});
        }
    }
    QList<Home> homes;
    for (Fact &f : facts) {
        if (f.rooms.isEmpty())
            f.rooms = {QStringLiteral("Living"), QStringLiteral("Kitchen"), QStringLiteral("Bedroom_1")};
        Home h;
        h.id = f.id.toUtf8();
        h.unit = "unit:" + h.id;
        h.floor = QStringLiteral("floor:%1/%2").arg(f.building).arg(f.floor).toUtf8();
        h.building = "building:" + f.building.toUtf8();
        h.balcony = "balcony:" + h.id;
        h.selected = QStringLiteral("{\"via\":\"site\",\"price\":%1,\"status\":\"%2\",\"typeId\":\"%3\","
                                    "\"buildingId\":\"%4\",\"floor\":%5}")
                         .arg(f.price, 0, 'f', 0)
                         .arg(f.status, f.type, f.building)
                         .arg(f.floor)
                         .toUtf8();
        h.inside = QStringLiteral("{\"via\":\"unit_card\",\"typeId\":\"%1\"}").arg(f.type).toUtf8();
        h.buildingFocused = QByteArrayLiteral("{\"via\":\"site\"}");
        for (const QString &room : f.rooms) {
            h.rooms.append(QStringLiteral("room:%1/%2").arg(f.id, room).toUtf8());
            h.roomNames.append(room);
        }
        homes.append(h);
    }
    return homes;
}

// Names with umlauts and accents: exports and dashboards must show them right.
const char *const kFirstNames[] = {"Anna", "Jürgen", "Sophie", "Mehmet", "Zoë", "Lukas", "Marie", "Björn",
                                   "Chiara", "Élodie", "Jonas", "Leonie"};
const char *const kLastNames[] = {"Müller", "Schmidt", "Weiß", "Öztürk", "Nguyen", "Dubois", "Großmann",
                                  "Kowalski", "Fischer", "Bauer", "Hoffmann", "Schäfer"};

} // namespace

SeedResult seedDatabase(telemetry::sql::Connection &db, const core::DevelopmentData &dev, const SeedOptions &o)
{
    SeedResult r;
    const QList<Home> homes = homesOf(dev);
    QList<QByteArray> finishProps, poiTargets, filterProps;
    QStringList palettes;
    for (const core::FinishPalette &p : dev.finishPalettes)
        palettes << p.id;
    if (palettes.isEmpty())
        palettes = {QStringLiteral("nordic"), QStringLiteral("urban")};
    for (const QString &p : palettes)
        finishProps << QStringLiteral("{\"surface\":\"floor\",\"palette\":\"%1\",\"finishes\":\"floor=%1\","
                                      "\"priceDelta\":0}")
                           .arg(p)
                           .toUtf8();
    for (const core::PointOfInterest &p : dev.pointsOfInterest)
        poiTargets << "poi:" + p.id.toUtf8();
    if (poiTargets.isEmpty())
        poiTargets = {"poi:tram", "poi:school"};
    for (const char *orientation : {"N", "NE", "E", "SE", "S", "SW", "W", "NW"})
        filterProps << QByteArray("{\"filter\":\"orientation=") + orientation + "\",\"results\":12}";
    // Where the orbit camera stood (metres, model space, looking at the site's middle): most visitors
    // circle on the sunny south-east side where the entrance is, some look from anywhere; the
    // dashboard's camera heat shows that as a warm arc, not one spot.
    QList<QByteArray> cameras;
    {
        std::mt19937 places(o.randomSeed ^ 0x5eedu);
        std::uniform_real_distribution<double> unit01(0.0, 1.0);
        for (int i = 0; i < 96; ++i) {
            const bool favourite = i % 5 < 3;
            const double degrees = favourite ? 135.0 + (unit01(places) - 0.5) * 80.0 : unit01(places) * 360.0;
            const double a = degrees * M_PI / 180.0, radius = 35.0 + unit01(places) * 75.0;
            const double x = radius * std::cos(a), z = radius * std::sin(a), y = 15.0 + unit01(places) * 45.0;
            const double len = std::sqrt(x * x + y * y + z * z);
            cameras << QStringLiteral("{\"p\":[%1,%2,%3],\"d\":[%4,%5,%6]}")
                           .arg(x, 0, 'f', 3).arg(y, 0, 'f', 3).arg(z, 0, 'f', 3)
                           .arg(-x / len, 0, 'f', 3).arg(-y / len, 0, 'f', 3).arg(-z / len, 0, 'f', 3)
                           .toUtf8();
        }
    }
    const QByteArray leadRequest = "{\"via\":\"unit_card\"}";
    QList<QByteArray> devices, modes;
    const int deviceCount = qMax(1, o.devices);
    for (int i = 0; i < deviceCount; ++i) {
        devices << deviceName(i).toUtf8();
        modes << deviceMode(i).toUtf8();
    }

    const qint64 visitors = o.visitors > 0 ? o.visitors : qMax<qint64>(1, o.events / 100);
    const qint64 events = o.events > 0 ? o.events : visitors * kEventsPerVisitor;
    const qint64 end = o.endUtcMs > 0 ? o.endUtcMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 span = qMax<qint64>(1, qint64(o.days)) * kDayMs;
    const qint64 firstDay = (end - span) / kDayMs * kDayMs;

    // A large page cache for the one big transaction (the indexes of millions of rows), given back after.
    const qint64 cacheSize = db.scalar("PRAGMA cache_size", -2000);
    db.exec("PRAGMA cache_size=-262144");
    struct RestoreCache
    {
        telemetry::sql::Connection &db;
        qint64 size;
        ~RestoreCache() { db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(size)); }
    } restore{db, cacheSize};
    if (!db.exec("BEGIN IMMEDIATE")) {
        r.error = db.errorText();
        return r;
    }
    // Extending a database: other pseudonyms than the ones already there.
    std::mt19937 rng(o.randomSeed ^ quint32(db.scalar("SELECT count(*) FROM visitors", 0) * 2654435761u));
    std::mt19937_64 ids(rng());
    auto pick = [&](qint64 n) { return qint64(rng() % quint64(qMax<qint64>(1, n))); };
    auto chance = [&](int percent) { return int(rng() % 100) < percent; };
    char uuidText[40];
    auto uuid = [&] {
        const quint64 a = ids(), b = ids();
        std::snprintf(uuidText, sizeof uuidText, "%08x-%04x-4%03x-%04x-%012llx", unsigned(a >> 32),
                      unsigned(a >> 16) & 0xffff, unsigned(a) & 0xfff, unsigned(b >> 48 & 0x3fff) | 0x8000,
                      static_cast<unsigned long long>(b & 0xffffffffffffULL));
        return uuidText;
    };

    Raw visitor(db.handle(), "INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?1, ?2, ?3)");
    Raw session(db.handle(), "INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Raw endSession(db.handle(), "UPDATE sessions SET end_utc = ?1, end_reason = ?2 WHERE id = ?3");
    Raw event(db.handle(), "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                           " engaged_ms, elapsed_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    Raw lead(db.handle(), "INSERT INTO leads(visitor_id, session_id, created_utc, contact, request, uuid, target,"
                          " preferred_contact, language) VALUES (?1, ?2, ?3, ?4, 'brochure', ?5, ?6, ?7, ?8)");
    Raw consent(db.handle(), "INSERT INTO consents(visitor_id, lead_id, given_utc, text, purpose, version, language)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, '2026-11', ?6)");
    if (!visitor.isValid() || !session.isValid() || !endSession.isValid() || !event.isValid() ||
        !lead.isValid() || !consent.isValid()) {
        r.error = db.errorText();
        db.exec("ROLLBACK");
        return r;
    }
    auto failed = [&] {
        r.error = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        db.exec("ROLLBACK");
        return r;
    };
    // A large seed into an empty table: the events' indexes are dropped and made again at the end (one
    // sort instead of millions of b-tree inserts), inside the transaction, so a failure restores them.
    QList<QByteArray> indexes;
    if (events >= 100000 && db.scalar("SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1)", 1) == 0) {
        QList<QByteArray> names;
        {
            Raw list(db.handle(), "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name = 'events' AND sql IS NOT NULL");
            while (list.step() == SQLITE_ROW) {
                names << list.column(0);
                indexes << list.column(1);
            }
        }
        for (const QByteArray &name : names)
            if (!db.exec(QByteArray("DROP INDEX \"" + name + "\"").constData()))
                return failed();
    }
    qint64 written = 0;
    const qint64 perVisitor = qMax<qint64>(1, events / visitors);
    for (qint64 v = 0; v < visitors && written < events; ++v) {
        // Absolute targets, so one visitor's overshoot (an act is several events) never starves the next.
        const qint64 stop = v == visitors - 1 ? events : qMin(events, (v + 1) * perVisitor);
        const qint64 first = written;
        const int roll = int(pick(100));
        const bool staff = roll < o.staffPercent;
        int device = int(pick(deviceCount));
        const bool robot = !staff && roll < o.staffPercent + o.robotPercent;
        if (robot && modes[device] != "kiosk")
            device -= device % 3; // the office's first kiosk
        const int sessions = staff || robot ? 1 : roll < 70 ? 1 : roll < 90 ? 2 : 3;
        const bool leaves = !staff && !robot && chance(o.leadPercent);
        // First visits in the order of the days of the period (so the time index grows at its end, as
        // it does in a real database), during opening hours: between 09:00 and 19:00 UTC.
        qint64 ts = firstDay + v * (span / kDayMs) / visitors * kDayMs + 9 * 3600 * 1000 + pick(10 * 3600 * 1000);
        if (!visitor.text(1, QByteArray(uuid())).i64(2, ts).text(3, devices[device]).run())
            return failed();
        const qint64 visitorKey = sqlite3_last_insert_rowid(db.handle());
        ++r.visitors;
        r.returningVisitors += sessions > 1 ? 1 : 0;
        const qint64 around = pick(homes.size()); // each visitor keeps coming back to neighbouring homes
        const QByteArray language = chance(60) ? QByteArray("de") : QByteArray("en");
        for (int s = 0; s < sessions && written < stop; ++s) {
            const qint64 start = ts;
            const qint64 sessionEnd = s == sessions - 1 ? stop : first + (stop - first) * (s + 1) / sessions;
            const QByteArray &mode = staff ? QByteArrayLiteral("staff") : robot ? QByteArrayLiteral("robot") : modes[device];
            const QByteArray sessionUuid(uuid());
            if (!session.text(1, sessionUuid).i64(2, visitorKey).text(3, devices[device]).text(4, mode)
                     .text(5, language).i64(6, start).run())
                return failed();
            const qint64 sessionKey = sqlite3_last_insert_rowid(db.handle());
            ++r.sessions;
            r.staffSessions += staff ? 1 : 0;
            r.robotSessions += robot ? 1 : 0;
            auto add = [&](const char *name, const QByteArray &target, const QByteArray *props = nullptr,
                           qint64 engaged = -1) {
                if (written >= events)
                    return true; // exactly the events asked for: the rest of the act is not written
                ts += 1000 + pick(20000);
                event.i64(1, sessionKey).i64(2, visitorKey).i64(3, ts).i64(4, ts - start).text(5, name).text(6, target);
                if (props)
                    event.text(7, *props);
                else
                    event.null(7);
                if (engaged >= 0)
                    event.i64(8, engaged).i64(9, engaged + engaged / 4);
                else
                    event.null(8).null(9);
                ++written;
                return event.run();
            };
            static const QByteArray site = "site", finder = "finder", compare = "compare";
            bool ok = add("enter", site);
            bool leadDue = leaves && s == sessions - 1;
            while (ok && written < sessionEnd) {
                const Home &h = homes[int((around + pick(6)) % homes.size())];
                for (int c = 2 + int(pick(3)); ok && c > 0; --c)
                    ok = add("camera", site, &cameras[int(pick(cameras.size()))]);
                if (ok && chance(50))
                    ok = add("building_focused", h.building, &h.buildingFocused) && add("enter", h.building);
                ok = ok && add("unit_selected", h.unit, &h.selected) && add("enter", h.unit) && add("enter", h.floor);
                if (ok && chance(40)) {
                    ok = add("inside_entered", h.unit, &h.inside);
                    // A walk through three rooms as the recorder writes it: each room_entered names the room
                    // walked in from, inside_left the path and how many rooms were seen.
                    QList<int> path;
                    for (int room = 0; ok && room < 3; ++room) {
                        int k = int(pick(h.rooms.size()));
                        if (!path.isEmpty() && k == path.constLast())
                            k = (k + 1) % int(h.rooms.size());
                        if (!path.isEmpty() && k == path.constLast())
                            continue; // a one-room home
                        const QByteArray entered = roomEnteredProps(h.roomNames[k],
                                                                    path.isEmpty() ? QString()
                                                                                   : h.roomNames[path.constLast()]);
                        path << k;
                        ok = add("room_entered", h.rooms[k], &entered) && add("enter", h.rooms[k]) &&
                             add("leave", h.rooms[k], nullptr, 5000 + pick(60000));
                    }
                    const QByteArray left = insideLeftProps(h.roomNames, path);
                    ok = ok && add("inside_left", h.unit, &left);
                }
                if (ok && chance(25))
                    ok = add("balcony_viewed", h.unit) && add("leave", h.balcony, nullptr, 3000 + pick(30000));
                if (ok && chance(15))
                    ok = add("favourite_added", h.unit);
                if (ok && chance(3))
                    ok = add("favourite_removed", h.unit);
                if (ok && chance(8))
                    ok = add("finish_chosen", h.unit, &finishProps[int(pick(finishProps.size()))]);
                if (ok && chance(8))
                    ok = add("poi_viewed", poiTargets[int(pick(poiTargets.size()))]);
                if (ok && chance(8))
                    ok = add("filter_settled", finder, &filterProps[int(pick(8))]);
                QByteArray compared;
                if (ok && chance(5)) {
                    compared = "{\"via\":\"favourites\",\"units\":[\"" + h.id + "\",\"" +
                               homes[int((around + 1) % homes.size())].id + "\"]}";
                    ok = add("compare_opened", compare, &compared);
                }
                if (ok && leadDue && written + 2 < events) {
                    leadDue = false;
                    const bool byPhone = chance(30), newsletter = chance(40);
                    const int who = int(pick(12));
                    QJsonObject contact{{QStringLiteral("first_name"), QString::fromUtf8(kFirstNames[who])},
                                        {QStringLiteral("last_name"), QString::fromUtf8(kLastNames[(who + v) % 12])},
                                        {QStringLiteral("email"), QStringLiteral("lead%1@example.org").arg(visitorKey)}};
                    if (byPhone || chance(50))
                        contact.insert(QStringLiteral("phone"), QStringLiteral("+49 30 %1").arg(1000000 + pick(8999999)));
                    const QByteArray submitted =
                        QStringLiteral("{\"request\":\"brochure\",\"preferredContact\":\"%1\",\"newsletter\":%2,"
                                       "\"language\":\"%3\",\"phoneGiven\":%4,\"messageGiven\":false}")
                            .arg(QLatin1String(byPhone ? "phone" : "email"), QLatin1String(newsletter ? "true" : "false"),
                                 QString::fromLatin1(language),
                                 QLatin1String(contact.contains(QStringLiteral("phone")) ? "true" : "false"))
                            .toUtf8();
                    const QByteArray contactJson = QJsonDocument(contact).toJson(QJsonDocument::Compact);
                    const QByteArray leadUuid(uuid());
                    ok = add("lead_form_opened", h.unit, &leadRequest) && add("lead_submitted", h.unit, &submitted) &&
                         lead.i64(1, visitorKey).i64(2, sessionKey).i64(3, ts).text(4, contactJson).text(5, leadUuid)
                             .text(6, h.unit).text(7, byPhone ? "phone" : "email").text(8, language).run();
                    const qint64 leadKey = sqlite3_last_insert_rowid(db.handle());
                    static const QByteArray contactText =
                        "I agree that the sales team may contact me about this home.";
                    static const QByteArray newsletterText = "Send me news about this development.";
                    ok = ok && consent.i64(1, visitorKey).i64(2, leadKey).i64(3, ts).text(4, contactText)
                                   .text(5, "sales_contact").text(6, language).run();
                    if (ok && newsletter)
                        ok = consent.i64(1, visitorKey).i64(2, leadKey).i64(3, ts).text(4, newsletterText)
                                 .text(5, "newsletter").text(6, language).run();
                    r.leads += ok ? 1 : 0;
                }
                if (ok && chance(50))
                    ok = add("leave", h.building, nullptr, 20000 + pick(200000));
                ok = ok && add("leave", h.floor, nullptr, 20000 + pick(120000)) &&
                     add("leave", h.unit, nullptr, 20000 + pick(180000));
            }
            ok = ok && add("leave", site, nullptr, 60000 + pick(600000));
            if (!ok || !endSession.i64(1, ts + 30000)
                            .text(2, modes[device] == "desktop" && !staff ? "exit" : "idle_timeout")
                            .i64(3, sessionKey)
                            .run())
                return failed();
            // The next visit: days later (not after the period's end), on the same desktop or a kiosk of
            // the same office.
            ts = qMin(ts + kDayMs + pick(13 * kDayMs), qMax(ts + 3600 * 1000, end - 3600 * 1000));
            if (modes[device] == "kiosk" && chance(30)) {
                const int other = device - device % 3 + int(pick(2));
                device = other < deviceCount ? other : device;
            }
        }
    }
    for (const QByteArray &index : indexes)
        if (!db.exec(index.constData()))
            return failed();
    if (!db.exec("COMMIT"))
        return failed();
    r.events = written;
    r.ok = true;
    return r;
}

} // namespace showroom::profiles
