// showroom-bench profiles: interest profiles at scale (issue 14). A telemetry database of N events
// (default 1,000,000) is seeded through the real schema (profiles::seedDatabase, as `showroom-admin
// seed` does, with the demo development's homes), every profile is built once (the first catch-up),
// then:
//   profile: one visitor's profile as the worker makes it: catch up (nothing new), load the profile,
//            decay and derive, lead score, recommendations against the development; random visitors;
//   update:  a new event is appended and committed by another connection (the app's writer; not timed)
//            and the store folds it (foldNewEvents, timed: read past the cursor in a read transaction,
//            the visitor's profile from the store's memory or, on their first event, from the database,
//            fold in memory). Four visitors at a time, a visit's worth of events each, then another
//            arrives. The write-back the worker does kWriteBackDelayMs later (flush: one transaction) is
//            timed apart and printed, alone and shared out over the events it wrote; so is the worst case
//            of every event from a random visitor.
// Last line: `profiles: visitors <n> profile_ms_p95 <ms> update_us_p95 <µs>` (goals <= 20 ms, <= 50 µs).
#include "core/ManifestLoader.h"
#include "profiles/ProfileStore.h"
#include "profiles/Recommendations.h"
#include "profiles/Seed.h"
#include "telemetry/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace pr = showroom::profiles;
namespace tel = showroom::telemetry;

namespace {

// This thread's CPU time (user + system, so SQLite's reads and writes count): what a fold costs when the
// shared machine's run queue is long and wall time includes waiting for a core.
double threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1e3;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int bench_profiles(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption("events", "Events to seed (default 1000000).", "N", "1000000");
    const QCommandLineOption dbOption("db", "Use this database (seeded if it has no events).", "FILE");
    const QCommandLineOption samplesOption("samples", "Profiles and updates to time (default 500).", "N",
                                           "500");
    parser.addOptions({eventsOption, dbOption, samplesOption});
    parser.process(app);
    const qint64 events = parser.value(eventsOption).toLongLong();
    const int samples = qMax(10, parser.value(samplesOption).toInt());

    QTemporaryDir tmp;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tmp.filePath("profiles.db");
    const showroom::core::ManifestResult demo =
        showroom::core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    const showroom::core::DevelopmentData dev = demo.ok() ? demo.data : showroom::core::DevelopmentData{};
    std::printf("development: %s (%lld homes)\n", demo.ok() ? SHOWROOM_DEMO_DIR : "synthetic",
                static_cast<long long>(dev.units.size()));

    tel::sql::Connection db;
    tel::OpenOptions o;
    o.synchronous = tel::Synchronous::Normal;
    const tel::OpenResult opened = tel::openDatabase(db, path, o);
    if (!opened.ok) {
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(opened.error));
        return 1;
    }
    QElapsedTimer clock;
    if (db.scalar("SELECT count(*) FROM events", 0) == 0) {
        clock.start();
        pr::SeedOptions s;
        s.events = events;
        const pr::SeedResult seeded = pr::seedDatabase(db, dev, s);
        if (!seeded.ok) {
            std::fprintf(stderr, "showroom-bench: seed failed: %s\n", qPrintable(seeded.error));
            return 1;
        }
        std::printf("seeded %lld events, %lld sessions, %lld visitors in %.1f s\n",
                    static_cast<long long>(seeded.events), static_cast<long long>(seeded.sessions),
                    static_cast<long long>(seeded.visitors), double(clock.elapsed()) / 1000.0);
    }

