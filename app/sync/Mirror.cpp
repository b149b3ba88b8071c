#include "sync/Mirror.h"

#include "sync/LocalState.h"
#include "sync/Pg.h"
#include "telemetry/Database.h"
#include "telemetry/Privacy.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sqlite3.h>

#include <map>
#include <memory>

namespace showroom::sync {

QString MirrorReport::summary() const
{
    return QStringLiteral("mirrored %1 devices in %2 offices: %3 visitors, %4 sessions, %5 events, %6 leads, "
                          "%7 consents new, %8 rows updated, %9 visitors erased in %10 s")
        .arg(devices.size())
        .arg(offices.size())
        .arg(visitors)
        .arg(sessions)
        .arg(events)
        .arg(leads)
        .arg(consents)
        .arg(updated)
        .arg(erased)
        .arg(seconds, 0, 'f', 2);
}

QString defaultMirrorPath(const QString &office)
{
    QString name = office.trimmed().isEmpty() ? QStringLiteral("all-offices") : office.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/central/") + name +
           QStringLiteral(".db");
}

namespace {

struct Pull
{
    const MirrorRequest &request;
    MirrorReport &report;
    sql::Connection &db;
    pg::Connection &pg;
    QHash<QByteArray, qint64> visitorKey, sessionKey, leadKey;
    QByteArray deviceLabel; // sessions.device_id here: "office · device"
    QString error;
    std::map<const char *, std::unique_ptr<sql::Statement>> prepared;
    // One prepared statement per SQL text for the whole pull (rows are many, statements few).
    sql::Statement &st(const char *sql)
    {
        auto &slot = prepared[sql];
        if (!slot)
            slot = std::make_unique<sql::Statement>(db, sql);
        else
            slot->reset();
        return *slot;
    }
    bool sqlFailed(const char *what)
    {
        error = QStringLiteral("mirror %1: %2").arg(QLatin1String(what), db.errorText());
        db.exec("ROLLBACK");
        return false;
    }
};

void bindText(sql::Statement &s, int i, const QByteArray &v)
{
    if (v.isNull())
        s.bindNull(i);
    else
        s.bindUtf8(i, v);
}

void bindInt(sql::Statement &s, int i, const pg::Result &r, int row, int column)
{
    if (r.isNull(row, column))
        s.bindNull(i);
    else
        s.bind(i, r.int64(row, column));
}

void bindKey(sql::Statement &s, int i, qint64 key)
{
    if (key > 0)
        s.bind(i, key);
    else
        s.bindNull(i);
}

qint64 keyOf(Pull &p, QHash<QByteArray, qint64> &cache, const char *sql, const QByteArray &uuid)
{
    if (uuid.isNull())
        return 0;
    if (const auto it = cache.constFind(uuid); it != cache.cend())
        return *it;
    sql::Statement &q = p.st(sql);
    q.bindUtf8(1, uuid);
    const qint64 key = q.step() == SQLITE_ROW ? q.int64(0) : 0;
    q.reset();
    if (key > 0)
        cache.insert(uuid, key);
    return key;
}

// A visitor first seen on a device not mirrored (another office) gets a row of its own here.
qint64 visitorOf(Pull &p, const QByteArray &uuid, qint64 seenUtc)
{
    const qint64 key = keyOf(p, p.visitorKey, "SELECT id FROM visitors WHERE uuid = ?", uuid);
    if (key > 0 || uuid.isNull())
        return key;
    sql::Statement &put = p.st("INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?, ?, ?)");
    put.bindUtf8(1, uuid);
    put.bind(2, seenUtc);
    put.bindUtf8(3, p.deviceLabel);
    if (put.step() != SQLITE_DONE)
        return 0;
    const qint64 made = sqlite3_last_insert_rowid(p.db.handle());
    p.visitorKey.insert(uuid, made);
    return made;
}

using PutRow = bool (*)(Pull &, const pg::Result &, int row);

bool putVisitor(Pull &p, const pg::Result &r, int i)
{
    sql::Statement &s = p.st("INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?, ?, ?) ON CONFLICT(uuid)"
                           " DO UPDATE SET first_seen_utc = min(visitors.first_seen_utc, excluded.first_seen_utc)");
    bindText(s, 1, r.value(i, 1));
    bindInt(s, 2, r, i, 2);
    bindText(s, 3, p.deviceLabel);
    return s.step() == SQLITE_DONE;
}

bool putSession(Pull &p, const pg::Result &r, int i)
{
    sql::Statement &s = p.st("INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc, end_utc,"
                           " end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET"
                           " end_utc = excluded.end_utc, end_reason = excluded.end_reason");
    bindText(s, 1, r.value(i, 1));
    bindKey(s, 2, visitorOf(p, r.value(i, 2), r.int64(i, 5)));
    bindText(s, 3, p.deviceLabel);
    bindText(s, 4, r.value(i, 3));
    bindText(s, 5, r.value(i, 4));
    bindInt(s, 6, r, i, 5);
    bindInt(s, 7, r, i, 6);
    bindText(s, 8, r.value(i, 7));
    return s.step() == SQLITE_DONE;
}

bool putEvent(Pull &p, const pg::Result &r, int i)
{
    sql::Statement &s = p.st("INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                           " engaged_ms, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindKey(s, 1, keyOf(p, p.sessionKey, "SELECT id FROM sessions WHERE uuid = ?", r.value(i, 2)));
    bindKey(s, 2, visitorOf(p, r.value(i, 3), r.int64(i, 1)));
    bindInt(s, 3, r, i, 1);
    bindInt(s, 4, r, i, 4);
    bindText(s, 5, r.value(i, 5));
    bindText(s, 6, r.value(i, 6));
    bindText(s, 7, r.value(i, 7));
    bindInt(s, 8, r, i, 8);
    bindInt(s, 9, r, i, 9);
    return s.step() == SQLITE_DONE;
}

// A lead is named here by its global id (its UUID, or device:id:created for old rows), as consents name it.
bool putLead(Pull &p, const pg::Result &r, int i)
{
    sql::Statement &s = p.st("INSERT INTO leads(uuid, visitor_id, session_id, created_utc, contact, request, target,"
                           " preferred_contact, language, brochure_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT(uuid) WHERE uuid IS NOT NULL DO UPDATE SET brochure_path = excluded.brochure_path");
    bindText(s, 1, r.value(i, 1));
    bindKey(s, 2, visitorOf(p, r.value(i, 2), r.int64(i, 4)));
    bindKey(s, 3, keyOf(p, p.sessionKey, "SELECT id FROM sessions WHERE uuid = ?", r.value(i, 3)));
    bindInt(s, 4, r, i, 4);
    for (int c = 5; c <= 10; ++c)
        bindText(s, c, r.value(i, c));
    return s.step() == SQLITE_DONE;
}

bool putConsent(Pull &p, const pg::Result &r, int i)
{
    sql::Statement &s = p.st("INSERT INTO consents(visitor_id, lead_id, given_utc, text, purpose, version, language)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)");
    bindKey(s, 1, visitorOf(p, r.value(i, 2), r.int64(i, 1)));
    bindKey(s, 2, keyOf(p, p.leadKey, "SELECT id FROM leads WHERE uuid = ?", r.value(i, 3)));
    bindInt(s, 3, r, i, 1);
    for (int c = 4; c <= 7; ++c)
        bindText(s, c, r.value(i, c));
    return s.step() == SQLITE_DONE;
}

struct Kind
{
    const char *name;
    const char *select; // $1 device, $2 cursor (local_id), $3 limit; local_id first
    PutRow put;
    qint64 MirrorReport::*counter;
};

const Kind kKinds[] = {
    {"visitors", "SELECT local_id, uuid, first_seen_utc FROM visitors WHERE device = $1 AND local_id > $2"
                 " ORDER BY local_id LIMIT $3", &putVisitor, &MirrorReport::visitors},
    {"sessions", "SELECT local_id, uuid, visitor, mode, language, start_utc, end_utc, end_reason FROM sessions"
                 " WHERE device = $1 AND local_id > $2 ORDER BY local_id LIMIT $3", &putSession, &MirrorReport::sessions},
    {"leads", "SELECT local_id, gid, visitor, session, created_utc, contact, request, target, preferred_contact,"
              " language, brochure_path FROM leads WHERE device = $1 AND local_id > $2 ORDER BY local_id LIMIT $3",
     &putLead, &MirrorReport::leads},
    {"consents", "SELECT local_id, given_utc, visitor, lead, text, purpose, version, language FROM consents"
                 " WHERE device = $1 AND local_id > $2 ORDER BY local_id LIMIT $3", &putConsent, &MirrorReport::consents},
    {"events", "SELECT local_id, ts_utc, session, visitor, mono_ms, name, target, properties, engaged_ms, elapsed_ms"
               " FROM events WHERE device = $1 AND local_id > $2 ORDER BY local_id LIMIT $3", &putEvent,
     &MirrorReport::events},
};

bool pullKind(Pull &p, const QByteArray &device, const Kind &kind)
{
    const QString key = QStringLiteral("cursor:%1:%2").arg(QString::fromUtf8(device), QLatin1String(kind.name));
    qint64 cursor = localValue(p.db, key, QStringLiteral("0")).toLongLong();
    for (;;) {
        if (p.request.cancel && p.request.cancel->load())
            return (p.error = QStringLiteral("mirror cancelled")), false;
        pg::Result r;
        if (!p.pg.query(kind.select, {device, QByteArray::number(cursor), QByteArray::number(p.request.batchRows)}, &r,
                        &p.error))
            return false;
        if (r.rows() == 0)
            return true;
        if (!p.db.exec("BEGIN IMMEDIATE"))
            return p.sqlFailed(kind.name);
        for (int i = 0; i < r.rows(); ++i)
            if (!kind.put(p, r, i))
                return p.sqlFailed(kind.name);
        cursor = r.int64(r.rows() - 1, 0);
        QString e;
        if (!setLocalValue(p.db, key, QString::number(cursor), &e) || !p.db.exec("COMMIT"))
            return p.sqlFailed(kind.name);
        p.report.*kind.counter += r.rows();
        if (r.rows() < p.request.batchRows)
            return true;
    }
}

QByteArray textArray(const QList<QByteArray> &values)
{
    // A PostgreSQL text[] literal of UUIDs / global ids (no quotes or braces in them; quoted anyway).
    QByteArray out("{");
    for (const QByteArray &v : values) {
        if (out.size() > 1)
            out += ',';
        out += '"' + QByteArray(v).replace('\\', "\\\\").replace('"', "\\\"") + '"';
    }
    return out + '}';
}

// Rows that change after they are sent: sessions still open, leads whose brochure is not made yet.
bool refreshOpenRows(Pull &p)
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 3 * 86'400'000LL;
    struct Refresh
    {
        const char *local, *central, *update;
    };
    const Refresh kRefresh[] = {
        {"SELECT uuid FROM sessions WHERE end_utc IS NULL AND start_utc > ?",
         "SELECT uuid, end_utc, end_reason FROM sessions WHERE uuid = ANY($1::text[]) AND end_utc IS NOT NULL",
         "UPDATE sessions SET end_utc = ?2, end_reason = ?3 WHERE uuid = ?1"},
        {"SELECT uuid FROM leads WHERE brochure_path IS NULL AND uuid IS NOT NULL AND created_utc > ?",
         "SELECT gid, NULL, brochure_path FROM leads WHERE gid = ANY($1::text[]) AND brochure_path IS NOT NULL",
         "UPDATE leads SET brochure_path = ?3 WHERE uuid = ?1"},
    };
    for (const Refresh &f : kRefresh) {
        QList<QByteArray> open;
        {
            sql::Statement q(p.db, f.local);
            q.bind(1, since);
            while (q.step() == SQLITE_ROW)
                open.append(q.text(0).toUtf8());
        }
        if (open.isEmpty())
            continue;
        pg::Result r;
        if (!p.pg.query(f.central, {textArray(open)}, &r, &p.error))
            return false;
        if (r.rows() == 0)
            continue;
        if (!p.db.exec("BEGIN IMMEDIATE"))
            return p.sqlFailed("refresh");
        for (int i = 0; i < r.rows(); ++i) {
            sql::Statement u(p.db, f.update);
            bindText(u, 1, r.value(i, 0));
            bindInt(u, 2, r, i, 1);
            bindText(u, 3, r.value(i, 2));
            if (u.step() != SQLITE_DONE)
                return p.sqlFailed("refresh");
        }
        if (!p.db.exec("COMMIT"))
            return p.sqlFailed("refresh");
        p.report.updated += r.rows();
    }
    return true;
}

// Visitors erased centrally (a forget anywhere, a retention purge) since the last pull: gone here too.
bool pullErasures(Pull &p)
{
    const QString key = QStringLiteral("cursor:erasures");
    qint64 cursor = localValue(p.db, key, QStringLiteral("0")).toLongLong();
    pg::Result r;
    if (!p.pg.query("SELECT visitor, seq FROM erasures WHERE seq > $1 ORDER BY seq", {QByteArray::number(cursor)}, &r,
                    &p.error))
        return false;
    if (r.rows() == 0)
        return true;
    p.db.exec("PRAGMA secure_delete=ON");
    if (!p.db.exec("BEGIN IMMEDIATE"))
        return p.sqlFailed("erasures");
    for (int i = 0; i < r.rows(); ++i) {
        const qint64 visitor = keyOf(p, p.visitorKey, "SELECT id FROM visitors WHERE uuid = ?", r.value(i, 0));
        if (visitor <= 0)
            continue;
        for (const char *sql : {"DELETE FROM events WHERE visitor_id = ?1 OR session_id IN"
                                " (SELECT id FROM sessions WHERE visitor_id = ?1)",
                                "DELETE FROM consents WHERE visitor_id = ?1", "DELETE FROM leads WHERE visitor_id = ?1",
                                "DELETE FROM sessions WHERE visitor_id = ?1", "DELETE FROM visitors WHERE id = ?1"}) {
            sql::Statement d(p.db, sql);
            d.bind(1, visitor);
            if (d.step() != SQLITE_DONE)
                return p.sqlFailed("erasures");
        }
        p.visitorKey.remove(r.value(i, 0));
        ++p.report.erased;
    }
    QString e;
    // The mirror sends nothing back: the tombstones its own trigger wrote are not wanted.
    if (!p.db.exec("DELETE FROM sync_tombstones") ||
        !setLocalValue(p.db, key, QString::number(r.int64(r.rows() - 1, 1)), &e) || !p.db.exec("COMMIT"))
        return p.sqlFailed("erasures");
    p.sessionKey.clear();
    p.leadKey.clear();
    return true;
}

bool copyUnitStatuses(Pull &p)
{
    pg::Result r;
    if (!p.pg.query("SELECT development, unit, status, changed_utc FROM unit_status", {}, &r, &p.error))
        return false;
    if (!p.db.exec("BEGIN IMMEDIATE") || !p.db.exec("DELETE FROM sync_unit_status"))
        return p.sqlFailed("unit statuses");
    for (int i = 0; i < r.rows(); ++i) {
        sql::Statement s(p.db, "INSERT INTO sync_unit_status(development, unit, status, changed_utc) VALUES (?, ?, ?, ?)");
        for (int c = 0; c < 3; ++c)
            bindText(s, c + 1, r.value(i, c));
        bindInt(s, 4, r, i, 3);
        if (s.step() != SQLITE_DONE)
            return p.sqlFailed("unit statuses");
    }
    return p.db.exec("COMMIT") || p.sqlFailed("unit statuses");
}

// The file belongs to one store and one office filter; anything else is started afresh (it is a cache).
bool openMirror(const MirrorRequest &request, const QByteArray &store, sql::Connection &db, QString *error)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        telemetry::OpenOptions o;
        o.busyTimeoutMs = 5000;
        o.synchronous = telemetry::Synchronous::Normal;
        const telemetry::OpenResult opened = telemetry::openDatabase(db, request.path, o);
        if (!opened.ok)
            return (*error = opened.error), false;
        if (!ensureLocalSchema(db, error))
            return false;
        const QString wanted = QString::fromUtf8(store) + u'|' + request.office.trimmed();
        const QString held = localValue(db, QStringLiteral("mirror_of"));
        if (held == wanted)
            return true;
        if (held.isEmpty()) {
            // Never a device's own file: only a mirror (or a new, empty file) is ever written or replaced.
            if (db.scalar("SELECT count(*) FROM sessions", 0) == 0 && db.scalar("SELECT count(*) FROM events", 0) == 0)
                return setLocalValue(db, QStringLiteral("mirror_of"), wanted, error);
            *error = QStringLiteral("'%1' holds a device's own data, not a mirror of the central store; give "
                                    "another file")
                         .arg(request.path);
            return false;
        }
        db.close();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(request.path + QLatin1String(suffix));
    }
    *error = QStringLiteral("mirror file '%1' cannot be started afresh").arg(request.path);
    return false;
}

} // namespace

