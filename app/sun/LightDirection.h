// The sun's direction in the site model's frame: +Y up, and the manifest's northAngle (the compass
// bearing of the model's -Z axis; 0: -Z points north, so +X points east) turning the compass.
#pragma once

namespace showroom::sun {

struct Direction
{
    double x = 0;
    double y = 0;
    double z = 0;
};

// Unit vector from the site towards the sun (y = sin(elevation): positive while the sun is up).
Direction towardsSun(double azimuthDeg, double elevationDeg, double northAngleDeg);

// Unit vector the sunlight travels along (the reverse of towardsSun): what a directional light's
// forward direction is. Pointing down (y < 0) while the sun is up.
Direction lightDirection(double azimuthDeg, double elevationDeg, double northAngleDeg);

} // namespace showroom::sun
