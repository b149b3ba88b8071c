#include "sun/LightDirection.h"

#include <cmath>

namespace showroom::sun {

Direction towardsSun(double azimuthDeg, double elevationDeg, double northAngleDeg)
{
    constexpr double toRad = 3.14159265358979323846 / 180.0;
    // The bearing measured from the model's -Z axis, clockwise seen from above (towards +X).
    const double bearing = (azimuthDeg - northAngleDeg) * toRad;
    const double elevation = elevationDeg * toRad;
    const double horizontal = std::cos(elevation);
    return {horizontal * std::sin(bearing), std::sin(elevation), -horizontal * std::cos(bearing)};
}

Direction lightDirection(double azimuthDeg, double elevationDeg, double northAngleDeg)
{
    const Direction d = towardsSun(azimuthDeg, elevationDeg, northAngleDeg);
    return {-d.x, -d.y, -d.z};
}

} // namespace showroom::sun
