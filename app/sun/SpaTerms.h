// The periodic terms of the NREL Solar Position Algorithm (Reda & Andreas, NREL/TP-560-34302, rev. 2008,
// tables A4.2 and A4.3). Internal to showroom_sun: SolarPosition.cpp sums them.
#pragma once

#include <cstddef>

namespace showroom::sun::spa {

// One term A * cos(B + C * JME) of the Earth's heliocentric series (A in 1e-8 rad or AU).
struct Term
{
    double a;
    double b;
    double c;
};

struct Series
{
    const Term *terms;
    std::size_t count;
};

// L0..L5 (heliocentric longitude), B0..B1 (latitude), R0..R4 (radius vector), table A4.2.
extern const Series longitudeSeries[6];
extern const Series latitudeSeries[2];
extern const Series radiusSeries[5];

// One row of table A4.3: the multiples Y0..Y4 of the arguments X0..X4 and the coefficients
// (a + b * JCE) of the nutation in longitude, (c + d * JCE) of the nutation in obliquity (0.0001").
struct NutationTerm
{
    int y[5];
    double a;
    double b;
    double c;
    double d;
};

extern const NutationTerm nutationTerms[];
extern const std::size_t nutationTermCount;

} // namespace showroom::sun::spa
