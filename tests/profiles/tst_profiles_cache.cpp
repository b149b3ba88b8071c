// The store folds in memory and writes back in batches: reads see a fold at once, the write-back stores
// exactly what a rebuild from the events gives, two stores on one database never count an event twice,
// and the worker writes back on its own a moment after folding.
#include "ProfileFixture.h"

#include "profiles/ProfileService.h"
#include "profiles/ProfileStore.h"
#include "profiles/VisitorProfile.h"

#include <QSignalSpy>
#include <QtTest>

using namespace showroom::profiles;
namespace tel = showroom::telemetry;

namespace {

// The same profile, row by row (scores to rounding).
bool sameProfile(const StoredProfile &a, const StoredProfile &b, QString *why)
{
    if (a.visits != b.visits || a.rows.size() != b.rows.size() || a.lastEventId != b.lastEventId ||
        a.counters.homeEngagedMs != b.counters.homeEngagedMs || a.counters.leads != b.counters.leads) {
        *why = QStringLiteral("visits %1/%2, rows %3/%4, last event %5/%6")
                   .arg(a.visits)
                   .arg(b.visits)
                   .arg(a.rows.size())
                   .arg(b.rows.size())
                   .arg(a.lastEventId)
                   .arg(b.lastEventId);
        return false;
    }
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const InterestRow &x = a.rows[i], &y = b.rows[i];
        if (x.kind != y.kind || x.key != y.key || qAbs(x.scaled - y.scaled) > 1e-9 * qMax(1.0, qAbs(x.scaled)) ||
            x.flags != y.flags || x.visits != y.visits || x.engagedMs != y.engagedMs || x.finishes != y.finishes) {
            *why = QStringLiteral("row %1:%2 differs from %3:%4").arg(x.kind, x.key, y.kind, y.key);
            return false;
        }
    }
    return true;
}

// The profile a store on its own connection reads from the file.
StoredProfile fromFile(const QString &path, const QString &visitor, bool rebuild)
{
    tel::sql::Connection c;
    tel::OpenOptions o;
    o.mode = tel::OpenOptions::ExistingOnly;
    StoredProfile p;
    if (!tel::openDatabase(c, path, o).ok)
        return p;
    ProfileStore store(c);
    QString error;
    bool found = false;
    if (store.open(&error) && (!rebuild || store.rebuildAll(&error)))
        store.load(visitor, &p, &found, &error);
    return p;
}

} // namespace

class TestProfilesCache : public QObject
{
    Q_OBJECT

private slots:
    // A fold is read at once from memory; the database has it only after the write-back, and then exactly
    // as a rebuild from the events computes it.
    void readsSeeTheFoldAndTheWriteBackStoresIt()
    {
        fixture::WorkedExample db;
        QVERIFY(db.open());
        const QString &path = db.path;
        fixture::Script &script = db.script;
        const qint64 v = db.visitor;
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.catchUp().ok);
        QVERIFY(store.flush(&error));
        QVERIFY(!store.hasUnflushed());

        const qint64 t2 = fixture::t0 + 11 * fixture::day;
        const qint64 s3 = script.session(v, t2);
        const qint64 last = script.event(s3, v, t2, "favourite_added", "unit:B_0304");
        script.event(s3, v, t2, "camera", "site", R"({"p":[1,2,3],"d":[0,0,-1]})"); // folds nothing
        const FoldStats r = store.foldNewEvents();
        QVERIFY(r.ok);
        QCOMPARE(r.folded, 1);
        QVERIFY(!r.flushed);
        QCOMPARE(store.cursor(), last + 1); // past the camera sample too
        StoredProfile cached;
        bool found = false;
        QVERIFY(store.load("visitor-1", &cached, &found, &error) && found);
        QCOMPARE(cached.visits, 3);
        QVERIFY(buildProfile(cached, nullptr, t2).favourites.contains("B_0304"));
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key = 'B_0304'"), 0);
        QCOMPARE(script.count("SELECT count(*) FROM profile_sessions"), 2);
        QCOMPARE(script.count("SELECT value FROM profile_meta WHERE key = 'last_event_id'"), last - 1);

