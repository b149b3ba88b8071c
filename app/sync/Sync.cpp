#include "sync/Sync.h"

#include "sync/CentralSchema.h"
#include "sync/SyncInternal.h"
#include "telemetry/Database.h"
#include "telemetry/Privacy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUuid>

#include <sqlite3.h>

namespace showroom::sync {

QString SyncReport::summary() const
{
    return QStringLiteral("pushed %1 visitors, %2 sessions, %3 events, %4 leads, %5 consents (new or changed; "
                          "%6 rows sent), %7 erasures; applied %8 central erasures and %9 unit statuses in %10 s%11")
        .arg(visitors)
        .arg(sessions)
        .arg(events)
        .arg(leads)
        .arg(consents)
        .arg(rowsSent)
        .arg(tombstonesPushed)
        .arg(erasuresApplied)
        .arg(unitStatusesPulled)
        .arg(seconds, 0, 'f', 2)
        .arg(eventsDirect > 0 ? QStringLiteral(" (%1 events COPYed straight in)").arg(eventsDirect) : QString());
}

namespace {

using detail::Run;

// The device's name in the central store: given once, then remembered in the file. A database file
// keeps its name (its row ids are only unique within it), and a name is never shared by two files.
bool resolveDevice(Run &run, QString *device, QString *fileId)
{
    const QString stored = localValue(run.local, QStringLiteral("device"));
    *fileId = localValue(run.local, QStringLiteral("file_id"));
    QString e;
    if (fileId->isEmpty()) {
        *fileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!setLocalValue(run.local, QStringLiteral("file_id"), *fileId, &e))
            return (run.error = e), false;
    }
    const QString wanted = run.request.central.device.trimmed();
    if (!stored.isEmpty() && !wanted.isEmpty() && stored != wanted) {
        run.error = QStringLiteral("this database already syncs as device '%1', not '%2' (a file keeps its name)")
                        .arg(stored, wanted);
        return false;
    }
    *device = !stored.isEmpty() ? stored : wanted;
    if (device->isEmpty()) {
        // The kiosk's host name or the desktop's install id, as its sessions already say.
        sql::Statement q(run.local, "SELECT device_id FROM sessions WHERE device_id IS NOT NULL ORDER BY id DESC LIMIT 1");
        *device = q.isValid() && q.step() == SQLITE_ROW ? q.text(0) : QString();
        if (device->isEmpty())
            *device = *fileId;
    }
    if (stored.isEmpty() && !setLocalValue(run.local, QStringLiteral("device"), *device, &e))
        return (run.error = e), false;
    return true;
}

bool registerDevice(Run &run, const QString &fileId)
{
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    pg::Result r;
    if (!run.central.query("INSERT INTO devices(device, office, first_sync_utc, file_id) VALUES ($1, $2, $3, $4)"
                           " ON CONFLICT (device) DO UPDATE SET office = coalesce(excluded.office, devices.office),"
                           " file_id = coalesce(devices.file_id, excluded.file_id)"
                           " RETURNING file_id, office",
                           {run.device, run.office, now, fileId.toUtf8()}, &r, &run.error))
        return false;
    if (r.value(0, 0) != fileId.toUtf8()) {
        run.error = QStringLiteral("device name '%1' is already used by another database in the central store; "
                                   "give this one its own with --device")
                        .arg(QString::fromUtf8(run.device));
        return false;
    }
    run.report.office = QString::fromUtf8(r.value(0, 1));
    return true;
}

// Visitors forgotten centrally (or on another device) since the last sync: deleted here too, with
// telemetry's own erasure (brochures included). Their own tombstones are not sent back.
bool pullErasures(Run &run)
{
    QString e;
    qint64 cursor = localValue(run.local, QStringLiteral("pulled:erasures"), QStringLiteral("0")).toLongLong();
    for (;;) {
        pg::Result r;
        if (!run.central.query("SELECT visitor, seq FROM erasures WHERE seq > $1 ORDER BY seq LIMIT 5000",
                               {QByteArray::number(cursor)}, &r, &run.error))
            return false;
        for (int i = 0; i < r.rows(); ++i) {
            const QString visitor = QString::fromUtf8(r.value(i, 0));
            sql::Statement held(run.local, "SELECT 1 FROM visitors WHERE uuid = ?");
            held.bind(1, visitor);
            if (held.step() == SQLITE_ROW) {
                held.reset();
                const telemetry::ErasureResult gone = telemetry::forgetVisitor(run.local, visitor);
                if (!gone.ok)
                    return (run.error = QStringLiteral("erasing visitor %1 here failed: %2").arg(visitor, gone.error)),
                           false;
                ++run.report.erasuresApplied;
            }
            sql::Statement drop(run.local, "DELETE FROM sync_tombstones WHERE visitor = ?");
            drop.bind(1, visitor);
            drop.step();
            cursor = r.int64(i, 1);
        }
        if (!setLocalValue(run.local, QStringLiteral("pulled:erasures"), QString::number(cursor), &e))
            return (run.error = e), false;
        if (r.rows() < 5000)
            return true;
    }
}

bool pullUnitStatuses(Run &run)
{
    QString e;
    const qint64 cursor = localValue(run.local, QStringLiteral("pulled:unit_status"), QStringLiteral("0")).toLongLong();
    pg::Result r;
    if (!run.central.query("SELECT development, unit, status, changed_utc, seq FROM unit_status WHERE seq > $1"
                           " ORDER BY seq",
                           {QByteArray::number(cursor)}, &r, &run.error))
        return false;
    if (r.rows() == 0)
        return true;
    if (!run.local.exec("BEGIN IMMEDIATE"))
        return (run.error = run.local.errorText()), false;
    sql::Statement put(run.local, "INSERT OR REPLACE INTO sync_unit_status(development, unit, status, changed_utc)"
                                  " VALUES (?, ?, ?, ?)");
    for (int i = 0; i < r.rows(); ++i) {
        put.bind(1, QString::fromUtf8(r.value(i, 0)));
        put.bind(2, QString::fromUtf8(r.value(i, 1)));
        put.bind(3, QString::fromUtf8(r.value(i, 2)));
        put.bind(4, r.int64(i, 3));
        if (put.step() != SQLITE_DONE) {
            run.error = run.local.errorText();
            run.local.exec("ROLLBACK");
            return false;
        }
        put.reset();
    }
    if (!setLocalValue(run.local, QStringLiteral("pulled:unit_status"), QString::fromUtf8(r.value(r.rows() - 1, 4)), &e) ||
        !run.local.exec("COMMIT")) {
        run.error = e.isEmpty() ? run.local.errorText() : e;
        run.local.exec("ROLLBACK");
        return false;
    }
    run.report.unitStatusesPulled = r.rows();
    // For the running app (SyncService hands them over by value); in seq order: the latest wins.
    for (int i = 0; i < r.rows(); ++i)
        run.report.unitStatuses[QString::fromUtf8(r.value(i, 0))].insert(QString::fromUtf8(r.value(i, 1)),
                                                                        QString::fromUtf8(r.value(i, 2)));
    return true;
}

// Visitors deleted on this device (forget, retention): tombstones centrally, their rows gone there.
bool pushTombstones(Run &run)
{
    QByteArray rows;
    QStringList visitors;
    {
        sql::Statement q(run.local, "SELECT visitor, erased_utc FROM sync_tombstones");
        while (q.isValid() && q.step() == SQLITE_ROW) {
            visitors.append(q.text(0));
            pg::copyField(rows, q.text(0).toUtf8(), false);
            pg::copyInt(rows, q.int64(1), true);
        }
    }
    if (visitors.isEmpty())
        return true;
    QString e;
    qint64 inserted = 0;
    // EXCLUSIVE: a device merging rows holds SHARE, so no merge can slip in between the tombstone and
    // the deletes (seq order is also commit order for the devices that pull).
    if (!run.central.exec("BEGIN", &e) || !run.central.exec("LOCK TABLE erasures IN EXCLUSIVE MODE", &e) ||
        !run.central.exec("CREATE TEMP TABLE IF NOT EXISTS stage_erasures(visitor text, erased_utc bigint)"
                          " ON COMMIT DELETE ROWS", &e) ||
        !run.central.copyBegin("COPY stage_erasures FROM STDIN", &e) || !run.central.copyPut(rows, &e) ||
        !run.central.copyEnd(&e) ||
        !run.central.command("INSERT INTO erasures(visitor, erased_utc, origin) SELECT visitor, erased_utc, $1"
                             " FROM stage_erasures ON CONFLICT (visitor) DO NOTHING",
                             {run.device}, &e, &inserted) ||
        !run.central.exec("DELETE FROM events WHERE visitor IN (SELECT visitor FROM stage_erasures)"
                          " OR session IN (SELECT uuid FROM sessions WHERE visitor IN (SELECT visitor FROM stage_erasures));"
                          "DELETE FROM consents WHERE visitor IN (SELECT visitor FROM stage_erasures);"
                          "DELETE FROM leads WHERE visitor IN (SELECT visitor FROM stage_erasures);"
                          "DELETE FROM sessions WHERE visitor IN (SELECT visitor FROM stage_erasures);"
                          "DELETE FROM visitors WHERE uuid IN (SELECT visitor FROM stage_erasures)",
                          &e) ||
        !run.central.exec("COMMIT", &e)) {
        run.error = e;
        QString ignored;
        if (!run.central.isBroken())
            run.central.exec("ROLLBACK", &ignored);
        return false;
    }
    for (const QString &visitor : std::as_const(visitors)) {
        sql::Statement drop(run.local, "DELETE FROM sync_tombstones WHERE visitor = ?");
        drop.bind(1, visitor);
        drop.step();
    }
    run.report.tombstonesPushed = inserted;
    return true;
}

} // namespace

