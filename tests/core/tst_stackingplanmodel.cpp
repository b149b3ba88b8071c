// The stacking plan's grid on the demo development (Haus Linde: 8 floors of 10 homes; the Gartenhäuser:
// 12 townhouses on one floor): cells per floor, top floor first, columns by position on the floor,
// status, and `matches` following the finder's filter; QAbstractItemModelTester watches every change.
#include "core/Development.h"
#include "core/FilterExpression.h"
#include "core/ManifestLoader.h"
#include "core/StackingPlanModel.h"
#include "core/UnitFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace showroom::core;

class tst_StackingPlanModel : public QObject
{
    Q_OBJECT

private:
    DevelopmentData m_data;

    // A fresh development, finder and plan (watched by the model tester) for each test.
    struct Plan
    {
        Development development;
        UnitFilterModel finder;
        StackingPlanModel model;
        std::unique_ptr<QAbstractItemModelTester> tester;
        Plan(const DevelopmentData &data, const QString &building)
        {
            tester = std::make_unique<QAbstractItemModelTester>(
                &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            development.setData(data);
            finder.setSourceModel(development.units());
            model.setDevelopment(&development);
            model.setBuildingId(building);
        }
        QVariantMap cell(const QString &unitId) const { return model.get(model.indexOfUnit(unitId)); }
    };

    // Units of `building` on `level`, sorted by id (independently of the model).
    QStringList unitsOn(const QString &building, int level) const
    {
        QStringList ids;
        for (const Unit &u : m_data.units) {
            if (u.building == building && u.floor == level)
                ids << u.id;
        }
        ids.sort();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString dir = qEnvironmentVariable("SHOWROOM_DEMO_DIR");
        QVERIFY2(!dir.isEmpty(), "SHOWROOM_DEMO_DIR is not set");
        const ManifestResult r = loadManifest(dir);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        m_data = r.data;
    }

    void everyFloorWithHomesIsARowTopFloorFirst()
    {
        Plan p(m_data, "A");
        QCOMPARE(p.model.floors(), 8);
        QCOMPARE(p.model.columns(), 10);
        QCOMPARE(p.model.count(), 80);
        QCOMPARE(p.model.floorLevels(), (QList<int>{7, 6, 5, 4, 3, 2, 1, 0}));
        // The first cells are the top floor's, left to right; the last ones the ground floor's.
        QCOMPARE(p.model.get(0).value("floor").toInt(), 7);
        QCOMPARE(p.model.get(0).value("row").toInt(), 0);
        QCOMPARE(p.model.get(79).value("floor").toInt(), 0);
        QCOMPARE(p.model.get(79).value("row").toInt(), 7);
    }

    void cellsOfAFloorAreItsUnitsByIdInColumns()
    {
        Plan p(m_data, "A");
        for (int level = 0; level < 8; ++level) {
            const QStringList expected = unitsOn("A", level);
            QCOMPARE(expected.size(), 10);
            for (int column = 0; column < expected.size(); ++column) {
                const QVariantMap c = p.cell(expected.at(column));
                QCOMPARE(c.value("floor").toInt(), level);
                QCOMPARE(c.value("row").toInt(), 7 - level);
                QCOMPARE(c.value("column").toInt(), column);
            }
        }
        // Column 3 is the same position on every floor: A_0304 stands above A_0204.
        QCOMPARE(p.cell("A_0304").value("column"), p.cell("A_0204").value("column"));
        QCOMPARE(p.cell("A_0304").value("label").toString(), "0304");
        QCOMPARE(p.cell("A_0304").value("unitId").toString(), "A_0304");
    }

    void aOneFloorBuildingIsOneRow()
    {
        Plan p(m_data, "T");
        QCOMPARE(p.model.floors(), 1);
        QCOMPARE(p.model.columns(), unitsOn("T", 0).size());
        QCOMPARE(p.model.count(), unitsOn("T", 0).size());
    }

    void statusIsTheUnitsSalesStatus()
    {
        Plan p(m_data, "B");
        int checked = 0;
        for (const Unit &u : m_data.units) {
            if (u.building != "B")
                continue;
            QCOMPARE(p.cell(u.id).value("status").toString(), statusKey(u.status));
            ++checked;
        }
        QCOMPARE(checked, p.model.count());
        QVERIFY(checked > 0);
    }

    void matchesFollowTheFilter()
    {
        Plan p(m_data, "A");
        QCOMPARE(p.model.matchCount(), 80); // no filter yet: everything matches
        p.model.setFilter(&p.finder);       // a new finder keeps every unit
        QCOMPARE(p.model.matchCount(), 80);

        QSignalSpy changed(&p.model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&p.model, &QAbstractItemModel::modelReset);
        QCOMPARE(p.finder.applyExpression("bedrooms>=3,status=available"), QString());
        QVERIFY(changed.size() > 0);
        QCOMPARE(reset.size(), 0); // a filter change repaints cells, it does not rebuild the grid
        int matching = 0;
        for (int i = 0; i < p.model.count(); ++i) {
            const QVariantMap c = p.model.get(i);
            const Unit *u = m_data.unit(c.value("unitId").toString());
            QVERIFY(u);
            const bool expected = u->bedrooms >= 3 && u->status == UnitStatus::Available;
            QCOMPARE(c.value("matches").toBool(), expected);
            matching += expected ? 1 : 0;
        }
        QVERIFY(matching > 0 && matching < 80);
        QCOMPARE(p.model.matchCount(), matching);

        p.finder.setFilter(UnitFilter::everything());
        QCOMPARE(p.model.matchCount(), 80);
        p.model.setFilter(nullptr);
        QCOMPARE(p.model.matchCount(), 80);
    }

    void switchingBuildingRebuildsTheGrid()
    {
        Plan p(m_data, "A");
        QSignalSpy grid(&p.model, &StackingPlanModel::gridChanged);
        p.model.setBuildingId("B");
        QCOMPARE(grid.size(), 1);
        QCOMPARE(p.model.floors(), 7);
        QCOMPARE(p.model.get(0).value("unitId").toString(), unitsOn("B", 6).constFirst());
        p.model.setBuildingId("nowhere");
        QCOMPARE(p.model.count(), 0);
        QCOMPARE(p.model.floors(), 0);
        QCOMPARE(p.model.columns(), 0);
    }

    void aReloadRebuildsTheGrid()
    {
        Plan p(m_data, "A");
        DevelopmentData fewer = m_data;
        fewer.units.erase(std::remove_if(fewer.units.begin(), fewer.units.end(),
                                         [](const Unit &u) { return u.building == "A" && u.floor == 7; }),
                          fewer.units.end());
        p.development.setData(fewer);
        QCOMPARE(p.model.floors(), 7);
        QCOMPARE(p.model.count(), 70);
        QCOMPARE(p.model.get(0).value("floor").toInt(), 6);
    }

    void floorsWithFewerHomesLeaveTheirLastColumnsEmpty()
    {
        DevelopmentData data = m_data;
        // Floor 7 of A loses its first two homes: the rest move left, the grid stays 10 wide.
        const QStringList top = unitsOn("A", 7);
        data.units.erase(
            std::remove_if(data.units.begin(), data.units.end(),
                           [&](const Unit &u) { return u.id == top.at(0) || u.id == top.at(1); }),
            data.units.end());
        Plan p(data, "A");
        QCOMPARE(p.model.columns(), 10);
        QCOMPARE(p.cell(top.at(2)).value("column").toInt(), 0);
        QCOMPARE(p.cell(top.last()).value("column").toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(tst_StackingPlanModel)
#include "tst_stackingplanmodel.moc"
