// The unit finder's filter on the demo development (162 units): every filter alone and combined, the
// live count, "clear filters", sorting, one `changed` per change, the model tester, and QML access.
#include "core/Development.h"
#include "core/ManifestLoader.h"
#include "core/UnitFilter.h"
#include "core/UnitFilterModel.h"

#include <QAbstractItemModelTester>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(Showroom_CorePlugin)

using namespace showroom::core;

namespace {

using Rule = std::function<bool(const Unit &)>;

// The ids a buyer should see for `rule`, worked out independently of UnitFilter, in manifest order.
QStringList idsWhere(const DevelopmentData &data, const Rule &rule)
{
    QStringList ids;
    for (const Unit &u : data.units) {
        if (rule(u))
            ids << u.id;
    }
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool isAvailable(const Unit &u)
{
    return u.status == UnitStatus::Available;
}

} // namespace

Q_DECLARE_METATYPE(Rule)

class tst_UnitFilter : public QObject
{
    Q_OBJECT

private:
    DevelopmentData m_data;

    // A fresh development + finder for each test.
    struct Finder
    {
        Development development;
        UnitFilterModel model;
        explicit Finder(const DevelopmentData &data)
        {
            development.setLocale(QLocale(QLocale::English, QLocale::Ireland));
            development.setData(data);
            model.setSourceModel(development.units());
        }
    };

    QStringList viewIds(const UnitFilterModel &model) const
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.get(row).value("unitId").toString();
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
        QCOMPARE(m_data.units.size(), 162);
    }

    void newModelListsEveryUnitAndClearShowsAvailableOnes()
    {
        Finder f(m_data);
        QCOMPARE(f.model.count(), 162);
        QVERIFY(!f.model.isDefault());
        QSignalSpy changed(&f.model, &UnitFilterModel::changed);
        QSignalSpy count(&f.model, &UnitFilterModel::countChanged);
        f.model.clear();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(count.size(), 1);
        QVERIFY(f.model.isDefault());
        QVERIFY(f.model.availableOnly());
        QCOMPARE(f.model.statuses(), QStringList{"available"});
        QCOMPARE(f.model.matchingUnitIds(), idsWhere(m_data, isAvailable));
        QCOMPARE(f.model.count(), 79);
        f.model.clear(); // already clear: nothing to tell anyone
        QCOMPARE(changed.size(), 1);
        QCOMPARE(count.size(), 1);
    }

