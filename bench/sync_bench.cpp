// showroom-bench sync: a device with 1,000,000 events pushed to a real PostgreSQL (a throwaway server
// started here with fsync on, unless --to names one), against a plain COPY of the same rows into a
// table of the same shape in the same run; then a re-sync with nothing new.
// Last line: "sync: events <n> events_per_s <rate> ratio <rate / plain COPY rate>".
#include "sync/Pg.h"
#include "sync/Settings.h"
#include "sync/Sync.h"
#include "telemetry/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>

namespace {

namespace tel = showroom::telemetry;
namespace sy = showroom::sync;

// A kiosk's year: visitors of ~200 events each, the event mix the app writes (camera samples most).
bool makeDevice(const QString &path, qint64 events, QString *error)
{
    tel::sql::Connection db;
    tel::OpenOptions o;
    o.synchronous = tel::Synchronous::Normal;
    const tel::OpenResult r = tel::openDatabase(db, path, o);
    if (!r.ok)
        return (*error = r.error), false;
    db.exec("BEGIN");
    tel::sql::Statement visitor(db, "INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES (?, ?, 'bench-kiosk')");
    tel::sql::Statement session(db, "INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc, end_utc,"
                                    " end_reason) VALUES (?, ?, 'bench-kiosk', 'kiosk', 'en', ?, ?, 'idle_timeout')");
    tel::sql::Statement event(db, "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                                  " engaged_ms, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    static const char *const names[] = {"camera", "camera", "camera", "enter", "leave", "unit_selected", "filter_changed", "favourite"};
    const qint64 start = 1764547200000; // 2025-12-01
    qint64 key = 0;
    for (qint64 i = 0; i < events; ++i) {
        if (i % 200 == 0) {
            ++key;
            const qint64 t = start + key * 600000;
            visitor.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            visitor.bind(2, t);
            session.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            session.bind(2, key);
            session.bind(3, t);
            session.bind(4, t + 400000);
            if (visitor.step() != SQLITE_DONE || session.step() != SQLITE_DONE)
                return (*error = db.errorText()), false;
            visitor.reset();
            session.reset();
        }
        const char *name = names[i % 8];
        const QString unit = QStringLiteral("A_%1").arg(i % 400, 4, 10, QLatin1Char('0'));
        event.bind(1, key);
        event.bind(2, key);
        event.bind(3, start + key * 600000 + (i % 200) * 2000);
        event.bind(4, (i % 200) * 2000);
        event.bind(5, QString::fromLatin1(name));
        if (name[0] == 'c') {
            event.bind(6, QStringLiteral("site"));
            event.bind(7, QStringLiteral("{\"p\":[12.5,1.7,-%1.25],\"d\":[0.71,-0.1,0.7]}").arg(i % 97));
        } else {
            event.bind(6, QStringLiteral("unit:") + unit);
            event.bind(7, QStringLiteral("{\"seq\":%1,\"unit\":\"%2\"}").arg(i).arg(unit));
        }
        if (name[0] == 'l') {
            event.bind(8, qint64(4200));
            event.bind(9, qint64(5100));
        } else {
            event.bindNull(8);
            event.bindNull(9);
        }
        if (event.step() != SQLITE_DONE)
            return (*error = db.errorText()), false;
        event.reset();
    }
    if (!db.exec("COMMIT"))
        return (*error = db.errorText()), false;
    return true;
}

// The baseline: the same rows, read the same way, one COPY straight into a table shaped like the
// central events table (same columns, same primary key and indexes), one commit.
bool plainCopy(const QString &path, sy::pg::Connection &pg, qint64 *rows, QString *error)
{
    tel::sql::Connection db;
    if (!db.open(path, SQLITE_OPEN_READONLY, error))
        return false;
    QHash<qint64, QByteArray> visitors, sessions;
    for (auto [sql, map] : {std::pair{"SELECT id, uuid FROM visitors", &visitors},
                            std::pair{"SELECT id, uuid FROM sessions", &sessions}}) {
        tel::sql::Statement q(db, sql);
        while (q.step() == SQLITE_ROW)
            map->insert(q.int64(0), q.text(1).toUtf8());
    }
    if (!pg.exec("DROP TABLE IF EXISTS plain_events; CREATE TABLE plain_events (LIKE events INCLUDING ALL)", error) ||
        !pg.exec("BEGIN", error) ||
        !pg.copyBegin("COPY plain_events(device, local_id, ts_utc, office, session, visitor, mono_ms, name, target,"
                      " properties, engaged_ms, elapsed_ms) FROM STDIN",
                      error))
        return false;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "SELECT id, ts_utc, session_id, visitor_id, mono_ms, name, target, properties, engaged_ms,"
                       " elapsed_ms FROM events ORDER BY id",
                       -1, &st, nullptr);
    QByteArray out;
    *rows = 0;
    auto text = [&](int c, bool last) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL)
            sy::pg::copyNull(out, last);
        else
            sy::pg::copyField(out, reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c), last);
    };
    auto integer = [&](int c, bool last) {
        if (sqlite3_column_type(st, c) == SQLITE_NULL)
            sy::pg::copyNull(out, last);
        else
            sy::pg::copyInt(out, sqlite3_column_int64(st, c), last);
    };
    while (sqlite3_step(st) == SQLITE_ROW) {
        sy::pg::copyField(out, QByteArray("bench-kiosk"), false);
        integer(0, false);
        integer(1, false);
        sy::pg::copyField(out, QByteArray("Bench office"), false);
        sy::pg::copyField(out, sessions.value(sqlite3_column_int64(st, 2)), false);
        sy::pg::copyField(out, visitors.value(sqlite3_column_int64(st, 3)), false);
        integer(4, false);
        text(5, false);
        text(6, false);
        text(7, false);
        integer(8, false);
        integer(9, true);
        ++*rows;
        if (out.size() >= (1 << 20)) {
            if (!pg.copyPut(out, error))
                return sqlite3_finalize(st), false;
            out.clear();
        }
    }
    sqlite3_finalize(st);
    return (out.isEmpty() || pg.copyPut(out, error)) && pg.copyEnd(error) && pg.exec("COMMIT", error);
}

