// The development's clock: the fallback zone, local times across daylight-saving changes, and the sun's
// direction in the site's frame.
#include "sun/LightDirection.h"
#include "sun/LocalTime.h"

#include <QTest>

#include <cmath>

using namespace showroom::sun;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

bool near(const Direction &d, double x, double y, double z)
{
    return std::abs(d.x - x) < 1e-9 && std::abs(d.y - y) < 1e-9 && std::abs(d.z - z) < 1e-9;
}

QByteArray text(const Direction &d)
{
    return QStringLiteral("(%1, %2, %3)").arg(d.x).arg(d.y).arg(d.z).toUtf8();
}

} // namespace

class TestLocalTime : public QObject
{
    Q_OBJECT

private slots:
    void fallbackFromLongitude()
    {
        QCOMPARE(fallbackOffsetHours(15.44), 1);    // Graz
        QCOMPARE(fallbackOffsetHours(-105.18), -7); // Denver
        QCOMPARE(fallbackOffsetHours(7.4), 0);      // 7.4 / 15 rounds to 0
        QCOMPARE(fallbackOffsetHours(179.9), 12);
        QCOMPARE(fallbackZoneName(15.44), QStringLiteral("UTC+1"));
        QCOMPARE(fallbackZoneName(-105.18), QStringLiteral("UTC-7"));
        QCOMPARE(fallbackZoneName(0.0), QStringLiteral("UTC"));
    }

    void zoneOrFallbackPrefersTheNamedZone()
    {
        QCOMPARE(zoneOrFallback(QStringLiteral("Europe/Vienna"), -105).id(), QByteArray("Europe/Vienna"));
        const QTimeZone fallback = zoneOrFallback(QString(), 15.44);
        QVERIFY(fallback.isValid());
        // No daylight saving in the fallback: +1 in summer too.
        QCOMPARE(fallback.offsetFromUtc(utc(2026, 7, 1, 12, 0)), 3600);
        QCOMPARE(
            zoneOrFallback(QStringLiteral("Mars/Olympus_Mons"), 15.44).offsetFromUtc(utc(2026, 7, 1, 12, 0)),
            3600);
    }

    void ordinaryTimes()
    {
        const QTimeZone vienna("Europe/Vienna");
        QCOMPARE(localToUtc(QDate(2026, 1, 15), QTime(12, 0), vienna), utc(2026, 1, 15, 11, 0));
        QCOMPARE(localToUtc(QDate(2026, 7, 15), QTime(12, 0), vienna), utc(2026, 7, 15, 10, 0));
        QCOMPARE(localToUtc(QDate(2026, 7, 15), QTime(12, 0), QTimeZone(3600)), utc(2026, 7, 15, 11, 0));
        QCOMPARE(localToUtc(QDate(2026, 3, 29), QTime(1, 59), vienna), utc(2026, 3, 29, 0, 59));
        QCOMPARE(localToUtc(QDate(2026, 3, 29), QTime(3, 0), vienna), utc(2026, 3, 29, 1, 0));
        QCOMPARE(localToUtc(QDate(2026, 10, 25), QTime(3, 0), vienna), utc(2026, 10, 25, 2, 0));
        QCOMPARE(localToUtc(QDate(2026, 10, 25), QTime(1, 59), vienna), utc(2026, 10, 24, 23, 59));
    }

    // 02:00-02:59 on 2026-03-29 do not exist in Vienna: they are the moment of the change, 03:00 CEST.
    void springGapIsTheMomentOfChange()
    {
        const QTimeZone vienna("Europe/Vienna");
        const QDateTime t = localToUtc(QDate(2026, 3, 29), QTime(2, 30), vienna);
        QCOMPARE(t, utc(2026, 3, 29, 1, 0));
        QCOMPARE(t.toTimeZone(vienna).time(), QTime(3, 0));
        QCOMPARE(localToUtc(QDate(2026, 3, 29), QTime(2, 0), vienna), utc(2026, 3, 29, 1, 0));
        QCOMPARE(localToUtc(QDate(2026, 3, 29), QTime(2, 59), vienna), utc(2026, 3, 29, 1, 0));
        // A slider through the night never goes backwards.
        QDateTime previous;
        for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
            const QDateTime now = localToUtc(QDate(2026, 3, 29), QTime(0, 0).addSecs(minutes * 60), vienna);
            QVERIFY(!previous.isValid() || previous <= now);
            previous = now;
        }
    }

    // 02:00-03:00 on 2026-10-25 happens twice: the first, still summer time.
    void autumnOverlapTakesTheFirst()
    {
        const QTimeZone vienna("Europe/Vienna");
        const QDateTime t = localToUtc(QDate(2026, 10, 25), QTime(2, 30), vienna);
        QCOMPARE(t, utc(2026, 10, 25, 0, 30));
        QCOMPARE(t.toTimeZone(vienna).offsetFromUtc(), 7200);
    }

    void invalidInput()
    {
        QVERIFY(!localToUtc(QDate(), QTime(12, 0), QTimeZone("Europe/Vienna")).isValid());
        QVERIFY(!localToUtc(QDate(2026, 1, 1), QTime(), QTimeZone("Europe/Vienna")).isValid());
        QVERIFY(!localToUtc(QDate(2026, 1, 1), QTime(12, 0), QTimeZone()).isValid());
    }

    // northAngle 0: the model's -Z is north, +X east, +Z south (docs/development-package.md).
    void towardsTheSunInTheSite()
    {
        const double s = std::sqrt(0.5);
        QVERIFY2(near(towardsSun(0, 0, 0), 0, 0, -1), text(towardsSun(0, 0, 0)));      // north
        QVERIFY2(near(towardsSun(90, 0, 0), 1, 0, 0), text(towardsSun(90, 0, 0)));     // east
        QVERIFY2(near(towardsSun(180, 45, 0), 0, s, s), text(towardsSun(180, 45, 0))); // south, 45 deg up
        QVERIFY2(near(towardsSun(270, 0, 0), -1, 0, 0), text(towardsSun(270, 0, 0)));  // west
        QVERIFY(near(towardsSun(123, 90, 0), 0, 1, 0));                                // overhead
        // northAngle 90: the model's -Z points east, so the east sun stands along -Z and north is -X.
        QVERIFY2(near(towardsSun(90, 0, 90), 0, 0, -1), text(towardsSun(90, 0, 90)));
        QVERIFY2(near(towardsSun(0, 0, 90), -1, 0, 0), text(towardsSun(0, 0, 90)));
        QVERIFY2(near(towardsSun(180, 0, -90), -1, 0, 0), text(towardsSun(180, 0, -90)));
    }

    void lightTravelsAwayFromTheSun()
    {
        const Direction light = lightDirection(135, 30, 20);
        const Direction sun = towardsSun(135, 30, 20);
        QVERIFY(near(light, -sun.x, -sun.y, -sun.z));
        QVERIFY(light.y < 0); // a sun above the horizon shines downwards
        QVERIFY(std::abs(std::hypot(light.x, light.y, light.z) - 1.0) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
