// Erased data leaves no trace in any profile or aggregate: showroom's forget (telemetry::forgetVisitor,
// on another connection, as showroom-admin does it) and retention purges.
#include "ProfileFixture.h"

#include "profiles/ProfileStore.h"
#include "profiles/VisitorProfile.h"
#include "telemetry/Privacy.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace showroom::profiles;
namespace tel = showroom::telemetry;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// showroom-admin forget's erasure, on a connection of its own.
bool forget(const QString &path, const QString &visitor, qint64 *events = nullptr)
{
    tel::sql::Connection staff;
    tel::OpenOptions o;
    o.mode = tel::OpenOptions::ExistingOnly;
    if (!tel::openDatabase(staff, path, o).ok)
        return false;
    const tel::ErasureResult r = tel::forgetVisitor(staff, visitor);
    if (events)
        *events = r.events;
    return r.ok;
}

// Another visitor, who spent 4 engaged minutes with A_0304 at t0; returns their key.
qint64 fourMinutesOnA0304(fixture::Script &script, const QString &uuid)
{
    const qint64 w = script.visitor(uuid, fixture::t0);
    script.event(script.session(w, fixture::t0), w, fixture::t0, "leave", "unit:A_0304", QString(),
                 4 * fixture::minute);
    return w;
}

