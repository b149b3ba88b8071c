// Buildings, floors and stages of a package drafted from an IFC model (IfcDraft.h).
#include "IfcDraft.h"

#include "Commands.h"
#include "importer/IfcStructure.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <map>

namespace showroom::cli {

using namespace showroom::importer;

namespace {

struct StageWords
{
    const char *id;
    const char *name;
};
// Build order: a node belongs to the first stage listing it, so an ambiguous name goes to the earlier one.
const StageWords kStages[] = {{"foundation", "Foundation"},
                              {"structure", "Structure"},
                              {"envelope", "Envelope"},
                              {"interior", "Interior"},
                              {"landscape", "Landscape"}};

// The mapping table of docs/importer.md; classes as IFC spells them (printed so).
const std::map<QString, std::pair<QString, QString>> &classTable() // upper case -> (IfcName, stage)
{
    static const std::map<QString, std::pair<QString, QString>> table = [] {
        const std::pair<const char *, const char *> rows[] = {{"IfcFooting", "foundation"},
                                                              {"IfcPile", "foundation"},
                                                              {"IfcWall", "structure"},
                                                              {"IfcWallStandardCase", "structure"},
                                                              {"IfcSlab", "structure"},
                                                              {"IfcColumn", "structure"},
                                                              {"IfcBeam", "structure"},
                                                              {"IfcMember", "structure"},
                                                              {"IfcStair", "structure"},
                                                              {"IfcStairFlight", "structure"},
                                                              {"IfcRamp", "structure"},
                                                              {"IfcRampFlight", "structure"},
                                                              {"IfcRailing", "structure"},
                                                              {"IfcRoof", "envelope"},
                                                              {"IfcWindow", "envelope"},
                                                              {"IfcDoor", "envelope"},
                                                              {"IfcCurtainWall", "envelope"},
                                                              {"IfcPlate", "envelope"},
                                                              {"IfcCovering", "envelope"},
                                                              {"IfcFurnishingElement", "interior"},
                                                              {"IfcFurniture", "interior"},
                                                              {"IfcFlowTerminal", "interior"},
                                                              {"IfcFlowFitting", "interior"},
                                                              {"IfcFlowSegment", "interior"},
                                                              {"IfcFlowController", "interior"},
                                                              {"IfcSite", "landscape"},
                                                              {"IfcGeographicElement", "landscape"}};
        std::map<QString, std::pair<QString, QString>> t;
        for (const auto &[name, stage] : rows)
            t[QString::fromLatin1(name).toUpper()] = {QString::fromLatin1(name), QString::fromLatin1(stage)};
        return t;
    }();
    return table;
}

QString displayClass(const QString &ifcClass)
{
    const auto it = classTable().find(ifcClass.toUpper());
    if (it != classTable().end())
        return it->second.first;
    static const std::map<QString, QString> others{{"IFCBUILDINGELEMENTPROXY", "IfcBuildingElementProxy"},
                                                   {"IFCSPACE", "IfcSpace"},
                                                   {"IFCOPENINGELEMENT", "IfcOpeningElement"}};
    const auto o = others.find(ifcClass.toUpper());
    return o != others.end() ? o->second : ifcClass;
}

// "IfcWallStandardCase 3, IfcSlab 2" in first-seen order.
QString countsText(const QStringList &classes)
{
    QStringList seen;
    QHash<QString, int> counts;
    for (const QString &c : classes) {
        if (!counts.contains(c))
            seen << c;
        ++counts[c];
    }
    QStringList parts;
    for (const QString &c : seen)
        parts << QStringLiteral("%1 %2").arg(c).arg(counts[c]);
    return parts.join(QLatin1String(", "));
}

QString buildingId(int index) // A, B, ..., Z, AA, AB ...
{
    QString id;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        id.prepend(QChar(QLatin1Char('A').unicode() + (n - 1) % 26));
    return id;
}

// The IANA zone whose principal city (tzdata's zone1970.tab, one per region of equal clocks since 1970)
// lies nearest the site, and how far away it is; empty without the table. Near a border the nearest city
// can be across it: `new` says which city it chose.
QString nearestTimeZone(double latitude, double longitude, double *km)
{
    QFile table(QStringLiteral("/usr/share/zoneinfo/zone1970.tab"));
    if (!table.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // "+4813+01620" or "+404251-0740023": degrees, minutes[, seconds] of latitude, then longitude.
    auto angle = [](const QByteArray &text, int degreeDigits) {
        const double sign = text.startsWith('-') ? -1 : 1;
        const QByteArray d = text.mid(1);
        double value = d.left(degreeDigits).toDouble() + d.mid(degreeDigits, 2).toDouble() / 60.0;
        if (d.size() > degreeDigits + 2)
            value += d.mid(degreeDigits + 2, 2).toDouble() / 3600.0;
        return sign * value;
    };
    QString best;
    double bestKm = 1e9;
    while (!table.atEnd()) {
        const QByteArray line = table.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 3)
            continue;
        const QByteArray &at = fields[1];
        const int split = int(std::max(at.lastIndexOf('+'), at.lastIndexOf('-')));
        if (split <= 0)
            continue;
        const double lat = angle(at.left(split), 2), lon = angle(at.mid(split), 3);
        // Great-circle distance (haversine), Earth radius 6371 km.
        const double p1 = qDegreesToRadians(latitude), p2 = qDegreesToRadians(lat);
        const double dp = p2 - p1, dl = qDegreesToRadians(lon - longitude);
        const double h = std::sin(dp / 2) * std::sin(dp / 2) +
                         std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
        const double distance = 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
        const QString zone = QString::fromLatin1(fields[2]);
        if (distance < bestKm && QTimeZone(zone.toLatin1()).isValid()) {
            bestKm = distance;
            best = zone;
        }
    }
    if (km)
        *km = bestKm;
    return best;
}

} // namespace

QString ifcStageOf(const QString &ifcClass)
{
    const auto it = classTable().find(ifcClass.toUpper());
    return it != classTable().end() ? it->second.second : QString();
}

IfcDraft draftFromIfc(const IfcStructure &ifc, const ImportedScene &scene)
{
    IfcDraft draft;
    QSet<QString> nodeNames;
    for (const Node &n : scene.nodes)
        nodeNames.insert(n.name);

    // Buildings A, B, ... in file order; a model without IfcBuilding still gets one.
    const int buildingCount = std::max<int>(1, int(ifc.buildings.size()));
    auto buildingOf = [&](int index) { return index >= 0 && index < buildingCount ? index : 0; };
    std::vector<std::vector<int>> storeysOf(static_cast<std::size_t>(buildingCount));
    for (int s = 0; s < int(ifc.storeys.size()); ++s)
        storeysOf[std::size_t(buildingOf(ifc.storeys[std::size_t(s)].product.building))].push_back(s);
    // Elevation: the storey's Elevation attribute, else where the importer placed its node.
    auto elevationOf = [&](int s) {
        const IfcStorey &storey = ifc.storeys[std::size_t(s)];
        if (storey.hasElevation)
            return storey.elevation;
        const int node = scene.findNode(storey.product.nodeName);
        return node >= 0 ? double(scene.worldTransform(node).map(QVector3D()).y()) : 0.0;
    };
    QHash<int, int> levelOf; // storey index -> level
    for (int b = 0; b < buildingCount; ++b) {
        std::vector<int> &list = storeysOf[std::size_t(b)];
        std::stable_sort(list.begin(), list.end(),
                         [&](int x, int y) { return elevationOf(x) < elevationOf(y); });
        const QString id = buildingId(b);
        const IfcProduct *product = b < int(ifc.buildings.size()) ? &ifc.buildings[std::size_t(b)] : nullptr;
        const QString name =
            product && !product->name.isEmpty() ? product->name : QStringLiteral("Building %1").arg(id);
        QJsonObject building{{QStringLiteral("id"), id},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("kind"), QStringLiteral("apartments")},
                             {QStringLiteral("floors"), std::max<int>(1, int(list.size()))}};
        if (product && nodeNames.contains(product->nodeName))
            building.insert(QStringLiteral("node"), product->nodeName);
        draft.buildings.append(building);
        draft.found << QStringLiteral("building: %1 \"%2\"%3, %4 floor%5")
                           .arg(id, name,
                                building.contains(QStringLiteral("node"))
                                    ? QStringLiteral(" (node %1)").arg(product->nodeName)
                                    : QString())
                           .arg(std::max<int>(1, int(list.size())))
                           .arg(list.size() > 1 ? "s" : "");
        for (int level = 0; level < int(list.size()); ++level) {
            const int s = list[std::size_t(level)];
            levelOf.insert(s, level);
            const IfcStorey &storey = ifc.storeys[std::size_t(s)];
            QJsonObject floor{{QStringLiteral("building"), id}, {QStringLiteral("level"), level}};
            if (!storey.product.name.isEmpty())
                floor.insert(QStringLiteral("name"), storey.product.name);
            const double elevation = std::round(elevationOf(s) * 1000.0) / 1000.0; // millimetres
            floor.insert(QStringLiteral("elevation"), elevation);
            draft.floors.append(floor);
            draft.found << QStringLiteral("floor: %1 %2 \"%3\" at %4 m%5")
                               .arg(id)
                               .arg(level)
                               .arg(storey.product.name)
                               .arg(elevation, 0, 'f', 2)
                               .arg(storey.hasElevation
                                        ? QString()
                                        : QStringLiteral(" (no Elevation: from its placement)"));
        }
    }
    if (ifc.storeys.empty())
        draft.found << QStringLiteral(
            "note: no IfcBuildingStorey in the model: each building gets one floor");

