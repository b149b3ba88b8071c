// What the profile tests share: a small development package written into a temporary folder, and a
// telemetry database (the real schema, telemetry::openDatabase) into which a test scripts visits.
#pragma once

#include "core/ManifestLoader.h"
#include "telemetry/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace fixture {

// 2026-11-01T10:00:00Z: the first scripted visit.
inline const qint64 t0 = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
inline constexpr qint64 minute = 60 * 1000;
inline constexpr qint64 day = 24 * 3600 * 1000;

inline QJsonObject unit(const char *id, const char *building, int floor, const char *type, int bedrooms,
                        double area, double price, const char *status, const char *orientation)
{
    return QJsonObject{{"id", id},
                       {"building", building},
                       {"floor", floor},
                       {"type", type},
                       {"bedrooms", bedrooms},
                       {"bathrooms", 1},
                       {"area", area},
                       {"price", price},
                       {"status", status},
                       {"orientation", orientation},
                       {"node", QStringLiteral("Unit_") + id}};
}

// Six homes. A_0304 is the one the scripted visitor loves; B_0304 is its twin in the other building;
// A_0504 is close; A_0305 and A_0101 are less alike; B_0601 is reserved (never recommended).
inline bool writePackage(const QString &dir, const char *statusOfA0304 = "available")
{
    const QJsonObject manifest{
        {"schema", 1},
        {"development", QJsonObject{{"id", "profiles-test"}, {"name", "Profiles Test"}, {"currency", "EUR"}}},
        {"model", "models/site.glb"},
        {"buildings", QJsonArray{QJsonObject{{"id", "A"}, {"name", "Building A"}, {"floors", 7}},
                                 QJsonObject{{"id", "B"}, {"name", "Building B"}, {"floors", 7}}}},
        {"unitTypes", QJsonArray{QJsonObject{{"id", "1B"}, {"name", "One-bedroom"}, {"bedrooms", 1}},
                                 QJsonObject{{"id", "2B"}, {"name", "Two-bedroom"}, {"bedrooms", 2}},
                                 QJsonObject{{"id", "3B"}, {"name", "Three-bedroom"}, {"bedrooms", 3}}}},
        {"units", QJsonArray{unit("A_0304", "A", 3, "3B", 3, 80, 390000, statusOfA0304, "SW"),
                             unit("A_0305", "A", 3, "2B", 2, 65, 310000, "available", "S"),
                             unit("B_0304", "B", 3, "3B", 3, 80, 392000, "available", "SW"),
                             unit("A_0504", "A", 5, "3B", 3, 82, 405000, "available", "W"),
                             unit("A_0101", "A", 1, "1B", 1, 45, 210000, "available", "N"),
                             unit("B_0601", "B", 6, "3B", 3, 95, 480000, "reserved", "SW")}},
        {"finishPalettes",
         QJsonArray{QJsonObject{{"id", "urban"},
                                {"name", "Urban"},
                                {"surfaces", QJsonObject{{"floor", QJsonObject{{"color", "#555555"}}}}}},
                    QJsonObject{{"id", "nordic"},
                                {"name", "Nordic"},
                                {"standard", true},
                                {"surfaces", QJsonObject{{"floor", QJsonObject{{"color", "#dddddd"}}}}}}}},
        {"pointsOfInterest", QJsonArray{QJsonObject{{"id", "tram"}, {"name", "Tram stop"}}}},
    };
    QDir().mkpath(dir + "/models");
    QFile model(dir + "/models/site.glb");
    QFile json(dir + "/development.json");
    return model.open(QIODevice::WriteOnly) && model.write("x") == 1 && json.open(QIODevice::WriteOnly) &&
           json.write(QJsonDocument(manifest).toJson()) > 0;
}

inline showroom::core::DevelopmentData development(const QString &dir,
                                                   const char *statusOfA0304 = "available")
{
    if (!writePackage(dir, statusOfA0304))
        return {};
    const showroom::core::ManifestResult m = showroom::core::loadManifest(dir);
    return m.ok() ? m.data : showroom::core::DevelopmentData{};
}

// Scripted visits written straight into the real schema.
class Script
{
public:
    showroom::telemetry::sql::Connection db;