const AggregateRow *row(const QList<AggregateRow> &rows, const QString &key)
{
    for (const AggregateRow &r : rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace

class TestProfilesErasure : public QObject
{
    Q_OBJECT

private slots:
    void forgetRemovesTheVisitorFromEveryProfileAndAggregate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.db");
        fixture::Script script;
        QVERIFY(script.open(path));
        const qint64 v = fixture::scriptWorkedExample(script, "visitor-1");
        // A marker only visitor-1 ever showed: it must be gone from the files' bytes afterwards.
        script.event(script.session(v, fixture::t0 + 10 * fixture::day), v, fixture::t0 + 10 * fixture::day,
                     "poi_viewed", "poi:marker7f3a9q");
        fourMinutesOnA0304(script, "visitor-2");

        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        QList<AggregateRow> units;
        const qint64 now = fixture::t0;
        QVERIFY(store.aggregate(kind::unit, now, &units, &error));
        QCOMPARE(row(units, "A_0304")->visitors, 2);
        QList<AggregateRow> pois;
        QVERIFY(store.aggregate(kind::poi, now, &pois, &error));
        QVERIFY(row(pois, "marker7f3a9q"));
        QVERIFY(script.count("SELECT count(*) FROM profile_interest WHERE visitor_id = " +
                             QByteArray::number(v)) > 0);

        qint64 erased = 0;
        QVERIFY(forget(path, "visitor-1", &erased));
        QVERIFY(erased > 0);

        // Gone in the same transaction, before any profile read: no rows of theirs in any table.
        for (const char *table : {"profile_interest", "profile_sessions", "profile_visitors"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM ") + table + " WHERE visitor_id = " + QByteArray::number(v);
            QCOMPARE(script.count(sql.constData()), 0);
        }
        QVERIFY(store.aggregate(kind::unit, now, &units, &error));
        QCOMPARE(row(units, "A_0304")->visitors, 1);
        QVERIFY(qAbs(row(units, "A_0304")->score - 4.0) < 1e-9); // visitor-2's 4 engaged minutes alone
        QVERIFY(store.aggregate(kind::poi, now, &pois, &error));
        QVERIFY(!row(pois, "marker7f3a9q"));
        StoredProfile stored;
        bool found = true;
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        QVERIFY(!found);
        // Not even in the file's free pages or the WAL (secure_delete, truncated WAL).
        script.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(!fileBytes(path).contains("marker7f3a9q"));
        QVERIFY(!fileBytes(path + "-wal").contains("marker7f3a9q"));
    }

    // Retention purges the visitor's old events; their profile is rebuilt from what is left, without
    // the old homes.
    void aPurgeLeavesOnlyWhatRemains()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.db");
        fixture::Script script;
        QVERIFY(script.open(path));
        const qint64 old = fixture::t0 - 400 * fixture::day;
        const qint64 v = script.visitor("visitor-1", old);
        script.event(script.session(v, old), v, old, "favourite_added", "unit:A_0101");
        const qint64 s2 = script.session(v, fixture::t0);
        script.event(s2, v, fixture::t0, "favourite_added", "unit:A_0304");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        StoredProfile stored;
        bool found = false;
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        QCOMPARE(buildProfile(stored, nullptr, fixture::t0).favourites, (QStringList{"A_0304", "A_0101"}));
        QVERIFY(store.hasUnflushed()); // folded in memory, not written back yet

        const tel::PurgeResult purged = tel::purgeAnonymousEvents(script.db, 365, fixture::t0);
        QVERIFY(purged.ok);
        QCOMPARE(purged.events, 1);
        // The write-back after the purge writes the profile of what is left, never the cached old home.
        QVERIFY2(store.flush(&error), qPrintable(error));
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key = 'A_0101'"), 0);
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key = 'A_0304'"), 1);
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        QVERIFY(found);
        const VisitorProfile p = buildProfile(stored, nullptr, fixture::t0);
        QCOMPARE(p.favourites, QStringList{"A_0304"});
        QCOMPARE(p.visits, 1);
        QCOMPARE(p.firstSeenUtcMs, fixture::t0);
    }

    // The store folds in memory and writes back later. A visitor erased while their profile is cached
    // with a fold not yet written back: the write-back writes nothing of them (the cache is dropped), the
    // other visitors' profiles are written whole, and not a byte of the erased fold reaches the file.
    void erasedWhileCachedAndUnwrittenLeavesNothingBehind()
    {
        fixture::WorkedExample db;
        QVERIFY(db.open());
        const QString &path = db.path;
        fixture::Script &script = db.script;
        const qint64 v = db.visitor;
        const qint64 w = fourMinutesOnA0304(script, "visitor-2");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.catchUp().ok);
        QVERIFY2(store.flush(&error), qPrintable(error)); // both profiles written back once
        QVERIFY(script.count("SELECT count(*) FROM profile_interest WHERE visitor_id = " +
                             QByteArray::number(v)) > 0);

        // A new visit: a point of interest only visitor-1 showed, and a home no one else looked at.
        const qint64 t2 = fixture::t0 + 11 * fixture::day;
        const qint64 s3 = script.session(v, t2);
        script.event(s3, v, t2, "poi_viewed", "poi:unwritten9k2x");
        script.event(s3, v, t2, "favourite_added", "unit:B_0304");
        const FoldStats folded = store.foldNewEvents();
        QVERIFY(folded.ok);
        QCOMPARE(folded.folded, 2);
        QVERIFY(store.hasUnflushed());
        StoredProfile stored;
        bool found = false;
        QVERIFY(store.load("visitor-1", &stored, &found, &error) && found);
        QCOMPARE(stored.visits, 3); // reads see the fold...
        QVERIFY(buildProfile(stored, nullptr, t2).favourites.contains("B_0304"));
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key = 'unwritten9k2x'"), 0); // ...unwritten

        QVERIFY(forget(path, "visitor-1"));
        QVERIFY2(store.flush(&error), qPrintable(error));
        QVERIFY(!store.hasUnflushed());
        for (const char *table : {"profile_interest", "profile_sessions", "profile_visitors"}) {
            const QByteArray sql =
                QByteArray("SELECT count(*) FROM ") + table + " WHERE visitor_id = " + QByteArray::number(v);
            QCOMPARE(script.count(sql.constData()), 0);
        }
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key IN ('unwritten9k2x', 'B_0304')"), 0);
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE visitor_id = " + QByteArray::number(w)),
                 1);
        QList<AggregateRow> units;
        QVERIFY(store.aggregate(kind::unit, fixture::t0, &units, &error));
        QCOMPARE(units.size(), 1);
        QCOMPARE(row(units, "A_0304")->visitors, 1);
        QVERIFY(qAbs(row(units, "A_0304")->score - 4.0) < 1e-9);
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        QVERIFY(!found);
        // A store that keeps folding after the erasure (the app's worker) writes nothing of them either.
        store.foldNewEvents();
        QVERIFY(store.flush(&error));
        QCOMPARE(script.count("SELECT count(*) FROM profile_visitors WHERE visitor_id = " + QByteArray::number(v)),
                 0);
        script.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(!fileBytes(path).contains("unwritten9k2x"));
        QVERIFY(!fileBytes(path + "-wal").contains("unwritten9k2x"));
    }
};

QTEST_GUILESS_MAIN(TestProfilesErasure)
#include "tst_profiles_erasure.moc"