    // Stages from element classes; a part (a roof's slab) goes with its whole.
    QHash<int, const IfcProduct *> byEntity;
    for (const IfcProduct &e : ifc.elements)
        byEntity.insert(e.entity, &e);
    auto stageOf = [&](const IfcProduct &e) {
        const IfcProduct *at = &e;
        for (int depth = 0; depth < 16 && at->partOf && byEntity.contains(at->partOf); ++depth) {
            if (!ifcStageOf(byEntity.value(at->partOf)->ifcClass).isEmpty())
                at = byEntity.value(at->partOf);
            else
                break;
        }
        return ifcStageOf(at->ifcClass);
    };
    std::map<QString, QStringList> patterns, classes; // stage id -> node names / classes
    QHash<QString, QString> stageOfName;
    QStringList unstaged, notInModel, ambiguous;
    auto add = [&](const QString &stage, const QString &node, const QString &cls) {
        if (!nodeNames.contains(node)) {
            notInModel << node;
            return;
        }
        classes[stage] << cls;
        const QString earlier = stageOfName.value(node);
        if (earlier.isEmpty()) {
            stageOfName.insert(node, stage);
            patterns[stage] << node;
        } else if (earlier != stage && !ambiguous.contains(node)) {
            ambiguous << node;
        }
    };
    for (const IfcProduct &e : ifc.elements) {
        if (e.ifcClass == QLatin1String("IFCSPACE")) {
            if (unitNodePattern().match(e.nodeName).hasMatch()) {
                const int b = buildingOf(e.building);
                const int level = e.storey >= 0 ? levelOf.value(e.storey) : 0;
                draft.unitPlaces.insert(e.nodeName, {buildingId(b), level});
            }
            continue; // spaces are what is sold, not built: they follow their building
        }
        if (e.ifcClass == QLatin1String("IFCOPENINGELEMENT"))
            continue; // cut out of their wall by Assimp, no node of their own
        const QString stage = stageOf(e);
        if (stage.isEmpty())
            unstaged << displayClass(e.ifcClass);
        else
            add(stage, e.nodeName, displayClass(e.ifcClass));
    }
    const bool anyBuilt =
        patterns.count(QStringLiteral("foundation")) || patterns.count(QStringLiteral("structure")) ||
        patterns.count(QStringLiteral("envelope")) || patterns.count(QStringLiteral("interior"));
    for (const IfcProduct &site : ifc.sites)
        add(QStringLiteral("landscape"), site.nodeName, QStringLiteral("IfcSite"));
    // Assimp makes the site the root: its descendants would inherit "landscape". The building nodes open
    // "structure", so what no class places (spaces, proxies) rises with the structure.
    if (anyBuilt) {
        for (const IfcProduct &b : ifc.buildings)
            add(QStringLiteral("structure"), b.nodeName, QStringLiteral("IfcBuilding"));
    }

