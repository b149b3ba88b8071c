// `showroom-import new` around an IFC 2x3 model: buildings, floors and stages drafted from the file's own
// structure (importer::readIfcStructure) and matched to the node names the importer gives
// (docs/importer.md, "Stages and floors from an IFC model").
#pragma once

#include "importer/IfcStructure.h"
#include "importer/ImportedScene.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>

namespace showroom::cli {

struct IfcDraft
{
    // development.latitude / longitude (the IfcSite's), timeZone (the nearest zone city's) and northAngle
    // (the context's TrueNorth): each only when the model says it
    QJsonObject location;
    QJsonArray buildings; // development.json buildings[]
    QJsonArray floors;    // floors[]: one per storey, level in elevation order, elevation in metres
    QJsonArray stages;    // stages[] without dates: id, name, nodes
    QStringList found;    // what it found, one line each, printed by `new`
    QHash<QString, std::pair<QString, int>> unitPlaces; // Unit_* node -> (building id, level)
};

// The stage id an IFC entity class (any case: "IFCWALLSTANDARDCASE", "IfcWall") goes to, or empty.
QString ifcStageOf(const QString &ifcClass);

// `ifc`: the model's own structure (readIfcStructure, without error); `scene`: the same model imported.
IfcDraft draftFromIfc(const showroom::importer::IfcStructure &ifc,
                      const showroom::importer::ImportedScene &scene);

} // namespace showroom::cli
