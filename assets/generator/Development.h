// The demo development as data: buildings, unit slots, unit types with their room layouts, units with
// prices and statuses. The site model, the interiors, the plans and development.json are all drawn
// from this one description, so they cannot disagree.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector3D>

#include <cstdint>
#include <vector>

namespace demo {

// Deterministic random numbers (same sequence on every platform and standard library).
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        // splitmix64
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ull << 53); }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }

private:
    std::uint64_t m_state;
};

// Room layout of a unit type, in the unit's local frame: metres, origin at the unit's centre, +X to the
// right when facing the facade, +Z towards the facade (balcony side), floor at y = 0. Multi-storey types
// (townhouses) put each room, wall and fixture on a storey; storey n's floors are at n * storeyHeight.
struct Opening
{
    enum Kind
    {
        Door,
        Window,
        GlazedDoor
    };
    Kind kind = Door;
    double at = 0; // centre of the opening along the wall's axis (x or z coordinate in plan)
    double width = 0.9;
    QString name;  // node name, e.g. "Door_Bedroom" or "Window_Living"
    int swing = 0; // doors: the side (-1 / +1 along the wall's normal axis) the leaf opens to; 0 = auto
};

struct WallSpec
{
    QString name; // node name, e.g. "Wall_Facade"
    QPointF a, b; // axis-aligned centre line in plan (x, z)
    double thickness = 0.12;
    bool exterior = false;
    std::vector<Opening> openings;
    int storey = 0;
};

struct RoomSpec
{
    QString node;    // floor node, e.g. "Floor_Living"
    QString label;   // shown on plans
    QRectF rect;     // x, z extents (interior faces)
    QString surface; // finish surface class of the floor: "floor" or "bathroom"
    int storey = 0;
    QRectF hole;           // a stair opening inside rect: no floor there
    bool planLabel = true; // false: too narrow to label on the plan (the visitor still sees `label`)
    QRectF labelRect;      // where the plan writes the label, if not the middle of rect
    double area() const { return rect.width() * rect.height() - hole.width() * hole.height(); }
};

struct FixtureSpec
{
    QString node; // e.g. "Kitchen_Base", "Bathroom_WC"
    QRectF rect;  // footprint in plan (x, z)
    double y0 = 0, y1 = 0.9;
    QString material; // surface class or fixed material name
    bool onPlan = true;
    int storey = 0;
    int steps = 0; // > 0: a straight stair of this many risers from y0 up to y1, climbing towards -Z
};

struct TypeLayout
{
    double width = 0, depth = 0;
    double wallHeight = 2.6;
    int storeys = 1;
    double storeyHeight = 0; // floor to floor, for storeys > 1
    QRectF stairOpening;     // where the upper storeys' slab is left open over the stair
    double level(int storey) const { return storey * storeyHeight; }
    std::vector<RoomSpec> rooms;
    std::vector<WallSpec> walls;
    std::vector<FixtureSpec> fixtures;
    double netArea() const;
};

struct UnitType
{
    QString id, name;
    int bedrooms = 0, bathrooms = 0;
    double area = 0;
    double width = 0, depth = 0; // footprint in the building (apartments) or the house size
    QString interior;            // package-relative, empty if none
    QString plan;                // package-relative
    bool hasLayout = false;
    TypeLayout layout;
};

struct Unit
{
    QString id, building, type;
    int floor = 0, number = 0;
    int bedrooms = 0, bathrooms = 0;
    double area = 0, price = 0;
    QString status, orientation;
    bool balcony = false;
    double balconyArea = 0;
    QString plan, node;

    // Placement in the building's frame: centre of the unit footprint at its floor level; yaw turns
    // the unit's +Z (its main facade) to face outwards.
    QVector3D centre;
    float yaw = 0;
    double width = 0, depth = 0;
    int exposedSide = 0;   // -1 / +1: the unit's local -X / +X side is an outside wall (corner)
    bool mirrored = false; // its type's layout mirrored in X (corner flats at the left end of a row)
    double balconyWidth = 0, balconyDepth = 0;
    bool terrace = false; // ground-level terrace instead of a balcony
    int storeys = 1;      // townhouses: full storeys below the roof
    double setback = 0;   // townhouses: front offset along +Z
};

// Floor to floor height of the townhouses: their interior's upper storey stands at this level.
constexpr double kTownhouseStorey = 2.95;

struct Building
{
    QString id, name, kind;
    int floors = 0;
    QVector3D origin; // world position of the building's centre at ground level
    float yaw = 0;    // degrees about +Y
    double length = 0, depth = 0;
    double corridor = 0;
    double baseHeight = 0.45;  // ground floor level above the site datum
    double floorHeight = 3.05; // floor to floor
    double slabThickness = 0.3;
    double elevation(int level) const { return baseHeight + level * floorHeight; }
};

struct Stage
{
    QString id, name, plannedStart, plannedEnd;
    QString actualStart, actualEnd; // empty = null
    bool hasActual = false;
    QStringList nodes;
};

struct Development
{
    QString id, name, address, currency, completion, description;
    double latitude = 0, longitude = 0, northAngle = 0;
    std::vector<Building> buildings;
    std::vector<UnitType> types;
    std::vector<Unit> units;
    std::vector<Stage> stages;
    bool floorPlans = true; // a plan image per building floor (plans/<building>_level_<nn>.png)
    double viewScale = 1;   // the overview camera presets stand this many times the demo's distance off

    const Building &building(const QString &id) const;
    const UnitType &type(const QString &id) const;
    // Compass name (N, NE, ...) of a direction given in model space (x, z).
    QString compass(double dx, double dz) const;
};

Development makeDemoDevelopment();
// A large development for the finder's scale tests and benchmark: 20 apartment towers (A..T) of 25
// floors around a grid, 5,000 units of the demo's apartment types; no per-floor plans.
Development makeLargeDevelopment();

} // namespace demo