    void everyFilterAloneAndCombined_data()
    {
        QTest::addColumn<UnitFilter>("filter");
        QTest::addColumn<Rule>("rule");
        auto add = [](const char *name, const std::function<void(UnitFilter &)> &edit, const Rule &rule) {
            UnitFilter f = UnitFilter::everything();
            edit(f);
            QTest::newRow(name) << f << rule;
        };
        add(
            "bedrooms>=3", [](UnitFilter &f) { f.minBedrooms = 3; },
            [](const Unit &u) { return u.bedrooms >= 3; });
        add(
            "bedrooms<=1", [](UnitFilter &f) { f.maxBedrooms = 1; },
            [](const Unit &u) { return u.bedrooms <= 1; });
        add(
            "bedrooms=2", [](UnitFilter &f) { f.minBedrooms = f.maxBedrooms = 2; },
            [](const Unit &u) { return u.bedrooms == 2; });
        add(
            "price<=300000", [](UnitFilter &f) { f.maxPrice = 300000; },
            [](const Unit &u) { return u.price <= 300000; });
        add(
            "price>=400000", [](UnitFilter &f) { f.minPrice = 400000; },
            [](const Unit &u) { return u.price >= 400000; });
        add(
            "price=300000..450000", [](UnitFilter &f) { f.minPrice = 300000, f.maxPrice = 450000; },
            [](const Unit &u) { return u.price >= 300000 && u.price <= 450000; });
        add(
            "area>=70", [](UnitFilter &f) { f.minArea = 70; }, [](const Unit &u) { return u.area >= 70; });
        add(
            "area<=70", [](UnitFilter &f) { f.maxArea = 70; }, [](const Unit &u) { return u.area <= 70; });
        add(
            "area=60..100", [](UnitFilter &f) { f.minArea = 60, f.maxArea = 100; },
            [](const Unit &u) { return u.area >= 60 && u.area <= 100; });
        add(
            "floor<=3", [](UnitFilter &f) { f.maxFloor = 3; }, [](const Unit &u) { return u.floor <= 3; });
        add(
            "floor=0 (ground)", [](UnitFilter &f) { f.maxFloor = 0; },
            [](const Unit &u) { return u.floor == 0; });
        add(
            "floor=2..5", [](UnitFilter &f) { f.minFloor = 2, f.maxFloor = 5; },
            [](const Unit &u) { return u.floor >= 2 && u.floor <= 5; });
        add(
            "orientation=S|SW",
            [](UnitFilter &f) {
                f.orientations = QStringList{"S", "SW"};
            },
            [](const Unit &u) { return u.orientation == "S" || u.orientation == "SW"; });
        add(
            "status=available", [](UnitFilter &f) { f.statuses = QStringList{"available"}; }, isAvailable);
        add(
            "status=reserved|sold",
            [](UnitFilter &f) {
                f.statuses = QStringList{"reserved", "sold"};
            },
            [](const Unit &u) { return u.status != UnitStatus::Available; });
        add(
            "building=B", [](UnitFilter &f) { f.buildings = QStringList{"B"}; },
            [](const Unit &u) { return u.building == "B"; });
        add(
            "building=A|T",
            [](UnitFilter &f) {
                f.buildings = QStringList{"A", "T"};
            },
            [](const Unit &u) { return u.building != "B"; });
        add(
            "type=2B", [](UnitFilter &f) { f.unitTypes = QStringList{"2B"}; },
            [](const Unit &u) { return u.type == "2B"; });
        add(
            "type=1B|TH",
            [](UnitFilter &f) {
                f.unitTypes = QStringList{"1B", "TH"};
            },
            [](const Unit &u) { return u.type == "1B" || u.type == "TH"; });
        // "Three bedrooms, south-facing, under 450,000, still for sale."
        add(
            "the buyer's question",
            [](UnitFilter &f) {
                f.minBedrooms = 3;
                f.orientations = QStringList{"S", "SE", "SW"};
                f.maxPrice = 450000;
                f.statuses = QStringList{"available"};
            },
            [](const Unit &u) {
                return u.bedrooms >= 3 && u.orientation.startsWith('S') && u.price <= 450000 &&
                       isAvailable(u);
            });
        add(
            "every field at once",
            [](UnitFilter &f) {
                f.minBedrooms = 1, f.maxBedrooms = 3, f.minPrice = 200000, f.maxPrice = 600000;
                f.minArea = 45, f.maxArea = 90, f.minFloor = 1, f.maxFloor = 6;
                f.orientations = QStringList{"S", "SW", "W", "E"};
                f.statuses = QStringList{"available", "reserved"};
                f.buildings = QStringList{"A", "B"};
                f.unitTypes = QStringList{"1B", "3B"};
            },
            [](const Unit &u) {
                return u.bedrooms >= 1 && u.bedrooms <= 3 && u.price >= 200000 && u.price <= 600000 &&
                       u.area >= 45 && u.area <= 90 && u.floor >= 1 && u.floor <= 6 &&
                       QStringList({"S", "SW", "W", "E"}).contains(u.orientation) &&
                       u.status != UnitStatus::Sold && u.building != "T" && u.type != "2B";
            });
        add(
            "nothing matches", [](UnitFilter &f) { f.minBedrooms = 3, f.maxPrice = 210000; },
            [](const Unit &) { return false; });
    }

