#include "dashboard/Rollups.h"

#include "dashboard/RollupsImpl.h"
#include "dashboard/RollupsSql.h"

#include <sqlite3.h>

namespace showroom::dashboard {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Funnel step an event reaches: 2 building, 3 unit card, 4 inside, 5 brochure / lead (1 is any event).
int stepOf(const QString &name)
{
    if (name == QLatin1String("building_focused") || name == QLatin1String("stacking_plan_viewed") ||
        name == QLatin1String("floor_focused"))
        return 2;
    if (name == QLatin1String("unit_selected"))
        return 3;
    if (name == QLatin1String("inside_entered"))
        return 4;
    if (name == QLatin1String("lead_submitted"))
        return 5;
    return 0;
}

// Dwell clocks that never run at the same time: their sum is the session's engaged time (the unit,
// building and floor clocks run beside these and are not added).
bool isTopLevelDwell(const QString &target)
{
    return target == QLatin1String("site") || target == QLatin1String("finder") ||
           target == QLatin1String("timeline") || target.startsWith(QLatin1String("room:")) ||
           target.startsWith(QLatin1String("balcony:"));
}

// Slots of the per-day delta (dash_days columns after the key).
enum DaySlot { Sessions, EngagedSessions, EngagedMs, Leads, Brochures, Reached1 };
// Slots of the per-unit delta.
enum UnitSlot { Views, UnitEngaged, InsideMs, Insides, FavAdded, FavRemoved, UnitBrochures, UnitLeads };

} // namespace

qint64 Rollups::dayOf(qint64 utcMs)
{
    return utcMs >= 0 ? utcMs / kDayMs : -((-utcMs + kDayMs - 1) / kDayMs);
}

qint64 Rollups::dayStartMs(qint64 day)
{
    return day * kDayMs;
}

Rollups::Rollups(telemetry::sql::Connection &db) : d(std::make_unique<Impl>(db)) {}
Rollups::~Rollups() = default;

