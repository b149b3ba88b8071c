#include "telemetry/Privacy.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace showroom::telemetry {
namespace {

struct Transaction
{
    sql::Connection &db;
    bool done = false;
    explicit Transaction(sql::Connection &c) : db(c) {}
    bool begin() { return db.exec("BEGIN IMMEDIATE"); }
    bool commit() { return done = db.exec("COMMIT"); }
    ~Transaction()
    {
        if (!done && sqlite3_get_autocommit(db.handle()) == 0)
            db.exec("ROLLBACK");
    }
};

// Runs a DELETE/UPDATE with one text and/or one integer parameter; returns rows changed or -1.
qint64 change(sql::Connection &db, const char *sqlText, const QString &text, qint64 number = 0)
{
    sql::Statement q(db, sqlText);
    if (!q.isValid())
        return -1;
    if (!text.isNull())
        q.bind(1, text);
    else
        q.bind(1, number);
    const int rc = q.step();
    if (rc != SQLITE_DONE)
        return -1;
    return sqlite3_changes(db.handle());
}

QJsonArray rows(sql::Connection &db, const char *sqlText, const QString &visitor,
                const QStringList &jsonColumns)
{
    QJsonArray out;
    sql::Statement q(db, sqlText);
    q.bind(1, visitor);
    while (q.step() == SQLITE_ROW) {
        QJsonObject row;
        for (int c = 0; c < q.columnCount(); ++c) {
            const QString name = q.columnName(c);
            switch (q.columnType(c)) {
            case SQLITE_NULL:
                row.insert(name, QJsonValue::Null);
                break;
            case SQLITE_INTEGER:
                row.insert(name, q.int64(c));
                break;
            default:
                if (jsonColumns.contains(name))
                    row.insert(name, QJsonDocument::fromJson(q.text(c).toUtf8()).object());
                else
                    row.insert(name, q.text(c));
            }
        }
        out.append(row);
    }
    return out;
}

} // namespace

PurgeResult purgeAnonymousEvents(sql::Connection &db, int days, qint64 nowUtcMs)
{
    PurgeResult r;
    const qint64 cutoff = nowUtcMs - qint64(days) * 24 * 3600 * 1000;
    Transaction t(db);
    if (!t.begin()) {
        r.error = db.errorText();
        return r;
    }
    const char *anonymous = "(visitor_id IS NULL OR visitor_id NOT IN (SELECT visitor_id FROM leads))";
    const QByteArray events = QByteArray("DELETE FROM events WHERE ts_utc < ? AND ") + anonymous;
    const QByteArray sessions =
        QByteArray("DELETE FROM sessions WHERE coalesce(end_utc, start_utc) < ? AND ") + anonymous +
        " AND id NOT IN (SELECT session_id FROM events WHERE session_id IS NOT NULL)";
    r.events = change(db, events.constData(), QString(), cutoff);
    r.sessions = r.events < 0 ? -1 : change(db, sessions.constData(), QString(), cutoff);
    r.visitors = r.sessions < 0
                     ? -1
                     : change(db,
                              "DELETE FROM visitors WHERE first_seen_utc < ?"
                              " AND id NOT IN (SELECT visitor_id FROM sessions)"
                              " AND id NOT IN (SELECT visitor_id FROM events WHERE visitor_id IS NOT NULL)"
                              " AND id NOT IN (SELECT visitor_id FROM leads)"
                              " AND uuid NOT IN (SELECT value FROM device WHERE key='desktop_visitor')",
                              QString(), cutoff);
    if (r.visitors < 0 || !t.commit()) {
        r.error = db.errorText();
        return r;
    }
    r.ok = true;
    return r;
}