        QVERIFY(store.flush(&error));
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key = 'B_0304'"), 1);
        QCOMPARE(script.count("SELECT count(*) FROM profile_sessions"), 3);
        QCOMPARE(script.count("SELECT value FROM profile_meta WHERE key = 'last_event_id'"), last + 1);
        QString why;
        QVERIFY2(sameProfile(cached, fromFile(path, "visitor-1", false), &why), qPrintable(why));
        QVERIFY2(sameProfile(cached, fromFile(path, "visitor-1", true), &why), qPrintable(why));
    }

    // Two stores on one database (the app's worker and the dashboard's): one writes back what the other
    // folded too. The other's write-back then writes nothing of its own stale copy; no event counts twice.
    void twoStoresNeverCountAnEventTwice()
    {
        fixture::WorkedExample db;
        QVERIFY(db.open());
        const QString &path = db.path;
        fixture::Script &script = db.script;
        const qint64 v = db.visitor;
        tel::sql::Connection other;
        tel::OpenOptions o;
        o.mode = tel::OpenOptions::ExistingOnly;
        QVERIFY(tel::openDatabase(other, path, o).ok);
        ProfileStore a(script.db), b(other);
        QString error;
        QVERIFY(a.open(&error) && b.open(&error));
        QVERIFY(a.catchUp().ok);
        QVERIFY(a.flush(&error));

        const qint64 t2 = fixture::t0 + 11 * fixture::day;
        const qint64 s3 = script.session(v, t2);
        script.event(s3, v, t2, "leave", "unit:A_0304", QString(), 2 * fixture::minute);
        QCOMPARE(a.foldNewEvents().folded, 1); // a: in memory
        QCOMPARE(b.catchUp().folded, 1);       // b: reads a's written profile, folds the same event...
        QVERIFY(b.flush(&error));              // ...and writes it back first
        QVERIFY(a.flush(&error));              // a's copy is stale: dropped, nothing written
        script.event(s3, v, t2, "favourite_added", "unit:B_0304");
        QCOMPARE(a.foldNewEvents().folded, 1);
        QVERIFY(a.flush(&error));

        StoredProfile stored;
        bool found = false;
        QVERIFY(b.load("visitor-1", &stored, &found, &error) && found);
        QCOMPARE(stored.counters.homeEngagedMs, 13 * fixture::minute); // 6 + 5 + 2, not 6 + 5 + 2 + 2
        QCOMPARE(stored.visits, 3);
        QString why;
        QVERIFY2(sameProfile(stored, fromFile(path, "visitor-1", true), &why), qPrintable(why));
    }

    // The worker writes back by itself a moment after answering (kWriteBackDelayMs), and what is left
    // when the service goes.
    void theWorkerWritesBackAfterADelay()
    {
        fixture::WorkedExample db;
        QVERIFY(db.open());
        const QString &path = db.path;
        fixture::Script &script = db.script;
        const qint64 v = db.visitor;
        {
            ProfileService service(path);
            QSignalSpy ready(&service, &ProfileService::ready);
            service.request("visitor-1");
            QTRY_COMPARE(ready.count(), 1);
            QVERIFY(ready.at(0).at(1).value<ProfileResult>().found);
            QTRY_VERIFY_WITH_TIMEOUT(script.count("SELECT count(*) FROM profile_visitors") == 1,
                                     4 * kWriteBackDelayMs);

            const qint64 t2 = fixture::t0 + 11 * fixture::day;
            script.event(script.session(v, t2), v, t2, "favourite_added", "unit:B_0304");
            QSignalSpy refreshed(&service, &ProfileService::refreshed);
            service.refresh();
            QTRY_COMPARE(refreshed.count(), 1);
            QCOMPARE(refreshed.at(0).at(0).toLongLong(), 1);
        } // the service goes before its write-back is due: the worker writes back as it closes
        QCOMPARE(script.count("SELECT count(*) FROM profile_interest WHERE key = 'B_0304'"), 1);
        QCOMPARE(script.count("SELECT visits FROM profile_visitors"), 3);
    }
};

QTEST_GUILESS_MAIN(TestProfilesCache)
#include "tst_profiles_cache.moc"