    // The store on a connection of its own, opened as the app's profile worker opens it.
    QString error;
    tel::sql::Connection worker;
    if (!pr::openWorkerConnection(worker, path, &error)) {
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(error));
        return 1;
    }
    pr::ProfileStore store(worker);
    if (!store.open(&error)) {
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(error));
        return 1;
    }
    clock.start();
    const pr::FoldStats built = store.catchUp();
    if (!built.ok) {
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(built.error));
        return 1;
    }
    std::printf("first build: %lld events read, %lld folded, %lld profiles in %.1f s (%.1f us per event)\n",
                static_cast<long long>(built.events), static_cast<long long>(built.folded),
                static_cast<long long>(built.rebuilt), double(clock.elapsed()) / 1000.0,
                built.events > 0 ? double(clock.nsecsElapsed()) / 1000.0 / double(built.events) : 0.0);

    // The visitors, by pseudonym and key.
    std::vector<std::pair<QString, qint64>> visitors;
    {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db.handle(), "SELECT uuid, id FROM visitors", -1, &q, nullptr);
        while (sqlite3_step(q) == SQLITE_ROW)
            visitors.emplace_back(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))),
                sqlite3_column_int64(q, 1));
        sqlite3_finalize(q);
    }
    if (visitors.empty()) {
        std::fprintf(stderr, "showroom-bench: no visitors\n");
        return 1;
    }
    std::mt19937 rng(14);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    std::vector<double> profileMs;
    size_t rows = 0;
    for (int i = 0; i < samples; ++i) {
        const auto &v = visitors[rng() % visitors.size()];
        clock.start();
        pr::StoredProfile stored;
        bool found = false;
        if (!store.load(v.first, &stored, &found, &error) || !found) {
            std::fprintf(stderr, "showroom-bench: profile of %s: %s\n", qPrintable(v.first),
                         qPrintable(error));
            return 1;
        }
        const pr::VisitorProfile p = pr::buildProfile(stored, &dev, now);
        const pr::LeadScore score = pr::leadScore(p);
        const pr::Recommendations recs = pr::recommend(p, dev);
        profileMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        rows += size_t(stored.rows.size()) + size_t(score.parts.size()) + size_t(recs.units.size()) * 0;
    }

    // The app's writer: a second connection appending events, one event per commit (the worst case per
    // event: the telemetry writer commits at most every 250 ms, whatever was recorded by then).
    tel::sql::Connection writer;
    o.mode = tel::OpenOptions::ExistingOnly;
    if (!tel::openDatabase(writer, path, o).ok)
        return 1;
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(writer.handle(),
                       "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                       " engaged_ms, elapsed_ms) VALUES ((SELECT max(id) FROM sessions WHERE visitor_id = ?1),"
                       " ?1, ?2, 0, ?3, ?4, ?5, ?6, ?6)",
                       -1, &insert, nullptr);
    // A visitor arriving starts a new visit (a session like their last one).
    sqlite3_stmt *arrive = nullptr;
    sqlite3_prepare_v2(writer.handle(),
                       "INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc)"
                       " SELECT ?2, visitor_id, device_id, mode, language, ?3 FROM sessions"
                       " WHERE visitor_id = ?1 ORDER BY id DESC LIMIT 1",
                       -1, &arrive, nullptr);
    const QStringList homes = [&] {
        QStringList ids;
        for (const auto &u : dev.units)
            ids << u.id;
        return ids.isEmpty() ? QStringList{"A_0001", "A_0002"} : ids;
    }();
    qint64 ts = now;
    auto append = [&](qint64 visitorKey, int i) {
        const QByteArray target = ("unit:" + homes[int(rng() % homes.size())]).toUtf8();
        static const char *const names[] = {"leave", "unit_selected", "favourite_added", "inside_entered"};
        sqlite3_bind_int64(insert, 1, visitorKey);
        sqlite3_bind_int64(insert, 2, ++ts);
        sqlite3_bind_text(insert, 3, names[i % 4], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, target.constData(), -1, SQLITE_TRANSIENT);
        if (i % 4 == 1)
            sqlite3_bind_text(insert, 5, "{\"via\":\"site\",\"price\":390000}", -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(insert, 5);
        if (i % 4 == 0)
            sqlite3_bind_int64(insert, 6, 30000 + qint64(rng() % 120000));
        else
            sqlite3_bind_null(insert, 6);
        const bool ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        if (!ok)
            std::fprintf(stderr, "showroom-bench: insert failed: %s\n", sqlite3_errmsg(writer.handle()));
        return ok;
    };
    auto arriving = [&]() -> qint64 {
        const qint64 key = visitors[rng() % visitors.size()].second;
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        sqlite3_bind_int64(arrive, 1, key);
        sqlite3_bind_text(arrive, 2, uuid.constData(), int(uuid.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(arrive, 3, ++ts);
        const bool ok = sqlite3_step(arrive) == SQLITE_DONE;
        sqlite3_reset(arrive);
        return ok ? key : 0;
    };
    auto failed = [&](const pr::FoldStats &r, qint64 expected) {
        if (r.ok && r.folded == expected)
            return false;
        std::fprintf(stderr, "showroom-bench: fold failed (%lld folded, %lld expected): %s\n",
                     static_cast<long long>(r.folded), static_cast<long long>(expected), qPrintable(r.error));
        return true;
    };
    // What a visit brings: the seeded visits' profile events (camera samples fold nothing).
    const qint64 perVisit = qMax<qint64>(
        1, db.scalar("SELECT count(*) FROM events WHERE name <> 'camera'", 0) /
               qMax<qint64>(1, db.scalar("SELECT count(*) FROM sessions", 1)));

    // update: the showroom as it runs. kDevices visitors at a time, each event committed on its own and
    // folded by the worker (timed: foldNewEvents — read the event past the cursor after the writer's
    // commit, find the visitor's profile in memory or read it from the database, fold); a visitor leaves
    // after a visit's worth of events and a random other one arrives (a new visit; their profile is read
    // from the database on their first event). The worker writes back kWriteBackDelayMs after its first
    // unwritten fold: every foldsPerWriteBack commits at the writer's 250 ms (flush(), timed apart).
    constexpr int kDevices = 4;
    const int foldsPerWriteBack = qMax(1, pr::kWriteBackDelayMs / 250);
    if (!store.flush(&error)) {
        std::fprintf(stderr, "showroom-bench: %s\n", qPrintable(error));
        return 1;
    }
    qint64 present[kDevices];
    int left[kDevices];
    for (int d = 0; d < kDevices; ++d) {
        present[d] = arriving();
        left[d] = 1 + int(rng() % perVisit);
    }
    std::vector<double> updateUs, updateCpuUs, flushUs, sharedUs;
    std::vector<double> pending; // folds since the last write-back
    int arrivals = 0;
    for (int i = 0; i < samples; ++i) {
        const int d = int(rng() % kDevices);
        if (left[d]-- <= 0) {
            present[d] = arriving();
            left[d] = int(perVisit) - 1;
            ++arrivals;
        }
        if (present[d] == 0 || !append(present[d], i))
            return 1;
        const double cpu = threadCpuUs();
        clock.start();
        const pr::FoldStats r = store.foldNewEvents();
        const double us = double(clock.nsecsElapsed()) / 1e3;
        updateCpuUs.push_back(threadCpuUs() - cpu);
        if (failed(r, 1))
            return 1;
        updateUs.push_back(us);
        pending.push_back(us);
        if (int(pending.size()) == foldsPerWriteBack || i == samples - 1) {
            clock.start();
            if (!store.flush(&error)) {
                std::fprintf(stderr, "showroom-bench: write-back failed: %s\n", qPrintable(error));
                return 1;
            }
            const double flush = double(clock.nsecsElapsed()) / 1e3;
            flushUs.push_back(flush);
            for (const double fold : pending)
                sharedUs.push_back(fold + flush / double(pending.size()));
            pending.clear();
        }
    }

    // The worst case: every event from a random visitor, whose profile is rarely in memory (read from the
    // database first). Written back as above.
    std::vector<double> coldUs;
    for (int i = 0; i < samples; ++i) {
        if (!append(visitors[rng() % visitors.size()].second, i))
            return 1;
        clock.start();
        const pr::FoldStats r = store.foldNewEvents();
        coldUs.push_back(double(clock.nsecsElapsed()) / 1e3);
        if (failed(r, 1) || ((i + 1) % foldsPerWriteBack == 0 && !store.flush(&error)))
            return 1;
    }

    // For context: whatever the writer committed since the worker last looked, 25 events per transaction,
    // per event (folded; the write-back after each batch timed with it).
    std::vector<double> batchUs;
    for (int b = 0; b < samples / 10; ++b) {
        if (!writer.exec("BEGIN"))
            return 1;
        for (int i = 0; i < 25; ++i)
            if (!append(visitors[rng() % visitors.size()].second, b * 25 + i))
                return 1;
        if (!writer.exec("COMMIT"))
            return 1;
        clock.start();
        const pr::FoldStats r = store.foldNewEvents();
        if (failed(r, 25) || !store.flush(&error))
            return 1;
        batchUs.push_back(double(clock.nsecsElapsed()) / 1e3 / 25.0);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(arrive);

    std::vector<double> emptyUs;
    for (int i = 0; i < samples; ++i) {
        clock.start();
        store.foldNewEvents();
        emptyUs.push_back(double(clock.nsecsElapsed()) / 1e3);
    }
    std::printf("nothing new: p50 %.1f us, p95 %.1f us\n", percentile(emptyUs, 0.5),
                percentile(emptyUs, 0.95));
    std::printf("profile: p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d visitors (%.1f rows each)\n",
                percentile(profileMs, 0.5), percentile(profileMs, 0.95), percentile(profileMs, 1.0), samples,
                double(rows) / samples);
    std::printf("update: p50 %.1f us, p95 %.1f us, max %.1f us over %d events (one per commit; %d devices,"
                " %d arrivals, %lld events a visit)\n",
                percentile(updateUs, 0.5), percentile(updateUs, 0.95), percentile(updateUs, 1.0), samples,
                kDevices, arrivals + kDevices, static_cast<long long>(perVisit));
    std::printf("update cpu time: p50 %.1f us, p95 %.1f us\n", percentile(updateCpuUs, 0.5),
                percentile(updateCpuUs, 0.95));
    std::printf("write-back every %d folds: p50 %.1f us, p95 %.1f us, max %.1f us per write-back\n",
                foldsPerWriteBack, percentile(flushUs, 0.5), percentile(flushUs, 0.95), percentile(flushUs, 1.0));
    std::printf("update with its share of the write-back: p50 %.1f us, p95 %.1f us\n", percentile(sharedUs, 0.5),
                percentile(sharedUs, 0.95));
    std::printf("update, random visitors (profile rarely in memory): p50 %.1f us, p95 %.1f us\n",
                percentile(coldUs, 0.5), percentile(coldUs, 0.95));
    std::printf("update in batches of 25 with their write-back: p50 %.1f us, p95 %.1f us per event\n",
                percentile(batchUs, 0.5), percentile(batchUs, 0.95));
    std::printf("profiles: visitors %lld profile_ms_p95 %.2f update_us_p95 %.1f\n",
                static_cast<long long>(visitors.size()), percentile(profileMs, 0.95),
                percentile(updateUs, 0.95));
    return 0;
}
