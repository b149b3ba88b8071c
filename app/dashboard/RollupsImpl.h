// Internal to the rollups: the state one fold keeps in hand (sessions touched, deltas per rollup row,
// visitors to refresh) and the prepared statements. Rollups.cpp folds events; RollupsVisitors.cpp
// refreshes the visitors' day rows and list rows.
#pragma once

#include "dashboard/Rollups.h"
#include "profiles/ProfileStore.h"
#include "profiles/Stmt.h"

#include <QHash>
#include <QSet>

#include <array>
#include <memory>

namespace showroom::dashboard {

using profiles::Stmt;

// A rollup row's key: the bucket, then up to three text/integer parts (unit; cx, cz; type, room; ...).
struct RowKey
{
    int level = 0;
    qint64 bucket = 0;
    int demo = 0;
    QString device;
    QString a, b, c;
    qint64 x = 0, y = 0;
    bool operator==(const RowKey &o) const
    {
        return level == o.level && bucket == o.bucket && demo == o.demo && x == o.x && y == o.y &&
               device == o.device && a == o.a && b == o.b && c == o.c;
    }
};
inline size_t qHash(const RowKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.level, k.bucket, k.demo, k.device, k.a, k.b, k.c, k.x, k.y);
}

using Delta = std::array<qint64, 10>;

struct FoldSession
{
    qint64 visitor = 0;
    qint64 day = 0;
    QString device;
    int demo = 0;
    int step = 1;
    qint64 engagedMs = 0;
    int engaged = 0;
    qint64 startTs = 0, lastTs = 0;
};

struct Rollups::Impl
{
    explicit Impl(telemetry::sql::Connection &c) : db(c) {}
    telemetry::sql::Connection &db;
    std::unique_ptr<profiles::ProfileStore> profileStore; // lead scores and top units of the visitors
    std::unique_ptr<Stmt> events, sessionRow, loadSession, saveSession, unitType, learnType, upsertUnit,
        upsertCell, upsertRoom, upsertStep, upsertDay, markDirty, cursor, setCursor;

    // The current fold.
    QHash<qint64, FoldSession> sessions;
    QHash<RowKey, Delta> units, cells, rooms, steps, days;
    QHash<QString, QString> unitTypes; // unit -> type, as stored in dash_unit_types
    QSet<qint64> dirty;

    bool prepare(QString *error);
    QString fail();
    FoldSession *session(qint64 id, bool *ok);
    QString typeOf(const QString &unit, bool *ok);
    void add(QHash<RowKey, Delta> &table, RowKey key, qint64 day, int slot, qint64 amount);
    bool flush();
    // RollupsVisitors.cpp: rebuilds the day rows and list rows of up to limit dirty visitors.
    qint64 refreshVisitors(int limit, bool *more, QString *error);
};

} // namespace showroom::dashboard