struct Server
{
    QString dir;
    ~Server()
    {
        if (!dir.isEmpty())
            QProcess::execute(QStringLiteral(SHOWROOM_PGSERVER), {QStringLiteral("remove"), dir});
    }
};

} // namespace

int bench_sync(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("events on the device (default 1000000)"), QStringLiteral("N")},
                       {QStringLiteral("to"), QStringLiteral("an existing, empty PostgreSQL database (default: a throwaway server)"),
                        QStringLiteral("URL")}});
    parser.addHelpOption();
    parser.process(app);
    const qint64 events = parser.isSet(QStringLiteral("events")) ? parser.value(QStringLiteral("events")).toLongLong() : 1000000;
    if (events <= 0) {
        std::fprintf(stderr, "showroom-bench sync: --events must be positive\n");
        return 2;
    }
    QTemporaryDir tmp(QStringLiteral("/tmp/showroom-bench-sync-XXXXXX"));
    Server server;
    QString url = parser.value(QStringLiteral("to"));
    if (url.isEmpty()) {
        server.dir = tmp.filePath(QStringLiteral("pg"));
        // The server runs as another user when we are root: it must be able to reach its folder.
        QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ExeGroup | QFileDevice::ExeOther);
        QProcess p;
        p.start(QStringLiteral(SHOWROOM_PGSERVER), {QStringLiteral("start"), server.dir, QStringLiteral("fsync")});
        p.waitForFinished(120000);
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "showroom-bench sync: cannot start PostgreSQL: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        QProcess::execute(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), server.dir,
                                                   QStringLiteral("-U"), QStringLiteral("showroom"), QStringLiteral("-d"),
                                                   QStringLiteral("postgres"), QStringLiteral("-c"),
                                                   QStringLiteral("CREATE DATABASE bench_sync")});
        url = QStringLiteral("postgresql:///bench_sync?host=%1&user=showroom").arg(server.dir);
    }
    const QString device = tmp.filePath(QStringLiteral("kiosk.db"));
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!makeDevice(device, events, &error)) {
        std::fprintf(stderr, "showroom-bench sync: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("sync: device with %lld events written in %.1f s\n", static_cast<long long>(events),
                double(clock.elapsed()) / 1000);

    sy::SyncRequest request;
    request.database = device;
    request.central.url = url;
    request.central.device = QStringLiteral("bench-kiosk");
    request.central.office = QStringLiteral("Bench office");
    clock.restart();
    const sy::SyncReport pushed = sy::syncDatabase(request);
    const double pushSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!pushed.ok || pushed.events != events) {
        std::fprintf(stderr, "showroom-bench sync: push failed (%lld events): %s\n", static_cast<long long>(pushed.events),
                     qPrintable(pushed.error));
        return 1;
    }
    std::printf("sync: push %s\n", qPrintable(pushed.summary()));

    sy::pg::Connection pg;
    qint64 copied = 0;
    clock.restart();
    if (!pg.open(sy::connectParams(request.central), sy::describeServer(request.central), &error) ||
        !plainCopy(device, pg, &copied, &error)) {
        std::fprintf(stderr, "showroom-bench sync: plain COPY failed: %s\n", qPrintable(error));
        return 1;
    }
    const double copySeconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("sync: plain COPY of the same %lld rows in %.2f s (%.0f rows/s)\n", static_cast<long long>(copied),
                copySeconds, double(copied) / copySeconds);

    clock.restart();
    const sy::SyncReport again = sy::syncDatabase(request);
    const double againSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!again.ok || again.rowsSent > 0) {
        std::fprintf(stderr, "showroom-bench sync: re-sync sent %lld rows: %s\n", static_cast<long long>(again.rowsSent),
                     qPrintable(again.error));
        return 1;
    }
    std::printf("sync: re-sync with nothing new in %.3f s (goal < 1 s)\n", againSeconds);
    const double rate = double(events) / pushSeconds;
    const double copyRate = double(copied) / copySeconds;
    std::printf("sync: events %lld events_per_s %.0f ratio %.2f\n", static_cast<long long>(events), rate, rate / copyRate);
    return 0;
}
