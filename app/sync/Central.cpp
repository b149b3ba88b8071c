#include "sync/Central.h"

#include "sync/CentralSchema.h"
#include "sync/Pg.h"

#include <QDateTime>

namespace showroom::sync {
namespace {

bool connect(const CentralSettings &central, pg::Connection &db, QString *error)
{
    int from = 0;
    return pg::openStore(central, db, error) && migrateCentral(db, &from, error);
}

template<typename R>
R fail(pg::Connection &db, R r, const QString &error)
{
    r.ok = false;
    r.error = error;
    QString ignored;
    if (!db.isBroken())
        db.exec("ROLLBACK", &ignored);
    return r;
}

} // namespace

CentralForgetResult centralForget(const CentralSettings &central, const QString &visitor, const QString &by)
{
    CentralForgetResult r;
    pg::Connection db;
    QString e;
    if (!connect(central, db, &e))
        return fail(db, r, e);
    const QByteArray v = visitor.toUtf8();
    pg::Result before;
    // A new seq even for a visitor erased before: a device that kept or recreated rows since (the
    // visitor still on screen) deletes them again.
    if (!db.exec("BEGIN", &e) || !db.exec("LOCK TABLE erasures IN EXCLUSIVE MODE", &e) ||
        !db.query("SELECT 1 FROM erasures WHERE visitor = $1", {v}, &before, &e) ||
        !db.command("INSERT INTO erasures(visitor, erased_utc, origin) VALUES ($1, $2, $3)"
                    " ON CONFLICT (visitor) DO UPDATE SET seq = nextval('change_seq'), erased_utc = excluded.erased_utc,"
                    " origin = excluded.origin",
                    {v, QByteArray::number(QDateTime::currentMSecsSinceEpoch()), by.toUtf8()}, &e) ||
        !db.command("DELETE FROM events WHERE visitor = $1 OR session IN (SELECT uuid FROM sessions WHERE visitor = $1)",
                    {v}, &e, &r.events) ||
        !db.command("DELETE FROM consents WHERE visitor = $1", {v}, &e, &r.consents) ||
        !db.command("DELETE FROM leads WHERE visitor = $1", {v}, &e, &r.leads) ||
        !db.command("DELETE FROM sessions WHERE visitor = $1", {v}, &e, &r.sessions) ||
        !db.command("DELETE FROM visitors WHERE uuid = $1", {v}, &e, &r.visitors) || !db.exec("COMMIT", &e))
        return fail(db, r, e);
    r.alreadyErased = before.rows() > 0;
    r.ok = true;
    return r;
}

CentralPurgeResult centralPurge(const CentralSettings &central, int days, qint64 nowUtcMs)
{
    CentralPurgeResult r;
    pg::Connection db;
    QString e;
    if (!connect(central, db, &e))
        return fail(db, r, e);
    const QByteArray cutoff = QByteArray::number(nowUtcMs - qint64(days) * 86'400'000);
    // SHARE like a device's merge: a forget (EXCLUSIVE) waits, pushes go on beside it.
    if (!db.exec("BEGIN", &e) || !db.exec("LOCK TABLE erasures IN SHARE MODE", &e) ||
        !db.command("DELETE FROM events e WHERE e.ts_utc < $1 AND (e.visitor IS NULL OR NOT EXISTS"
                    " (SELECT 1 FROM leads l WHERE l.visitor = e.visitor))",
                    {cutoff}, &e, &r.events) ||
        !db.command("DELETE FROM sessions s WHERE coalesce(s.end_utc, s.start_utc) < $1"
                    " AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.visitor = s.visitor)"
                    " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.session = s.uuid)",
                    {cutoff}, &e, &r.sessions) ||
        !db.command("DELETE FROM visitors v WHERE v.first_seen_utc < $1"
                    " AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.visitor = v.uuid)"
                    " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.visitor = v.uuid)"
                    " AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.visitor = v.uuid)",
                    {cutoff}, &e, &r.visitors) ||
        !db.exec("COMMIT", &e))
        return fail(db, r, e);
    r.ok = true;
    return r;
}

UnitStatusResult setUnitStatus(const CentralSettings &central, const QString &development, const QString &unit,
                               const QString &status, const QString &by)
{
    UnitStatusResult r;
    pg::Connection db;
    QString e;
    if (!connect(central, db, &e))
        return fail(db, r, e);
    pg::Result before;
    // EXCLUSIVE: sequence numbers are handed out in commit order, so a device that pulled "after n"
    // can never miss a change committed later with a smaller number.
    if (!db.exec("BEGIN", &e) || !db.exec("LOCK TABLE unit_status IN EXCLUSIVE MODE", &e) ||
        !db.query("SELECT status FROM unit_status WHERE development = $1 AND unit = $2",
                  {development.toUtf8(), unit.toUtf8()}, &before, &e) ||
        !db.command("INSERT INTO unit_status(development, unit, status, changed_utc, changed_by, seq)"
                    " VALUES ($1, $2, $3, $4, $5, nextval('change_seq'))"
                    " ON CONFLICT (development, unit) DO UPDATE SET status = excluded.status,"
                    " changed_utc = excluded.changed_utc, changed_by = excluded.changed_by, seq = excluded.seq",
                    {development.toUtf8(), unit.toUtf8(), status.toUtf8(),
                     QByteArray::number(QDateTime::currentMSecsSinceEpoch()), by.toUtf8()},
                    &e) ||
        !db.exec("COMMIT", &e))
        return fail(db, r, e);
    r.previous = before.rows() ? QString::fromUtf8(before.value(0, 0)) : QString();
    r.ok = true;
    return r;
}

} // namespace showroom::sync
