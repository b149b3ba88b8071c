// The SPA against the NREL report's worked example and against an independent ephemeris (PyEphem 4.1.4,
// XEphem's libastro, refraction off) for Graz. docs/sun.md lists every reference value and its source.
#include "sun/SolarPosition.h"

#include <QTest>
#include <QTimeZone>

using namespace showroom::sun;

namespace {

const double grazLat = 47.07;
const double grazLon = 15.44;

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// Degrees apart on the circle (azimuths near 0/360).
double angleDiff(double a, double b)
{
    double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180 ? 360 - d : d;
}

} // namespace

class TestSolarPosition : public QObject
{
    Q_OBJECT

private slots:
    // NREL/TP-560-34302 (rev. 2008), table A5.1 and its intermediate results: 2003-10-17 12:30:30
    // local (UTC-7), 39.742476 N 105.1786 W, 1830.14 m, 820 mbar, 11 degC, deltaT 67 s, UT1 = UTC.
    void nrelReportExample()
    {
        const QDateTime local(QDate(2003, 10, 17), QTime(12, 30, 30), QTimeZone(-7 * 3600));
        const SolarPosition p = compute(local, 39.742476, -105.1786, 1830.14, 67.0, Atmosphere{820, 11});
        QVERIFY2(std::abs(p.julianDay - 2452930.312847) < 1e-6,
                 qPrintable(QString::number(p.julianDay, 'f', 7)));
        // The sums of the periodic terms (table A4.2 / A4.3 transcribed right).
        QVERIFY(std::abs(p.heliocentricLongitudeDeg - 24.0182616917) < 1e-8);
        QVERIFY(std::abs(p.heliocentricLatitudeDeg - -0.0001011219) < 1e-9);
        QVERIFY(std::abs(p.radiusAu - 0.9965422974) < 1e-9);
        QVERIFY(std::abs(p.nutationLongitudeDeg - -0.00399840) < 1e-8);
        QVERIFY(std::abs(p.nutationObliquityDeg - 0.00166657) < 1e-8);
        QVERIFY(std::abs(p.trueObliquityDeg - 23.440465) < 1e-6);
        QVERIFY(std::abs(p.declinationDeg - -9.316179) < 1e-6);
        QVERIFY(std::abs(p.hourAngleDeg - 11.10629) <
                5e-5); // the report prints 11.10629; the SPA gives 11.106271
        // The geometric topocentric elevation e0 (what elevationDeg is) and, with refraction for the
        // report's atmosphere, the published topocentric zenith 50.11162 and azimuth 194.34024.
        QVERIFY2(std::abs(p.elevationDeg - 39.872046) < 1e-6,
                 qPrintable(QString::number(p.elevationDeg, 'f', 7)));
        QVERIFY(std::abs(p.zenithDeg - (90.0 - 39.872046)) < 1e-6);
        QVERIFY2(std::abs(p.apparentZenithDeg() - 50.11162) < 1e-5,
                 qPrintable(QString::number(p.apparentZenithDeg(), 'f', 7)));
        QVERIFY2(std::abs(p.azimuthDeg - 194.34024) < 1e-5,
                 qPrintable(QString::number(p.azimuthDeg, 'f', 7)));
        // The refraction is what separates the two zeniths (about 0.0163 deg at 40 deg up).
        QVERIFY(std::abs(p.refractionDeg - (p.zenithDeg - 50.11162)) < 1e-5);
    }

