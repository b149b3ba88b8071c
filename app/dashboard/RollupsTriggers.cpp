// The erasure triggers: what a deleted event, session or visitor put into the rollups comes out again in
// the same transaction, and rows left at zero go, so `showroom-admin forget` and retention purges leave
// the rollups exactly as if the erased rows had never been written (tests/dashboard/tst_rollups_erasure).
#include "dashboard/Rollups.h"
#include "dashboard/RollupsSql.h"

#include <QStringList>

namespace showroom::dashboard::rollupsql {

namespace {

// The deleted event's session's bucket at level L, its demo flag and device (NULL when the session was
// never folded, or the event was not: then nothing matches and nothing changes).
QString sessionKey(int level)
{
    return QStringLiteral("bucket = (SELECT day >> %1 FROM dash_sessions WHERE session_id = OLD.session_id)"
                          " AND demo = (SELECT demo FROM dash_sessions WHERE session_id = OLD.session_id)"
                          " AND device = (SELECT device FROM dash_sessions WHERE session_id = OLD.session_id)")
        .arg(3 * level);
}

QString roomType()
{
    return QStringLiteral("coalesce((SELECT type FROM dash_unit_types WHERE unit = %1), '')").arg(unitOf("OLD"));
}

QString eventTrigger()
{
    const QString unit = unitOf("OLD"), room = roomOf("OLD");
    const QString engaged = QStringLiteral("coalesce(OLD.engaged_ms, 0)");
    QStringList body;
    for (int level = 0; level < kBucketLevels; ++level) {
        const QString where = QStringLiteral("level = %1 AND ").arg(level) + sessionKey(level);
        body << QStringLiteral(
                    "UPDATE dash_units SET"
                    " views = views - (OLD.name = 'unit_selected' AND OLD.target LIKE 'unit:%'),"
                    " engaged_ms = engaged_ms - CASE WHEN OLD.name = 'leave' AND OLD.target LIKE 'unit:%' THEN %3 ELSE 0 END,"
                    " inside_ms = inside_ms - CASE WHEN OLD.name = 'leave' AND OLD.target LIKE 'room:%' THEN %3 ELSE 0 END,"
                    " insides = insides - (OLD.name = 'inside_entered' AND OLD.target LIKE 'unit:%'),"
                    " fav_added = fav_added - (OLD.name = 'favourite_added' AND OLD.target LIKE 'unit:%'),"
                    " fav_removed = fav_removed - (OLD.name = 'favourite_removed' AND OLD.target LIKE 'unit:%'),"
                    " brochures = brochures - (OLD.name = 'lead_submitted' AND OLD.target LIKE 'unit:%'"
                    "   AND %4 IS 'brochure'),"
                    " leads = leads - (OLD.name = 'lead_submitted' AND OLD.target LIKE 'unit:%')"
                    " WHERE OLD.name IN ('unit_selected', 'leave', 'inside_entered', 'favourite_added',"
                    "   'favourite_removed', 'lead_submitted') AND %1 AND unit = %2")
                    .arg(where, unit, engaged, requestOf("OLD"));
        body << QStringLiteral("DELETE FROM dash_units WHERE %1 AND unit = %2 AND views = 0 AND engaged_ms = 0"
                               " AND inside_ms = 0 AND insides = 0 AND fav_added = 0 AND fav_removed = 0"
                               " AND brochures = 0 AND leads = 0")
                    .arg(where, unit);
        body << QStringLiteral("UPDATE dash_cells SET samples = samples - 1 WHERE OLD.name = 'camera' AND %1"
                               " AND cx = %2 AND cz = %3")
                    .arg(where, cellOf("OLD", "0"), cellOf("OLD", "2"));
        body << QStringLiteral("DELETE FROM dash_cells WHERE OLD.name = 'camera' AND %1 AND cx = %2 AND cz = %3"
                               " AND samples = 0")
                    .arg(where, cellOf("OLD", "0"), cellOf("OLD", "2"));
        body << QStringLiteral("UPDATE dash_rooms SET entries = entries - (OLD.name = 'room_entered'),"
                               " linger_ms = linger_ms - CASE WHEN OLD.name = 'leave' THEN %4 ELSE 0 END"
                               " WHERE OLD.name IN ('room_entered', 'leave') AND %1 AND type = %2 AND room = %3")
                    .arg(where, roomType(), room, engaged);
        body << QStringLiteral("DELETE FROM dash_rooms WHERE OLD.name IN ('room_entered', 'leave') AND %1"
                               " AND type = %2 AND room = %3 AND entries = 0 AND linger_ms = 0")
                    .arg(where, roomType(), room);
        body << QStringLiteral("UPDATE dash_steps SET count = count - 1 WHERE OLD.name = 'room_entered' AND %1"
                               " AND type = %2 AND from_room = %3 AND to_room = %4")
                    .arg(where, roomType(), fromRoomOf("OLD"), room);
        body << QStringLiteral("DELETE FROM dash_steps WHERE OLD.name = 'room_entered' AND %1 AND type = %2"
                               " AND from_room = %3 AND to_room = %4 AND count = 0")
                    .arg(where, roomType(), fromRoomOf("OLD"), room);
    }
    const QString day = QStringLiteral("day = (SELECT day FROM dash_sessions WHERE session_id = OLD.session_id)"
                                       " AND demo = (SELECT demo FROM dash_sessions WHERE session_id = OLD.session_id)"
                                       " AND device = (SELECT device FROM dash_sessions WHERE session_id = OLD.session_id)");
    body << QStringLiteral("UPDATE dash_days SET leads = leads - 1, brochures = brochures - (%2 IS 'brochure')"
                           " WHERE OLD.name = 'lead_submitted' AND %1")
                .arg(day, requestOf("OLD"));
    body << QStringLiteral("DELETE FROM dash_days WHERE OLD.name = 'lead_submitted' AND %1 AND sessions = 0"
                           " AND leads = 0 AND brochures = 0 AND engaged_ms = 0")
                .arg(day);
    // events.id is not AUTOINCREMENT: when the newest events go, SQLite gives their ids again, so the cursor
    // steps back to the newest id left. Last, so the statements above still saw the event as folded.
    body << QStringLiteral("UPDATE dash_meta SET value = min(value, (SELECT coalesce(max(id), 0) FROM events))"
                           " WHERE key = 'last_event_id'");
    return QStringLiteral("CREATE TRIGGER dash_event_deleted AFTER DELETE ON events\n"
                          "WHEN OLD.id <= (SELECT value FROM dash_meta WHERE key = 'last_event_id')\n"
                          "BEGIN\n%1;\nEND;\n")
        .arg(body.join(QStringLiteral(";\n")));
}

QString sessionTrigger()
{
    const QString s = QStringLiteral("(SELECT %1 FROM dash_sessions WHERE session_id = OLD.id)");
    const QString key = QStringLiteral("day = %1 AND demo = %2 AND device = %3")
                            .arg(s.arg(QLatin1String("day")), s.arg(QLatin1String("demo")),
                                 s.arg(QLatin1String("device")));
    QString reached;
    for (int step = 1; step <= 5; ++step)
        reached += QStringLiteral(", reached%1 = reached%1 - (%2 >= %1)").arg(step).arg(s.arg(QLatin1String("step")));
    return QStringLiteral(
               "CREATE TRIGGER dash_session_deleted AFTER DELETE ON sessions\n"
               "WHEN EXISTS (SELECT 1 FROM dash_sessions WHERE session_id = OLD.id)\n"
               "BEGIN\n"
               "UPDATE dash_days SET sessions = sessions - 1, engaged_sessions = engaged_sessions - %2,"
               " engaged_ms = engaged_ms - %3%4 WHERE %1;\n"
               "DELETE FROM dash_days WHERE %1 AND sessions = 0 AND leads = 0 AND brochures = 0"
               " AND engaged_ms = 0;\n"
               "DELETE FROM dash_sessions WHERE session_id = OLD.id;\n"
               // The visitor's day rows and list row are made again from their remaining sessions by the
               // next fold (queries fold first).
               "DELETE FROM dash_visitor_days WHERE visitor_id = OLD.visitor_id;\n"
               "DELETE FROM dash_visitors WHERE visitor_id = OLD.visitor_id;\n"
               "INSERT OR IGNORE INTO dash_dirty(visitor_id) VALUES (OLD.visitor_id);\n"
               "END;\n")
        .arg(key, s.arg(QLatin1String("engaged")), s.arg(QLatin1String("engaged_ms")), reached);
}

// dash_visitor_hist and dash_visitor_counts follow dash_visitor_days row by row, whoever adds or deletes
// them (the fold's visitor refresh, erasure). Over all devices (scope '') only a visitor's first row of a
// day counts; per device every row (one per visitor, day and device).
QString histTriggers()
{
    // "$" stands for the row: NEW in the insert trigger, OLD in the delete trigger.
    struct Scope
    {
        const char *scope, *when, *second, *prev;
    };
    const Scope scopes[] = {
        {"''", "$.first_of_day", "($.prev_any IS NOT NULL AND $.prev_any = $.first_any)", "coalesce($.prev_any, -1)"},
        {"$.device", "1", "($.prev_dev IS NOT NULL AND $.prev_dev = $.first_dev)", "coalesce($.prev_dev, -1)"}};
    QString added, removed;
    for (const Scope &sc : scopes) {
        for (int level = 0; level < kBucketLevels; ++level) {
            added += QStringLiteral("INSERT INTO dash_visitor_hist(demo, scope, level, bucket, second, prev, count)"
                                    " SELECT $.demo, %1, %2, $.day >> %3, %4, %5, 1 WHERE %6"
                                    " ON CONFLICT DO UPDATE SET count = count + 1;\n")
                         .arg(QLatin1String(sc.scope))
                         .arg(level)
                         .arg(3 * level)
                         .arg(QLatin1String(sc.second), QLatin1String(sc.prev), QLatin1String(sc.when));
            const QString key = QStringLiteral("%1 AND demo = $.demo AND scope = %2 AND level = %3"
                                               " AND bucket = $.day >> %4 AND second = %5 AND prev = %6")
                                    .arg(QLatin1String(sc.when), QLatin1String(sc.scope))
                                    .arg(level)
                                    .arg(3 * level)
                                    .arg(QLatin1String(sc.second), QLatin1String(sc.prev));
            removed += QStringLiteral("UPDATE dash_visitor_hist SET count = count - 1 WHERE %1;\n"
                                      "DELETE FROM dash_visitor_hist WHERE %1 AND count = 0;\n")
                           .arg(key);
        }
        added += QStringLiteral("INSERT INTO dash_visitor_counts(demo, scope, day, visitors)"
                                " SELECT $.demo, %1, $.day, 1 WHERE %2"
                                " ON CONFLICT DO UPDATE SET visitors = visitors + 1;\n")
                     .arg(QLatin1String(sc.scope), QLatin1String(sc.when));
        const QString day = QStringLiteral("%1 AND demo = $.demo AND scope = %2 AND day = $.day")
                                .arg(QLatin1String(sc.when), QLatin1String(sc.scope));
        removed += QStringLiteral("UPDATE dash_visitor_counts SET visitors = visitors - 1 WHERE %1;\n"
                                  "DELETE FROM dash_visitor_counts WHERE %1 AND visitors = 0;\n")
                       .arg(day);
    }
    return QStringLiteral("CREATE TRIGGER dash_visitor_day_added AFTER INSERT ON dash_visitor_days\n"
                          "BEGIN\n") +
           added.replace(QLatin1Char('$'), QLatin1String("NEW")) +
           QStringLiteral("END;\n"
                          "CREATE TRIGGER dash_visitor_day_removed AFTER DELETE ON dash_visitor_days\n"
                          "BEGIN\n") +
           removed.replace(QLatin1Char('$'), QLatin1String("OLD")) + QStringLiteral("END;\n");
}

} // namespace

QByteArray triggers()
{
    const QString sql = QStringLiteral("DROP TRIGGER IF EXISTS dash_event_deleted;\n"
                                       "DROP TRIGGER IF EXISTS dash_session_deleted;\n"
                                       "DROP TRIGGER IF EXISTS dash_visitor_deleted;\n"
                                       "DROP TRIGGER IF EXISTS dash_visitor_day_added;\n"
                                       "DROP TRIGGER IF EXISTS dash_visitor_day_removed;\n") +
                        eventTrigger() + sessionTrigger() + histTriggers() +
                        QStringLiteral("CREATE TRIGGER dash_visitor_deleted AFTER DELETE ON visitors\n"
                                       "BEGIN\n"
                                       "DELETE FROM dash_visitors WHERE visitor_id = OLD.id;\n"
                                       "DELETE FROM dash_visitor_days WHERE visitor_id = OLD.id;\n"
                                       "DELETE FROM dash_dirty WHERE visitor_id = OLD.id;\n"
                                       "END;\n");
    return sql.toUtf8();
}

} // namespace showroom::dashboard::rollupsql
