// The unit number and material packed into a vertex colour's alpha: what the units shader and the
// unit state texture read back. Every value the packing promises must come back exactly from a 32-bit
// float, and a number it cannot hold must never corrupt the material or name another unit.
#include "scene/UnitPacking.h"

#include <QTest>
#include <cmath>

using namespace showroom::scene;

class tst_UnitPacking : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsAtTheLimits_data();
    void roundTripsAtTheLimits();
    void everyNumberIsExactInAFloat();
    void numbersPastTheLimitAreNoUnit();
    void materialIsClampedAndStepped();
    void unpackToleratesInterpolationNoise();
    void unitsAreNumberedInIdOrder();
    void numberingStopsAtTheLimit();
};

void tst_UnitPacking::roundTripsAtTheLimits_data()
{
    QTest::addColumn<int>("roughSteps");
    QTest::addColumn<int>("metalSteps");
    QTest::addColumn<int>("unit");
    QTest::newRow("no unit, black plastic") << 0 << 0 << 0;
    QTest::newRow("first unit") << 63 << 0 << 1;
    QTest::newRow("shiny metal") << 0 << 63 << 17;
    QTest::newRow("last unit, all ones") << 63 << 63 << MaxPackedUnitNumber;
    QTest::newRow("last unit, all zeros") << 0 << 0 << MaxPackedUnitNumber;
    QTest::newRow("middle") << 31 << 32 << 2048;
}

void tst_UnitPacking::roundTripsAtTheLimits()
{
    QFETCH(int, roughSteps);
    QFETCH(int, metalSteps);
    QFETCH(int, unit);
    const float packed = packUnitMaterial(roughSteps / 63.0f, metalSteps / 63.0f, unit);
    const UnitMaterial m = unpackUnitMaterial(packed);
    QCOMPARE(m.unitNumber, unit);
    QCOMPARE(std::lround(m.roughness * 63), long(roughSteps));
    QCOMPARE(std::lround(m.metalness * 63), long(metalSteps));
    QCOMPARE(double(packed), double(roughSteps + 64 * metalSteps + 4096 * unit));
}

void tst_UnitPacking::everyNumberIsExactInAFloat()
{
    // The worst case of every number (both material fields at 63) is an integer a float holds exactly,
    // and its neighbour one number up is distinct: no two units can share a packed value.
    QCOMPARE(MaxPackedUnitNumber, 4095);
    for (int n = 0; n <= MaxPackedUnitNumber; ++n) {
        const float packed = packUnitMaterial(1, 1, n);
        QCOMPARE(double(packed), 4095.0 + 4096.0 * n);
        QCOMPARE(unpackUnitMaterial(packed).unitNumber, n);
        QCOMPARE(unpackUnitMaterial(packUnitMaterial(0, 0, n)).unitNumber, n);
    }
    QCOMPARE(double(packUnitMaterial(1, 1, MaxPackedUnitNumber)), double((1 << 24) - 1));
}

void tst_UnitPacking::numbersPastTheLimitAreNoUnit()
{
    // One past the limit would round (2^24 + 4095 is not a float): packed as "no unit" instead, with the
    // material intact. Negative numbers likewise.
    for (int n : {MaxPackedUnitNumber + 1, 5000, 1 << 20, -1}) {
        const UnitMaterial m = unpackUnitMaterial(packUnitMaterial(40 / 63.0f, 5 / 63.0f, n));
        QCOMPARE(m.unitNumber, 0);
        QCOMPARE(std::lround(m.roughness * 63), 40L);
        QCOMPARE(std::lround(m.metalness * 63), 5L);
    }
}

void tst_UnitPacking::materialIsClampedAndStepped()
{
    UnitMaterial m = unpackUnitMaterial(packUnitMaterial(2.0f, -1.0f, 3));
    QCOMPARE(m.roughness, 1.0f);
    QCOMPARE(m.metalness, 0.0f);
    QCOMPARE(m.unitNumber, 3);
    m = unpackUnitMaterial(packUnitMaterial(std::nanf(""), 0.5f, 3));
    QCOMPARE(m.roughness, 0.0f);
    QCOMPARE(std::lround(m.metalness * 63), 32L); // 0.5 * 63 = 31.5 rounds up
    QCOMPARE(m.unitNumber, 3);
}

void tst_UnitPacking::unpackToleratesInterpolationNoise()
{
    const float packed = packUnitMaterial(10 / 63.0f, 20 / 63.0f, 321);
    for (float noise : {-0.3f, 0.3f}) {
        const UnitMaterial m = unpackUnitMaterial(packed + noise);
        QCOMPARE(m.unitNumber, 321);
        QCOMPARE(std::lround(m.roughness * 63), 10L);
        QCOMPARE(std::lround(m.metalness * 63), 20L);
    }
}

void tst_UnitPacking::unitsAreNumberedInIdOrder()
{
    const QHash<QString, int> numbers = numberUnits({"B_0101", "A_0002", "A_0001", "A_0002"});
    QCOMPARE(numbers.size(), 3);
    QCOMPARE(numbers.value("A_0001"), 1);
    QCOMPARE(numbers.value("A_0002"), 2);
    QCOMPARE(numbers.value("B_0101"), 3);
    QVERIFY(numberUnits({}).isEmpty());
}

void tst_UnitPacking::numberingStopsAtTheLimit()
{
    QStringList ids;
    for (int i = 0; i < MaxPackedUnitNumber + 10; ++i)
        ids << QStringLiteral("U_%1").arg(i, 5, 10, QLatin1Char('0'));
    const QHash<QString, int> numbers = numberUnits(ids);
    QCOMPARE(numbers.size(), MaxPackedUnitNumber);
    QCOMPARE(numbers.value(ids.first()), 1);
    QCOMPARE(numbers.value(ids[MaxPackedUnitNumber - 1]), MaxPackedUnitNumber);
    QVERIFY(!numbers.contains(ids[MaxPackedUnitNumber])); // gets rows of its own, not a wrong number
}

QTEST_APPLESS_MAIN(tst_UnitPacking)
#include "tst_unitpacking.moc"
