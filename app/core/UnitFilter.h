// What a buyer asks the unit finder for ("three bedrooms, south-facing, under 450,000"), as a plain
// value: every constraint is optional. The default value is the finder's starting point and what "clear
// filters" goes back to: every unit that is still available. Used by UnitFilterModel (the finder's list),
// by the command line (--filter, --list-units) and by the scene's highlight (matchingUnitIds).
#pragma once

#include "core/DevelopmentData.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace showroom::core {

struct UnitFilter
{
    int minBedrooms = 0;  // 0 = any
    int maxBedrooms = -1; // -1 = any (0 = studios only)
    double minPrice = 0;  // development currency; 0 = any
    double maxPrice = 0;  // 0 = any
    double minArea = 0;   // m²; 0 = any
    double maxArea = 0;   // 0 = any
    int minFloor = 0;     // level (0 = ground); 0 = any
    int maxFloor = -1;    // -1 = any (0 = ground floor only)
    // Sets: empty = any. Orientation keys N NE E SE S SW W NW; status keys available reserved sold.
    QStringList orientations;
    QStringList statuses{QStringLiteral("available")};
    QStringList buildings; // building ids
    QStringList unitTypes; // unit type ids

    // No constraint at all: every unit, whatever its status.
    static UnitFilter everything();

    bool matches(const Unit &unit) const;

    // The same filter in one canonical form, so that equal requests compare equal: orientation and
    // status keys in their canonical case and order (unknown keys dropped), ids sorted without
    // duplicates, out-of-range numbers back to "any".
    UnitFilter normalized() const;

    bool operator==(const UnitFilter &other) const;
    bool operator!=(const UnitFilter &other) const { return !(*this == other); }
};

// N NE E SE S SW W NW (clockwise from north).
const QStringList &orientationKeys();
// available reserved sold.
const QStringList &statusKeys();
std::optional<UnitStatus> statusFromKey(const QString &key);

// Ids of the development's units that match, in manifest order (for --list-units and stills).
QStringList matchingUnitIds(const UnitFilter &filter, const DevelopmentData &development);

} // namespace showroom::core

Q_DECLARE_METATYPE(showroom::core::UnitFilter)