    // Graz at several dates and times against PyEphem (geometric, pressure 0, sea level, ephem's deltaT):
    // the requirement is 0.01 deg; the test asks 0.001 deg (measured: 0.0002 deg at most).
    void grazAgainstEphemeris_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<double>("azimuth");
        QTest::addColumn<double>("elevation");
        QTest::newRow("equinox morning") << utc(2026, 3, 20, 11, 0) << 178.0598 << 42.8499;
        QTest::newRow("midsummer dawn") << utc(2026, 6, 21, 4, 0) << 63.3516 << 7.4402;
        QTest::newRow("midsummer noon") << utc(2026, 6, 21, 11, 0) << 179.9725 << 66.3669;
        QTest::newRow("midsummer evening") << utc(2026, 6, 21, 17, 30) << 291.4967 << 12.1169;
        QTest::newRow("midwinter morning") << utc(2026, 12, 21, 8, 0) << 139.7521 << 9.0821;
        QTest::newRow("midwinter noon") << utc(2026, 12, 21, 11, 0) << 180.9040 << 19.4859;
        QTest::newRow("september afternoon") << utc(2026, 9, 15, 14, 45) << 247.2583 << 23.4576;
    }
    void grazAgainstEphemeris()
    {
        QFETCH(QDateTime, when);
        QFETCH(double, azimuth);
        QFETCH(double, elevation);
        const SolarPosition p = compute(when, grazLat, grazLon);
        QVERIFY2(angleDiff(p.azimuthDeg, azimuth) < 0.001, qPrintable(QString::number(p.azimuthDeg, 'f', 4)));
        QVERIFY2(std::abs(p.elevationDeg - elevation) < 0.001,
                 qPrintable(QString::number(p.elevationDeg, 'f', 4)));
    }

    // At an equinox the noon sun stands 90 deg - latitude high, due south (north in the south).
    void equinoxNoon_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("noonAzimuth");
        QTest::newRow("Graz") << grazLat << grazLon << 180.0;
        QTest::newRow("Denver") << 39.742476 << -105.1786 << 180.0;
        QTest::newRow("Sydney") << -33.87 << 151.21 << 0.0;
    }
    void equinoxNoon()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(double, noonAzimuth);
        // The highest sun of 2026-03-20 (searched by the minute around 12:00 mean solar time).
        const QDateTime meanNoon = utc(2026, 3, 20, 12, 0).addSecs(qint64(-longitude * 240));
        SolarPosition best;
        best.elevationDeg = -90;
        for (int minute = -30; minute <= 30; ++minute) {
            const SolarPosition p = compute(meanNoon.addSecs(minute * 60), latitude, longitude);
            if (p.elevationDeg > best.elevationDeg)
                best = p;
        }
        QVERIFY2(std::abs(best.elevationDeg - (90.0 - std::abs(latitude))) < 0.5,
                 qPrintable(QString::number(best.elevationDeg)));
        QVERIFY2(angleDiff(best.azimuthDeg, noonAzimuth) < 1.0, qPrintable(QString::number(best.azimuthDeg)));
    }

    // A visitor notices the sun in the east in the morning and the west in the evening, and night.
    void morningEastEveningWestNightBelow()
    {
        const SolarPosition morning = compute(utc(2026, 6, 21, 5, 0), grazLat, grazLon);
        const SolarPosition evening = compute(utc(2026, 6, 21, 17, 0), grazLat, grazLon);
        const SolarPosition night = compute(utc(2026, 6, 21, 23, 0), grazLat, grazLon);
        QVERIFY(morning.azimuthDeg > 45 && morning.azimuthDeg < 135);
        QVERIFY(evening.azimuthDeg > 225 && evening.azimuthDeg < 315);
        QVERIFY(night.elevationDeg < -10);
        QCOMPARE(night.refractionDeg, 0.0);
        QVERIFY(night.azimuthDeg >= 0 && night.azimuthDeg < 360);
    }

    void elevationMovesTheObserverOnlyALittle()
    {
        // Parallax: 1830 m changes the position by well under a thousandth of a degree.
        const QDateTime when = utc(2026, 6, 21, 9, 0);
        const SolarPosition low = compute(when, grazLat, grazLon, 0);
        const SolarPosition high = compute(when, grazLat, grazLon, 1830);
        QVERIFY(std::abs(low.elevationDeg - high.elevationDeg) < 1e-3);
    }

    void invalidTimeGivesNothing()
    {
        const SolarPosition p = compute(QDateTime(), grazLat, grazLon);
        QCOMPARE(p.julianDay, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestSolarPosition)
#include "tst_solarposition.moc"
