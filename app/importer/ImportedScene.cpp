#include "importer/ImportedScene.h"

namespace showroom::importer {

int ImportedScene::findNode(const QString &name) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name)
            return int(i);
    }
    return -1;
}

QMatrix4x4 ImportedScene::worldTransform(int node) const
{
    QMatrix4x4 m;
    // Walk up with a step bound: a corrupt parent chain (only possible in hand-made scenes, the
    // importer never produces one) must not loop forever.
    for (std::size_t steps = 0; node >= 0 && std::size_t(node) < nodes.size() && steps <= nodes.size();
         ++steps) {
        m = nodes[std::size_t(node)].transform * m;
        node = nodes[std::size_t(node)].parent;
    }
    return m;
}

std::size_t ImportedScene::triangleCount() const
{
    // Triangles as drawn: a mesh referenced by several nodes counts once per reference.
    std::size_t n = 0;
    for (const Node &node : nodes) {
        for (int m : node.meshes) {
            if (m >= 0 && std::size_t(m) < meshes.size())
                n += meshes[std::size_t(m)].triangleCount();
        }
    }
    return n;
}

} // namespace showroom::importer