ErasureResult forgetVisitor(sql::Connection &db, const QString &visitor)
{
    ErasureResult r;
    QStringList brochures;
    db.exec("PRAGMA secure_delete=ON");
    {
        Transaction t(db);
        if (!t.begin()) {
            r.error = db.errorText();
            return r;
        }
        // Everything is linked by the visitor's integer key; the UUID is only in visitors and device.
        sql::Statement find(db, "SELECT id FROM visitors WHERE uuid = ?");
        find.bind(1, visitor);
        const int found = find.step();
        if (found != SQLITE_ROW && found != SQLITE_DONE) {
            r.error = db.errorText();
            return r;
        }
        const qint64 key = found == SQLITE_ROW ? find.int64(0) : 0;
        find.reset();
        // The brochures made for the visitor's leads go with them (removed once the rows are gone).
        sql::Statement paths(
            db, "SELECT brochure_path FROM leads WHERE visitor_id = ? AND brochure_path IS NOT NULL");
        paths.bind(1, key);
        while (key > 0 && paths.step() == SQLITE_ROW)
            brochures.append(paths.text(0));
        paths.reset();
        struct Step
        {
            const char *sql;
            qint64 *count;
        };
        const Step steps[] = {
            {"DELETE FROM events WHERE visitor_id = ?", &r.events},
            {"DELETE FROM events WHERE session_id IN (SELECT id FROM sessions WHERE visitor_id = ?)",
             &r.events},
            {"DELETE FROM consents WHERE visitor_id = ?", &r.consents},
            {"DELETE FROM leads WHERE visitor_id = ?", &r.leads},
            {"DELETE FROM sessions WHERE visitor_id = ?", &r.sessions},
            {"DELETE FROM visitors WHERE id = ?", &r.visitors},
        };
        for (const Step &s : steps) {
            const qint64 n = key > 0 ? change(db, s.sql, QString(), key) : 0;
            if (n < 0) {
                r.error = db.errorText();
                return r;
            }
            *s.count += n;
        }
        if (change(db, "DELETE FROM device WHERE key = 'desktop_visitor' AND value = ?", visitor) < 0) {
            r.error = db.errorText();
            return r;
        }
        if (!t.commit()) {
            r.error = db.errorText();
            return r;
        }
    }
    // Only PDFs: a path in the file is never a licence to delete anything else.
    for (const QString &path : std::as_const(brochures)) {
        const QFileInfo file(path);
        if (file.isFile() && file.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 &&
            QFile::remove(path))
            ++r.brochures;
    }
    // Old page images stay in the WAL until it is checkpointed and truncated. A running app's writer
    // holds no read transaction between batches, so this normally succeeds at once.
    for (int attempt = 0; attempt < 20 && !r.walTruncated; ++attempt) {
        int logFrames = -1, checkpointed = -1;
        const int rc = sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames,
                                                 &checkpointed);
        r.walTruncated = rc == SQLITE_OK;
        if (!r.walTruncated)
            sqlite3_sleep(100);
    }
    r.ok = true;
    return r;
}

bool exportVisitor(sql::Connection &db, const QString &visitor, QJsonObject *out, QString *error, bool *found)
{
    // One read transaction so the export is a consistent snapshot even while the app writes.
    if (!db.exec("BEGIN")) {
        *error = db.errorText();
        return false;
    }
    QJsonObject o;
    o.insert("visitor_id", visitor);
    o.insert("exported_utc", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // Rows name visitors and sessions by their pseudonyms (UUIDs), never by the file's internal keys.
    const QJsonArray visitors = rows(
        db, "SELECT uuid AS visitor_id, first_seen_utc, device_id FROM visitors WHERE uuid = ?", visitor, {});
    o.insert("visitor", visitors.isEmpty() ? QJsonValue() : visitors.first());
    o.insert("sessions", rows(db,
                              "SELECT s.uuid AS id, v.uuid AS visitor_id, s.device_id, s.mode, s.language,"
                              " s.start_utc, s.end_utc, s.end_reason"
                              " FROM sessions s JOIN visitors v ON v.id = s.visitor_id"
                              " WHERE v.uuid = ? ORDER BY s.start_utc",
                              visitor, {}));
    o.insert("events", rows(db,
                            "SELECT id, session AS session_id, visitor AS visitor_id, ts_utc, mono_ms, name,"
                            " target, properties, engaged_ms, elapsed_ms FROM event_log"
                            " WHERE id IN (SELECT e.id FROM events e JOIN visitors v ON v.id = e.visitor_id"
                            "  WHERE v.uuid = ?1"
                            " UNION SELECT e.id FROM events e JOIN sessions s ON s.id = e.session_id"
                            "  JOIN visitors v ON v.id = s.visitor_id WHERE v.uuid = ?1)"
                            " ORDER BY ts_utc, id",
                            visitor, {"properties"}));
    o.insert("leads",
             rows(db,
                  "SELECT l.id, l.uuid, v.uuid AS visitor_id, s.uuid AS session_id, l.created_utc, l.contact,"
                  " l.request, l.target, l.preferred_contact, l.language, l.brochure_path FROM leads l JOIN "
                  "visitors v ON v.id = l.visitor_id"
                  " LEFT JOIN sessions s ON s.id = l.session_id WHERE v.uuid = ? ORDER BY l.created_utc",
                  visitor, {"contact"}));
    o.insert("consents",
             rows(db,
                  "SELECT c.id, v.uuid AS visitor_id, c.lead_id, c.given_utc, c.text, c.purpose, c.version,"
                  " c.language"
                  " FROM consents c JOIN visitors v ON v.id = c.visitor_id"
                  " WHERE v.uuid = ? ORDER BY c.given_utc",
                  visitor, {}));
    const int rc = db.errorCode() & 0xff;
    db.exec("COMMIT");
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *error = db.errorText();
        return false;
    }
    if (found) {
        *found = !visitors.isEmpty() || !o.value("sessions").toArray().isEmpty() ||
                 !o.value("events").toArray().isEmpty() || !o.value("leads").toArray().isEmpty();
    }
    *out = o;
    return true;
}

} // namespace showroom::telemetry
