#include "telemetry/Returning.h"

#include <sqlite3.h>

namespace showroom::telemetry {
namespace {

bool fail(sql::Connection &db, QString *error)
{
    if (error)
        *error = db.errorText().isEmpty() ? QStringLiteral("the database cannot be read") : db.errorText();
    return false;
}

QStringList visitorsOf(sql::Connection &db, const char *query, const QString &value, QString *error,
                       const QString &purpose = QString())
{
    sql::Statement q(db, query);
    if (!q.isValid()) {
        fail(db, error);
        return {};
    }
    q.bind(1, value);
    if (!purpose.isNull())
        q.bind(2, purpose);
    QStringList visitors;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (!visitors.contains(q.text(0)))
            visitors.append(q.text(0));
    }
    if (rc != SQLITE_DONE)
        fail(db, error);
    return visitors;
}

} // namespace

bool describeVisitor(sql::Connection &db, const QString &visitor, const QString &currentSession,
                     ReturningVisitor *out, QString *error)
{
    *out = ReturningVisitor{};
    out->visitor = visitor;
    sql::Statement sessions(db, "SELECT count(*) FROM sessions s JOIN visitors v ON v.id = s.visitor_id"
                                " WHERE v.uuid = ?1 AND s.uuid IS NOT ?2");
    if (!sessions.isValid())
        return fail(db, error);
    sessions.bind(1, visitor);
    sessions.bind(2, currentSession);
    if (sessions.step() != SQLITE_ROW)
        return fail(db, error);
    out->earlierSessions = int(sessions.int64(0));
    sql::Statement name(db, "SELECT json_extract(l.contact, '$.first_name') FROM leads l"
                            " JOIN visitors v ON v.id = l.visitor_id"
                            " WHERE v.uuid = ?1 AND EXISTS (SELECT 1 FROM consents c"
                            "   WHERE c.lead_id = l.id AND c.purpose = ?2)"
                            " ORDER BY l.created_utc DESC, l.id DESC LIMIT 1");
    if (!name.isValid())
        return fail(db, error);
    name.bind(1, visitor);
    name.bind(2, QString::fromLatin1(kContactConsentPurpose));
    const int rc = name.step();
    if (rc == SQLITE_ROW && !name.isNull(0))
        out->firstName = name.text(0).trimmed();
    else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(db, error);
    return true;
}

QStringList visitorsByBrochureCode(sql::Connection &db, const QString &code, QString *error)
{
    // The brochure's file name ends "-<code>.pdf" (brochureFileName); compared exactly, no LIKE patterns.
    return visitorsOf(db,
                      "SELECT v.uuid FROM leads l JOIN visitors v ON v.id = l.visitor_id"
                      " WHERE l.brochure_path IS NOT NULL"
                      "   AND substr(l.brochure_path, -(length(?1) + 5)) = '-' || ?1 || '.pdf'"
                      " ORDER BY l.created_utc DESC, l.id DESC",
                      code.trimmed().toUpper(), error);
}

QStringList visitorsByConsentedEmail(sql::Connection &db, const QString &email, QString *error)
{
    const QString wanted = email.trimmed().toLower();
    if (wanted.isEmpty())
        return {};
    return visitorsOf(db,
                      "SELECT v.uuid FROM leads l JOIN visitors v ON v.id = l.visitor_id"
                      " WHERE lower(trim(json_extract(l.contact, '$.email'))) = ?1"
                      "   AND EXISTS (SELECT 1 FROM consents c WHERE c.lead_id = l.id"
                      "               AND c.purpose = ?2)"
                      " ORDER BY l.created_utc DESC, l.id DESC",
                      wanted, error, QString::fromLatin1(kContactConsentPurpose));
}

bool swapDeviceValue(sql::Connection &db, const QString &key, const QString &value, QString *previous,
                     QString *error)
{
    if (!db.exec("BEGIN IMMEDIATE"))
        return fail(db, error);
    sql::Statement read(db, "SELECT value FROM device WHERE key = ?");
    read.bind(1, key);
    const int rc = read.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        db.exec("ROLLBACK");
        return fail(db, error);
    }
    if (previous)
        *previous = rc == SQLITE_ROW ? read.text(0) : QString();
    read.reset();
    sql::Statement write(db, "INSERT OR REPLACE INTO device(key, value) VALUES(?, ?)");
    write.bind(1, key);
    write.bind(2, value);
    if (write.step() != SQLITE_DONE || !db.exec("COMMIT")) {
        fail(db, error);
        db.exec("ROLLBACK");
        return false;
    }
    return true;
}

} // namespace showroom::telemetry
