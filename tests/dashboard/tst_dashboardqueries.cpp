// Each dashboard view's numbers against the ones worked out by hand from RollupFixture.h's scripted visits,
// read through the rollups on a real SQLite file.
#include "RollupFixture.h"
#include "dashboard/DashboardQueries.h"
#include "dashboard/Rollups.h"
#include "profiles/ProfileStore.h"
#include "profiles/VisitorProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

class TestDashboardQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    telemetry::sql::Connection m_db;
    const qint64 m_now = fixture::D0 + 3 * fixture::day;

    DashboardRange week(bool staff = false) const
    {
        return DashboardRange{fixture::D0, fixture::D0 + 3 * fixture::day, QString(), staff};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::makeDatabase(m_db, m_dir.filePath("dash.db")));
    }

    void overviewByHand()
    {
        Overview o;
        QString error;
        QVERIFY2(overview(m_db, week(), &o, &error, m_now), qPrintable(error));
        const OverviewFigures &f = o.total;
        QCOMPARE(f.visitors, 2);          // V1, V2 (V3 is staff)
        QCOMPARE(f.returningVisitors, 1); // V1 came back on D0+2; V2's second visit was the same day
        QCOMPARE(f.sessions, 4);          // S1, S2, S4, S5
        QCOMPARE(f.engagedSessions, 2);   // S1 (55 s) and S4 (12 s); S2 4 s, S5 1 s
        QCOMPARE(f.engagedMs, 72000);     // rooms 25 s + site 30 s, 4 s, 12 s, 1 s (unit clocks overlap)
        QCOMPARE(f.averageEngagedMs, 18000);
        QCOMPARE(f.leads, 1);
        QCOMPARE(f.brochures, 1);
        QCOMPARE(o.days.size(), 3);
        QCOMPARE(o.days[0].dayUtcMs, fixture::D0);
        QCOMPARE(o.days[0].visitors, 2);
        QCOMPARE(o.days[0].sessions, 3);
        QCOMPARE(o.days[0].leads, 1);
        QCOMPARE(o.days[1].visitors, 0);
        QCOMPARE(o.days[2].visitors, 1);
        QCOMPARE(o.days[2].sessions, 1);
        QVERIFY(o.lastEventId > 0);
    }

    void funnelOnKnownPaths()
    {
        Overview o;
        QString error;
        QVERIFY2(overview(m_db, week(), &o, &error, m_now), qPrintable(error));
        const QList<FunnelStage> &f = o.total.funnel;
        QCOMPARE(f.size(), 5);
        QCOMPARE(f[0].key, QStringLiteral("site"));
        QCOMPARE(f[4].key, QStringLiteral("brochure_or_lead"));
        // S1 site -> building -> unit -> inside; S2 unit -> lead (a session reaches every step up to its
        // deepest: building and inside too); S4 unit; S5 site only.
        const qint64 expected[] = {4, 3, 3, 2, 1};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(f[i].sessions, expected[i]);
        QCOMPARE(f[0].conversion, 1.0);
        QCOMPARE(f[1].conversion, 0.75);
        QCOMPARE(f[2].conversion, 1.0);
        QCOMPARE(f[3].conversion, 2.0 / 3.0);
        QCOMPARE(f[4].conversion, 0.5);
        QCOMPARE(f[4].fromFirst, 0.25);
    }

    void perDevice()
    {
        Overview o;
        QString error;
        QVERIFY2(overview(m_db, week(), &o, &error, m_now), qPrintable(error));
        QCOMPARE(o.devices.size(), 2);
        QCOMPARE(o.devices[0].device, QStringLiteral("kiosk-1"));
        QCOMPARE(o.devices[0].figures.visitors, 1);
        QCOMPARE(o.devices[0].figures.sessions, 1);
        QCOMPARE(o.devices[1].device, QStringLiteral("kiosk-2"));
        QCOMPARE(o.devices[1].figures.visitors, 2);
        QCOMPARE(o.devices[1].figures.sessions, 3);
        QCOMPARE(o.devices[1].figures.returningVisitors, 0); // V1's first day on kiosk-2 was D0+2
        QCOMPARE(o.devices[1].figures.leads, 1);

        DashboardRange one = week();
        one.device = QStringLiteral("kiosk-2");
        QVERIFY2(overview(m_db, one, &o, &error, m_now), qPrintable(error));
        QCOMPARE(o.total.visitors, 2);
        QCOMPARE(o.total.sessions, 3);
        QCOMPARE(o.devices.size(), 1);
    }

    void staffExcludedUnlessAsked()
    {
        Overview o;
        QString error;
        QVERIFY2(overview(m_db, week(true), &o, &error, m_now), qPrintable(error));
        QCOMPARE(o.total.visitors, 3);
        QCOMPARE(o.total.sessions, 5);
        QCOMPARE(o.total.engagedSessions, 3); // S3's 50 s
        UnitsView u;
        QVERIFY2(units(m_db, week(true), {}, &u, &error, m_now), qPrintable(error));
        QCOMPARE(u.units.first().unitId, QStringLiteral("A_0101")); // 3 views with the staff one: 6 + 1 = 7 > 6
        QVERIFY2(units(m_db, week(), {}, &u, &error, m_now), qPrintable(error));
        QCOMPARE(u.units.first().unitId, QStringLiteral("A_0102"));
        VisitorList list;
        QVERIFY2(visitors(m_db, week(), VisitorSort::LastVisit, 10, 0, &list, &error, m_now), qPrintable(error));
        QCOMPARE(list.total, 2);
        for (const VisitorListRow &r : list.rows)
            QVERIFY(r.visitor != fixture::V3);
    }

    void rangesAreWholeDays()
    {
        Overview o;
        QString error;
        // D0+1 10:00 .. D0+2 10:00 covers D0+1 and D0+2: V1's return, already seen before the range.
        QVERIFY2(overview(m_db, {fixture::D0 + fixture::day + 10 * fixture::hour, fixture::D0 + 2 * fixture::day + 10 * fixture::hour, {}, false},
                          &o, &error, m_now),
                 qPrintable(error));
        QCOMPARE(o.total.visitors, 1);
        QCOMPARE(o.total.returningVisitors, 1);
        QCOMPARE(o.total.sessions, 1);
        QCOMPARE(o.days.size(), 2);
        QVERIFY2(overview(m_db, {fixture::D0, fixture::D0 + fixture::day, {}, false}, &o, &error, m_now), qPrintable(error));
        QCOMPARE(o.total.visitors, 2);
        QCOMPARE(o.total.returningVisitors, 0);
        QVERIFY2(overview(m_db, {fixture::D0, fixture::D0, {}, false}, &o, &error, m_now), qPrintable(error));
        QCOMPARE(o.total.sessions, 0); // an empty range is not an error
    }

    void unitsByHand()
    {
        UnitsView u;
        QString error;
        QVERIFY2(units(m_db, week(), fixture::development(), &u, &error, m_now), qPrintable(error));
        QCOMPARE(u.units.size(), 3);
        const UnitInterest &a102 = u.units[0], &a101 = u.units[1], &a103 = u.units[2];
        QCOMPARE(a102.unitId, QStringLiteral("A_0102"));
        QCOMPARE(a102.views, 1);
        QCOMPARE(a102.leads, 1);
        QCOMPARE(a102.brochures, 1);
        QCOMPARE(a102.interest, 6.0); // 1 view + 5 x 1 lead
        QCOMPARE(a102.status, QStringLiteral("sold"));
        QCOMPARE(a102.unitClass, UnitClass::SoldStillWanted);
        QCOMPARE(a102.heat, 1.0);
        QCOMPARE(a101.unitId, QStringLiteral("A_0101"));
        QCOMPARE(a101.views, 2);
        QCOMPARE(a101.engagedMs, 60000);
        QCOMPARE(a101.insideMs, 25000);
        QCOMPARE(a101.insides, 1);
        QCOMPARE(a101.favourites, 0); // hearted, then un-hearted
        QCOMPARE(a101.interest, 5.0); // 2 views + 1 engaged minute + 2 x 1 inside
        QCOMPARE(a101.type, QStringLiteral("T2"));
        QCOMPARE(a101.unitClass, UnitClass::None); // available, but not in the top fifth (A_0102 is)
        QCOMPARE(a101.heat, 5.0 / 6.0);
        QCOMPARE(a103.unitId, QStringLiteral("A_0103"));
        QCOMPARE(a103.views, 0);
        QCOMPARE(a103.unitClass, UnitClass::NobodyLooks);
        QCOMPARE(unitClassKey(a103.unitClass), QStringLiteral("nobody_looks"));
    }

    void heatmapsByHand()
    {
        Heatmaps h;
        QString error;
        QVERIFY2(heatmaps(m_db, week(), fixture::development(), &h, &error, m_now), qPrintable(error));
        // Samples at x 2, 2.5 (cell 0) and -3 (cell -1); z 7, 7.5 (cell 1) and 12 (cell 2): 5 m cells.
        QCOMPARE(h.site.samples, 3);
        QCOMPARE(h.site.cellSize, 5.0);
        QCOMPARE(h.site.originCellX, -1);
        QCOMPARE(h.site.originCellZ, 1);
        QCOMPARE(h.site.columns, 2);
        QCOMPARE(h.site.rows, 2);
        QCOMPARE(h.site.msPerCell, (QList<qint64>{0, 1000, 500, 0}));
        QCOMPARE(h.site.maxMs, 1000);
        QCOMPARE(h.unitTypes.size(), 1);
        const UnitTypeHeatmap &t = h.unitTypes.first();
        QCOMPARE(t.type, QStringLiteral("T2"));
        QCOMPARE(t.insides, 1);
        QCOMPARE(t.rooms.size(), 2);
        QCOMPARE(t.rooms[0].room, QStringLiteral("Living"));
        QCOMPARE(t.rooms[0].lingerMs, 20000);
        QCOMPARE(t.rooms[0].entries, 1);
        QCOMPARE(t.rooms[0].heat, 1.0);
        QCOMPARE(t.rooms[1].room, QStringLiteral("Kitchen"));
        QCOMPARE(t.rooms[1].heat, 0.25);
        QCOMPARE(t.steps.size(), 1);
        QCOMPARE(t.steps[0].from, QStringLiteral("Living"));
        QCOMPARE(t.steps[0].to, QStringLiteral("Kitchen"));
        QCOMPARE(t.steps[0].count, 1);
    }

    void visitorListSorted()
    {
        VisitorList list;
        QString error;
        QVERIFY2(visitors(m_db, week(), VisitorSort::LastVisit, 10, 0, &list, &error, m_now), qPrintable(error));
        QCOMPARE(list.rows.size(), 2);
        QCOMPARE(list.rows[0].visitor, fixture::V1); // D0+2
        QCOMPARE(list.rows[1].visitor, fixture::V2);
        QCOMPARE(list.rows[0].sessions, 2);
        QCOMPARE(list.rows[0].lastDevice, QStringLiteral("kiosk-2"));
        QCOMPARE(list.rows[1].hasLead, true);
        QCOMPARE(list.rows[0].hasLead, false);
        QCOMPARE(list.rows[0].topUnit, QStringLiteral("A_0101"));
        // The scores are profiles::leadScore's at the same instant, and the list is in their order.
        profiles::ProfileStore store(m_db);
        QVERIFY(store.open(&error));
        QHash<QString, int> expected;
        for (const QString &v : {fixture::V1, fixture::V2}) {
            profiles::StoredProfile stored;
            bool found = false;
            QVERIFY(store.load(v, &stored, &found, &error) && found);
            expected[v] = profiles::leadScore(profiles::buildProfile(stored, nullptr, m_now)).score;
        }
        QCOMPARE(list.rows[0].leadScore, expected[fixture::V1]);
        QCOMPARE(list.rows[1].leadScore, expected[fixture::V2]);
        QVERIFY(expected[fixture::V1] != expected[fixture::V2]);
        QVERIFY2(visitors(m_db, week(), VisitorSort::LeadScore, 10, 0, &list, &error, m_now), qPrintable(error));
        QVERIFY(list.rows[0].leadScore > list.rows[1].leadScore);
        QVERIFY2(visitors(m_db, week(), VisitorSort::LeadScore, 1, 1, &list, &error, m_now), qPrintable(error));
        QCOMPARE(list.rows.size(), 1);
        QCOMPARE(list.total, 2);
    }

    void visitorPageInWords()
    {
        VisitorPage page;
        QString error;
        QVERIFY2(visitorPage(m_db, fixture::V2, fixture::development(), &page, &error, m_now), qPrintable(error));
        QVERIFY(page.found);
        QCOMPARE(page.sessions.size(), 2);
        QVERIFY(page.sessions[0].startUtcMs < page.sessions[1].startUtcMs);
        QCOMPARE(page.sessions[0].device, QStringLiteral("kiosk-2"));
        QStringList words;
        for (const TimelineEntry &t : page.timeline)
            words << t.words;
        QCOMPARE(words.value(0), QStringLiteral("Looked at A_0102"));
        QVERIFY2(words.contains(QStringLiteral("Asked for the brochure of A_0102")), qPrintable(words.join('|')));
        for (int i = 1; i < page.timeline.size(); ++i)
            QVERIFY(page.timeline[i - 1].tsUtcMs <= page.timeline[i].tsUtcMs);
        QCOMPARE(page.leads.size(), 1);
        QCOMPARE(page.leads[0].preferredContact, QStringLiteral("phone"));
        QVERIFY(page.leadScore > 0);
        // A_0102, which they asked about, was sold while they were there; A_0101 and A_0103 are alike.
        QVERIFY2(page.nextAction.startsWith(QStringLiteral("Call about A_0102 — sold since 2 Nov 2026; offer A_010")),
                 qPrintable(page.nextAction));

        QVERIFY2(visitorPage(m_db, fixture::V1, fixture::development(), &page, &error, m_now), qPrintable(error));
        QVERIFY(page.nextAction.startsWith(QStringLiteral("No contact details left")));
        QVERIFY2(visitorPage(m_db, QStringLiteral("no-such-visitor"), {}, &page, &error, m_now), qPrintable(error));
        QVERIFY(!page.found);
    }

    void newEventsCountAtOnce()
    {
        // A query folds what the writer added a moment ago.
        Overview before, after;
        QString error;
        QVERIFY(overview(m_db, week(), &before, &error, m_now));
        fixture::Script s(m_db);
        const qint64 v = s.visitor(QStringLiteral("44444444-4444-4444-8444-444444444444"), fixture::D0 + fixture::day);
        s.session(v, QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), fixture::D0 + fixture::day);
        s.event("inside_entered", QStringLiteral("unit:A_0103"));
        QVERIFY2(overview(m_db, week(), &after, &error, m_now), qPrintable(error));
        QCOMPARE(after.total.visitors, before.total.visitors + 1);
        QCOMPARE(after.total.funnel[3].sessions, before.total.funnel[3].sessions + 1);
        QVERIFY(after.lastEventId > before.lastEventId);
        QStringList devices;
        QVERIFY(deviceList(m_db, &devices, &error));
        QCOMPARE(devices, (QStringList{"kiosk-1", "kiosk-2"}));
    }
};

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
