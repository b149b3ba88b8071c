// What the scene needs to know about a development to show it: the model file, which nodes are units,
// and which nodes belong to which construction stage. Plain data, made from core's DevelopmentData by
// fromDevelopment() (or by hand in a test), so the 3D glue does not care how the manifest was parsed.
#pragma once

#include "core/StageRules.h"

#include <QHash>
#include <QString>
#include <functional>
#include <vector>

namespace showroom::core {
struct DevelopmentData;
}
namespace showroom::importer {
struct ImportedScene;
}

namespace showroom::scene {

// Where a unit is in the development: answers "which building, which floor" about a loaded unit's box.
struct UnitPlace
{
    QString buildingId;
    int floor = 0;
};

struct SiteRequest
{
    QString modelFile;                       // absolute path of the site model
    QHash<QString, QString> unitIdByNode;    // "Unit_A_0304" -> "A_0304"
    core::StageRules stageRules;             // node name -> construction stage
    QString cacheDir;                        // importer cache folder; empty = always a cold import
    QString isolatedWorker;                  // showroom-import executable: cold imports run in it (a crash in
                                             // an Assimp reader becomes an error); empty = in this process
    QHash<QString, UnitPlace> unitPlaceById; // "A_0304" -> {"A", 3}: buildings and floors on the site
    // Called on the loading worker with the imported scene, before batching: lets a caller derive more
    // from the same import (an interior's walkable floor) without importing the file twice.
    std::function<void(const importer::ImportedScene &)> inspectScene;

    static SiteRequest fromDevelopment(const core::DevelopmentData &development,
                                       const QString &cacheDir = {});
};

// Per node of an imported scene: the unit node it belongs to (itself or its nearest ancestor named in
// unitIdByNode, "" if none) and its stage id (core::StageRules semantics, "" if none). Indices match
// ImportedScene::nodes.
struct NodeTags
{
    std::vector<QString> unitNode;
    std::vector<QString> stage;
};

NodeTags tagNodes(const importer::ImportedScene &scene, const SiteRequest &request);

} // namespace showroom::scene
