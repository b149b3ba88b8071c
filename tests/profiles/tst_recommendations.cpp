// Recommendations: available homes like the ones the visitor lingered on, with reasons in words; a
// favourited home that is sold since is reported plainly, with available, similar alternatives.
#include "ProfileFixture.h"

#include "profiles/ProfileStore.h"
#include "profiles/Recommendations.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace showroom::profiles;

class TestRecommendations : public QObject
{
    Q_OBJECT

    // The worked example's profile at t1 against a package where A_0304 has the given status.
    VisitorProfile profile(QTemporaryDir &dir, const char *statusOfA0304,
                           showroom::core::DevelopmentData *dev)
    {
        fixture::Script script;
        if (!script.open(dir.filePath("t.db")))
            return {};
        fixture::scriptWorkedExample(script, "visitor-1");
        *dev = fixture::development(dir.filePath("pkg"), statusOfA0304);
        ProfileStore store(script.db);
        QString error;
        StoredProfile stored;
        bool found = false;
        if (!store.open(&error) || !store.load("visitor-1", &stored, &found, &error))
            return {};
        return buildProfile(stored, dev, fixture::t0 + 10 * fixture::day);
    }

private slots:
    // Liked: A_0304 (33.508658) and A_0305 (4.365353), weights 0.884740 and 0.115260.
    // similarity = 0.3 bedrooms + 0.3 price + 0.2 area + 0.1 orientation + 0.1 floor:
    //   B_0304 ~ A_0304: 0.3 + 0.3 (1 - 2000/78000) + 0.2 + 0.1 + 0.1 = 0.992308; ~ A_0305: 0.15 + 0 + 0 +
    //   0.05 + 0.1 = 0.3
    //          match = 0.884740 x 0.992308 + 0.115260 x 0.3 = 0.912513
    //   A_0504 ~ A_0304: 0.3 + 0.3 (1 - 15000/78000) + 0.2 (1 - 2/16) + 0.05 + 0.05 = 0.817308; ~ A_0305: 0.2
    //          match = 0.746155
    //   A_0101 ~ A_0304: 0.05; ~ A_0305: 0.15 + 0.05 = 0.2; match = 0.067289
    // Seen homes (A_0304, A_0305) are not news; B_0601 is reserved.
    void suggestsAvailableHomesLikeTheLikedOnesWithReasons()
    {
        QTemporaryDir dir;
        showroom::core::DevelopmentData dev;
        const VisitorProfile p = profile(dir, "available", &dev);
        QVERIFY(!dev.isEmpty());
        const Recommendations r = recommend(p, dev);
        QCOMPARE(r.units.size(), 3);
        QCOMPARE(r.units[0].unitId, QString("B_0304"));
        QVERIFY(qAbs(r.units[0].match - 0.912513) < 1e-5);
        QCOMPARE(r.units[0].likeUnit, QString("A_0304"));
        QCOMPARE(r.units[0].reason, QString("Like A_0304: also 3 bedrooms, €2,000 more, the same size, also "
                                            "facing SW, in building B, same floor"));
        QCOMPARE(r.units[1].unitId, QString("A_0504"));
        QVERIFY(qAbs(r.units[1].match - 0.746155) < 1e-5);
        QCOMPARE(r.units[1].reason, QString("Like A_0304: also 3 bedrooms, €15,000 more, 2.0 m² larger, "
                                            "facing W, 2 floors up"));
        QCOMPARE(r.units[2].unitId, QString("A_0101"));
        QVERIFY(qAbs(r.units[2].match - 0.067289) < 1e-5);
        QVERIFY(r.noLongerAvailable.isEmpty());
    }

    // A_0304 was favourited and asked about; the package now says sold. Alternatives to it alone:
    // B_0304 0.992308, A_0504 0.817308, A_0305 (0.15 + 0 + 0.2 x 0.0625 + 0.05 + 0.1) = 0.3125.
    void aFavouriteSoldSinceIsToldPlainlyWithAlternatives()
    {
        QTemporaryDir dir;
        showroom::core::DevelopmentData dev;
        const VisitorProfile p = profile(dir, "sold", &dev);
        const Recommendations r = recommend(p, dev);
        QCOMPARE(r.noLongerAvailable.size(), 1);
        const NoLongerAvailable &gone = r.noLongerAvailable.first();
        QCOMPARE(gone.unitId, QString("A_0304"));
        QCOMPARE(gone.status, QString("sold"));
        QCOMPARE(gone.message, QString("A_0304, which you favourited, has been sold."));
        QCOMPARE(gone.alternatives.size(), 3);
        QStringList ids;
        for (const Recommendation &a : gone.alternatives) {
            ids << a.unitId;
            const auto *u = dev.unit(a.unitId);
            QVERIFY(u);
            QCOMPARE(u->status, showroom::core::UnitStatus::Available);
        }
        QCOMPARE(ids, (QStringList{"B_0304", "A_0504", "A_0305"}));
        QVERIFY(qAbs(gone.alternatives[0].match - 0.992308) < 1e-5);
        QVERIFY(qAbs(gone.alternatives[2].match - 0.3125) < 1e-9);
        // Similar means similar: the first alternative has the same bedrooms, within 1 % of the price.
        const auto *sold = dev.unit("A_0304");
        const auto *first = dev.unit(ids.first());
        QCOMPARE(first->bedrooms, sold->bedrooms);
        QVERIFY(qAbs(first->price - sold->price) / sold->price < 0.01);
        for (const Recommendation &rec : r.units)
            QVERIFY(rec.unitId != "A_0304");
    }

    // A home un-hearted before it was sold is not reported: the visitor no longer cares for it.
    void anUnfavouritedHomeIsNotReported()
    {
        QTemporaryDir dir;
        showroom::core::DevelopmentData dev;
        VisitorProfile p = profile(dir, "available", &dev);
        for (showroom::core::Unit &u : dev.units)
            if (u.id == "A_0305")
                u.status = showroom::core::UnitStatus::Sold;
        QVERIFY(recommend(p, dev).noLongerAvailable.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecommendations)
#include "tst_recommendations.moc"
