// How a unit's number travels with its geometry. All (untextured) units of a stage are one draw call;
// each vertex carries its part's colour in RGB and, in the colour's alpha, roughness and metalness in
// 1/63 steps plus the unit's 1-based number: rough + 64 * metal + 4096 * number. The site's units
// shader (qml/site/shaders/units.frag) unpacks the same formula to shade the part and to find the
// unit's texel in UnitStateTexture, so the two must change together.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace showroom::scene {

// Highest unit number that survives a 32-bit float exactly: rough + 64 * metal < 4096, and
// 4095 + 4096 * 4095 = 2^24 - 1, the last integer a float holds without rounding.
constexpr int MaxPackedUnitNumber = 4095;

struct UnitMaterial
{
    float roughness = 1; // 0..1 in 1/63 steps
    float metalness = 0; // 0..1 in 1/63 steps
    int unitNumber = 0;  // 1-based; 0 = no unit
};

// roughness and metalness are clamped to 0..1 and rounded to 1/63; a unit number outside
// 1..MaxPackedUnitNumber is packed as 0 (no unit) so the material never rounds into garbage.
float packUnitMaterial(float roughness, float metalness, int unitNumber);
// The inverse, tolerant of interpolation noise (rounds to the nearest integer first, like the shader).
UnitMaterial unpackUnitMaterial(float packed);

// The numbers units get in merged rows: 1-based in id order, one numbering for the whole site (so a
// number names the same unit in every stage's row). Only the first MaxPackedUnitNumber ids get one;
// the others are absent (their geometry keeps rows of its own, see SitePreparation).
QHash<QString, int> numberUnits(QStringList unitIds);

} // namespace showroom::scene
