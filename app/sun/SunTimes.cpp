// Sunrise, noon and sunset by sampling the SPA's sun through the local day and bisecting the crossings:
// exact for any zone and for 23- and 25-hour daylight-saving days, where the SPA's own A.2 interpolation
// works on a UT day and would need the result moved between days.
#include "sun/SunTimes.h"

#include "sun/LocalTime.h"
#include "sun/SolarPosition.h"

#include <algorithm>
#include <functional>

namespace showroom::sun {
namespace {

constexpr qint64 stepMs = 10 * 60 * 1000; // sampling step: no two crossings of the horizon this close
constexpr qint64 precisionMs = 500;

struct Sampler
{
    double latitude;
    double longitude;
    double elevationM;
    double deltaT;

    SolarPosition at(qint64 ms) const
    {
        return compute(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), latitude, longitude, elevationM, deltaT);
    }
};

// The instant in (lo, hi] where `above` turns from `wasAbove` to !wasAbove, to precisionMs.
qint64 bisect(qint64 lo, qint64 hi, bool wasAbove, const std::function<bool(qint64)> &above)
{
    while (hi - lo > precisionMs) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (above(mid) == wasAbove)
            lo = mid;
        else
            hi = mid;
    }
    return lo + (hi - lo) / 2;
}

} // namespace

SunTimes times(QDate localDate, const QTimeZone &zone, double latitudeDeg, double longitudeDeg,
               double elevationM, double deltaT)
{
    SunTimes result;
    const QDateTime start = localToUtc(localDate, QTime(0, 0), zone);
    const QDateTime end = localToUtc(localDate.addDays(1), QTime(0, 0), zone);
    if (!start.isValid() || !end.isValid())
        return result;
    const Sampler sun{latitudeDeg, longitudeDeg, elevationM, deltaT};
    const auto up = [&](qint64 ms) { return sun.at(ms).elevationDeg > sunriseElevationDeg; };
    // After the upper transit the hour angle is positive; its other sign change (+180 -> -180) is midnight.
    const auto pastNoon = [&](qint64 ms) { return sun.at(ms).hourAngleDeg >= 0; };

    const qint64 first = start.toMSecsSinceEpoch();
    const qint64 last = end.toMSecsSinceEpoch() - 1; // the next day's midnight belongs to the next day
    SolarPosition previous = sun.at(first);
    const bool upAtMidnight = previous.elevationDeg > sunriseElevationDeg;
    qint64 previousMs = first;
    qint64 sunrise = -1, sunset = -1, noon = -1;
    while (previousMs < last) {
        const qint64 ms = std::min(previousMs + stepMs, last);
        const SolarPosition now = sun.at(ms);
        const bool wasUp = previous.elevationDeg > sunriseElevationDeg;
        const bool isUp = now.elevationDeg > sunriseElevationDeg;
        if (!wasUp && isUp && sunrise < 0)
            sunrise = bisect(previousMs, ms, false, up);
        if (wasUp && !isUp)
            sunset = bisect(previousMs, ms, true, up);
        if (previous.hourAngleDeg < 0 && now.hourAngleDeg >= 0 &&
            now.hourAngleDeg - previous.hourAngleDeg < 180)
            noon = bisect(previousMs, ms, false, pastNoon);
        previous = now;
        previousMs = ms;
    }
    if (sunrise >= 0)
        result.sunrise = QDateTime::fromMSecsSinceEpoch(sunrise, zone);
    if (sunset >= 0)
        result.sunset = QDateTime::fromMSecsSinceEpoch(sunset, zone);
    if (noon >= 0) {
        result.solarNoon = QDateTime::fromMSecsSinceEpoch(noon, zone);
        result.noonElevationDeg = sun.at(noon).elevationDeg;
    }
    if (sunrise < 0 && sunset < 0)
        result.day = upAtMidnight ? SunTimes::Day::PolarDay : SunTimes::Day::PolarNight;
    return result;
}

} // namespace showroom::sun
