#include "scene/SiteRequest.h"

#include "core/DevelopmentData.h"
#include "importer/ImportedScene.h"

namespace showroom::scene {

SiteRequest SiteRequest::fromDevelopment(const core::DevelopmentData &development, const QString &cacheDir)
{
    SiteRequest request;
    request.modelFile = development.modelPath;
    for (const core::Unit &unit : development.units) {
        request.unitIdByNode.insert(unit.node.isEmpty() ? QStringLiteral("Unit_") + unit.id : unit.node,
                                    unit.id);
        request.unitPlaceById.insert(unit.id, UnitPlace{unit.building, unit.floor});
    }
    request.stageRules = core::StageRules(development.stages);
    request.cacheDir = cacheDir;
    return request;
}

NodeTags tagNodes(const importer::ImportedScene &scene, const SiteRequest &request)
{
    const int n = int(scene.nodes.size());
    NodeTags tags;
    tags.unitNode.resize(std::size_t(n));
    tags.stage.resize(std::size_t(n));
    if (n == 0)
        return tags;

    // Top-down from the root: a node inherits its parent's unit, and its stage unless it matches one.
    std::vector<int> stageIndex(std::size_t(n), -1);
    std::vector<bool> seen(std::size_t(n), false);
    std::vector<int> stack{0};
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (i < 0 || i >= n || seen[std::size_t(i)])
            continue; // a malformed tree must not loop
        seen[std::size_t(i)] = true;
        const importer::Node &node = scene.nodes[std::size_t(i)];
        const int parent =
            node.parent >= 0 && node.parent < n && seen[std::size_t(node.parent)] ? node.parent : -1;
        if (request.unitIdByNode.contains(node.name))
            tags.unitNode[std::size_t(i)] = node.name;
        else if (parent >= 0)
            tags.unitNode[std::size_t(i)] = tags.unitNode[std::size_t(parent)];
        stageIndex[std::size_t(i)] =
            request.stageRules.resolve(node.name, parent >= 0 ? stageIndex[std::size_t(parent)] : -1);
        tags.stage[std::size_t(i)] = request.stageRules.stageId(stageIndex[std::size_t(i)]);
        for (int c : node.children)
            stack.push_back(c);
    }
    return tags;
}

} // namespace showroom::scene