    if (!anyBuilt) {
        draft.stages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("construction")},
                                        {QStringLiteral("name"), QStringLiteral("Construction")},
                                        {QStringLiteral("nodes"), QJsonArray{QStringLiteral("*")}}});
        draft.found << QStringLiteral(
                           "note: no element class the stages know%1: all geometry is in one stage, "
                           "construction")
                           .arg(unstaged.isEmpty() ? QString()
                                                   : QStringLiteral(" (%1)").arg(countsText(unstaged)));
    } else {
        for (const StageWords &w : kStages) {
            const QString id = QLatin1String(w.id);
            if (!patterns.count(id))
                continue;
            draft.stages.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), QLatin1String(w.name)},
                            {QStringLiteral("nodes"), QJsonArray::fromStringList(patterns[id])}});
            draft.found << QStringLiteral("stage: %1: %2 node%3 (%4)")
                               .arg(id)
                               .arg(patterns[id].size())
                               .arg(patterns[id].size() == 1 ? "" : "s")
                               .arg(countsText(classes[id]));
        }
        if (!unstaged.isEmpty())
            draft.found << QStringLiteral("not staged: %1 (no stage takes the class: they rise with the "
                                          "structure)")
                               .arg(countsText(unstaged));
    }
    if (!ambiguous.isEmpty())
        draft.found << QStringLiteral(
                           "note: %1 node name%2 shared by elements of different stages, each in the "
                           "earliest stage: %3")
                           .arg(ambiguous.size())
                           .arg(ambiguous.size() == 1 ? " is" : "s are")
                           .arg(ambiguous.mid(0, 5).join(QLatin1String(", ")));
    if (!notInModel.isEmpty())
        draft.found << QStringLiteral(
                           "note: %1 element%2 without a node in the imported model (left out): %3")
                           .arg(notInModel.size())
                           .arg(notInModel.size() == 1 ? "" : "s")
                           .arg(notInModel.mid(0, 5).join(QLatin1String(", ")));
    if (ifc.hasLocation) {
        // Microdegrees: about 0.1 m, finer than any sun angle needs.
        const double latitude = std::round(ifc.latitude * 1e6) / 1e6,
                     longitude = std::round(ifc.longitude * 1e6) / 1e6;
        draft.location =
            QJsonObject{{QStringLiteral("latitude"), latitude}, {QStringLiteral("longitude"), longitude}};
        draft.found << QStringLiteral(
                           "location: latitude %1, longitude %2 (the IfcSite's RefLatitude, RefLongitude)")
                           .arg(latitude, 0, 'f', 6)
                           .arg(longitude, 0, 'f', 6);
        // The sun study reads times on the site's clock: the zone of the nearest zone city, said so.
        double km = 0;
        const QString zone = nearestTimeZone(latitude, longitude, &km);
        if (!zone.isEmpty()) {
            draft.location.insert(QStringLiteral("timeZone"), zone);
            draft.found << QStringLiteral(
                               "time zone: %1 (its city is the nearest zone city to the site, %2 km "
                               "away): check it, near a border it can be the neighbour's")
                               .arg(zone)
                               .arg(qRound(km));
        }
    } else {
        draft.found << QStringLiteral(
            "note: no RefLatitude/RefLongitude on the IfcSite: no location and no "
            "development.timeZone (add latitude, longitude and timeZone for the sun "
            "study)");
    }
    if (ifc.hasTrueNorth) {
        draft.location.insert(QStringLiteral("northAngle"), ifc.northAngle);
        draft.found << QStringLiteral("north: northAngle %1 (the model context's TrueNorth)")
                           .arg(ifc.northAngle, 0, 'f', 2);
    }
    draft.found.prepend(QStringLiteral("ifc: %1 building%2, %3 storey%4, %5 elements, length unit %6 m")
                            .arg(ifc.buildings.size())
                            .arg(ifc.buildings.size() == 1 ? "" : "s")
                            .arg(ifc.storeys.size())
                            .arg(ifc.storeys.size() == 1 ? "" : "s")
                            .arg(ifc.elements.size())
                            .arg(ifc.metresPerUnit));
    return draft;
}

} // namespace showroom::cli