    void everyFilterAloneAndCombined()
    {
        QFETCH(UnitFilter, filter);
        QFETCH(Rule, rule);
        const QStringList expected = idsWhere(m_data, rule);
        // Each row narrows the list (the rows are chosen so that none of them is a no-op).
        QVERIFY2(expected.size() < 162, qPrintable(QString::number(expected.size())));

        QCOMPARE(matchingUnitIds(filter, m_data), expected);

        Finder f(m_data);
        QSignalSpy changed(&f.model, &UnitFilterModel::changed);
        QSignalSpy results(&f.model, &UnitFilterModel::resultsChanged);
        QSignalSpy count(&f.model, &UnitFilterModel::countChanged);
        f.model.setFilter(filter);
        QCOMPARE(changed.size(), 1); // once, however many fields were set
        QCOMPARE(results.size(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(f.model.count(), expected.size());
        QCOMPARE(f.model.matchingUnitIds(), expected); // manifest order while unsorted
        QCOMPARE(viewIds(f.model), expected);
        for (const Unit &u : m_data.units)
            QCOMPARE(f.model.isMatch(u.id), expected.contains(u.id));
        QVERIFY(!f.model.isMatch("Z_9999"));

        // The same filter again is no change.
        f.model.setFilter(filter);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(results.size(), 1);
    }

    void propertiesSetOneAtATime()
    {
        Finder f(m_data);
        QSignalSpy changed(&f.model, &UnitFilterModel::changed);
        QSignalSpy count(&f.model, &UnitFilterModel::countChanged);
        UnitFilterModel &m = f.model;
        auto expectIds = [&](const Rule &rule) { return m.matchingUnitIds() == idsWhere(m_data, rule); };

        m.setAvailableOnly(true);
        QVERIFY(expectIds(isAvailable));
        m.setMinBedrooms(2);
        QVERIFY(expectIds([](const Unit &u) { return isAvailable(u) && u.bedrooms >= 2; }));
        m.setMaxBedrooms(2);
        QVERIFY(expectIds([](const Unit &u) { return isAvailable(u) && u.bedrooms == 2; }));
        QCOMPARE(changed.size(), 3);
        m.setMaxBedrooms(-1);
        m.setMinPrice(250000);
        m.setMaxPrice(400000);
        QVERIFY(expectIds([](const Unit &u) {
            return isAvailable(u) && u.bedrooms >= 2 && u.price >= 250000 && u.price <= 400000;
        }));
        m.setMinPrice(0);
        m.setMaxPrice(0);
        m.setMinArea(60);
        m.setMaxArea(80);
        m.setMinFloor(1);
        m.setMaxFloor(4);
        QVERIFY(expectIds([](const Unit &u) {
            return isAvailable(u) && u.bedrooms >= 2 && u.area >= 60 && u.area <= 80 && u.floor >= 1 &&
                   u.floor <= 4;
        }));
        QCOMPARE(m.minArea(), 60.0);
        QCOMPARE(m.maxFloor(), 4);
        m.setMinArea(0);
        m.setMaxArea(0);
        m.setMinFloor(0);
        m.setMaxFloor(-1);
        m.setMinBedrooms(0);
        QVERIFY(m.isDefault());

        m.setOrientations({"sw", "S", "S"}); // any case, duplicates once, canonical order
        QCOMPARE(m.orientations(), QStringList({"S", "SW"}));
        m.setBuilding("A");
        QCOMPARE(m.buildings(), QStringList{"A"});
        m.setUnitType("3B");
        QCOMPARE(m.unitType(), QString("3B"));
        QVERIFY(expectIds([](const Unit &u) {
            return isAvailable(u) && (u.orientation == "S" || u.orientation == "SW") && u.building == "A" &&
                   u.type == "3B";
        }));
        m.setBuildings({"B", "A"});
        QCOMPARE(m.building(), QString()); // several: no single building
        QCOMPARE(m.buildings(), QStringList({"A", "B"}));
        m.setUnitTypes({});
        m.setOrientations({});
        m.setBuildings({});
        m.setStatuses({"sold", "reserved"});
        QVERIFY(!m.availableOnly());
        QVERIFY(expectIds([](const Unit &u) { return !isAvailable(u); }));
        m.setAvailableOnly(false); // not "available only" already: stays as it is
        QCOMPARE(m.statuses(), QStringList({"reserved", "sold"}));
        m.setStatuses({"available", "reserved", "sold"}); // all of them is any
        QCOMPARE(m.statuses(), QStringList());
        QCOMPARE(m.count(), 162);
        QVERIFY(count.size() >= 10);
        QCOMPARE(changed.size(), 26);
    }

    void sortingByPriceAreaAndFloor_data()
    {
        QTest::addColumn<QString>("sortBy");
        QTest::addColumn<int>("role");
        QTest::newRow("price") << "price" << int(UnitModel::PriceRole);
        QTest::newRow("area") << "area" << int(UnitModel::AreaRole);
        QTest::newRow("floor") << "floor" << int(UnitModel::FloorRole);
    }

    void sortingByPriceAreaAndFloor()
    {
        QFETCH(QString, sortBy);
        QFETCH(int, role);
        Finder f(m_data);
        f.model.clear();
        f.model.setMinBedrooms(2);
        const QStringList before = sorted(f.model.matchingUnitIds());
        QSignalSpy changed(&f.model, &UnitFilterModel::changed);
        QSignalSpy results(&f.model, &UnitFilterModel::resultsChanged);
        auto values = [&] {
            QList<double> v;
            for (int row = 0; row < f.model.rowCount(); ++row)
                v << f.model.index(row, 0).data(role).toDouble();
            return v;
        };

        f.model.setSortBy(sortBy);
        QList<double> ascending = values();
        QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
        QVERIFY(ascending.first() < ascending.last());
        f.model.setDescending(true);
        const QList<double> descending = values();
        QVERIFY(std::is_sorted(descending.crbegin(), descending.crend()));
        QCOMPARE(descending.first(), ascending.last());

        // A filter change keeps the order; sorting never changes which units match.
        f.model.setMaxPrice(500000);
        const QList<double> filtered = values();
        QVERIFY(std::is_sorted(filtered.crbegin(), filtered.crend()));
        QVERIFY(filtered.size() < descending.size());
        f.model.setMaxPrice(0);
        QCOMPARE(sorted(f.model.matchingUnitIds()), before);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(results.size(), 2);

        f.model.setSortBy(QString()); // back to manifest order
        QCOMPARE(f.model.matchingUnitIds(),
                 idsWhere(m_data, [](const Unit &u) { return isAvailable(u) && u.bedrooms >= 2; }));
    }

    void reloadUpdatesResultsWithoutAFilterChange()
    {
        Finder f(m_data);
        f.model.clear();
        QSignalSpy changed(&f.model, &UnitFilterModel::changed);
        QSignalSpy results(&f.model, &UnitFilterModel::resultsChanged);
        QSignalSpy count(&f.model, &UnitFilterModel::countChanged);
        DevelopmentData sold = m_data;
        for (Unit &u : sold.units) {
            if (u.building == "B")
                u.status = UnitStatus::Sold;
        }
        f.development.setData(sold);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(results.size(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(f.model.matchingUnitIds(), idsWhere(sold, isAvailable));
    }

    void passesTheModelTester()
    {
        Development development;
        UnitFilterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(development.units());
        development.setData(m_data);
        model.clear();
        model.setSortBy("price");
        UnitFilter f;
        f.minBedrooms = 2, f.orientations = QStringList{"S", "W"}, f.maxFloor = 5;
        model.setFilter(f);
        model.setDescending(true);
        f.statuses.clear();
        f.buildings = QStringList{"B"};
        model.setFilter(f);
        model.setSortBy("floor");
        development.setData(DevelopmentData());
        QCOMPARE(model.count(), 0);
        development.setData(m_data);
        QVERIFY(model.count() > 0);
        model.setFilter(UnitFilter::everything());
        QCOMPARE(model.count(), 162);
    }

    void normalizedFiltersCompareEqual()
    {
        UnitFilter a;
        a.orientations = QStringList{"sw", "N", "xx"};
        a.statuses = QStringList{"SOLD", "available"};
        a.buildings = QStringList{"B", "A", "B"};
        a.minBedrooms = -4;
        a.maxFloor = -9;
        UnitFilter b;
        b.orientations = QStringList{"N", "SW"};
        b.statuses = QStringList{"available", "sold"};
        b.buildings = QStringList{"A", "B"};
        QVERIFY(a != b);
        QCOMPARE(a.normalized(), b);
        UnitFilter all;
        all.orientations = orientationKeys();
        QCOMPARE(all.normalized(), UnitFilter());
    }

    void usableFromQml()
    {
        Development development;
        development.setData(m_data);
        QQmlEngine engine;
        engine.addImportPath("qrc:/qt/qml");
        QQmlComponent component(&engine);
        component.setData(R"(
            import Showroom.Core
            UnitFilterModel {
                required property var units
                sourceModel: units
                minBedrooms: 3
                orientations: ["S", "SW"]
                statuses: ["available", "reserved"]
                sortBy: "price"
                property int shown: count
                property bool clean: isDefault
            }
        )",
                          QUrl("qrc:/finder.qml"));
        std::unique_ptr<QObject> o(
            component.createWithInitialProperties({{"units", QVariant::fromValue(development.units())}}));
        QVERIFY2(o, qPrintable(component.errorString()));
        auto *model = qobject_cast<UnitFilterModel *>(o.get());
        QVERIFY(model);
        const int expected = int(idsWhere(m_data, [](const Unit &u) {
                                     return u.bedrooms >= 3 &&
                                            (u.orientation == "S" || u.orientation == "SW") &&
                                            u.status != UnitStatus::Sold;
                                 }).size());
        QVERIFY(expected > 0);
        QCOMPARE(o->property("shown").toInt(), expected);
        QCOMPARE(o->property("clean").toBool(), false);
        QMetaObject::invokeMethod(o.get(), "clear");
        QCOMPARE(o->property("shown").toInt(), 79);
        QCOMPARE(o->property("clean").toBool(), true);
        QStringList ids;
        QMetaObject::invokeMethod(o.get(), "matchingUnitIds", Q_RETURN_ARG(QStringList, ids));
        QCOMPARE(ids.size(), 79);
    }
};

QTEST_GUILESS_MAIN(tst_UnitFilter)
#include "tst_unitfilter.moc"
