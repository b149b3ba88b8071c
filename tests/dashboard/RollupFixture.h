// What the dashboard data tests share: a telemetry database (the real schema, telemetry::openDatabase)
// with a scripted week of visits whose every dashboard figure is worked out by hand in
// tst_dashboardqueries.cpp, and a three-home development.
//
// Day D0 = 2026-11-02 (UTC). Devices kiosk-1, kiosk-2.
//   S2 (V2, kiosk-2, D0 11:00) looks at A_0102 and asks for its brochure (then A_0102 is sold)
//   S5 (V2, kiosk-2, D0 15:00) the site only, 1 s
//   S3 (V3, kiosk-1, D0 12:00, mode staff) looks at A_0101: staff, left out by default
//   S1 (V1, kiosk-1, D0 10:00) site -> building A -> A_0101 -> inside (Living 20 s, Kitchen 5 s),
//      hearts it; three camera samples
//   S4 (V1, kiosk-2, D0+2 09:00) looks at A_0101 again and un-hearts it
// V1's rows are written last, so a database without them has the others' keys unchanged.
#pragma once

#include "core/DevelopmentData.h"
#include "telemetry/Database.h"

#include <QDateTime>
#include <QString>

#include <sqlite3.h>

namespace fixture {

inline const qint64 D0 = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
inline constexpr qint64 hour = 3600 * 1000;
inline constexpr qint64 day = 24 * hour;
inline const QString V1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
inline const QString V2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
inline const QString V3 = QStringLiteral("33333333-3333-4333-8333-333333333333");

inline showroom::core::DevelopmentData development()
{
    using showroom::core::Unit;
    using showroom::core::UnitStatus;
    showroom::core::DevelopmentData d;
    d.development.id = QStringLiteral("dash-test");
    d.development.currency = QStringLiteral("EUR");
    auto unit = [](const char *id, const char *type, int bedrooms, double price, UnitStatus status) {
        Unit u;
        u.id = QLatin1String(id);
        u.building = QStringLiteral("A");
        u.floor = 1;
        u.type = QLatin1String(type);
        u.bedrooms = bedrooms;
        u.area = 50 + 10 * bedrooms;
        u.price = price;
        u.status = status;
        u.orientation = QStringLiteral("S");
        return u;
    };
    d.units = {unit("A_0101", "T2", 2, 300000, UnitStatus::Available),
               unit("A_0102", "T1", 1, 250000, UnitStatus::Sold),
               unit("A_0103", "T2", 2, 305000, UnitStatus::Available)};
    return d;
}

class Script
{
public:
    explicit Script(showroom::telemetry::sql::Connection &db) : m_db(db) {}

    qint64 visitor(const QString &uuid, qint64 firstSeen)
    {
        return insert("INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?1, ?2, 'kiosk')",
                      {uuid}, {firstSeen});
    }
    qint64 session(qint64 visitor, const QString &device, const QString &mode, qint64 start)
    {
        m_session = insert("INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc, end_utc,"
                           " end_reason) VALUES (lower(hex(randomblob(16))), ?3, ?1, ?2, 'en', ?4, ?4 + 1800000,"
                           " 'idle_timeout')",
                           {device, mode}, {visitor, start});
        m_visitor = visitor;
        m_ts = start;
        return m_session;
    }
    // An event 10 s after the previous one of the session.
    qint64 event(const char *name, const QString &target, const QString &properties = QString(),
                 qint64 engagedMs = -1)
    {
        m_ts += 10000;
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db.handle(),
                           "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                           " engaged_ms, elapsed_ms) VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?7)",
                           -1, &s, nullptr);
        sqlite3_bind_int64(s, 1, m_session);
        sqlite3_bind_int64(s, 2, m_visitor);
        sqlite3_bind_int64(s, 3, m_ts);
        sqlite3_bind_text(s, 4, name, -1, SQLITE_TRANSIENT);
        const QByteArray t = target.toUtf8(), p = properties.toUtf8();
        sqlite3_bind_text(s, 5, t.constData(), int(t.size()), SQLITE_TRANSIENT);
        if (properties.isEmpty())
            sqlite3_bind_null(s, 6);
        else
            sqlite3_bind_text(s, 6, p.constData(), int(p.size()), SQLITE_TRANSIENT);
        if (engagedMs >= 0)
            sqlite3_bind_int64(s, 7, engagedMs);
        else
            sqlite3_bind_null(s, 7);
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db.handle()) : -1;
    }
    qint64 lead(const QString &target, const char *preferredContact)
    {
        return insert("INSERT INTO leads(visitor_id, session_id, created_utc, contact, request, uuid, target,"
                      " preferred_contact, language) VALUES (?3, ?4, ?5, ?1, 'brochure', lower(hex(randomblob(16))),"
                      " ?2, '" + QByteArray(preferredContact) + "', 'en')",
                      {QStringLiteral("{\"name\":\"Erika\",\"phone\":\"+43 1 234\"}"), target},
                      {m_visitor, m_session, m_ts});
    }

