#include "core/UnitFilter.h"

namespace showroom::core {

namespace {

// Keeps the keys of `canonical` that `values` names (any case), in canonical order.
QStringList canonicalSubset(const QStringList &values, const QStringList &canonical)
{
    QStringList out;
    for (const QString &key : canonical) {
        if (values.contains(key, Qt::CaseInsensitive))
            out << key;
    }
    return out;
}

QStringList sortedIds(QStringList ids)
{
    ids.removeAll(QString());
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

} // namespace

const QStringList &orientationKeys()
{
    static const QStringList keys{"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    return keys;
}

const QStringList &statusKeys()
{
    static const QStringList keys{"available", "reserved", "sold"};
    return keys;
}

std::optional<UnitStatus> statusFromKey(const QString &key)
{
    if (key == QLatin1String("available"))
        return UnitStatus::Available;
    if (key == QLatin1String("reserved"))
        return UnitStatus::Reserved;
    if (key == QLatin1String("sold"))
        return UnitStatus::Sold;
    return std::nullopt;
}

UnitFilter UnitFilter::everything()
{
    UnitFilter f;
    f.statuses.clear();
    return f;
}

bool UnitFilter::matches(const Unit &u) const
{
    if (minBedrooms > 0 && u.bedrooms < minBedrooms)
        return false;
    if (maxBedrooms >= 0 && u.bedrooms > maxBedrooms)
        return false;
    if (minPrice > 0 && u.price < minPrice)
        return false;
    if (maxPrice > 0 && u.price > maxPrice)
        return false;
    if (minArea > 0 && u.area < minArea)
        return false;
    if (maxArea > 0 && u.area > maxArea)
        return false;
    if (minFloor > 0 && u.floor < minFloor)
        return false;
    if (maxFloor >= 0 && u.floor > maxFloor)
        return false;
    if (!orientations.isEmpty() && !orientations.contains(u.orientation))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(statusKey(u.status)))
        return false;
    if (!buildings.isEmpty() && !buildings.contains(u.building))
        return false;
    if (!unitTypes.isEmpty() && !unitTypes.contains(u.type))
        return false;
    return true;
}

UnitFilter UnitFilter::normalized() const
{
    UnitFilter f = *this;
    f.minBedrooms = qMax(0, minBedrooms);
    f.maxBedrooms = qMax(-1, maxBedrooms);
    f.minPrice = qMax(0.0, minPrice);
    f.maxPrice = qMax(0.0, maxPrice);
    f.minArea = qMax(0.0, minArea);
    f.maxArea = qMax(0.0, maxArea);
    f.minFloor = qMax(0, minFloor);
    f.maxFloor = qMax(-1, maxFloor);
    f.orientations = canonicalSubset(orientations, orientationKeys());
    f.statuses = canonicalSubset(statuses, statusKeys());
    // Every status named is the same request as none named.
    if (f.statuses.size() == statusKeys().size())
        f.statuses.clear();
    if (f.orientations.size() == orientationKeys().size())
        f.orientations.clear();
    f.buildings = sortedIds(buildings);
    f.unitTypes = sortedIds(unitTypes);
    return f;
}

bool UnitFilter::operator==(const UnitFilter &o) const
{
    return minBedrooms == o.minBedrooms && maxBedrooms == o.maxBedrooms && minPrice == o.minPrice &&
           maxPrice == o.maxPrice && minArea == o.minArea && maxArea == o.maxArea && minFloor == o.minFloor &&
           maxFloor == o.maxFloor && orientations == o.orientations && statuses == o.statuses &&
           buildings == o.buildings && unitTypes == o.unitTypes;
}

QStringList matchingUnitIds(const UnitFilter &filter, const DevelopmentData &development)
{
    QStringList ids;
    for (const Unit &u : development.units) {
        if (filter.matches(u))
            ids << u.id;
    }
    return ids;
}

} // namespace showroom::core
