#include "Manifest.h"

#include "Plans.h"

#include <QJsonArray>

#include <cmath>

namespace demo {

namespace {

QJsonArray xyz(double x, double y, double z)
{
    return QJsonArray{x, y, z};
}

QJsonValue dateOrNull(const QString &date)
{
    return date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date);
}

QJsonObject surface(const char *name, const char *color, double roughness, double metallic,
                    double priceDelta = 0, const char *texture = nullptr)
{
    QJsonObject s{{"name", name}, {"color", color}, {"roughness", roughness}, {"metallic", metallic}};
    if (priceDelta != 0)
        s.insert("priceDelta", priceDelta);
    if (texture)
        s.insert("texture", texture);
    return s;
}

} // namespace

QJsonObject buildManifest(const Development &dev)
{
    QJsonObject development{{"id", dev.id},
                            {"name", dev.name},
                            {"address", dev.address},
                            {"latitude", dev.latitude},
                            {"longitude", dev.longitude},
                            {"currency", dev.currency},
                            {"completion", dev.completion},
                            {"description", dev.description},
                            {"northAngle", dev.northAngle},
                            {"timeZone", "Europe/Vienna"}}; // both demo sites are in Graz
    // Who buyers call (brochures print it); fictitious, in the demo's city.
    development.insert("salesOffice", QJsonObject{{"name", "Lindenhof Sales Office"},
                                                  {"phone", "+43 316 555 0140"},
                                                  {"email", "sales@lindenhof-gardens.example"},
                                                  {"address", "Lindenhofstraße 2, 8020 Graz"}});

    QJsonArray buildings, floors;
    for (const Building &b : dev.buildings) {
        buildings.append(QJsonObject{{"id", b.id},
                                     {"name", b.name},
                                     {"kind", b.kind},
                                     {"floors", b.floors},
                                     {"node", "Building_" + b.id}});
        for (int level = 0; level < b.floors; ++level) {
            QJsonObject floor{{"building", b.id},
                              {"level", level},
                              {"name", floorName(b, level)},
                              {"elevation", std::round(b.elevation(level) * 100) / 100}};
            if (dev.floorPlans)
                floor.insert(
                    "plan",
                    QStringLiteral("plans/%1_level_%2.png").arg(b.id).arg(level, 2, 10, QLatin1Char('0')));
            floors.append(floor);
        }
    }

    QJsonArray types;
    for (const UnitType &t : dev.types) {
        QJsonObject o{
            {"id", t.id},     {"name", t.name}, {"bedrooms", t.bedrooms}, {"bathrooms", t.bathrooms},
            {"area", t.area}, {"plan", t.plan}};
        if (!t.interior.isEmpty()) {
            o.insert("interior", t.interior);
            // The names a visitor sees for the interior's rooms: the plan's labels.
            QJsonArray rooms;
            for (const RoomSpec &r : t.layout.rooms)
                rooms.append(QJsonObject{{"node", r.node}, {"name", r.label}});
            o.insert("rooms", rooms);
        }
        types.append(o);
    }

    QJsonArray units;
    for (const Unit &u : dev.units) {
        QJsonObject o{{"id", u.id},
                      {"building", u.building},
                      {"floor", u.floor},
                      {"type", u.type},
                      {"bedrooms", u.bedrooms},
                      {"bathrooms", u.bathrooms},
                      {"area", u.area},
                      {"price", u.price},
                      {"status", u.status},
                      {"orientation", u.orientation},
                      {"balcony", u.balcony},
                      {"plan", u.plan},
                      {"node", u.node}};
        if (u.balcony)
            o.insert("balconyArea", u.balconyArea);
        if (u.mirrored)
            o.insert("mirrored", true);
        units.append(o);
    }

    QJsonArray stages;
    for (const Stage &s : dev.stages) {
        QJsonObject o{{"id", s.id},
                      {"name", s.name},
                      {"planned", QJsonObject{{"start", s.plannedStart}, {"end", s.plannedEnd}}},
                      {"nodes", QJsonArray::fromStringList(s.nodes)}};
        if (s.hasActual)
            o.insert("actual",
                     QJsonObject{{"start", dateOrNull(s.actualStart)}, {"end", dateOrNull(s.actualEnd)}});
        stages.append(o);
    }

    // Surface classes match the Finish_<class> materials of the interior models.
    const QJsonArray palettes{
        QJsonObject{{"id", "nordic"},
                    {"name", "Nordic Light"},
                    {"standard", true},
                    {"surfaces", QJsonObject{{"floor", surface("Light oak boards", "#d9c29c", 0.55, 0, 0,
                                                               "textures/oak_light.png")},
                                             {"wall", surface("Warm white paint", "#f4f1ea", 0.9, 0)},
                                             {"kitchen", surface("White matt fronts", "#f1efea", 0.45, 0)},
                                             {"worktop", surface("Grey laminate", "#bdb8ae", 0.3, 0)},
                                             {"bathroom", surface("Pale grey tiles", "#e4e2dc", 0.3, 0)},
                                             {"door", surface("White doors", "#f7f5f0", 0.5, 0)}}}},
        QJsonObject{
            {"id", "urban"},
            {"name", "Urban Walnut"},
            {"surfaces", QJsonObject{{"floor", surface("Dark walnut boards", "#7d5637", 0.5, 0, 2800)},
                                     {"wall", surface("Linen paint", "#e8e0d3", 0.9, 0, 400)},
                                     {"kitchen", surface("Anthracite fronts", "#3b3f43", 0.4, 0.1, 3500)},
                                     {"worktop", surface("Quartz worktop", "#d8d3c9", 0.25, 0, 1900)},
                                     {"bathroom", surface("Graphite stone tiles", "#8f8a82", 0.3, 0, 1600)},
                                     {"door", surface("Walnut doors", "#5c4433", 0.5, 0, 1200)}}}},
        QJsonObject{
            {"id", "sage"},
            {"name", "Stone & Sage"},
            {"surfaces", QJsonObject{{"floor", surface("Limestone-look tiles", "#bdb4a4", 0.7, 0, 2100)},
                                     {"wall", surface("Chalk white paint", "#eef0e9", 0.9, 0)},
                                     {"kitchen", surface("Sage green fronts", "#8d9d84", 0.45, 0, 1400)},
                                     {"worktop", surface("White composite worktop", "#ebe8e2", 0.3, 0, 900)},
                                     {"bathroom", surface("Warm stone tiles", "#c6c1b6", 0.3, 0, 800)},
                                     {"door", surface("Stone grey doors", "#ebe8e0", 0.5, 0)}}}},
    };

    const QJsonArray pois{
        QJsonObject{{"id", "courtyard"},
                    {"name", "Courtyard garden"},
                    {"description", "A shared garden with a fountain, benches and old lime trees."},
                    {"position", xyz(0, 0.5, -2)},
                    {"category", "garden"}},
        QJsonObject{{"id", "playground"},
                    {"name", "Playground"},
                    {"description", "Sand pit, play tower and slide, in sight of the ground-floor terraces."},
                    {"position", xyz(-30, 0.5, 9)},
                    {"category", "family"}},
        QJsonObject{{"id", "parking"},
                    {"name", "Residents' parking"},
                    {"description", "38 spaces, 12 with wall boxes for electric cars."},
                    {"position", xyz(-77, 0.5, -37)},
                    {"category", "parking"}},
        QJsonObject{{"id", "tram"},
                    {"name", "Tram stop Lindenhof"},
                    {"description", "Line 7 to the old town every 7 minutes, 12 minutes to Jakominiplatz."},
                    {"position", xyz(-20, 0.5, 73.5)},
                    {"category", "transport"}},
        QJsonObject{{"id", "bikes"},
                    {"name", "Bike shelter and parcel lockers"},
                    {"description",
                     "Covered bike parking by the east entrance of Haus Linde; parcel lockers in the lobby."},
                    {"position", xyz(6.5, 1, -44)},
                    {"category", "service"}},
    };

    const double k = dev.viewScale; // the overviews stand back further on a larger site
    const QJsonArray cameras{
        QJsonObject{{"id", "overview"},
                    {"name", "Overview"},
                    {"position", xyz(125 * k, 95 * k, 140 * k)},
                    {"target", xyz(0, 8 * k, -5 * k)},
                    {"fov", 40}},
        QJsonObject{{"id", "street"},
                    {"name", "From the street"},
                    {"position", xyz(-4, 1.7, 66)},
                    {"target", xyz(-12, 6, 38)},
                    {"fov", 55}},
        QJsonObject{{"id", "courtyard"},
                    {"name", "Courtyard"},
                    {"position", xyz(8, 1.7, 20)},
                    {"target", xyz(-24, 12, -36)},
                    {"fov", 60}},
        QJsonObject{{"id", "north"},
                    {"name", "From the north"},
                    {"position", xyz(-40 * k, 70 * k, -150 * k)},
                    {"target", xyz(0, 5 * k, 0)},
                    {"fov", 40}},
    };

    return QJsonObject{{"schema", 1},
                       {"development", development},
                       {"model", "models/site.glb"},
                       {"buildings", buildings},
                       {"floors", floors},
                       {"unitTypes", types},
                       {"units", units},
                       {"stages", stages},
                       {"finishPalettes", palettes},
                       {"pointsOfInterest", pois},
                       {"cameraPresets", cameras}};
}

} // namespace demo