MirrorReport pullMirror(const MirrorRequest &request)
{
    MirrorReport report;
    QElapsedTimer clock;
    clock.start();
    auto finish = [&](const QString &error) { return finished(report, clock, error); };
    pg::Connection central;
    QString error;
    if (!pg::openStore(request.central, central, &error))
        return finish(error);
    pg::Result r;
    if (!central.query("SELECT to_regclass('showroom_schema') IS NOT NULL", {}, &r, &error))
        return finish(error);
    if (r.value(0, 0) != "t")
        return finish(QStringLiteral("%1 holds no Showroom store yet (no device has synced to it)")
                          .arg(describeServer(request.central)));
    if (!central.query("SELECT current_database() || '/' || min(migrated_utc) FROM showroom_schema", {}, &r, &error))
        return finish(error);
    const QByteArray store = r.value(0, 0);
    pg::Result devices;
    if (!central.query("SELECT device, coalesce(office, '') FROM devices ORDER BY 2, 1", {}, &devices, &error))
        return finish(error);
    const QString office = request.office.trimmed();
    for (int i = 0; i < devices.rows(); ++i) {
        const QString o = QString::fromUtf8(devices.value(i, 1));
        if (!o.isEmpty() && !report.offices.contains(o))
            report.offices.append(o);
    }
    report.unknownOffice = !office.isEmpty() && !report.offices.contains(office);
    if (report.unknownOffice)
        return finish(QStringLiteral("no office '%1' in the central store; choose one of: %2")
                          .arg(office, report.offices.isEmpty() ? QStringLiteral("(none yet)")
                                                                : report.offices.join(QStringLiteral(", "))));

    QDir().mkpath(QFileInfo(request.path).absolutePath());
    sql::Connection db;
    if (!openMirror(request, store, db, &error))
        return finish(error);
    Pull p{request, report, db, central, {}, {}, {}, {}, {}, {}};
    if (!pullErasures(p))
        return finish(p.error);
    for (int i = 0; i < devices.rows(); ++i) {
        const QByteArray device = devices.value(i, 0);
        const QString o = QString::fromUtf8(devices.value(i, 1));
        if (!office.isEmpty() && o != office)
            continue;
        p.deviceLabel = o.isEmpty() ? device : (o + QStringLiteral(" · ")).toUtf8() + device;
        report.devices.append(QString::fromUtf8(p.deviceLabel));
        for (const Kind &kind : kKinds)
            if (!pullKind(p, device, kind))
                return finish(p.error);
    }
    if (!refreshOpenRows(p) || !copyUnitStatuses(p))
        return finish(p.error);
    // The devices' retention rule, so the mirror keeps no more than they and the store do.
    if (request.retentionDays > 0) {
        const telemetry::PurgeResult purged =
            telemetry::purgeAnonymousEvents(db, request.retentionDays, QDateTime::currentMSecsSinceEpoch());
        if (!purged.ok)
            return finish(QStringLiteral("mirror retention: %1").arg(purged.error));
        db.exec("DELETE FROM sync_tombstones");
    }
    return finish(QString());
}

} // namespace showroom::sync
