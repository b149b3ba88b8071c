#include "sync/LocalState.h"

#include "core/DevelopmentData.h"

#include <sqlite3.h>

namespace showroom::sync {

bool ensureLocalSchema(sql::Connection &db, QString *error)
{
    // The trigger fires for every way a visitor leaves the file (forget, retention, a central erasure
    // applied here); the last one is dropped again by the sync that applied it.
    static const char *const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS sync_state(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_tombstones(visitor TEXT PRIMARY KEY, erased_utc INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_unit_status(
    development TEXT NOT NULL,
    unit TEXT NOT NULL,
    status TEXT NOT NULL,
    changed_utc INTEGER NOT NULL,
    PRIMARY KEY (development, unit)) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS sync_visitor_deleted AFTER DELETE ON visitors BEGIN
    INSERT OR REPLACE INTO sync_tombstones(visitor, erased_utc)
        VALUES (old.uuid, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
)sql";
    if (!db.exec(kSchema)) {
        *error = QStringLiteral("cannot create the sync tables: %1").arg(db.errorText());
        return false;
    }
    return true;
}

QString localValue(sql::Connection &db, const QString &key, const QString &fallback)
{
    sql::Statement q(db, "SELECT value FROM sync_state WHERE key = ?");
    if (!q.isValid())
        return fallback;
    q.bind(1, key);
    return q.step() == SQLITE_ROW ? q.text(0) : fallback;
}

bool setLocalValue(sql::Connection &db, const QString &key, const QString &value, QString *error)
{
    sql::Statement q(db, "INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)");
    q.bind(1, key);
    q.bind(2, value);
    if (!q.isValid() || q.step() != SQLITE_DONE) {
        *error = db.errorText();
        return false;
    }
    return true;
}

QHash<QString, QString> centralUnitStatuses(sql::Connection &db, const QString &developmentId)
{
    QHash<QString, QString> out;
    sql::Statement q(db, "SELECT unit, status FROM sync_unit_status WHERE development = ?");
    if (!q.isValid()) // no sync tables in this file
        return out;
    q.bind(1, developmentId);
    while (q.step() == SQLITE_ROW)
        out.insert(q.text(0), q.text(1));
    return out;
}

int applyUnitStatuses(const QHash<QString, QString> &statuses, core::DevelopmentData *data)
{
    int changed = 0;
    for (core::Unit &u : data->units) {
        const auto it = statuses.constFind(u.id);
        if (it == statuses.cend())
            continue;
        const core::UnitStatus s = *it == QLatin1String("sold")       ? core::UnitStatus::Sold
                                   : *it == QLatin1String("reserved") ? core::UnitStatus::Reserved
                                                                      : core::UnitStatus::Available;
        if (s != u.status) {
            u.status = s;
            ++changed;
        }
    }
    return changed;
}

bool applyUnitStatusesFrom(const QString &path, core::DevelopmentData *data, int *changed, QString *error)
{
    *changed = 0;
    sql::Connection db;
    if (!db.open(path, SQLITE_OPEN_READONLY, error))
        return false;
    db.exec("PRAGMA busy_timeout=2000");
    *changed = applyUnitStatuses(centralUnitStatuses(db, data->development.id), data);
    return true;
}

} // namespace showroom::sync
