#include "scene/UnitPacking.h"

#include <algorithm>
#include <cmath>

namespace showroom::scene {

float packUnitMaterial(float roughness, float metalness, int unitNumber)
{
    const auto steps = [](float v) {
        return std::round(std::clamp(std::isfinite(v) ? v : 0.0f, 0.0f, 1.0f) * 63);
    };
    if (unitNumber < 0 || unitNumber > MaxPackedUnitNumber)
        unitNumber = 0;
    return steps(roughness) + 64 * steps(metalness) + 4096 * float(unitNumber);
}

UnitMaterial unpackUnitMaterial(float packed)
{
    const double whole = std::floor(double(packed) + 0.5);
    const double unit = std::floor(whole / 4096);
    const double rest = whole - 4096 * unit;
    const double metal = std::floor(rest / 64);
    UnitMaterial m;
    m.unitNumber = int(unit);
    m.metalness = float(metal / 63);
    m.roughness = float((rest - 64 * metal) / 63);
    return m;
}

QHash<QString, int> numberUnits(QStringList unitIds)
{
    unitIds.sort();
    unitIds.removeDuplicates();
    QHash<QString, int> numbers;
    const int n = int(std::min<qsizetype>(unitIds.size(), MaxPackedUnitNumber));
    numbers.reserve(n);
    for (int i = 0; i < n; ++i)
        numbers.insert(unitIds[i], i + 1);
    return numbers;
}

} // namespace showroom::scene
