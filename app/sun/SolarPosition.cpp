// The SPA, step by step as in section 3 of NREL/TP-560-34302 (equation numbers in the comments).
#include "sun/SolarPosition.h"

#include "sun/SpaTerms.h"

#include <cmath>

namespace showroom::sun {
namespace {

constexpr double pi = 3.14159265358979323846;
double rad(double deg)
{
    return deg * pi / 180.0;
}
double deg(double rad)
{
    return rad * 180.0 / pi;
}

// Into [0, 360).
double limitDegrees(double d)
{
    d = std::fmod(d, 360.0);
    return d < 0 ? d + 360.0 : d;
}

// Into (-180, 180].
double limitHalfTurn(double d)
{
    d = limitDegrees(d);
    return d > 180.0 ? d - 360.0 : d;
}

double sumSeries(const spa::Series &s, double jme)
{
    double sum = 0;
    for (std::size_t i = 0; i < s.count; ++i)
        sum += s.terms[i].a * std::cos(s.terms[i].b + s.terms[i].c * jme);
    return sum;
}

// Eq. 9-11: sum_i (series_i * JME^i) / 1e8, in radians (L, B) or AU (R).
template <std::size_t N> double earthValue(const spa::Series (&series)[N], double jme)
{
    double value = 0;
    double power = 1;
    for (std::size_t i = 0; i < N; ++i) {
        value += sumSeries(series[i], jme) * power;
        power *= jme;
    }
    return value / 1e8;
}

double polynomial(double x, double c0, double c1, double c2, double c3)
{
    return c0 + x * (c1 + x * (c2 + x * c3));
}

} // namespace

SolarPosition compute(const QDateTime &utc, double latitudeDeg, double longitudeDeg, double elevationM,
                      double deltaT, Atmosphere atmosphere)
{
    SolarPosition p;
    if (!utc.isValid())
        return p;
    // Eq. 4: the Julian day; from the Unix epoch (JD 2440587.5) it is the same number for Gregorian dates.
    const double jd = 2440587.5 + double(utc.toMSecsSinceEpoch()) / 86400000.0;
    const double jde = jd + deltaT / 86400.0;       // eq. 5
    const double jc = (jd - 2451545.0) / 36525.0;   // eq. 6
    const double jce = (jde - 2451545.0) / 36525.0; // eq. 7
    const double jme = jce / 10.0;                  // eq. 8

    // 3.2: the Earth's heliocentric longitude, latitude and radius vector.
    const double l = limitDegrees(deg(earthValue(spa::longitudeSeries, jme)));
    const double b = deg(earthValue(spa::latitudeSeries, jme));
    const double r = earthValue(spa::radiusSeries, jme);

    // 3.3: geocentric longitude and latitude (eq. 13-14).
    const double theta = limitDegrees(l + 180.0);
    const double beta = -b;

    // 3.4: nutation in longitude and obliquity (eq. 15-23).
    const double x[5] = {
        polynomial(jce, 297.85036, 445267.111480, -0.0019142, 1.0 / 189474.0), // mean elongation moon-sun
        polynomial(jce, 357.52772, 35999.050340, -0.0001603, -1.0 / 300000.0), // mean anomaly of the sun
        polynomial(jce, 134.96298, 477198.867398, 0.0086972, 1.0 / 56250.0),   // mean anomaly of the moon
        polynomial(jce, 93.27191, 483202.017538, -0.0036825, 1.0 / 327270.0),  // moon's argument of latitude
        polynomial(jce, 125.04452, -1934.136261, 0.0020708, 1.0 / 450000.0),   // moon's ascending node
    };
    double dPsi = 0;
    double dEpsilon = 0;
    for (std::size_t i = 0; i < spa::nutationTermCount; ++i) {
        const spa::NutationTerm &t = spa::nutationTerms[i];
        double arg = 0;
        for (int j = 0; j < 5; ++j)
            arg += x[j] * t.y[j];
        dPsi += (t.a + t.b * jce) * std::sin(rad(arg));
        dEpsilon += (t.c + t.d * jce) * std::cos(rad(arg));
    }
    dPsi /= 36000000.0;
    dEpsilon /= 36000000.0;

    // 3.5: true obliquity of the ecliptic (eq. 24-25), U = JME / 10, in arc seconds.
    const double u = jme / 10.0;
    const double coefficients[] = {84381.448, -4680.93, -1.55, 1999.25, -51.38, -249.67,
                                   -39.05,    7.12,     27.87, 5.79,    2.45};
    double epsilon0 = 0;
    for (int i = 10; i >= 0; --i)
        epsilon0 = epsilon0 * u + coefficients[i];
    const double epsilon = epsilon0 / 3600.0 + dEpsilon;

    // 3.6-3.8: aberration, apparent sun longitude, apparent sidereal time at Greenwich (eq. 26-30).
    const double dTau = -20.4898 / (3600.0 * r);
    const double lambda = theta + dPsi + dTau;
    const double nu0 = limitDegrees(280.46061837 + 360.98564736629 * (jd - 2451545.0) +
                                    0.000387933 * jc * jc - jc * jc * jc / 38710000.0);
    const double nu = nu0 + dPsi * std::cos(rad(epsilon));

    // 3.9-3.10: geocentric right ascension and declination (eq. 31-32).
    const double lambdaR = rad(lambda);
    const double epsilonR = rad(epsilon);
    const double betaR = rad(beta);
    const double alpha = limitDegrees(deg(std::atan2(
        std::sin(lambdaR) * std::cos(epsilonR) - std::tan(betaR) * std::sin(epsilonR), std::cos(lambdaR))));
    const double delta = deg(std::asin(std::sin(betaR) * std::cos(epsilonR) +
                                       std::cos(betaR) * std::sin(epsilonR) * std::sin(lambdaR)));

    // 3.11: observer local hour angle (eq. 33).
    const double h = limitDegrees(nu + longitudeDeg - alpha);

    // 3.12: topocentric right ascension and declination: parallax of the observer (eq. 34-40).
    const double xi = rad(8.794 / (3600.0 * r));
    const double phi = rad(latitudeDeg);
    const double uu = std::atan(0.99664719 * std::tan(phi));
    const double xx = std::cos(uu) + elevationM / 6378140.0 * std::cos(phi);
    const double yy = 0.99664719 * std::sin(uu) + elevationM / 6378140.0 * std::sin(phi);
    const double hR = rad(h);
    const double deltaR = rad(delta);
    const double dAlpha =
        std::atan2(-xx * std::sin(xi) * std::sin(hR), std::cos(deltaR) - xx * std::sin(xi) * std::cos(hR));
    const double deltaPrime = std::atan2((std::sin(deltaR) - yy * std::sin(xi)) * std::cos(dAlpha),
                                         std::cos(deltaR) - xx * std::sin(xi) * std::cos(hR));
    const double hPrime = hR - dAlpha; // eq. 40

    // 3.14: topocentric elevation without refraction (eq. 41), then the refraction correction (eq. 42).
    const double e0 = deg(std::asin(std::sin(phi) * std::sin(deltaPrime) +
                                    std::cos(phi) * std::cos(deltaPrime) * std::cos(hPrime)));
    // As spa.c: no refraction once the whole disc is below the horizon (centre below -(0.26667 + 0.5667)).
    double refraction = 0;
    if (e0 >= -(0.26667 + 0.5667))
        refraction = (atmosphere.pressureMbar / 1010.0) * (283.0 / (273.0 + atmosphere.temperatureC)) * 1.02 /
                     (60.0 * std::tan(rad(e0 + 10.3 / (e0 + 5.11))));

    // 3.15: topocentric azimuth, from north eastwards (eq. 45-46).
    const double gamma = deg(std::atan2(std::sin(hPrime), std::cos(hPrime) * std::sin(phi) -
                                                              std::tan(deltaPrime) * std::cos(phi)));

    p.azimuthDeg = limitDegrees(gamma + 180.0);
    p.elevationDeg = e0;
    p.zenithDeg = 90.0 - e0;
    p.refractionDeg = refraction;
    p.julianDay = jd;
    p.declinationDeg = deg(deltaPrime);
    p.hourAngleDeg = limitHalfTurn(deg(hPrime));
    p.heliocentricLongitudeDeg = l;
    p.heliocentricLatitudeDeg = b;
    p.radiusAu = r;
    p.nutationLongitudeDeg = dPsi;
    p.nutationObliquityDeg = dEpsilon;
    p.trueObliquityDeg = epsilon;
    return p;
}

} // namespace showroom::sun
