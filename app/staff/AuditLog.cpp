#include "staff/AuditLog.h"

#include <QDateTime>
#include <QMutex>
#include <QSysInfo>

#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

namespace showroom::staff {

namespace sql = telemetry::sql;

namespace {

const char *const kCreate = "CREATE TABLE IF NOT EXISTS staff_audit("
                            " id INTEGER PRIMARY KEY,"
                            " ts_utc INTEGER NOT NULL,"
                            " device TEXT,"
                            " actor TEXT,"
                            " action TEXT NOT NULL,"
                            " subject TEXT,"
                            " detail TEXT);"
                            "CREATE INDEX IF NOT EXISTS staff_audit_ts ON staff_audit(ts_utc)";

QMutex s_identityLock;
QString s_device;
QString s_actor;

bool fail(sql::Connection &db, QString *error)
{
    if (error)
        *error = db.errorText();
    return false;
}

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace

bool AuditLog::ensureTable(sql::Connection &db, QString *error)
{
    return db.exec(kCreate) || fail(db, error);
}

void AuditLog::setIdentity(const QString &device, const QString &actor)
{
    QMutexLocker lock(&s_identityLock);
    s_device = device;
    s_actor = actor;
}

QString AuditLog::device()
{
    QMutexLocker lock(&s_identityLock);
    return s_device.isEmpty() ? QSysInfo::machineHostName() : s_device;
}

QString AuditLog::actor()
{
    {
        QMutexLocker lock(&s_identityLock);
        if (!s_actor.isEmpty())
            return s_actor;
    }
    return osUser();
}

QString AuditLog::osUser()
{
    // The account the process runs as (not $USER, which anyone can set).
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("uid %1").arg(::geteuid()) : user;
}

bool AuditLog::record(sql::Connection &db, const QString &action, const QString &subject, const QString &detail,
                      QString *error)
{
    AuditEntry e;
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    return record(db, e, error);
}

bool AuditLog::record(sql::Connection &db, const AuditEntry &entry, QString *error)
{
    if (entry.action.isEmpty()) {
        if (error)
            *error = QStringLiteral("an audit entry needs an action");
        return false;
    }
    if (!ensureTable(db, error))
        return false;
    sql::Statement insert(db, "INSERT INTO staff_audit(ts_utc, device, actor, action, subject, detail)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert.isValid())
        return fail(db, error);
    insert.bind(1, entry.tsUtcMs > 0 ? entry.tsUtcMs : QDateTime::currentMSecsSinceEpoch());
    insert.bind(2, entry.device.isEmpty() ? device() : entry.device);
    insert.bind(3, entry.actor.isEmpty() ? actor() : entry.actor);
    insert.bind(4, entry.action);
    insert.bind(5, orNull(entry.subject));
    insert.bind(6, orNull(entry.detail));
    return insert.step() == SQLITE_DONE || fail(db, error);
}

bool AuditLog::list(sql::Connection &db, const AuditFilter &f, QList<AuditEntry> *out, QString *error)
{
    out->clear();
    bool ok = false;
    const qint64 exists =
        db.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='staff_audit'", -1, &ok);
    if (!ok)
        return fail(db, error);
    if (exists == 0)
        return true;
    // The newest `limit` rows, handed out oldest first.
    sql::Statement q(db, "SELECT id, ts_utc, device, actor, action, subject, detail FROM ("
                         " SELECT * FROM staff_audit"
                         " WHERE (?1 = 0 OR ts_utc >= ?1) AND (?2 = 0 OR ts_utc < ?2)"
                         "   AND (?3 IS NULL OR action = ?3) AND (?4 IS NULL OR subject = ?4)"
                         " ORDER BY id DESC LIMIT ?5) ORDER BY id");
    if (!q.isValid())
        return fail(db, error);
    q.bind(1, f.fromUtcMs);
    q.bind(2, f.toUtcMs);
    q.bind(3, orNull(f.action));
    q.bind(4, orNull(f.subject));
    q.bind(5, f.limit > 0 ? qint64(f.limit) : qint64(-1));
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        AuditEntry e;
        e.id = q.int64(0);
        e.tsUtcMs = q.int64(1);
        e.device = q.text(2);
        e.actor = q.text(3);
        e.action = q.text(4);
        e.subject = q.text(5);
        e.detail = q.text(6);
        out->append(e);
    }
    return rc == SQLITE_DONE || fail(db, error);
}

QJsonObject AuditLog::toJson(const AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(e.tsUtcMs, Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("ts_utc"), e.tsUtcMs},
            {QStringLiteral("device"), e.device},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("detail"), e.detail}};
}

} // namespace showroom::staff