    bool open(const QString &path)
    {
        showroom::telemetry::OpenOptions o;
        return showroom::telemetry::openDatabase(db, path, o).ok;
    }
    qint64 visitor(const QString &uuid, qint64 ts)
    {
        return insert(
            QStringLiteral("INSERT INTO visitors(uuid, first_seen_utc) VALUES ('%1', %2)").arg(uuid).arg(ts));
    }
    qint64 session(qint64 visitorKey, qint64 ts)
    {
        return insert(
            QStringLiteral("INSERT INTO sessions(uuid, visitor_id, start_utc) VALUES ('s%1-%2', %1, %2)")
                .arg(visitorKey)
                .arg(ts));
    }
    // One event; engagedMs >= 0 makes it a dwell row (leave).
    qint64 event(qint64 sessionKey, qint64 visitorKey, qint64 ts, const QString &name, const QString &target,
                 const QString &properties = QString(), qint64 engagedMs = -1)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(
            db.handle(),
            "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
            " engaged_ms, elapsed_ms) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)",
            -1, &s, nullptr);
        const QByteArray n = name.toUtf8(), t = target.toUtf8(), p = properties.toUtf8();
        sqlite3_bind_int64(s, 1, sessionKey);
        sqlite3_bind_int64(s, 2, visitorKey);
        sqlite3_bind_int64(s, 3, ts);
        sqlite3_bind_text(s, 4, n.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 5, t.constData(), -1, SQLITE_STATIC);
        if (properties.isEmpty())
            sqlite3_bind_null(s, 6);
        else
            sqlite3_bind_text(s, 6, p.constData(), -1, SQLITE_STATIC);
        if (engagedMs >= 0) {
            sqlite3_bind_int64(s, 7, engagedMs);
            sqlite3_bind_int64(s, 8, engagedMs);
        }
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(db.handle()) : -1;
    }
    qint64 count(const char *sql) { return db.scalar(sql, -1); }

private:
    qint64 insert(const QString &sql) { return db.exec(sql) ? sqlite3_last_insert_rowid(db.handle()) : -1; }
};

// The visitor of docs/interest-model.md's worked example: two visits ten days apart.
// Returns the visitor's key. Every event of a visit carries the visit's instant, so each visit's points
// decay by one factor (see the arithmetic in tst_profiles.cpp).
inline qint64 scriptWorkedExample(Script &s, const QString &uuid)
{
    const qint64 v = s.visitor(uuid, t0);
    const qint64 s1 = s.session(v, t0);
    s.event(s1, v, t0, "unit_selected", "unit:A_0304", R"({"via":"site","price":390000})");
    s.event(s1, v, t0, "inside_entered", "unit:A_0304", R"({"via":"unit_card"})");
    s.event(s1, v, t0, "room_entered", "room:A_0304/Living", R"({"from":"","roomName":"Living"})");
    s.event(s1, v, t0, "leave", "room:A_0304/Living", QString(), 3 * minute);
    s.event(s1, v, t0, "balcony_viewed", "unit:A_0304", R"({"spot":"balcony"})");
    s.event(s1, v, t0, "leave", "balcony:A_0304", QString(), 1 * minute);
    s.event(s1, v, t0, "favourite_added", "unit:A_0304");
    s.event(s1, v, t0, "leave", "unit:A_0304", QString(), 6 * minute);
    s.event(s1, v, t0, "camera", "site", R"({"p":[1,2,3],"d":[0,0,-1]})");
    s.event(s1, v, t0, "unit_selected", "unit:A_0305", R"({"via":"site"})");
    s.event(s1, v, t0, "favourite_added", "unit:A_0305");
    s.event(s1, v, t0, "poi_viewed", "poi:tram", R"({"via":"marker"})");
    s.event(s1, v, t0, "leave", "building:A", QString(), 8 * minute);
    s.event(s1, v, t0, "timeline_date_settled", "timeline", R"({"date":"2026-12-01","finished":false})");
    const qint64 t1 = t0 + 10 * day;
    const qint64 s2 = s.session(v, t1);
    s.event(s2, v, t1, "unit_selected", "unit:A_0304", R"({"via":"finder_list"})");
    s.event(s2, v, t1, "compare_opened", "compare", R"({"via":"favourites","units":["A_0304","A_0305"]})");
    s.event(s2, v, t1, "favourite_removed", "unit:A_0305");
    s.event(s2, v, t1, "finish_chosen", "unit:A_0304",
            R"({"surface":"floor","palette":"urban","finishes":"floor=urban","priceDelta":4200})");
    s.event(s2, v, t1, "timeline_date_settled", "timeline", R"({"date":"2027-03-01","finished":false})");
    s.event(s2, v, t1, "sun_time_settled", "timeline",
            R"({"date":"2026-06-21","time":"18:30","elevation":12.5})");
    s.event(s2, v, t1, "filter_settled", "finder",
            R"({"filter":"bedrooms>=3,orientation=S|SW","results":3})");
    s.event(s2, v, t1, "lead_submitted", "unit:A_0304", R"({"request":"brochure"})");
    s.event(s2, v, t1, "leave", "unit:A_0304", QString(), 5 * minute);
    return v;
}

// A database in a temporary folder holding the worked example's "visitor-1" (key `visitor`).
struct WorkedExample
{
    QTemporaryDir dir;
    QString path = dir.filePath("t.db");
    Script script;
    qint64 visitor = -1;
    bool open()
    {
        if (script.open(path))
            visitor = scriptWorkedExample(script, "visitor-1");
        return visitor > 0;
    }
};

} // namespace fixture
