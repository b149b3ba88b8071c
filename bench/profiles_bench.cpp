// showroom-bench profiles: interest profiles at scale (issue 14). A telemetry database of N events
// (default 1,000,000) is seeded through the real schema (profiles::seedDatabase, as `showroom-admin
// seed` does, with the demo development's homes), every profile is built once (the first catch-up),
// then:
//   profile: one visitor's profile as the worker makes it: catch up (nothing new), load the rows,
//            decay and derive, lead score, recommendations against the development; random visitors;
//   update:  a new event is appended by another connection (the app's writer; not timed) and the
//            store folds it (foldNewEvents: read past the cursor, fold, commit) — one event per
//            transaction, the worst case (the app's worker folds whatever is new in one transaction).
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

    pr::ProfileStore store(db);
    QString error;
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

    // The app's writer: a second connection appending events.
    tel::sql::Connection writer;
    o.mode = tel::OpenOptions::ExistingOnly;
    if (!tel::openDatabase(writer, path, o).ok)
        return 1;
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        writer.handle(),
        "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
        " engaged_ms, elapsed_ms) VALUES ((SELECT max(id) FROM sessions WHERE visitor_id = ?1),"
        " ?1, ?2, 0, ?3, ?4, ?5, ?6, ?6)",
        -1, &insert, nullptr);
    const QStringList homes = [&] {
        QStringList ids;
        for (const auto &u : dev.units)
            ids << u.id;
        return ids.isEmpty() ? QStringList{"A_0001", "A_0002"} : ids;
    }();
    auto append = [&](int i) {
        const auto &v = visitors[rng() % visitors.size()];
        const QByteArray target = ("unit:" + homes[int(rng() % homes.size())]).toUtf8();
        static const char *const names[] = {"leave", "unit_selected", "favourite_added", "inside_entered"};
        sqlite3_bind_int64(insert, 1, v.second);
        sqlite3_bind_int64(insert, 2, now + i);
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
    std::vector<double> updateUs, updateCpuUs;
    for (int i = 0; i < samples; ++i) {
        if (!append(i))
            return 1;
        const double cpu = threadCpuUs();
        clock.start();
        const pr::FoldStats r = store.foldNewEvents();
        const double us = double(clock.nsecsElapsed()) / 1e3;
        updateCpuUs.push_back(threadCpuUs() - cpu);
        if (!r.ok || r.folded != 1) {
            std::fprintf(stderr, "showroom-bench: fold failed (%lld folded): %s\n",
                         static_cast<long long>(r.folded), qPrintable(r.error));
            return 1;
        }
        updateUs.push_back(us);
    }
    // For context: the worker folds whatever the writer committed since it last looked (the writer
    // commits every 250 ms); 25 events per transaction, per event.
    std::vector<double> batchUs;
    for (int b = 0; b < samples / 10; ++b) {
        if (!writer.exec("BEGIN"))
            return 1;
        for (int i = 0; i < 25; ++i)
            if (!append(b * 25 + i))
                return 1;
        if (!writer.exec("COMMIT"))
            return 1;
        clock.start();
        const pr::FoldStats r = store.foldNewEvents();
        if (!r.ok || r.folded != 25)
            return 1;
        batchUs.push_back(double(clock.nsecsElapsed()) / 1e3 / 25.0);
    }
    sqlite3_finalize(insert);

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
    std::printf("update: p50 %.1f us, p95 %.1f us, max %.1f us over %d events (one per transaction)\n",
                percentile(updateUs, 0.5), percentile(updateUs, 0.95), percentile(updateUs, 1.0), samples);
    std::printf("update cpu time: p50 %.1f us, p95 %.1f us\n", percentile(updateCpuUs, 0.5),
                percentile(updateCpuUs, 0.95));
    std::printf("update in batches of 25: p50 %.1f us, p95 %.1f us per event\n", percentile(batchUs, 0.5),
                percentile(batchUs, 0.95));
    std::printf("profiles: visitors %lld profile_ms_p95 %.2f update_us_p95 %.1f\n",
                static_cast<long long>(visitors.size()), percentile(profileMs, 0.95),
                percentile(updateUs, 0.95));
    return 0;
}
