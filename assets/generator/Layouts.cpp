#include "Layouts.h"

namespace demo {

namespace {

class LayoutWriter
{
public:
    TypeLayout layout;
    int storey = 0; // what room(), wall() and fixture() add goes on this storey

    RoomSpec &room(const QString &node, const QString &label, double x0, double z0, double x1, double z1,
                   const QString &surface = "floor")
    {
        RoomSpec r;
        r.node = node;
        r.label = label;
        r.rect = QRectF(QPointF(x0, z0), QPointF(x1, z1));
        r.surface = surface;
        r.storey = storey;
        layout.rooms.push_back(r);
        return layout.rooms.back();
    }
    void wall(const QString &name, double x0, double z0, double x1, double z1, double thickness,
              bool exterior = false, std::vector<Opening> openings = {})
    {
        layout.walls.push_back(
            {name, QPointF(x0, z0), QPointF(x1, z1), thickness, exterior, std::move(openings), storey});
    }
    FixtureSpec &fixture(const QString &node, double x0, double z0, double x1, double z1, double y0,
                         double y1, const QString &material, bool onPlan = true)
    {
        FixtureSpec f;
        f.node = node;
        f.rect = QRectF(QPointF(x0, z0), QPointF(x1, z1));
        f.y0 = y0;
        f.y1 = y1;
        f.material = material;
        f.onPlan = onPlan;
        f.storey = storey;
        layout.fixtures.push_back(f);
        return layout.fixtures.back();
    }

