// Shared by the staff tests: a real telemetry database file (through telemetry's own schema) and a clock
// the test moves by hand.
#pragma once

#include "staff/PinStore.h"
#include "telemetry/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <atomic>
#include <functional>
#include <memory>

namespace fixture {

// A telemetry database created through the real schema at path, closed again.
inline bool makeDatabase(const QString &path)
{
    showroom::telemetry::sql::Connection db;
    return showroom::telemetry::openDatabase(db, path, {}).ok;
}

inline bool setPin(const QString &path, const QString &pin, const showroom::staff::PinHashCost &cost = {})
{
    showroom::telemetry::sql::Connection db;
    QString error;
    if (!showroom::telemetry::openDatabase(db, path, {}).ok)
        return false;
    return showroom::staff::pin::setPin(db, pin, 1'780'000'000'000, cost, &error);
}

// Cheap Argon2id for the tests that count failures, not seconds (the cost is stored in the hash).
inline showroom::staff::PinHashCost cheapCost()
{
    showroom::staff::PinHashCost c;
    c.opsLimit = 1;
    c.memLimitBytes = std::size_t(8) << 20;
    return c;
}

// A visitor with one kiosk session looking at a home (events, engaged time); returns the visitor's key.
inline qint64 addVisitor(showroom::telemetry::sql::Connection &db, const QString &uuid, qint64 ts,
                         const QString &device = QStringLiteral("office-1-kiosk-1"),
                         const QString &mode = QStringLiteral("kiosk"))
{
    namespace sql = showroom::telemetry::sql;
    sql::Statement v(db, "INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?1, ?2, ?3)");
    v.bind(1, uuid);
    v.bind(2, ts);
    v.bind(3, device);
    if (v.step() != SQLITE_DONE)
        return -1;
    const qint64 visitor = sqlite3_last_insert_rowid(db.handle());
    sql::Statement s(db, "INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc, end_utc,"
                         " end_reason) VALUES (?1, ?2, ?3, ?4, 'de', ?5, ?6, 'idle_timeout')");
    s.bind(1, uuid + QStringLiteral("-session"));
    s.bind(2, visitor);
    s.bind(3, device);
    s.bind(4, mode);
    s.bind(5, ts);
    s.bind(6, ts + 600'000);
    if (s.step() != SQLITE_DONE)
        return -1;
    const qint64 session = sqlite3_last_insert_rowid(db.handle());
    sql::Statement e(db, "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                         " engaged_ms, elapsed_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    const struct
    {
        const char *name, *target, *props;
        qint64 engaged;
    } rows[] = {{"enter", "site", nullptr, -1},
                {"unit_selected", "unit:A_0304",
                 "{\"via\":\"site\",\"price\":385000,\"status\":\"available\",\"typeId\":\"2B\","
                 "\"buildingId\":\"A\",\"floor\":3}",
                 -1},
                {"enter", "unit:A_0304", nullptr, -1},
                {"favourite_added", "unit:A_0304", nullptr, -1},
                {"leave", "unit:A_0304", nullptr, 95'000},
                {"leave", "site", nullptr, 120'000}};
    qint64 t = ts;
    for (const auto &row : rows) {
        t += 10'000;
        e.bind(1, session);
        e.bind(2, visitor);
        e.bind(3, t);
        e.bind(4, t - ts);
        e.bind(5, QString::fromLatin1(row.name));
        e.bind(6, QString::fromLatin1(row.target));
        if (row.props)
            e.bind(7, QString::fromLatin1(row.props));
        else
            e.bindNull(7);
        if (row.engaged >= 0) {
            e.bind(8, row.engaged);
            e.bind(9, row.engaged + 5'000);
        } else {
            e.bindNull(8);
            e.bindNull(9);
        }
        if (e.step() != SQLITE_DONE)
            return -1;
        e.reset();
    }
    return visitor;
}

// A lead as the lead form stores it, with the consents given (purposes: "sales_contact", "newsletter").
inline bool addLead(showroom::telemetry::sql::Connection &db, qint64 visitor, const QJsonObject &contact,
                    const QStringList &purposes, qint64 ts, const QString &preferred = QStringLiteral("email"))
{
    namespace sql = showroom::telemetry::sql;
    sql::Statement l(db, "INSERT INTO leads(visitor_id, created_utc, contact, request, target, preferred_contact,"
                         " language) VALUES (?1, ?2, ?3, 'brochure', 'unit:A_0304', ?4, 'de')");
    l.bind(1, visitor);
    l.bind(2, ts);
    l.bind(3, QString::fromUtf8(QJsonDocument(contact).toJson(QJsonDocument::Compact)));
    l.bind(4, preferred);
    if (l.step() != SQLITE_DONE)
        return false;
    const qint64 lead = sqlite3_last_insert_rowid(db.handle());
    for (const QString &purpose : purposes) {
        sql::Statement c(db, "INSERT INTO consents(visitor_id, lead_id, given_utc, text, purpose, version, language)"
                             " VALUES (?1, ?2, ?3, 'Ich bin einverstanden.', ?4, 'v3', 'de')");
        c.bind(1, visitor);
        c.bind(2, lead);
        c.bind(3, ts);
        c.bind(4, purpose);
        if (c.step() != SQLITE_DONE)
            return false;
    }
    return true;
}

struct FakeClock
{
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(1'800'000'000'000);
    std::function<qint64()> function() const
    {
        auto n = now;
        return [n] { return n->load(); };
    }
    void advance(qint64 ms) { *now += ms; }
};

} // namespace fixture