SyncReport syncDatabase(const SyncRequest &request)
{
    SyncReport report;
    QElapsedTimer clock;
    clock.start();
    auto finish = [&](const QString &error) { return finished(report, clock, error); };
    if (!namesServer(request.central))
        return finish(QStringLiteral("no central store named: give a postgresql:// URL, a config file, or PGHOST"));
    sql::Connection local;
    telemetry::OpenOptions o;
    o.mode = telemetry::OpenOptions::ExistingOnly;
    o.busyTimeoutMs = 5000;
    const telemetry::OpenResult opened = telemetry::openDatabase(local, request.database, o);
    if (!opened.ok)
        return finish(opened.error);
    QString error;
    if (!ensureLocalSchema(local, &error))
        return finish(QStringLiteral("database '%1': %2").arg(request.database, error));

    pg::Connection central;
    if (!pg::openStore(request.central, central, &error))
        return finish(error);
    if (!migrateCentral(central, &report.centralSchemaFrom, &error))
        return finish(error);

    Run run{request, report, local, central, {}, {}, {}, {}, {}, {}};
    QString device, fileId;
    if (!resolveDevice(run, &device, &fileId))
        return finish(run.error);
    report.device = device;
    run.device = device.toUtf8();
    const QString office = request.central.office.trimmed();
    run.office = office.isEmpty() ? QByteArray() : office.toUtf8();
    // Erasures first: a device that was offline must not send a forgotten visitor's rows back.
    if (!registerDevice(run, fileId) || !pullErasures(run) || !pullUnitStatuses(run) || !pushTombstones(run) ||
        !detail::pushRows(run))
        return finish(run.error + QStringLiteral(" (rows committed before stay; the next sync resumes)"));
    if (!central.command("UPDATE devices SET last_sync_utc = $2 WHERE device = $1",
                         {run.device, QByteArray::number(QDateTime::currentMSecsSinceEpoch())}, &error))
        return finish(error);
    setLocalValue(local, QStringLiteral("last_sync_utc"), QString::number(QDateTime::currentMSecsSinceEpoch()), &error);
    return finish(QString());
}

} // namespace showroom::sync
