// The interest model against hand arithmetic: the worked example of docs/interest-model.md folded from
// a real telemetry database, decay, the lead score and its words, incremental folding, and the worker.
#include "ProfileFixture.h"

#include "profiles/ProfileService.h"
#include "profiles/ProfileStore.h"
#include "profiles/VisitorProfile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace showroom::profiles;

namespace {

const Interest *find(const QList<Interest> &list, const QString &key)
{
    for (const Interest &i : list)
        if (i.key == key)
            return &i;
    return nullptr;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    // Visit 1 at t0, visit 2 at t1 = t0 + 10 days, read at t1. A visit-1 point is worth
    // f = 2^(-10/30) = 0.793700526 at t1; a visit-2 point is worth 1.
    //
    // A_0304  visit 1: selected 0.5 + inside 2 + balcony 1 + favourite 5 + 6 engaged min 6 = 14.5
    //                  (the balcony's own 1 min dwell only sets the flag: the unit clock already holds it)
    //         visit 2: selected 0.5 + return bonus 3 + compared 2 + finish 1.5 + lead 10 + 5 min 5 = 22
    //         score = 14.5 f + 22 = 11.508658 + 22 = 33.508658
    // A_0305  visit 1: selected 0.5 + favourite 5 = 5.5; visit 2: compared 2 + bonus 3 - un-hearted 5 = 0
    //         score = 5.5 f = 4.365353
    // room A_0304/Living: (entered 0.25 + 3 min 3) f = 2.579527;  poi tram: 1 f = 0.793701
    // building A: 8 min f = 6.349604;  palette urban: 1.5;  filter orientation S and SW: 0.5 each
    // Derived: type 3B = A_0304, 2B = A_0305; orientation SW = 33.508658 + 0.5 = 34.008658,
    //          S = 4.365353 + 0.5 = 4.865353; price band 350000-399999 = A_0304, 300000-349999 = A_0305.
    void workedExampleMatchesTheHandArithmetic()
    {
        QTemporaryDir dir;
        fixture::Script script;
        QVERIFY(script.open(dir.filePath("t.db")));
        fixture::scriptWorkedExample(script, "visitor-1");
        const auto dev = fixture::development(dir.filePath("pkg"));
        QVERIFY(!dev.isEmpty());

        ProfileStore store(script.db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        StoredProfile stored;
        bool found = false;
        QVERIFY2(store.load("visitor-1", &stored, &found, &error), qPrintable(error));
        QVERIFY(found);
        const qint64 t1 = fixture::t0 + 10 * fixture::day;
        const VisitorProfile p = buildProfile(stored, &dev, t1);
        const double f = std::exp2(-10.0 / 30.0);

        QCOMPARE(p.visits, 2);
        QCOMPARE(p.units.size(), 2);
        QCOMPARE(p.units[0].key, QString("A_0304"));
        QVERIFY(qAbs(p.units[0].score - (14.5 * f + 22)) < 1e-9);
        QVERIFY(qAbs(p.units[0].score - 33.508658) < 1e-6);
        QCOMPARE(p.units[0].engagedMs, 11 * fixture::minute);
        QCOMPARE(p.units[0].visits, 2);
        QCOMPARE(p.units[0].flags, Favourite | Compared | Inside | Balcony | Configured | AskedAbout);
        QCOMPARE(p.units[1].key, QString("A_0305"));
        QVERIFY(qAbs(p.units[1].score - 4.365353) < 1e-6);
        QCOMPARE(p.units[1].flags, int(Compared)); // un-hearted: no longer a favourite
        QCOMPARE(p.favourites, QStringList{"A_0304"});
        QCOMPARE(p.askedAbout, QStringList{"A_0304"});
        QVERIFY(qAbs(find(p.rooms, "A_0304/Living")->score - 2.579527) < 1e-6);
        QCOMPARE(find(p.rooms, "A_0304/Living")->engagedMs, 3 * fixture::minute);
        QVERIFY(qAbs(find(p.pois, "tram")->score - 0.793701) < 1e-6);
        QCOMPARE(find(p.pois, "tram")->label, QString("Tram stop"));
        QVERIFY(qAbs(find(p.buildings, "A")->score - 6.349604) < 1e-6);
        QCOMPARE(find(p.buildings, "A")->label, QString("Building A"));
        QVERIFY(qAbs(find(p.palettes, "urban")->score - 1.5) < 1e-9);
        QVERIFY(qAbs(find(p.unitTypes, "3B")->score - 33.508658) < 1e-6);
        QVERIFY(qAbs(find(p.unitTypes, "2B")->score - 4.365353) < 1e-6);
        QCOMPARE(p.orientations[0].key, QString("SW"));
        QVERIFY(qAbs(p.orientations[0].score - 34.008658) < 1e-6);
        QVERIFY(qAbs(find(p.orientations, "S")->score - 4.865353) < 1e-6);
        QVERIFY(qAbs(find(p.priceBands, "350000-399999")->score - 33.508658) < 1e-6);
        QVERIFY(qAbs(find(p.priceBands, "300000-349999")->score - 4.365353) < 1e-6);
        QVERIFY(p.floors.isEmpty());
        QCOMPARE(p.counters.homeEngagedMs, 11 * fixture::minute);
        QCOMPARE(p.counters.compares, 1);
        QCOMPARE(p.counters.finishes, 1);
        QCOMPARE(p.counters.brochures, 1);
        QCOMPARE(p.counters.leads, 1);
        // Where to continue: the finishes last chosen for the home, the last timeline date and sun time.
        QCOMPARE(p.units[0].finishes, QString("floor=urban"));
        QCOMPARE(p.units[1].finishes, QString());
        QCOMPARE(p.lastLooked.timelineDate, QString("2027-03-01"));
        QCOMPARE(p.lastLooked.sunDate, QString("2026-06-21"));
        QCOMPARE(p.lastLooked.sunTime, QString("18:30"));

        // Lead score at t1: return visits 10 x (2-1) = 10; home time 2 x 11 min = 22, capped 20;
        // inside 5; balcony 3; favourites 5 x 1 = 5; compared 5; finishes 5; brochure 12; contact 15.
        // raw = 10+20+5+3+5+5+5+12+15 = 80; last seen at t1: recency 1 -> 80.
        const LeadScore s = leadScore(p);
        QCOMPARE(s.raw, 80);
        QCOMPARE(s.score, 80);
        QCOMPARE(s.explanation,
                 QString("2 visits, 11 min on A_0304 inside and on its balcony, favourited 1 unit, "
                         "compared homes, chose finishes, asked for a brochure, left contact "
                         "details, last seen today"));
    }

    // 30 days after the last visit everything weighs half: A_0304 33.508658 / 2 = 16.754329, score
    // round(80 x 0.5) = 40.
    void interestAndScoreHalveAfterThirtyDays()
    {
        QTemporaryDir dir;
        fixture::Script script;
        QVERIFY(script.open(dir.filePath("t.db")));
        fixture::scriptWorkedExample(script, "visitor-1");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        StoredProfile stored;
        bool found = false;
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        const VisitorProfile p = buildProfile(stored, nullptr, fixture::t0 + 40 * fixture::day);
        QVERIFY(qAbs(p.units[0].score - 16.754329) < 1e-6);
        QVERIFY(p.unitTypes.isEmpty()); // no package: no derived dimensions
        const LeadScore s = leadScore(p);
        QCOMPARE(s.raw, 80);
        QVERIFY(qAbs(s.recency - 0.5) < 1e-12);
        QCOMPARE(s.score, 40);
        QVERIFY(s.explanation.endsWith("last seen 30 days ago"));
    }

    // A new event is folded on its own: one row read past the cursor, no visitor rebuilt, and the result
    // equals a rebuild from scratch.
    void foldingOneEventReadsOnlyThatEvent()
    {
        QTemporaryDir dir;
        fixture::Script script;
        QVERIFY(script.open(dir.filePath("t.db")));
        const qint64 v = fixture::scriptWorkedExample(script, "visitor-1");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        FoldStats first = store.foldNewEvents();
        QVERIFY(first.ok);
        QCOMPARE(first.rebuilt, 1); // the visitor's first profile
        const qint64 t2 = fixture::t0 + 11 * fixture::day;
        const qint64 s3 = script.session(v, t2);
        script.event(s3, v, t2, "favourite_added", "unit:B_0304");
        const FoldStats next = store.foldNewEvents();
        QVERIFY(next.ok);
        QCOMPARE(next.events, 1);
        QCOMPARE(next.folded, 1);
        QCOMPARE(next.rebuilt, 0);
        QCOMPARE(store.foldNewEvents().events, 0); // nothing folded twice

        StoredProfile incremental, rebuilt;
        bool found = false;
        QVERIFY(store.load("visitor-1", &incremental, &found, &error));
        QVERIFY(store.rebuildAll(&error));
        QVERIFY(store.load("visitor-1", &rebuilt, &found, &error));
        QCOMPARE(incremental.visits, 3);
        QCOMPARE(rebuilt.visits, 3);
        QCOMPARE(incremental.rows.size(), rebuilt.rows.size());
        auto key = [](const InterestRow &r) { return r.kind + ':' + r.key; };
        QHash<QString, InterestRow> byKey;
        for (const InterestRow &r : rebuilt.rows)
            byKey.insert(key(r), r);
        for (const InterestRow &r : incremental.rows) {
            QVERIFY2(byKey.contains(key(r)), qPrintable(key(r)));
            QVERIFY(qAbs(byKey[key(r)].scaled - r.scaled) < 1e-9 * qMax(1.0, qAbs(r.scaled)));
            QCOMPARE(byKey[key(r)].flags, r.flags);
            QCOMPARE(byKey[key(r)].visits, r.visits);
        }
        const VisitorProfile p = buildProfile(incremental, nullptr, t2);
        QVERIFY(p.favourites.contains("B_0304"));
    }

    // The brochure maker's photographs (via "brochure") are not the visitor's interest; opening the lead
    // form is: 2 points.
    void brochurePhotographsAreNotInterest()
    {
        QTemporaryDir dir;
        fixture::Script script;
        QVERIFY(script.open(dir.filePath("t.db")));
        const qint64 v = script.visitor("visitor-1", fixture::t0);
        const qint64 s = script.session(v, fixture::t0);
        script.event(s, v, fixture::t0, "lead_form_opened", "unit:A_0304", R"({"via":"unit_card"})");
        script.event(s, v, fixture::t0, "unit_selected", "unit:B_0304",
                     R"({"via":"brochure","price":392000})");
        script.event(s, v, fixture::t0, "inside_entered", "unit:B_0304",
                     R"({"via":"brochure","typeId":"3B"})");
        script.event(s, v, fixture::t0, "balcony_viewed", "unit:B_0304",
                     R"({"via":"brochure","spot":"balcony"})");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        StoredProfile stored;
        bool found = false;
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        const VisitorProfile p = buildProfile(stored, nullptr, fixture::t0);
        QCOMPARE(p.units.size(), 1);
        QCOMPARE(p.units[0].key, QString("A_0304"));
        QVERIFY(qAbs(p.units[0].score - 2.0) < 1e-9);
        QCOMPARE(p.units[0].flags, 0);
    }

    // "Reset to standard" forgets the choice (the interest it showed stays).
    void finishesResetForgetsTheChoice()
    {
        QTemporaryDir dir;
        fixture::Script script;
        QVERIFY(script.open(dir.filePath("t.db")));
        const qint64 v = fixture::scriptWorkedExample(script, "visitor-1");
        const qint64 t2 = fixture::t0 + 11 * fixture::day;
        script.event(script.session(v, t2), v, t2, "finishes_reset", "unit:A_0304");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        StoredProfile stored;
        bool found = false;
        QVERIFY(store.load("visitor-1", &stored, &found, &error));
        const VisitorProfile p = buildProfile(stored, nullptr, t2);
        QCOMPARE(p.units[0].key, QString("A_0304"));
        QCOMPARE(p.units[0].finishes, QString());
        QVERIFY(p.units[0].flags & Configured);
    }

    // events.id is not AUTOINCREMENT: after the newest events are erased, SQLite gives their ids again.
    // The store's cursor steps back with them, so the next visitor's events are still folded.
    void erasingTheNewestEventsDoesNotHideTheNextOnes()
    {
        QTemporaryDir dir;
        fixture::Script script;
        QVERIFY(script.open(dir.filePath("t.db")));
        fixture::scriptWorkedExample(script, "visitor-1");
        const qint64 w = script.visitor("visitor-2", fixture::t0);
        const qint64 sw = script.session(w, fixture::t0);
        const qint64 erasedId = script.event(sw, w, fixture::t0, "favourite_added", "unit:A_0101");
        ProfileStore store(script.db);
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.catchUp().ok);
        QCOMPARE(store.cursor(), erasedId);
        QVERIFY(script.db.exec("DELETE FROM events WHERE visitor_id = " + QString::number(w)));
        QVERIFY(store.cursor() < erasedId);
        const qint64 x = script.visitor("visitor-3", fixture::t0);
        const qint64 sx = script.session(x, fixture::t0);
        QCOMPARE(script.event(sx, x, fixture::t0, "favourite_added", "unit:B_0304"), erasedId); // id reused
        StoredProfile stored;
        bool found = false;
        QVERIFY(store.load("visitor-3", &stored, &found, &error));
        QVERIFY(found);
        QCOMPARE(buildProfile(stored, nullptr, fixture::t0).favourites, QStringList{"B_0304"});
    }

    // The worker answers on the caller's thread after request() has returned; an unknown visitor is
    // "not found", not an error.
    void serviceAnswersOffTheGuiThread()
    {
        QTemporaryDir dir;
        {
            fixture::Script script;
            QVERIFY(script.open(dir.filePath("t.db")));
            fixture::scriptWorkedExample(script, "visitor-1");
        }
        ProfileService service(dir.filePath("t.db"));
        service.setDevelopment(fixture::development(dir.filePath("pkg")));
        service.setClock([] { return fixture::t0 + 10 * fixture::day; });
        QSignalSpy ready(&service, &ProfileService::ready);
        QSignalSpy failed(&service, &ProfileService::failed);
        service.request("visitor-1");
        service.request("nobody");
        QCOMPARE(ready.count(), 0); // request() never waits for the answer
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(failed.count(), 0);
        const auto first = ready.at(0).at(1).value<ProfileResult>();
        QCOMPARE(ready.at(0).at(0).toString(), QString("visitor-1"));
        QVERIFY(first.found);
        QCOMPARE(first.score.score, 80);
        QCOMPARE(first.recommendations.units.first().unitId, QString("B_0304"));
        QVERIFY(!ready.at(1).at(1).value<ProfileResult>().found);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
