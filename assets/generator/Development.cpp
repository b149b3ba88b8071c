#include "Development.h"

#include "Layouts.h"

#include <QStringList>

#include <cmath>
#include <stdexcept>

namespace demo {

double TypeLayout::netArea() const
{
    // Rooms are drawn on wall centre lines; the net (carpet) area loses half a partition all round.
    double sum = 0;
    for (const RoomSpec &r : rooms)
        sum += (r.rect.width() - 0.12) * (r.rect.height() - 0.12) - r.hole.width() * r.hole.height();
    return std::round(sum * 10) / 10;
}

const Building &Development::building(const QString &id) const
{
    for (const Building &b : buildings)
        if (b.id == id)
            return b;
    throw std::runtime_error("unknown building");
}

const UnitType &Development::type(const QString &id) const
{
    for (const UnitType &t : types)
        if (t.id == id)
            return t;
    throw std::runtime_error("unknown unit type");
}

QString Development::compass(double dx, double dz) const
{
    // Clockwise from the model's -Z axis (seen from above, +X is to the right of -Z), plus the bearing
    // of -Z itself.
    double bearing = std::atan2(dx, -dz) * 180.0 / M_PI + northAngle;
    bearing = std::fmod(bearing + 720.0, 360.0);
    static const char *names[8] = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    return QString::fromLatin1(names[int(std::lround(bearing / 45.0)) % 8]);
}

namespace {

constexpr double kUnitDepth = 7.5;
constexpr double kCorridor = 2.4;

struct Slot
{
    QString type;
    double width;
};
// One side of an apartment floor, west to east in the building's frame.
const Slot kSlots[5] = {{"3B", 11.5}, {"1B", 7.0}, {"2B", 9.5}, {"1B", 7.0}, {"3B", 11.5}};

double slotsLength()
{
    double l = 0;
    for (const Slot &s : kSlots)
        l += s.width;
    return l;
}

// Rotates a building-frame direction into model space.
QVector3D turn(const QVector3D &v, float yawDegrees)
{
    const double a = yawDegrees * M_PI / 180.0;
    const double c = std::cos(a), s = std::sin(a);
    return QVector3D(float(v.x() * c + v.z() * s), v.y(), float(-v.x() * s + v.z() * c));
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

double orientationFactor(const QString &o)
{
    if (o == "S")
        return 1.06;
    if (o == "SE" || o == "SW")
        return 1.04;
    if (o == "E" || o == "W")
        return 1.0;
    if (o == "NE" || o == "NW")
        return 0.97;
    return 0.95;
}

// A unit's identity and its type's facts; placement, aspect, price and status are the caller's.
// Ids follow the documented convention <building>_<floor 2 digits><number 2 digits>.
Unit newUnit(const Building &b, const UnitType &type, int level, int number, double width, double depth)
{
    Unit u;
    u.building = b.id;
    u.floor = level;
    u.number = number;
    u.id = QStringLiteral("%1_%2%3")
               .arg(b.id)
               .arg(level, 2, 10, QLatin1Char('0'))
               .arg(number, 2, 10, QLatin1Char('0'));
    u.node = QStringLiteral("Unit_") + u.id;
    u.type = type.id;
    u.bedrooms = type.bedrooms;
    u.bathrooms = type.bathrooms;
    u.area = type.area;
    u.plan = type.plan;
    u.width = width;
    u.depth = depth;
    return u;
}

void addApartmentUnits(Development &dev, const Building &b, Random &rng)
{
    const double length = slotsLength();
    for (int level = 0; level < b.floors; ++level) {
        int number = 1;
        for (int side = 0; side < 2; ++side) { // 0: +Z side (west to east), 1: -Z side (east to west)
            double x = -length / 2;
            for (int i = 0; i < 5; ++i) {
                const Slot &slot = kSlots[side == 0 ? i : 4 - i];
                const double w = slot.width;
                const double cx = side == 0 ? x + w / 2 : length / 2 - (x + length / 2) - w / 2;
                x += w;
                const UnitType &type = dev.type(slot.type);
                Unit u = newUnit(b, type, level, number++, w, kUnitDepth);
                const double cz = (kCorridor + kUnitDepth) / 2 * (side == 0 ? 1 : -1);
                u.centre = QVector3D(float(cx), float(b.elevation(level)), float(cz));
                u.yaw = side == 0 ? 0.f : 180.f;
                const bool westEnd = side == 0 ? i == 0 : i == 4;
                const bool eastEnd = side == 0 ? i == 4 : i == 0;
                // In the unit's own frame (turned by yaw), which side is the building's end wall.
                if (westEnd)
                    u.exposedSide = side == 0 ? -1 : +1;
                if (eastEnd)
                    u.exposedSide = side == 0 ? +1 : -1;
                u.mirrored = u.exposedSide < 0; // the type's layout has its side wall on +X

                // Main aspect: the facade normal, or the diagonal for corner units.
                QVector3D facing(0, 0, side == 0 ? 1.f : -1.f);
                if (u.exposedSide != 0)
                    facing += QVector3D(westEnd ? -1.f : 1.f, 0, 0);
                const QVector3D world = turn(facing, b.yaw);
                u.orientation = dev.compass(world.x(), world.z());

                // North-facing one-bedroom flats get a French window instead of a balcony.
                const bool northish = u.orientation.startsWith('N');
                u.balcony = !(type.id == "1B" && northish);
                if (u.balcony) {
                    u.balconyWidth = type.id == "3B" ? 4.8 : type.id == "2B" ? 3.6 : 3.0;
                    u.terrace = level == 0;
                    u.balconyDepth = u.terrace ? 2.5 : (type.id == "3B" ? 1.8 : 1.6);
                    u.balconyArea = roundTo(u.balconyWidth * u.balconyDepth, 0.1);
                }

                double perSqm = 4650.0 * (1.0 + 0.018 * level) * orientationFactor(u.orientation);
                if (level == b.floors - 1)
                    perSqm *= 1.07; // top floor: views and no one above
                if (level == 0)
                    perSqm *= 0.96; // ground floor: less privacy, but a terrace
                u.price = roundTo(u.area * perSqm + u.balconyArea * 1800.0, 500.0);

                // Sales so far: better aspects and lower prices went first.
                const double r = rng.uniform();
                const double soldChance =
                    0.30 + (orientationFactor(u.orientation) - 1.0) * 3 + (u.type == "1B" ? 0.12 : 0.0);
                u.status = r < soldChance ? "sold" : r < soldChance + 0.16 ? "reserved" : "available";
                dev.units.push_back(u);
            }
        }
    }
}

void addTownhouses(Development &dev, const Building &b, int houses, double width, Random &rng)
{
    const UnitType &type = dev.type("TH");
    for (int i = 0; i < houses; ++i) {
        Unit u = newUnit(b, type, 0, i + 1, width, type.depth);
        u.storeys = 2;
        u.setback = (i % 4 == 1 || i % 4 == 2) ? -0.6 : 0.0; // pairs step back: a rhythm along the street
        const double x = -houses * width / 2 + width * (i + 0.5);
        u.centre = QVector3D(float(x), float(b.baseHeight), float(u.setback));
        const bool end = i == 0 || i == houses - 1;
        u.exposedSide = i == 0 ? -1 : (i == houses - 1 ? 1 : 0);
        const QVector3D world = turn(QVector3D(0, 0, 1), b.yaw);
        u.orientation = dev.compass(world.x(), world.z());
        u.balcony = true; // the front terrace
        u.terrace = true;
        u.balconyWidth = width - 1.2;
        u.balconyDepth = 3.0;
        u.balconyArea = roundTo(u.balconyWidth * u.balconyDepth, 0.1);
        u.price = roundTo(u.area * 4300.0 * (end ? 1.06 : 1.0) + u.balconyArea * 1200.0 + 28000.0, 500.0);
        const double r = rng.uniform();
        u.status = r < 0.45 ? "sold" : r < 0.62 ? "reserved" : "available";
        dev.units.push_back(u);
    }
}

// The unit types of every generated development. Apartment areas come from their room layouts so
// plans, interiors and the manifest agree.
void addUnitTypes(Development &dev)
{
    auto addType = [&](const QString &id, const QString &name, int bedrooms, int bathrooms, double width,
                       double depth, bool interior) {
        UnitType t;
        t.id = id;
        t.name = name;
        t.bedrooms = bedrooms;
        t.bathrooms = bathrooms;
        t.width = width;
        t.depth = depth;
        t.layout = layoutFor(id, width, depth);
        t.hasLayout = !t.layout.rooms.empty();
        t.area = t.layout.netArea();
        t.plan = QStringLiteral("plans/type_%1.png").arg(id);
        if (interior)
            t.interior = QStringLiteral("interiors/%1.glb").arg(id);
        dev.types.push_back(t);
    };
    addType("1B", "One-bedroom apartment", 1, 1, 7.0, kUnitDepth, true);
    addType("2B", "Two-bedroom apartment", 2, 1, 9.5, kUnitDepth, true);
    addType("3B", "Three-bedroom corner apartment", 3, 2, 11.5, kUnitDepth, true);
    addType("TH", "Townhouse with garden", 3, 2, 6.2, 10.0, true);
    dev.types.back().area = 134.5; // two storeys (plan and interior) and a room under the roof (neither)
}

// The construction stages (node patterns follow the node naming of the site models).
void addStages(Development &dev)
{
    auto stage = [&](const QString &id, const QString &name, const QString &ps, const QString &pe,
                     const QString &as, const QString &ae, bool hasActual, const QStringList &nodes) {
        Stage s;
        s.id = id;
        s.name = name;
        s.plannedStart = ps;
        s.plannedEnd = pe;
        s.actualStart = as;
        s.actualEnd = ae;
        s.hasActual = hasActual;
        s.nodes = nodes;
        dev.stages.push_back(s);
    };
    stage("foundation", "Foundations", "2025-09-01", "2025-12-19", "2025-09-08", "2025-12-22", true,
          {"*_Foundation_*"});
    stage("structure", "Structure", "2026-01-07", "2026-07-31", "2026-01-12", "2026-08-21", true,
          {"*_Structure_*"});
    stage("envelope", "Facades and roofs", "2026-07-15", "2027-01-29", "2026-08-03", "", true,
          {"Unit_*", "*_Envelope_*"});
    stage("interior", "Interior fit-out", "2026-12-01", "2027-08-27", "", "", true, {"*_Interior_*"});
    stage("landscape", "Gardens and paths", "2027-05-03", "2027-10-29", "", "", false, {"Site_Landscape_*"});
}

} // namespace

Development makeDemoDevelopment()
{
    Development dev;
    dev.id = "lindenhof-gardens";
    dev.name = "Lindenhof Gardens";
    dev.address = "Lindenhofstraße 14, 8020 Graz, Austria";
    dev.latitude = 47.0741;
    dev.longitude = 15.4163;
    dev.currency = "EUR";
    dev.completion = "2027-11-30";
    dev.northAngle = 8.0;
    dev.description =
        "Two calm apartment buildings and a row of twelve townhouses around a shared garden courtyard, "
        "ten minutes by tram from the old town. Triple glazing, heat pumps, generous balconies and "
        "terraces, underground bike storage and a playground under the lime trees.";

    addUnitTypes(dev);

    Building a;
    a.id = "A";
    a.name = "Haus Linde";
    a.kind = "apartments";
    a.floors = 8;
    a.origin = QVector3D(-28, 0, -38);
    a.length = slotsLength();
    a.corridor = kCorridor;
    a.depth = 2 * kUnitDepth + kCorridor;
    Building b = a;
    b.id = "B";
    b.name = "Haus Ahorn";
    b.floors = 7;
    b.origin = QVector3D(50, 0, 4);
    b.yaw = 90;
    Building t;
    t.id = "T";
    t.name = "Gartenhäuser";
    t.kind = "townhouses";
    t.floors = 3;
    t.origin = QVector3D(-12, 0, 40);
    t.floorHeight = kTownhouseStorey;
    t.baseHeight = 0.3;
    t.length = 12 * 6.2;
    t.depth = 10.0;
    dev.buildings = {a, b, t};

    Random rng(20261122);
    addApartmentUnits(dev, dev.buildings[0], rng);
    addApartmentUnits(dev, dev.buildings[1], rng);
    addTownhouses(dev, dev.buildings[2], 12, 6.2, rng);

    addStages(dev);
    return dev;
}

Development makeLargeDevelopment()
{
    Development dev;
    dev.id = "lindenhof-towers";
    dev.name = "Lindenhof Towers";
    dev.address = "Lindenhofstraße 20, 8020 Graz, Austria";
    dev.latitude = 47.0752;
    dev.longitude = 15.4171;
    dev.currency = "EUR";
    dev.completion = "2029-06-30";
    dev.northAngle = 8.0;
    dev.description = "A generated development of 5,000 apartments in twenty towers, for testing the unit "
                      "finder and the stacking plan at scale.";
    dev.floorPlans = false; // 500 floor plans would only slow the build down
    dev.viewScale = 2.5;
    addUnitTypes(dev);

    // 5 x 4 towers on a 70 m grid, every other one turned 90 degrees so that all aspects occur.
    constexpr int columns = 5, rows = 4, floors = 25;
    constexpr float spacing = 70.f;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            Building b;
            b.id = QString(QLatin1Char(char('A' + row * columns + column)));
            b.name = QStringLiteral("Tower %1").arg(b.id);
            b.kind = "apartments";
            b.floors = floors;
            b.origin =
                QVector3D((column - (columns - 1) / 2.f) * spacing, 0, (row - (rows - 1) / 2.f) * spacing);
            b.yaw = (row + column) % 2 ? 90.f : 0.f;
            b.length = slotsLength();
            b.corridor = kCorridor;
            b.depth = 2 * kUnitDepth + kCorridor;
            dev.buildings.push_back(b);
        }
    }
    Random rng(5000);
    for (const Building &b : dev.buildings)
        addApartmentUnits(dev, b, rng);
    addStages(dev);
    return dev;
}

} // namespace demo
