// What an IFC 2x3 file says about itself that Assimp's IFC reader does not keep: each product's entity
// class, its GlobalId, the building storeys with their elevations, and which storey and building each
// product sits in. Read straight from the STEP entity lines (`#123=IFCWALLSTANDARDCASE('guid',#5,
// 'Wall South',...);`), independent of Assimp. `showroom-import new` drafts floors and stages from it.
#pragma once

#include <QString>

#include <vector>

namespace showroom::importer {

// One IfcProduct: a building element, a space, the site, a building or a storey.
struct IfcProduct
{
    int entity = 0;    // the STEP id, #entity
    QString ifcClass;  // as the file spells it, upper case: "IFCWALLSTANDARDCASE"
    QString globalId;  // 22 characters
    QString name;      // the IFC Name, decoded ("Wall South"); empty when $
    QString nodeName;  // the node the importer gives it: ifcNodeName of the Name as Assimp 5.2 reads it
                       // (STEP escapes \X\, \X2\ dropped, '' kept), so it can differ from `name`
    int storey = -1;   // index into IfcStructure::storeys, -1 when not in a storey
    int building = -1; // index into IfcStructure::buildings, -1 when not in a building
    int partOf = 0;    // the element this is a part of (a roof's slab, a stair's flight), 0 if none
};

struct IfcStorey
{
    IfcProduct product;
    double elevation = 0;      // metres (the file's length unit applied)
    bool hasElevation = false; // false when the file leaves Elevation out ($)
};

struct IfcStructure
{
    QString error;            // non-empty: the file is not a readable IFC 2x3 STEP file
    QString schema;           // FILE_SCHEMA, e.g. "IFC2X3"
    bool hasLocation = false; // the first IfcSite's RefLatitude and RefLongitude, in degrees (north, east)
    double latitude = 0;
    double longitude = 0;
    double metresPerUnit = 1; // the project's length unit (IfcSIUnit / IfcConversionBasedUnit)
    // The model context's TrueNorth (IfcGeometricRepresentationContext) as the compass bearing of the
    // model's +Y axis, degrees -180..180 (TrueNorth (0,1): 0; (-1,0), north to the left in plan: 90).
    // Assimp turns IFC's +Y into the app's -Z, so this is the manifest's development.northAngle.
    bool hasTrueNorth = false;
    double northAngle = 0;
    std::vector<IfcProduct> sites;
    std::vector<IfcProduct> buildings;
    std::vector<IfcStorey> storeys;   // file order
    std::vector<IfcProduct> elements; // every other product (walls, slabs, spaces, proxies ...), file order
};

// Reads `path` (a STEP physical file). Containment comes from IfcRelContainedInSpatialStructure and
// IfcRelAggregates (storeys in buildings, spaces in storeys, parts in their whole).
IfcStructure readIfcStructure(const QString &path);

// The node name the importer gives an IFC product named `ifcName`: Assimp names the node
// "<IfcClass>_<Name without spaces>_<GlobalId>" ("Unnamed" for an empty name) and the importer keeps the
// middle part.
QString ifcNodeName(const QString &ifcName);

} // namespace showroom::importer
