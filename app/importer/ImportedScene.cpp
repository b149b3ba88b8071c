#include "importer/ImportedScene.h"

#include <utility>

namespace showroom::importer {

std::size_t DroppedTriangles::count(DropReason reason) const
{
    switch (reason) {
    case DropReason::NonFinite:
        return nonFinite;
    case DropReason::OutOfRange:
        return outOfRange;
    case DropReason::Degenerate:
        return degenerate;
    }
    return 0;
}

QString droppedTrianglesMessage(const std::vector<DroppedTriangles> &dropped, DropReason reason)
{
    static constexpr int kNamedMeshes = 5; // a real model may have hundreds; the first few say where to look
    std::size_t total = 0;
    std::vector<std::pair<QString, std::size_t>> where; // place, count
    for (const DroppedTriangles &d : dropped) {
        const std::size_t n = d.count(reason);
        if (n == 0)
            continue;
        total += n;
        QString place;
        if (d.mesh.isEmpty())
            place = d.node.isEmpty() ? QStringLiteral("an unnamed mesh")
                                     : QStringLiteral("node '%1'").arg(d.node);
        else
            place = d.node.isEmpty() ? QStringLiteral("mesh '%1'").arg(d.mesh)
                                     : QStringLiteral("mesh '%1' (node '%2')").arg(d.mesh, d.node);
        where.emplace_back(place, n);
    }
    if (total == 0)
        return {};
    QString what;
    switch (reason) {
    case DropReason::NonFinite:
        what = QStringLiteral("dropped %1 triangles with non-finite (NaN/Inf) positions");
        break;
    case DropReason::OutOfRange:
        what = QStringLiteral("dropped %1 triangles with out-of-range indices");
        break;
    case DropReason::Degenerate:
        what = QStringLiteral("dropped %1 degenerate (zero-area) triangles");
        break;
    }
    what = what.arg(total);
    if (where.size() == 1)
        return what + QStringLiteral(" in ") + where.front().first;
    QStringList parts;
    for (std::size_t i = 0; i < where.size() && i < kNamedMeshes; ++i)
        parts << QStringLiteral("%1 in %2").arg(where[i].second).arg(where[i].first);
    QString line = what + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (where.size() > kNamedMeshes)
        line += QStringLiteral(", and in %1 more meshes").arg(where.size() - kNamedMeshes);
    return line;
}

std::size_t ImportedScene::droppedCount(DropReason reason) const
{
    std::size_t n = 0;
    for (const DroppedTriangles &d : dropped)
        n += d.count(reason);
    return n;
}

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
