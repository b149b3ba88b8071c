// Where the sun stands, seen from a place on Earth at an instant: the NREL Solar Position Algorithm
// (SPA, Reda & Andreas, NREL/TP-560-34302, rev. 2008; stated uncertainty +/-0.0003 deg for -2000..6000).
// Plain values, any thread, no state.
#pragma once

#include <QDateTime>

namespace showroom::sun {

// The air the SPA bends light through for the apparent (refracted) elevation. The geometric values do not
// depend on it. Defaults: the SPA's annual means of a sea-level site (1010 mbar, 10 degC).
struct Atmosphere
{
    double pressureMbar = 1010;
    double temperatureC = 10;
};

struct SolarPosition
{
    double azimuthDeg = 0;    // clockwise from true north, [0, 360): 90 east, 180 south
    double elevationDeg = 0;  // topocentric, geometric: the sun's centre above the horizon, no refraction
    double zenithDeg = 90;    // 90 - elevationDeg
    double refractionDeg = 0; // what the atmosphere adds to the elevation (0 below -0.83 deg), SPA eq. 42

    // Supporting values, for tests and the documentation.
    double julianDay = 0;                // JD of the UTC instant
    double declinationDeg = 0;           // topocentric declination, delta'
    double hourAngleDeg = 0;             // topocentric local hour angle H', (-180, 180]: 0 at solar noon
    double heliocentricLongitudeDeg = 0; // L, [0, 360)
    double heliocentricLatitudeDeg = 0;  // B
    double radiusAu = 0;                 // R, Earth-Sun distance
    double nutationLongitudeDeg = 0;     // delta psi
    double nutationObliquityDeg = 0;     // delta epsilon
    double trueObliquityDeg = 0;         // epsilon

    // What an eye (or a refraction-correcting instrument) sees: the elevation with refraction.
    double apparentElevationDeg() const { return elevationDeg + refractionDeg; }
    double apparentZenithDeg() const { return 90.0 - apparentElevationDeg(); }
};

// The sun at the instant `utc` (any QDateTime: it is converted to UTC) for an observer at latitude /
// longitude (degrees, north and east positive) and `elevationM` metres above sea level. `deltaT` is
// TT - UT1 in seconds (about 69 s in the 2020s; UT1 - UTC, under a second, is ignored). An invalid
// QDateTime gives a default SolarPosition with julianDay 0.
SolarPosition compute(const QDateTime &utc, double latitudeDeg, double longitudeDeg, double elevationM = 0,
                      double deltaT = 69.0, Atmosphere atmosphere = {});

} // namespace showroom::sun