    // A kitchen run against a wall at x = wallX (cabinets extend towards +X), from z0 to z1, with a
    // tall fridge column at the z0 end.
    void kitchenAlongLeftWall(double wallX, double z0, double z1)
    {
        const double x0 = wallX + 0.1;
        fixture("Kitchen_Tall", x0, z0, x0 + 0.6, z0 + 0.6, 0, 2.15, "kitchen");
        fixture("Kitchen_Base", x0, z0 + 0.6, x0 + 0.6, z1, 0.1, 0.87, "kitchen");
        fixture("Kitchen_Plinth", x0, z0 + 0.6, x0 + 0.55, z1, 0, 0.1, "appliance", false);
        fixture("Kitchen_Worktop", x0, z0 + 0.6, x0 + 0.63, z1, 0.87, 0.91, "worktop");
        fixture("Kitchen_Upper", x0, z0 + 0.6, x0 + 0.35, z1, 1.45, 2.15, "kitchen", false);
        fixture("Kitchen_Splashback", x0, z0 + 0.6, x0 + 0.015, z1, 0.91, 1.45, "worktop", false);
        const double mid = (z0 + 0.6 + z1) / 2;
        fixture("Kitchen_Sink", x0 + 0.1, mid - 0.75, x0 + 0.5, mid - 0.3, 0.91, 0.92, "appliance", false);
        fixture("Kitchen_Hob", x0 + 0.08, mid + 0.2, x0 + 0.52, mid + 0.8, 0.91, 0.92, "appliance", false);
    }
    // The same run against a wall whose inner face is at x = faceX, cabinets extending towards -X.
    void kitchenAlongRightWall(double faceX, double z0, double z1)
    {
        const double x1 = faceX;
        fixture("Kitchen_Tall", x1 - 0.6, z0, x1, z0 + 0.6, 0, 2.15, "kitchen");
        fixture("Kitchen_Base", x1 - 0.6, z0 + 0.6, x1, z1, 0.1, 0.87, "kitchen");
        fixture("Kitchen_Plinth", x1 - 0.55, z0 + 0.6, x1, z1, 0, 0.1, "appliance", false);
        fixture("Kitchen_Worktop", x1 - 0.63, z0 + 0.6, x1, z1, 0.87, 0.91, "worktop");
        fixture("Kitchen_Upper", x1 - 0.35, z0 + 0.6, x1, z1, 1.45, 2.15, "kitchen", false);
        fixture("Kitchen_Splashback", x1 - 0.015, z0 + 0.6, x1, z1, 0.91, 1.45, "worktop", false);
        const double mid = (z0 + 0.6 + z1) / 2;
        fixture("Kitchen_Sink", x1 - 0.5, mid + 0.3, x1 - 0.1, mid + 0.75, 0.91, 0.92, "appliance", false);
        fixture("Kitchen_Hob", x1 - 0.52, mid - 0.8, x1 - 0.08, mid - 0.2, 0.91, 0.92, "appliance", false);
    }
};

Opening door(const QString &name, double at, double width = 0.85, int swing = 0)
{
    return {Opening::Door, at, width, name, swing};
}
Opening window(const QString &name, double at, double width)
{
    return {Opening::Window, at, width, name, 0};
}
Opening glazedDoor(const QString &name, double at, double width)
{
    return {Opening::GlazedDoor, at, width, name, 0};
}

TypeLayout oneBedroom()
{
    LayoutWriter w;
    w.room("Floor_Living", "Living / dining", -3.5, -0.6, 0.8, 3.75);
    w.room("Floor_Kitchen", "Kitchen", -3.5, -3.75, -1.0, -0.6);
    w.room("Floor_Hall", "Hall", -1.0, -3.75, 0.8, -0.6);
    w.room("Floor_Bedroom", "Bedroom", 0.8, -0.9, 3.5, 3.75);
    w.room("Floor_Bathroom", "Bathroom", 0.8, -3.75, 3.5, -0.9, "bathroom");

    w.wall("Wall_Facade", -3.5, 3.75, 3.5, 3.75, 0.3, true,
           {glazedDoor("Window_Living", -1.35, 2.4), window("Window_Bedroom", 2.15, 1.4)});
    w.wall("Wall_Corridor", -3.5, -3.75, 3.5, -3.75, 0.2, false, {door("Door_Entrance", -0.1, 0.95)});
    w.wall("Wall_Party_Left", -3.5, -3.75, -3.5, 3.75, 0.2);
    w.wall("Wall_Party_Right", 3.5, -3.75, 3.5, 3.75, 0.2);
    w.wall("Wall_Bedroom", 0.8, -3.75, 0.8, 3.75, 0.12, false,
           {door("Door_Bathroom", -2.1, 0.8, 1), door("Door_Bedroom", 0.1, 0.85, 1)});
    w.wall("Wall_Bathroom", 0.8, -0.9, 3.5, -0.9, 0.12);
    w.wall("Wall_Hall", -1.0, -0.6, 0.8, -0.6, 0.12, false, {door("Door_Hall", -0.1)});
    w.wall("Wall_Kitchen", -1.0, -3.75, -1.0, -0.6, 0.12);

    w.kitchenAlongLeftWall(-3.5, -3.65, -0.7);
    w.fixture("Bathroom_Tub", 1.7, -1.75, 3.4, -1.0, 0, 0.55, "sanitary");
    w.fixture("Bathroom_WC", 2.8, -3.3, 3.4, -2.9, 0, 0.42, "sanitary");
    w.fixture("Bathroom_WC_Cistern", 3.2, -3.35, 3.4, -2.85, 0.42, 0.85, "sanitary", false);
    w.fixture("Bathroom_Basin", 1.0, -3.65, 1.6, -3.2, 0, 0.85, "sanitary");
    w.fixture("Furniture_Bed", 1.4, 0.6, 3.4, 2.2, 0, 0.5, "fabric");
    w.fixture("Furniture_Wardrobe", 2.8, -0.8, 3.4, 0.4, 0, 2.1, "wood");
    w.fixture("Furniture_Sofa", -3.3, 0.6, -2.4, 2.8, 0, 0.8, "fabric");
    w.fixture("Furniture_Table", -1.9, 0.0, -0.7, 0.9, 0, 0.75, "wood");
    return w.layout;
}

TypeLayout twoBedroom()
{
    LayoutWriter w;
    w.room("Floor_Living", "Living / dining", -4.75, -0.4, 0.0, 3.75);
    w.room("Floor_Kitchen", "Kitchen", -4.75, -3.75, -2.2, -0.4);
    w.room("Floor_Hall", "Hall", -2.2, -3.75, -0.4, -0.4);
    w.room("Floor_Hall_2", "Hall", -0.4, -1.4, 4.75, -0.4).planLabel = false;
    w.room("Floor_Bathroom", "Bathroom", -0.4, -3.75, 2.4, -1.4, "bathroom");
    w.room("Floor_Storage", "Storage", 2.4, -3.75, 4.75, -1.4);
    w.room("Floor_Bedroom_1", "Bedroom 1", 0.0, -0.4, 2.6, 3.75);
    w.room("Floor_Bedroom_2", "Bedroom 2", 2.6, -0.4, 4.75, 3.75);

    w.wall("Wall_Facade", -4.75, 3.75, 4.75, 3.75, 0.3, true,
           {glazedDoor("Window_Living", -2.4, 2.6), window("Window_Bedroom_1", 1.3, 1.4),
            window("Window_Bedroom_2", 3.675, 1.2)});
    w.wall("Wall_Corridor", -4.75, -3.75, 4.75, -3.75, 0.2, false, {door("Door_Entrance", -1.3, 0.95)});
    w.wall("Wall_Party_Left", -4.75, -3.75, -4.75, 3.75, 0.2);
    w.wall("Wall_Party_Right", 4.75, -3.75, 4.75, 3.75, 0.2);
    w.wall("Wall_Kitchen", -2.2, -3.75, -2.2, -0.4, 0.12);
    w.wall("Wall_Hall", -2.2, -0.4, 0.0, -0.4, 0.12, false, {door("Door_Living", -1.3)});
    w.wall("Wall_Living", 0.0, -0.4, 0.0, 3.75, 0.12);
    w.wall("Wall_Bedrooms", 2.6, -0.4, 2.6, 3.75, 0.12);
    w.wall("Wall_Hall_Front", 0.0, -0.4, 4.75, -0.4, 0.12, false,
           {door("Door_Bedroom_1", 1.0), door("Door_Bedroom_2", 3.3)});
    w.wall("Wall_Hall_Back", -0.4, -1.4, 4.75, -1.4, 0.12, false,
           {door("Door_Bathroom", 0.5, 0.8), door("Door_Storage", 3.6, 0.8)});
    w.wall("Wall_Bathroom", -0.4, -3.75, -0.4, -1.4, 0.12);
    w.wall("Wall_Storage", 2.4, -3.75, 2.4, -1.4, 0.12);

    w.kitchenAlongLeftWall(-4.75, -3.65, -0.6);
    w.fixture("Bathroom_Tub", 0.6, -3.65, 2.3, -2.9, 0, 0.55, "sanitary");
    w.fixture("Bathroom_WC", 1.7, -2.5, 2.3, -2.1, 0, 0.42, "sanitary");
    w.fixture("Bathroom_WC_Cistern", 2.1, -2.55, 2.3, -2.05, 0.42, 0.85, "sanitary", false);
    w.fixture("Bathroom_Basin", -0.34, -2.8, 0.16, -2.2, 0, 0.85, "sanitary");
    w.fixture("Furniture_Bed_1", 0.5, 1.2, 2.1, 3.2, 0, 0.5, "fabric");
    w.fixture("Furniture_Bed_2", 3.0, 1.4, 3.95, 3.4, 0, 0.5, "fabric");
    w.fixture("Furniture_Sofa", -4.6, 0.8, -3.7, 3.0, 0, 0.8, "fabric");
    w.fixture("Furniture_Table", -2.6, 0.2, -1.4, 1.1, 0, 0.75, "wood");
    return w.layout;
}

TypeLayout threeBedroom()
{
    LayoutWriter w;
    w.room("Floor_Living", "Living / dining", -5.75, -0.4, -0.75, 3.75);
    w.room("Floor_Kitchen", "Kitchen", -5.75, -3.75, -3.0, -0.4);
    w.room("Floor_Hall", "Hall", -3.0, -3.75, -1.2, -0.4);
    w.room("Floor_Hall_2", "Hall", -1.2, -1.4, 3.15, -0.4).planLabel = false;
    w.room("Floor_Bathroom", "Bathroom", -1.2, -3.75, 1.2, -1.4, "bathroom");
    w.room("Floor_Bathroom_2", "Shower room", 1.2, -3.75, 3.15, -1.4, "bathroom");
    w.room("Floor_Bedroom_1", "Bedroom 1", -0.75, -0.4, 2.05, 3.75);
    w.room("Floor_Bedroom_2", "Bedroom 2", 2.05, -0.4, 5.75, 3.75);
    w.room("Floor_Bedroom_3", "Bedroom 3", 3.15, -3.75, 5.75, -0.4);

    w.wall("Wall_Facade", -5.75, 3.75, 5.75, 3.75, 0.3, true,
           {glazedDoor("Window_Living", -3.25, 3.0), window("Window_Bedroom_1", 0.65, 1.4),
            window("Window_Bedroom_2", 3.9, 1.6)});
    w.wall("Wall_Corridor", -5.75, -3.75, 5.75, -3.75, 0.2, false, {door("Door_Entrance", -2.1, 0.95)});
    w.wall("Wall_Party_Left", -5.75, -3.75, -5.75, 3.75, 0.2);
    w.wall("Wall_Side", 5.75, -3.75, 5.75, 3.75, 0.3, true,
           {window("Window_Bedroom_3", -2.1, 1.2), window("Window_Bedroom_2_Side", 1.7, 1.2)});
    w.wall("Wall_Kitchen", -3.0, -3.75, -3.0, -0.4, 0.12);
    w.wall("Wall_Hall_Front", -3.0, -0.4, 5.75, -0.4, 0.12, false,
           {door("Door_Living", -2.1), door("Door_Bedroom_1", 0.2), door("Door_Bedroom_2", 2.6, 0.8)});
    w.wall("Wall_Living", -0.75, -0.4, -0.75, 3.75, 0.12);
    w.wall("Wall_Bedrooms", 2.05, -0.4, 2.05, 3.75, 0.12);
    w.wall("Wall_Hall_Back", -1.2, -1.4, 3.15, -1.4, 0.12, false,
           {door("Door_Bathroom", -0.3, 0.8), door("Door_Bathroom_2", 2.2, 0.75)});
    w.wall("Wall_Bathroom", -1.2, -3.75, -1.2, -1.4, 0.12);
    w.wall("Wall_Bathroom_2", 1.2, -3.75, 1.2, -1.4, 0.12);
    w.wall("Wall_Bedroom_3", 3.15, -3.75, 3.15, -0.4, 0.12, false, {door("Door_Bedroom_3", -0.9, 0.8)});

    w.kitchenAlongLeftWall(-5.75, -3.65, -0.6);
    w.fixture("Bathroom_Tub", -1.1, -3.65, 0.6, -2.9, 0, 0.55, "sanitary");
    w.fixture("Bathroom_WC", 0.5, -2.4, 1.14, -2.0, 0, 0.42, "sanitary");
    w.fixture("Bathroom_WC_Cistern", 0.94, -2.45, 1.14, -1.95, 0.42, 0.85, "sanitary", false);
    w.fixture("Bathroom_Basin", -1.14, -2.5, -0.7, -1.9, 0, 0.85, "sanitary");
    w.fixture("Bathroom_2_Shower", 2.25, -3.65, 3.09, -2.85, 0, 0.08, "sanitary");
    w.fixture("Bathroom_2_Screen", 2.23, -3.65, 2.25, -2.85, 0.08, 2.0, "glass", false);
    w.fixture("Bathroom_2_WC", 1.26, -3.3, 1.86, -2.9, 0, 0.42, "sanitary");
    w.fixture("Bathroom_2_WC_Cistern", 1.26, -3.35, 1.46, -2.85, 0.42, 0.85, "sanitary", false);
    w.fixture("Bathroom_2_Basin", 2.6, -2.4, 3.09, -1.9, 0, 0.85, "sanitary");
    w.fixture("Furniture_Bed_1", -0.2, 1.3, 1.4, 3.3, 0, 0.5, "fabric");
    w.fixture("Furniture_Bed_2", 3.0, 1.3, 4.8, 3.3, 0, 0.5, "fabric");
    w.fixture("Furniture_Bed_3", 4.6, -3.5, 5.55, -1.5, 0, 0.5, "fabric");
    w.fixture("Furniture_Sofa", -5.6, 0.8, -4.7, 3.0, 0, 0.8, "fabric");
    w.fixture("Furniture_Table", -3.4, 0.2, -2.0, 1.1, 0, 0.75, "wood");
    return w.layout;
}

// Two storeys in the site's house (6.2 x 10 m, party walls at x = +-3.1): the street front with the
// entrance and the terrace at +Z, the garden at -Z. The openings in the outside walls are where the
// site model's house has them (SiteBuildings.cpp, addTownhouse). A straight stair along the left party
// wall climbs from the hall towards the garden; upstairs it arrives at the landing.
TypeLayout townhouse()
{
    LayoutWriter w;
    w.layout.storeys = 2;
    w.layout.storeyHeight = kTownhouseStorey;
    // The stair's opening in the first floor's slab: over the flight, from the party wall to the rail.
    const QRectF stairOpening(QPointF(-2.975, -1.15), QPointF(-2.0, 2.24));
    w.layout.stairOpening = stairOpening;

    // Ground floor: hall and stair, kitchen on the street, WC and storage in the middle, living /
    // dining across the garden side.
    w.room("Floor_Hall", "Hall", -3.1, -1.2, -0.9, 5.0).labelRect =
        QRectF(QPointF(-3.1, 2.3), QPointF(-0.9, 4.1));
    w.room("Floor_Kitchen", "Kitchen", -0.9, 1.2, 3.1, 5.0);
    w.room("Floor_WC", "WC", -0.9, -1.2, 0.7, 1.2, "bathroom");
    w.room("Floor_Storage", "Storage", 0.7, -1.2, 3.1, 1.2);
    w.room("Floor_Living", "Living / dining", -3.1, -5.0, 3.1, -1.2);

    w.wall("Wall_Facade", -3.1, 5.0, 3.1, 5.0, 0.3, true,
           {door("Door_Entrance", -1.9, 1.0), window("Window_Kitchen", 1.05, 1.8)});
    w.wall("Wall_Garden", -3.1, -5.0, 3.1, -5.0, 0.3, true, {glazedDoor("Window_Living", 0.0, 3.2)});
    w.wall("Wall_Party_Left", -3.1, -5.0, -3.1, 5.0, 0.25);
    w.wall("Wall_Party_Right", 3.1, -5.0, 3.1, 5.0, 0.25);
    w.wall("Wall_Hall", -0.9, -1.2, -0.9, 5.0, 0.12, false,
           {door("Door_WC", 0.0, 0.75), door("Door_Kitchen", 3.4)});
    w.wall("Wall_Core_Front", -0.9, 1.2, 3.1, 1.2, 0.12, false, {door("Door_Storage", 1.9, 0.8)});
    w.wall("Wall_Core_Back", -3.1, -1.2, 3.1, -1.2, 0.12, false, {door("Door_Living", -1.45)});
    w.wall("Wall_WC", 0.7, -1.2, 0.7, 1.2, 0.12);

    // 16 risers of 18.4 cm, 15 goings of 23 cm: from the hall floor (z = 2.3) up to the landing (-1.15).
    w.fixture("Stairs", -2.975, -1.15, -2.0, 2.3, 0, kTownhouseStorey, "floor").steps = 16;
    w.kitchenAlongRightWall(2.975, 1.3, 4.85);
    w.fixture("WC_Toilet", 0.1, -1.1, 0.5, -0.5, 0, 0.42, "sanitary");
    w.fixture("WC_Cistern", 0.05, -1.14, 0.55, -0.94, 0.42, 0.85, "sanitary", false);
    w.fixture("WC_Basin", 0.15, 0.7, 0.64, 1.14, 0, 0.85, "sanitary");
    w.fixture("Furniture_Sofa", -2.95, -4.3, -2.05, -2.0, 0, 0.8, "fabric");
    w.fixture("Furniture_Coffee_Table", -1.6, -3.7, -0.8, -2.6, 0, 0.4, "wood");
    w.fixture("Furniture_Table", 1.0, -3.1, 2.6, -2.1, 0, 0.75, "wood");
    w.fixture("Furniture_Kitchen_Table", 0.1, 2.9, 1.3, 3.7, 0, 0.75, "wood");
    w.fixture("Furniture_Storage_Shelves", 1.0, -1.1, 3.0, -0.7, 0, 2.0, "wood");

    // First floor: the main bedroom across the garden side, a second bedroom on the street, the
    // landing around the stair and the bathroom.
    w.storey = 1;
    w.room("Floor_Bedroom_1", "Bedroom 1", -3.1, -5.0, 3.1, -2.0);
    w.room("Floor_Landing", "Landing", -3.1, -2.0, 0.6, 2.3).hole = stairOpening;
    w.room("Floor_Bathroom", "Bathroom", 0.6, -2.0, 3.1, 2.3, "bathroom");
    w.room("Floor_Bedroom_2", "Bedroom 2", -3.1, 2.3, 3.1, 5.0);

    w.wall("Wall_Upper_Facade", -3.1, 5.0, 3.1, 5.0, 0.3, true,
           {window("Window_Bedroom_2", -1.2, 1.2), window("Window_Bedroom_2_Second", 1.5, 1.2)});
    w.wall("Wall_Upper_Garden", -3.1, -5.0, 3.1, -5.0, 0.3, true,
           {window("Window_Bedroom_1", -1.4, 1.4), window("Window_Bedroom_1_Second", 1.6, 1.4)});
    w.wall("Wall_Upper_Party_Left", -3.1, -5.0, -3.1, 5.0, 0.25);
    w.wall("Wall_Upper_Party_Right", 3.1, -5.0, 3.1, 5.0, 0.25);
    w.wall("Wall_Upper_Front", -3.1, 2.3, 3.1, 2.3, 0.12, false, {door("Door_Bedroom_2", -1.3, 0.85, 1)});
    w.wall("Wall_Upper_Back", -3.1, -2.0, 3.1, -2.0, 0.12, false, {door("Door_Bedroom_1", -1.3, 0.85, -1)});
    w.wall("Wall_Bathroom", 0.6, -2.0, 0.6, 2.3, 0.12, false, {door("Door_Bathroom", 0.0, 0.8, 1)});

    // A glass balustrade along the opening: nobody walks into the stairwell.
    w.fixture("Stairs_Balustrade", -2.02, -1.15, -1.98, 2.24, 0, 1.0, "glass");
    w.fixture("Bathroom_Tub", 2.2, -1.9, 2.95, -0.2, 0, 0.55, "sanitary");
    w.fixture("Bathroom_Shower", 0.7, -1.9, 1.6, -1.0, 0, 0.08, "sanitary");
    w.fixture("Bathroom_Screen", 1.6, -1.9, 1.62, -1.0, 0.08, 2.0, "glass", false);
    w.fixture("Bathroom_WC", 2.35, 0.6, 2.95, 1.0, 0, 0.42, "sanitary");
    w.fixture("Bathroom_WC_Cistern", 2.75, 0.55, 2.95, 1.05, 0.42, 0.85, "sanitary", false);
    w.fixture("Bathroom_Basin", 1.2, 1.75, 1.8, 2.2, 0, 0.85, "sanitary");
    w.fixture("Furniture_Bed_1", 0.9, -4.3, 2.95, -2.7, 0, 0.5, "fabric");
    w.fixture("Furniture_Wardrobe", -2.95, -4.7, -2.35, -2.8, 0, 2.1, "wood");
    w.fixture("Furniture_Bed_2", 0.95, 2.5, 2.95, 3.45, 0, 0.5, "fabric");
    w.fixture("Furniture_Desk", -2.9, 4.25, -1.9, 4.8, 0, 0.75, "wood");
    return w.layout;
}

} // namespace

TypeLayout layoutFor(const QString &id, double width, double depth)
{
    TypeLayout l;
    if (id == "1B")
        l = oneBedroom();
    else if (id == "2B")
        l = twoBedroom();
    else if (id == "3B")
        l = threeBedroom();
    else if (id == "TH")
        l = townhouse();
    l.width = width;
    l.depth = depth;
    return l;
}

} // namespace demo
