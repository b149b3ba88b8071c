// Sunrise, solar noon and sunset of one local calendar day, found on the SPA's own sun (SolarPosition).
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace showroom::sun {

// The sun's centre is this far below the geometric horizon when its upper limb touches the apparent
// horizon: 34' of standard refraction + 16' of semi-diameter (the SPA's h0' = -0.8333 deg, the almanacs').
inline constexpr double sunriseElevationDeg = -0.8333;

struct SunTimes
{
    enum class Day
    {
        Normal,     // the sun rises and sets
        PolarDay,   // above the horizon all day (midnight sun): no sunrise, no sunset
        PolarNight, // below all day: no sunrise, no sunset
    };
    Day day = Day::Normal;
    QDateTime sunrise;   // in the zone asked for; invalid when the sun does not rise that day
    QDateTime sunset;    // invalid when the sun does not set that day
    QDateTime solarNoon; // the sun's upper transit (hour angle 0); invalid only for a bad date or zone
    double noonElevationDeg = 0; // geometric elevation at solarNoon

    bool risesAndSets() const { return sunrise.isValid() && sunset.isValid(); }
};

// The events of `localDate` in `zone` (from its local midnight to the next, 23 or 25 hours on a
// daylight-saving day) at the given place. Times are to about a second of the SPA's sun; the first
// sunrise and the last sunset of the day if there are two (near the polar circles).
SunTimes times(QDate localDate, const QTimeZone &zone, double latitudeDeg, double longitudeDeg,
               double elevationM = 0, double deltaT = 69.0);

} // namespace showroom::sun
