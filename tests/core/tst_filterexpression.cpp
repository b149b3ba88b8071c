// Filter expressions (--filter on the command line, stills): every field, ranges and sets, each error
// naming the part it could not read and what was expected, and describe() giving back an expression
// that reads as the same filter.
#include "ManifestFixture.h"
#include "core/FilterExpression.h"
#include "core/ManifestLoader.h"
#include "core/UnitFilterModel.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace showroom::core;

namespace {

UnitFilter finderDefault()
{
    return UnitFilter();
}

} // namespace

class tst_FilterExpression : public QObject
{
    Q_OBJECT

private slots:
    void everyField_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<UnitFilter>("expected");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *expression, const std::function<void(UnitFilter &)> &edit,
                      const char *canonical) {
            UnitFilter f = finderDefault();
            edit(f);
            QTest::newRow(expression) << QString::fromUtf8(expression) << f << QString::fromUtf8(canonical);
        };
        row(
            "", [](UnitFilter &) {}, "");
        row(
            "   ", [](UnitFilter &) {}, "");
        row(
            "bedrooms>=3", [](UnitFilter &f) { f.minBedrooms = 3; }, "bedrooms>=3");
        row(
            "bedrooms<=2", [](UnitFilter &f) { f.maxBedrooms = 2; }, "bedrooms<=2");
        row(
            "bedrooms=2", [](UnitFilter &f) { f.minBedrooms = f.maxBedrooms = 2; }, "bedrooms=2");
        row(
            "bedrooms=0", [](UnitFilter &f) { f.maxBedrooms = 0; }, "bedrooms<=0");
        row(
            "bedrooms=1..3", [](UnitFilter &f) { f.minBedrooms = 1, f.maxBedrooms = 3; }, "bedrooms=1..3");
        row(
            "bedrooms>=2,bedrooms<=3", [](UnitFilter &f) { f.minBedrooms = 2, f.maxBedrooms = 3; },
            "bedrooms=2..3");
        row(
            "price<=450000", [](UnitFilter &f) { f.maxPrice = 450000; }, "price<=450000");
        row(
            "price>=250000.5", [](UnitFilter &f) { f.minPrice = 250000.5; }, "price>=250000.5");
        row(
            "price=300000..450000", [](UnitFilter &f) { f.minPrice = 300000, f.maxPrice = 450000; },
            "price=300000..450000");
        row(
            "price<=4.5e5", [](UnitFilter &f) { f.maxPrice = 450000; }, "price<=450000");
        row(
            "area>=70", [](UnitFilter &f) { f.minArea = 70; }, "area>=70");
        row(
            "area<=78.5", [](UnitFilter &f) { f.maxArea = 78.5; }, "area<=78.5");
        row(
            "area=60..90", [](UnitFilter &f) { f.minArea = 60, f.maxArea = 90; }, "area=60..90");
        row(
            "floor<=3", [](UnitFilter &f) { f.maxFloor = 3; }, "floor<=3");
        row(
            "floor>=1", [](UnitFilter &f) { f.minFloor = 1; }, "floor>=1");
        row(
            "floor=2..5", [](UnitFilter &f) { f.minFloor = 2, f.maxFloor = 5; }, "floor=2..5");
        row(
            "floor=0", [](UnitFilter &f) { f.maxFloor = 0; }, "floor<=0");
        row(
            "orientation=S|SW",
            [](UnitFilter &f) {
                f.orientations = QStringList{"S", "SW"};
            },
            "orientation=S|SW");
        row(
            "orientation=sw|s|S",
            [](UnitFilter &f) {
                f.orientations = QStringList{"S", "SW"};
            },
            "orientation=S|SW");
        row(
            "orientation=any", [](UnitFilter &) {}, "");
        row(
            "status=available", [](UnitFilter &) {}, "");
        row(
            "status=available|reserved",
            [](UnitFilter &f) {
                f.statuses = QStringList{"available", "reserved"};
            },
            "status=available|reserved");
        row(
            "status=Sold", [](UnitFilter &f) { f.statuses = QStringList{"sold"}; }, "status=sold");
        row(
            "status=any", [](UnitFilter &f) { f.statuses.clear(); }, "status=any");
        row(
            "status=sold|reserved|available", [](UnitFilter &f) { f.statuses.clear(); }, "status=any");
        row(
            "building=A", [](UnitFilter &f) { f.buildings = QStringList{"A"}; }, "building=A");
        row(
            "building=T|A",
            [](UnitFilter &f) {
                f.buildings = QStringList{"A", "T"};
            },
            "building=A|T");
        row(
            "type=2B", [](UnitFilter &f) { f.unitTypes = QStringList{"2B"}; }, "type=2B");
        row(
            "type=3B|1B",
            [](UnitFilter &f) {
                f.unitTypes = QStringList{"1B", "3B"};
            },
            "type=1B|3B");
        row(
            "bedrooms>=3,status=available,price<=450000",
            [](UnitFilter &f) { f.minBedrooms = 3, f.maxPrice = 450000; }, "bedrooms>=3,price<=450000");
        row(
            " Type = 2B , BEDROOMS >= 2 ,orientation = S | W ",
            [](UnitFilter &f) {
                f.unitTypes = QStringList{"2B"};
                f.minBedrooms = 2;
                f.orientations = QStringList{"S", "W"};
            },
            "bedrooms>=2,orientation=S|W,type=2B");
        row(
            "type=1B,floor=1..6,status=any,building=B,area<=90,orientation=N|E,price>=2e5,bedrooms=1",
            [](UnitFilter &f) {
                f.minBedrooms = 1, f.maxBedrooms = 1, f.minPrice = 200000, f.maxArea = 90;
                f.minFloor = 1, f.maxFloor = 6, f.orientations = QStringList{"N", "E"};
                f.statuses.clear(), f.buildings = QStringList{"B"}, f.unitTypes = QStringList{"1B"};
            },
            "bedrooms=1,price>=200000,area<=90,floor=1..6,orientation=N|E,status=any,building=B,type=1B");
        // A later part on a set replaces the earlier one.
        row(
            "orientation=N,orientation=S", [](UnitFilter &f) { f.orientations = QStringList{"S"}; },
            "orientation=S");
    }

    void everyField()
    {
        QFETCH(QString, expression);
        QFETCH(UnitFilter, expected);
        QFETCH(QString, canonical);
        const FilterParseResult r = parseFilterExpression(expression);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(describe(r.filter), canonical);
        QVERIFY2(r.filter == expected.normalized(), qPrintable(describe(r.filter)));
        // Round trip: the canonical text reads as the same filter, and describes itself.
        const FilterParseResult again = parseFilterExpression(canonical);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.filter == r.filter);
        QCOMPARE(describe(again.filter), canonical);
    }

    void describeRoundTripsFiltersBuiltInCode()
    {
        UnitFilter f = UnitFilter::everything();
        QCOMPARE(describe(f), QString("status=any"));
        QCOMPARE(describe(UnitFilter()), QString());
        f.minBedrooms = 2, f.maxBedrooms = 4, f.minPrice = 199999.99, f.maxPrice = 1250000, f.minArea = 48.7;
        f.maxArea = 134.5, f.minFloor = 0, f.maxFloor = 24, f.orientations = QStringList{"NW", "n", "SE"};
        f.statuses = QStringList{"reserved"}, f.buildings = QStringList{"Tower 1", "B"};
        f.unitTypes = QStringList{"TH"};
        const QString text = describe(f);
        QCOMPARE(text, QString("bedrooms=2..4,price=199999.99..1250000,area=48.7..134.5,floor<=24,"
                               "orientation=N|SE|NW,status=reserved,building=B|Tower 1,type=TH"));
        const FilterParseResult r = parseFilterExpression(text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.filter == f.normalized());
    }

    void errorsNameThePartAndWhatWasExpected_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        const QString fields = "fields: bedrooms, price, area, floor, orientation, status, building, type";
        QTest::newRow("unknown field") << "bedrooms>=3,bedroms>=3"
                                       << "filter part 2 'bedroms>=3': unknown field 'bedroms'; " + fields;
        QTest::newRow("not a number") << "price<=abc"
                                      << "filter part 1 'price<=abc': expected a number, got 'abc'";
        QTest::newRow("no field") << ">=3"
                                  << "filter part 1 '>=3': expected a field name first, e.g. bedrooms>=3; " +
                                         fields;
        QTest::newRow("no operator")
            << "bedrooms3"
            << "filter part 1 'bedrooms3': expected =, >= or <= after 'bedrooms', e.g. "
               "bedrooms>=3";
        QTest::newRow("no operator on a set")
            << "status available"
            << "filter part 1 'status available': expected = after 'status', e.g. "
               "status=available|reserved";
        QTest::newRow("strict less than")
            << "price<450000"
            << "filter part 1 'price<450000': unsupported operator '<'; use =, >= or "
               "<=, e.g. price<=450000";
        QTest::newRow("double equals")
            << "floor==2"
            << "filter part 1 'floor==2': unsupported operator '=='; use =, >= or <=, "
               "e.g. floor=2..5";
        QTest::newRow("no value") << "area>="
                                  << "filter part 1 'area>=': expected a number after '>=', e.g. "
                                     "area=60..90";
        QTest::newRow("fraction of a bedroom")
            << "bedrooms>=2.5"
            << "filter part 1 'bedrooms>=2.5': expected a whole number (0 or more), got '2.5'";
        QTest::newRow("negative floor")
            << "floor>=-1"
            << "filter part 1 'floor>=-1': expected a whole number (0 or more), got '-1'";
        QTest::newRow("zero price") << "price<=0"
                                    << "filter part 1 'price<=0': expected a number above 0, got '0'";
        QTest::newRow("empty range") << "floor=5..2"
                                     << "filter part 1 'floor=5..2': the range is empty: 5 is above 2";
        QTest::newRow("half a range")
            << "price=300000.."
            << "filter part 1 'price=300000..': expected a range low..high, e.g. floor=2..5, "
               "got '300000..'";
        QTest::newRow("bad range end") << "area=60..big"
                                       << "filter part 1 'area=60..big': expected a number, got 'big'";
        QTest::newRow("ranges that exclude each other") << "bedrooms>=4,bedrooms<=2"
                                                        << "filter part 2 'bedrooms<=2': together with the "
                                                           "parts before it, bedrooms would be 4..2: nothing "
                                                           "can match";
        QTest::newRow("range operator on a set")
            << "orientation>=S"
            << "filter part 1 'orientation>=S': orientation takes '=' and one or more values "
               "joined by |, e.g. orientation=S|SW";
        QTest::newRow("unknown orientation") << "orientation=S|SSW"
                                             << "filter part 1 'orientation=S|SSW': unknown orientation "
                                                "'SSW'; expected N, NE, E, SE, S, SW, W, NW or "
                                                "any";
        QTest::newRow("unknown status")
            << "status=free"
            << "filter part 1 'status=free': unknown status 'free'; expected available, "
               "reserved, sold or any";
        QTest::newRow("empty set value")
            << "type=2B||3B"
            << "filter part 1 'type=2B||3B': expected a value on each side of |, got "
               "'2B||3B'";
        QTest::newRow("no set value") << "building="
                                      << "filter part 1 'building=': expected one or more values "
                                         "after '=', e.g. building=A";
        QTest::newRow("empty part")
            << "bedrooms>=3,,price<=450000"
            << "filter part 2 '': empty; expected a field, an operator and a value, e.g. "
               "bedrooms>=3";
        QTest::newRow("trailing comma")
            << "bedrooms>=3,"
            << "filter part 2 '': empty; expected a field, an operator and a value, e.g. "
               "bedrooms>=3";
        QTest::newRow("third part") << "bedrooms>=3,status=available,price<=45O000"
                                    << "filter part 3 'price<=45O000': expected a number, got '45O000'";
    }

    void errorsNameThePartAndWhatWasExpected()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        const FilterParseResult r = parseFilterExpression(expression);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, error);
        QVERIFY(r.filter == UnitFilter()); // nothing half-applied
    }

    void idsAreCheckedAgainstTheDevelopmentWhenGiven()
    {
        const ManifestResult m = parseManifest(QJsonDocument(fixture::validManifest()).toJson(), QString());
        QVERIFY2(m.ok(), qPrintable(m.errors.join('\n')));
        QVERIFY(parseFilterExpression("building=X").ok()); // without a development, any id reads
        FilterParseResult r = parseFilterExpression("bedrooms>=2,building=A|X", &m.data);
        QCOMPARE(r.error, QString("filter part 2 'building=A|X': no building 'X'; buildings: A, T"));
        r = parseFilterExpression("type=3B", &m.data);
        QCOMPARE(r.error, QString("filter part 1 'type=3B': no unit type '3B'; types: 2B, 1B, TH3"));
        r = parseFilterExpression("building=T,type=TH3", &m.data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(matchingUnitIds(r.filter, m.data), QStringList()); // the townhouse is sold
        r = parseFilterExpression("building=T,type=TH3,status=any", &m.data);
        QCOMPARE(matchingUnitIds(r.filter, m.data), QStringList{"T_0001"});
    }

    void modelTakesExpressions()
    {
        UnitFilterModel model;
        QSignalSpy changed(&model, &UnitFilterModel::changed);
        QCOMPARE(model.expression(), QString("status=any"));
        QCOMPARE(model.applyExpression("bedrooms>=3,orientation=S|SW,price<=450000"), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.expression(), QString("bedrooms>=3,price<=450000,orientation=S|SW"));
        QCOMPARE(model.minBedrooms(), 3);
        QVERIFY(model.availableOnly());
        // A malformed expression changes nothing and says why.
        QCOMPARE(model.applyExpression("bedrooms>=3,floor<=x"),
                 QString("filter part 2 'floor<=x': expected a number, got 'x'"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.maxPrice(), 450000.0);
        model.clear();
        QCOMPARE(model.expression(), QString());
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_FilterExpression)
#include "tst_filterexpression.moc"