private:
    qint64 insert(const QByteArray &sql, const QStringList &texts, const QList<qint64> &numbers)
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &s, nullptr);
        int i = 1;
        QList<QByteArray> kept;
        for (const QString &t : texts) {
            kept << t.toUtf8();
            sqlite3_bind_text(s, i++, kept.last().constData(), int(kept.last().size()), SQLITE_STATIC);
        }
        for (qint64 n : numbers)
            sqlite3_bind_int64(s, i++, n);
        const int rc = sqlite3_step(s);
        sqlite3_finalize(s);
        return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db.handle()) : -1;
    }

    showroom::telemetry::sql::Connection &m_db;
    qint64 m_session = 0, m_visitor = 0, m_ts = 0;
};

// Writes the scripted visits (V1 optional: the erasure tests compare with a database that never had them).
inline bool writeVisits(showroom::telemetry::sql::Connection &db, bool withV1 = true)
{
    Script s(db);
    const QString site = QStringLiteral("site");
    const qint64 v2 = s.visitor(V2, D0 + 11 * hour);
    s.session(v2, QStringLiteral("kiosk-2"), QStringLiteral("kiosk"), D0 + 11 * hour);
    s.event("unit_selected", QStringLiteral("unit:A_0102"), QStringLiteral("{\"via\":\"site\",\"typeId\":\"T1\"}"));
    s.event("lead_form_opened", QStringLiteral("unit:A_0102"), QStringLiteral("{\"via\":\"unit_card\"}"));
    s.event("lead_submitted", QStringLiteral("unit:A_0102"), QStringLiteral("{\"request\":\"brochure\"}"));
    s.lead(QStringLiteral("unit:A_0102"), "phone");
    s.event("unit_status_changed", QStringLiteral("unit:A_0102"),
            QStringLiteral("{\"unit\":\"A_0102\",\"from\":\"available\",\"to\":\"sold\"}"));
    s.event("leave", site, QString(), 4000);
    s.session(v2, QStringLiteral("kiosk-2"), QStringLiteral("kiosk"), D0 + 15 * hour);
    s.event("enter", site);
    s.event("leave", site, QString(), 1000);
    const qint64 v3 = s.visitor(V3, D0 + 12 * hour);
    s.session(v3, QStringLiteral("kiosk-1"), QStringLiteral("staff"), D0 + 12 * hour);
    s.event("unit_selected", QStringLiteral("unit:A_0101"), QStringLiteral("{\"via\":\"site\"}"));
    s.event("leave", site, QString(), 50000);
    if (!withV1)
        return true;
    const qint64 v1 = s.visitor(V1, D0 + 10 * hour);
    s.session(v1, QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), D0 + 10 * hour);
    s.event("enter", site);
    s.event("camera", site, QStringLiteral("{\"p\":[2,1.6,7],\"d\":[0,0,-1]}"));
    s.event("camera", site, QStringLiteral("{\"p\":[-3,1.6,12],\"d\":[0,0,-1]}"));
    s.event("camera", site, QStringLiteral("{\"p\":[2.5,1.6,7.5],\"d\":[0,0,-1]}"));
    s.event("building_focused", QStringLiteral("building:A"), QStringLiteral("{\"via\":\"site\"}"));
    s.event("unit_selected", QStringLiteral("unit:A_0101"), QStringLiteral("{\"via\":\"site\",\"typeId\":\"T2\"}"));
    s.event("enter", QStringLiteral("unit:A_0101"));
    s.event("inside_entered", QStringLiteral("unit:A_0101"), QStringLiteral("{\"via\":\"unit_card\",\"typeId\":\"T2\"}"));
    s.event("room_entered", QStringLiteral("room:A_0101/Living"), QStringLiteral("{\"from\":\"\",\"roomName\":\"Living\"}"));
    s.event("leave", QStringLiteral("room:A_0101/Living"), QString(), 20000);
    s.event("room_entered", QStringLiteral("room:A_0101/Kitchen"),
            QStringLiteral("{\"from\":\"Living\",\"roomName\":\"Kitchen\"}"));
    s.event("leave", QStringLiteral("room:A_0101/Kitchen"), QString(), 5000);
    s.event("inside_left", QStringLiteral("unit:A_0101"), QStringLiteral("{\"path\":[\"Living\",\"Kitchen\"],\"roomsSeen\":2}"));
    s.event("favourite_added", QStringLiteral("unit:A_0101"));
    s.event("leave", QStringLiteral("unit:A_0101"), QString(), 60000);
    s.event("leave", site, QString(), 30000);
    s.session(v1, QStringLiteral("kiosk-2"), QStringLiteral("kiosk"), D0 + 2 * day + 9 * hour);
    s.event("unit_selected", QStringLiteral("unit:A_0101"), QStringLiteral("{\"via\":\"site\"}"));
    s.event("favourite_removed", QStringLiteral("unit:A_0101"));
    s.event("leave", site, QString(), 12000);
    return true;
}

// A fresh database file at path with the scripted visits.
inline bool makeDatabase(showroom::telemetry::sql::Connection &db, const QString &path, bool withV1 = true)
{
    showroom::telemetry::OpenOptions o;
    const showroom::telemetry::OpenResult r = showroom::telemetry::openDatabase(db, path, o);
    return r.ok && db.exec("BEGIN") && writeVisits(db, withV1) && db.exec("COMMIT");
}

} // namespace fixture