QString Rollups::Impl::fail()
{
    const QString error = QStringLiteral("dashboard rollups: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    if (sqlite3_get_autocommit(db.handle()) == 0)
        db.exec("ROLLBACK");
    sessions.clear();
    units.clear();
    cells.clear();
    rooms.clear();
    steps.clear();
    days.clear();
    unitTypes.clear();
    dirty.clear();
    return error;
}

bool Rollups::open(QString *error)
{
    telemetry::sql::Connection &db = d->db;
    // A cache: losing the last fold on power loss only means folding it again. Checkpoints are the writer's.
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA wal_autocheckpoint=0");
    const qint64 schema = db.scalar("PRAGMA user_version");
    // Already made under this schema and version (every query opens the rollups): no DDL, which would
    // also make every other connection prepare its statements again.
    bool ok = false;
    const qint64 builtVersion = db.scalar("SELECT value FROM dash_meta WHERE key = 'version'", -1, &ok);
    if (ok && builtVersion == kRollupVersion &&
        db.scalar("SELECT value FROM dash_meta WHERE key = 'schema'", -1) == schema &&
        db.scalar((QByteArray("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN ") +
                   rollupsql::kTriggerNames)
                      .constData()) == rollupsql::kTriggerCount)
        return d->prepare(error);
    if (!db.exec("BEGIN IMMEDIATE")) {
        *error = d->fail();
        return false;
    }
    db.exec("CREATE TABLE IF NOT EXISTS dash_meta(key TEXT PRIMARY KEY, value INTEGER) WITHOUT ROWID");
    const qint64 builtSchema = db.scalar("SELECT value FROM dash_meta WHERE key = 'schema'", -1);
    // Built under another telemetry schema (keys may have been renumbered) or another rollup version:
    // dropped and folded again from the first event.
    if ((builtSchema != schema || db.scalar("SELECT value FROM dash_meta WHERE key = 'version'", -1) != kRollupVersion) &&
        !db.exec(rollupsql::kDropTables)) {
        *error = d->fail();
        return false;
    }
    const QByteArray meta = QByteArray("INSERT OR REPLACE INTO dash_meta(key, value) VALUES ('schema', ") +
                            QByteArray::number(schema) + "), ('version', " + QByteArray::number(kRollupVersion) +
                            ");";
    if (!db.exec(rollupsql::kTables) || !db.exec(rollupsql::triggers().constData()) || !db.exec(meta.constData()) ||
        !db.exec("COMMIT")) {
        *error = d->fail();
        return false;
    }
    return d->prepare(error);
}

bool Rollups::Impl::prepare(QString *error)
{
    sqlite3 *h = db.handle();
    const QString select =
        QStringLiteral("SELECT e.id, coalesce(e.session_id, 0), e.ts_utc, e.name, coalesce(e.target, ''),"
                       " e.target LIKE 'unit:%', %1, %2, coalesce(e.engaged_ms, 0), %3, %4, %5, %6, %7"
                       " FROM events e WHERE e.id > ?1 ORDER BY e.id LIMIT ?2")
            .arg(rollupsql::unitOf("e"), rollupsql::roomOf("e"), rollupsql::cellOf("e", "0"),
                 rollupsql::cellOf("e", "2"), rollupsql::requestOf("e"), rollupsql::fromRoomOf("e"),
                 rollupsql::typeIdOf("e"));
    events = std::make_unique<Stmt>(h, select.toUtf8().constData());
    sessionRow = std::make_unique<Stmt>(
        h, "SELECT visitor_id, start_utc, coalesce(device_id, ''), coalesce(mode, '') FROM sessions WHERE id = ?1");
    loadSession = std::make_unique<Stmt>(h, "SELECT visitor_id, day, device, demo, step, engaged_ms, engaged,"
                                            " start_ts, last_ts FROM dash_sessions WHERE session_id = ?1");
    saveSession = std::make_unique<Stmt>(
        h, "INSERT OR REPLACE INTO dash_sessions(session_id, visitor_id, day, device, demo, step, engaged_ms,"
           " engaged, start_ts, last_ts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    unitType = std::make_unique<Stmt>(h, "SELECT type FROM dash_unit_types WHERE unit = ?1");
    learnType = std::make_unique<Stmt>(h, "INSERT OR IGNORE INTO dash_unit_types(unit, type) VALUES (?1, ?2)");
    upsertUnit = std::make_unique<Stmt>(
        h, "INSERT INTO dash_units(level, bucket, demo, device, unit, views, engaged_ms, inside_ms, insides,"
           " fav_added, fav_removed, brochures, leads) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
           " ON CONFLICT DO UPDATE SET views = views + ?6, engaged_ms = engaged_ms + ?7, inside_ms = inside_ms + ?8,"
           " insides = insides + ?9, fav_added = fav_added + ?10, fav_removed = fav_removed + ?11,"
           " brochures = brochures + ?12, leads = leads + ?13");
    upsertCell = std::make_unique<Stmt>(h, "INSERT INTO dash_cells(level, bucket, demo, device, cx, cz, samples)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                           " ON CONFLICT DO UPDATE SET samples = samples + ?7");
    upsertRoom = std::make_unique<Stmt>(
        h, "INSERT INTO dash_rooms(level, bucket, demo, device, type, room, entries, linger_ms)"
           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
           " ON CONFLICT DO UPDATE SET entries = entries + ?7, linger_ms = linger_ms + ?8");
    upsertStep = std::make_unique<Stmt>(
        h, "INSERT INTO dash_steps(level, bucket, demo, device, type, from_room, to_room, count)"
           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO UPDATE SET count = count + ?8");
    upsertDay = std::make_unique<Stmt>(
        h, "INSERT INTO dash_days(day, demo, device, sessions, engaged_sessions, engaged_ms, leads, brochures,"
           " reached1, reached2, reached3, reached4, reached5)"
           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
           " ON CONFLICT DO UPDATE SET sessions = sessions + ?4, engaged_sessions = engaged_sessions + ?5,"
           " engaged_ms = engaged_ms + ?6, leads = leads + ?7, brochures = brochures + ?8,"
           " reached1 = reached1 + ?9, reached2 = reached2 + ?10, reached3 = reached3 + ?11,"
           " reached4 = reached4 + ?12, reached5 = reached5 + ?13");
    markDirty = std::make_unique<Stmt>(h, "INSERT OR IGNORE INTO dash_dirty(visitor_id) VALUES (?1)");
    cursor = std::make_unique<Stmt>(h, "SELECT value FROM dash_meta WHERE key = 'last_event_id'");
    setCursor = std::make_unique<Stmt>(h, "UPDATE dash_meta SET value = ?1 WHERE key = 'last_event_id'");
    for (const auto *s : {&events, &sessionRow, &loadSession, &saveSession, &unitType, &learnType, &upsertUnit,
                          &upsertCell, &upsertRoom, &upsertStep, &upsertDay, &markDirty, &cursor, &setCursor})
        if (!(*s)->isValid()) {
            *error = QStringLiteral("dashboard rollups: %1").arg(QString::fromUtf8(sqlite3_errmsg(h)));
            return false;
        }
    return true;
}

qint64 Rollups::cursor()
{
    qint64 value = 0;
    if (d->cursor->step() == SQLITE_ROW)
        value = d->cursor->int64(0);
    d->cursor->reset();
    return value;
}

FoldSession *Rollups::Impl::session(qint64 id, bool *ok)
{
    *ok = true;
    auto it = sessions.find(id);
    if (it != sessions.end())
        return &it.value();
    FoldSession s;
    loadSession->bind(1, id);
    if (loadSession->step() == SQLITE_ROW) {
        s = {loadSession->int64(0), loadSession->int64(1), loadSession->text(2), int(loadSession->int64(3)),
             int(loadSession->int64(4)), loadSession->int64(5), int(loadSession->int64(6)),
             loadSession->int64(7), loadSession->int64(8)};
        loadSession->reset();
        return &sessions.insert(id, s).value();
    }
    loadSession->reset();
    sessionRow->bind(1, id);
    const int rc = sessionRow->step();
    if (rc != SQLITE_ROW) {
        sessionRow->reset();
        *ok = rc == SQLITE_DONE;
        return nullptr; // an event of a session the file no longer holds: not counted
    }
    s.visitor = sessionRow->int64(0);
    s.startTs = s.lastTs = sessionRow->int64(1);
    s.day = Rollups::dayOf(s.startTs);
    s.device = sessionRow->text(2);
    const QString mode = sessionRow->text(3);
    sessionRow->reset();
    s.demo = mode == QLatin1String("staff") || mode == QLatin1String("robot") || mode == QLatin1String("demo");
    // A new session: counted once, on the day it started, as having reached the site.
    Delta &day = days[RowKey{0, s.day, s.demo, s.device, {}, {}, {}, 0, 0}];
    day[Sessions] += 1;
    day[Reached1] += 1;
    return &sessions.insert(id, s).value();
}

QString Rollups::Impl::typeOf(const QString &unit, bool *ok)
{
    *ok = true;
    auto it = unitTypes.constFind(unit);
    if (it != unitTypes.constEnd())
        return it.value();
    QString type;
    unitType->bind(1, unit);
    if (unitType->step() == SQLITE_ROW) {
        type = unitType->text(0);
    } else {
        // Not named by any event yet: fixed as unknown, so a deletion later finds the same row.
        *ok = learnType->bind(1, unit).bind(2, QString(QLatin1String(""))).run();
    }
    unitType->reset();
    unitTypes.insert(unit, type);
    return type;
}

void Rollups::Impl::add(QHash<RowKey, Delta> &table, RowKey key, qint64 day, int slot, qint64 amount)
{
    if (amount == 0)
        return;
    for (int level = 0; level < kBucketLevels; ++level) {
        key.level = level;
        key.bucket = day >> (3 * level);
        table[key][size_t(slot)] += amount;
    }
}

RollupStats Rollups::fold(qint64 maxEvents)
{
    RollupStats r;
    Impl &m = *d;
    if (!m.db.exec("BEGIN IMMEDIATE")) {
        r.error = m.fail();
        return r;
    }
    const qint64 from = cursor();
    qint64 last = from;
    Stmt &e = *m.events;
    e.bind(1, from).bind(2, maxEvents);
    int rc = SQLITE_DONE;
    bool ok = true;
    while (ok && (rc = e.step()) == SQLITE_ROW) {
        ++r.events;
        last = e.int64(0);
        const qint64 sessionId = e.int64(1);
        if (sessionId == 0)
            continue; // events outside any session are not a visit
        FoldSession *s = m.session(sessionId, &ok);
        if (!s)
            continue;
        const qint64 ts = e.int64(2);
        const QString name = e.text(3), target = e.text(4);
        const bool isUnit = e.int64(5) != 0;
        const QString unit = e.isNull(6) ? QString() : e.text(6);
        const QString room = e.isNull(7) ? QString() : e.text(7);
        const qint64 engaged = e.int64(8);
        s->lastTs = qMax(s->lastTs, ts);
        m.dirty.insert(s->visitor);
        const RowKey bucket{0, 0, s->demo, s->device, {}, {}, {}, 0, 0};
        Delta &day = m.days[RowKey{0, s->day, s->demo, s->device, {}, {}, {}, 0, 0}];

        const int step = stepOf(name);
        for (int k = s->step + 1; k <= step; ++k)
            day[size_t(Reached1 + k - 1)] += 1;
        s->step = qMax(s->step, step);

        const bool leave = name == QLatin1String("leave");
        if (leave && engaged != 0 && isTopLevelDwell(target)) {
            s->engagedMs += engaged;
            day[EngagedMs] += engaged;
            if (!s->engaged && s->engagedMs >= 10000) {
                s->engaged = 1;
                day[EngagedSessions] += 1;
            }
        }
        if (!unit.isEmpty()) {
            RowKey k = bucket;
            k.a = unit;
            if (isUnit) {
                m.add(m.units, k, s->day, Views, name == QLatin1String("unit_selected"));
                m.add(m.units, k, s->day, UnitEngaged, leave ? engaged : 0);
                m.add(m.units, k, s->day, Insides, name == QLatin1String("inside_entered"));
                m.add(m.units, k, s->day, FavAdded, name == QLatin1String("favourite_added"));
                m.add(m.units, k, s->day, FavRemoved, name == QLatin1String("favourite_removed"));
                if (name == QLatin1String("lead_submitted")) {
                    m.add(m.units, k, s->day, UnitLeads, 1);
                    m.add(m.units, k, s->day, UnitBrochures, e.text(11) == QLatin1String("brochure"));
                }
                if (!e.isNull(13) && !m.unitTypes.contains(unit)) {
                    ok = ok && m.learnType->bind(1, unit).bind(2, e.text(13)).run();
                    m.unitTypes.remove(unit); // read back: an earlier name wins
                }
            } else if (leave && target.startsWith(QLatin1String("room:"))) {
                m.add(m.units, k, s->day, InsideMs, engaged);
            }
        }
        if (!room.isEmpty() && (leave || name == QLatin1String("room_entered"))) {
            RowKey k = bucket;
            k.a = m.typeOf(unit, &ok);
            k.b = room;
            if (leave) {
                m.add(m.rooms, k, s->day, 1, engaged);
            } else {
                m.add(m.rooms, k, s->day, 0, 1);
                // Steps from "" are the first room of a visit inside: they count the insides per type.
                k.c = room;
                k.b = e.text(12);
                m.add(m.steps, k, s->day, 0, 1);
            }
        }
        if (!e.isNull(9) && !e.isNull(10)) {
            RowKey k = bucket;
            k.x = e.int64(9);
            k.y = e.int64(10);
            m.add(m.cells, k, s->day, 0, 1);
        }
        if (name == QLatin1String("lead_submitted")) {
            day[Leads] += 1;
            day[Brochures] += e.text(11) == QLatin1String("brochure");
        }
    }
    e.reset();
    if (!ok || (rc != SQLITE_DONE && rc != SQLITE_ROW) || !m.flush() || !m.setCursor->bind(1, last).run() ||
        !m.db.exec("COMMIT")) {
        r.error = m.fail();
        return r;
    }
    r.more = r.events >= maxEvents;
    QString error;
    bool moreVisitors = false;
    r.visitors = m.refreshVisitors(2000, &moreVisitors, &error);
    if (r.visitors < 0) {
        r.error = error;
        return r;
    }
    r.more = r.more || moreVisitors;
    r.ok = true;
    return r;
}

bool Rollups::Impl::flush()
{
    bool ok = true;
    for (auto it = sessions.cbegin(); ok && it != sessions.cend(); ++it) {
        const FoldSession &s = it.value();
        ok = saveSession->bind(1, it.key()).bind(2, s.visitor).bind(3, s.day).bind(4, s.device)
                 .bind(5, qint64(s.demo)).bind(6, qint64(s.step)).bind(7, s.engagedMs).bind(8, qint64(s.engaged))
                 .bind(9, s.startTs).bind(10, s.lastTs).run();
    }
    auto keyed = [](Stmt &q, const RowKey &k) {
        q.bind(1, qint64(k.level)).bind(2, k.bucket).bind(3, qint64(k.demo)).bind(4, k.device);
    };
    for (auto it = units.cbegin(); ok && it != units.cend(); ++it) {
        keyed(*upsertUnit, it.key());
        upsertUnit->bind(5, it.key().a);
        for (int i = 0; i < 8; ++i)
            upsertUnit->bind(6 + i, it.value()[size_t(i)]);
        ok = upsertUnit->run();
    }
    for (auto it = cells.cbegin(); ok && it != cells.cend(); ++it) {
        keyed(*upsertCell, it.key());
        ok = upsertCell->bind(5, it.key().x).bind(6, it.key().y).bind(7, it.value()[0]).run();
    }
    for (auto it = rooms.cbegin(); ok && it != rooms.cend(); ++it) {
        keyed(*upsertRoom, it.key());
        ok = upsertRoom->bind(5, it.key().a).bind(6, it.key().b).bind(7, it.value()[0]).bind(8, it.value()[1]).run();
    }
    for (auto it = steps.cbegin(); ok && it != steps.cend(); ++it) {
        keyed(*upsertStep, it.key());
        ok = upsertStep->bind(5, it.key().a).bind(6, it.key().b).bind(7, it.key().c).bind(8, it.value()[0]).run();
    }
    for (auto it = days.cbegin(); ok && it != days.cend(); ++it) {
        upsertDay->bind(1, it.key().bucket).bind(2, qint64(it.key().demo)).bind(3, it.key().device);
        for (int i = 0; i < 10; ++i)
            upsertDay->bind(4 + i, it.value()[size_t(i)]);
        ok = upsertDay->run();
    }
    for (auto it = dirty.cbegin(); ok && it != dirty.cend(); ++it)
        ok = markDirty->bind(1, *it).run();
    sessions.clear();
    units.clear();
    cells.clear();
    rooms.clear();
    steps.clear();
    days.clear();
    unitTypes.clear();
    dirty.clear();
    return ok;
}

RollupStats Rollups::catchUp()
{
    RollupStats total;
    total.ok = true;
    for (int folds = 1;; ++folds) {
        const RollupStats r = fold(100000);
        if (folds % 10 == 0) // a long catch-up must not grow the WAL without bound
            d->db.exec("PRAGMA wal_checkpoint(PASSIVE)");
        total.events += r.events;
        total.visitors += r.visitors;
        if (!r.ok) {
            total.ok = false;
            total.error = r.error;
            return total;
        }
        if (!r.more)
            break;
    }
    d->db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    return total;
}

bool Rollups::rebuildAll(QString *error)
{
    if (!d->db.exec("BEGIN IMMEDIATE") || !d->db.exec(rollupsql::kDropTables) || !d->db.exec("COMMIT")) {
        *error = d->fail();
        return false;
    }
    if (!open(error))
        return false;
    const RollupStats r = catchUp();
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

} // namespace showroom::dashboard
