#include "importer/SceneBatcher.h"

#include <QHash>
#include <QMatrix3x3>

#include <algorithm>
#include <cmath>

namespace showroom::importer {

namespace {

std::vector<QMatrix4x4> worldTransforms(const ImportedScene &scene)
{
    std::vector<QMatrix4x4> world(scene.nodes.size());
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        const int parent = scene.nodes[i].parent;
        if (parent >= 0 && std::size_t(parent) < i)
            world[i] = world[std::size_t(parent)] * scene.nodes[i].transform;
        else // root, or a hand-made scene whose parents come after their children
            world[i] = scene.worldTransform(int(i));
    }
    return world;
}

struct Appender
{
    const Mesh &mesh;
    const QMatrix4x4 &world;
    QMatrix3x3 normalMatrix;
    bool mirrored;

    Appender(const Mesh &m, const QMatrix4x4 &w) : mesh(m), world(w)
    {
        normalMatrix = w.normalMatrix();
        mirrored = w.determinant() < 0; // a mirrored instance must flip its winding to stay front-facing
    }

    void vertex(DrawBatch &b, std::uint32_t v) const
    {
        const QVector3D p =
            world.map(QVector3D(mesh.positions[v * 3], mesh.positions[v * 3 + 1], mesh.positions[v * 3 + 2]));
        b.positions.insert(b.positions.end(), {p.x(), p.y(), p.z()});
        b.bounds.include(p);
        const float *nm = normalMatrix.constData(); // column-major 3x3
        const float nx = mesh.normals[v * 3], ny = mesh.normals[v * 3 + 1], nz = mesh.normals[v * 3 + 2];
        QVector3D n(nm[0] * nx + nm[3] * ny + nm[6] * nz, nm[1] * nx + nm[4] * ny + nm[7] * nz,
                    nm[2] * nx + nm[5] * ny + nm[8] * nz);
        const float len = n.length();
        n = (len > 0 && std::isfinite(len)) ? n / len : QVector3D(0, 1, 0);
        b.normals.insert(b.normals.end(), {n.x(), n.y(), n.z()});
        if (!mesh.uvs.empty())
            b.uvs.insert(b.uvs.end(), {mesh.uvs[v * 2], mesh.uvs[v * 2 + 1]});
    }
};

// Keeps uvs either empty or one pair per vertex when meshes with and without UVs share a batch.
void padUvs(DrawBatch &b, bool incomingHasUvs, std::size_t verticesBefore)
{
    if (incomingHasUvs && b.uvs.empty() && verticesBefore > 0)
        b.uvs.assign(verticesBefore * 2, 0.0f);
}

} // namespace

std::vector<QString> nearestMatchingName(const ImportedScene &scene,
                                         const std::function<bool(const QString &name)> &match)
{
    std::vector<QString> out(scene.nodes.size());
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        if (match(scene.nodes[i].name)) {
            out[i] = scene.nodes[i].name;
            continue;
        }
        const int parent = scene.nodes[i].parent;
        if (parent >= 0 && std::size_t(parent) < i) {
            out[i] = out[std::size_t(parent)];
        } else {
            for (int p = parent, steps = 0;
                 p >= 0 && std::size_t(p) < scene.nodes.size() && steps <= int(scene.nodes.size());
                 p = scene.nodes[std::size_t(p)].parent, ++steps) {
                if (match(scene.nodes[std::size_t(p)].name)) {
                    out[i] = scene.nodes[std::size_t(p)].name;
                    break;
                }
            }
        }
    }
    return out;
}

BatchedScene batchScene(const ImportedScene &scene, const BatchPolicy &policy)
{
    BatchedScene out;
    const std::vector<QMatrix4x4> world = worldTransforms(scene);
    const std::size_t maxVerts = std::max<std::size_t>(3, policy.maxVerticesPerBatch);

    std::vector<QString> group(scene.nodes.size()), stage(scene.nodes.size());
    std::vector<int> ungroupedRefs(scene.meshes.size(), 0);
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        if (scene.nodes[i].meshes.empty())
            continue;
        if (policy.groupOf)
            group[i] = policy.groupOf(int(i));
        if (policy.stageOf)
            stage[i] = policy.stageOf(int(i));
        for (int m : scene.nodes[i].meshes) {
            if (m < 0 || std::size_t(m) >= scene.meshes.size())
                continue;
            ++out.sourceDrawCalls;
            if (group[i].isEmpty())
                ++ungroupedRefs[std::size_t(m)];
        }
    }

    QHash<QString, int> instancedIndex; // (mesh, stage) -> index into out.instanced
    QHash<QString, int> openBatch;      // (group, stage, material) -> batch being filled
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        for (int mi : scene.nodes[i].meshes) {
            if (mi < 0 || std::size_t(mi) >= scene.meshes.size())
                continue;
            const Mesh &mesh = scene.meshes[std::size_t(mi)];
            if (group[i].isEmpty() && policy.instanceThreshold > 0 &&
                ungroupedRefs[std::size_t(mi)] >= policy.instanceThreshold) {
                const QString key = QString::number(mi) + QLatin1Char('\x1f') + stage[i];
                auto it = instancedIndex.find(key);
                if (it == instancedIndex.end()) {
                    InstancedBatch ib;
                    ib.mesh = mi;
                    ib.material = mesh.material;
                    ib.stage = stage[i];
                    it = instancedIndex.insert(key, int(out.instanced.size()));
                    out.instanced.push_back(std::move(ib));
                }
                out.instanced[std::size_t(*it)].transforms.push_back(world[i]);
                continue;
            }

            const QString key = group[i] + QLatin1Char('\x1f') + stage[i] + QLatin1Char('\x1f') +
                                QString::number(mesh.material);
            const auto newBatch = [&]() {
                DrawBatch b;
                b.group = group[i];
                b.stage = stage[i];
                b.material = mesh.material;
                openBatch[key] = int(out.batches.size());
                out.batches.push_back(std::move(b));
                return &out.batches.back();
            };
            DrawBatch *b = openBatch.contains(key) ? &out.batches[std::size_t(openBatch[key])] : newBatch();
            const Appender app(mesh, world[i]);
            const std::size_t nv = mesh.vertexCount();

            if (nv <= maxVerts) {
                if (b->positions.size() / 3 + nv > maxVerts)
                    b = newBatch();
                const std::size_t base = b->positions.size() / 3;
                padUvs(*b, !mesh.uvs.empty(), base);
                const bool batchHasUvs = !b->uvs.empty();
                b->positions.reserve(b->positions.size() + nv * 3);
                b->normals.reserve(b->normals.size() + nv * 3);
                for (std::uint32_t v = 0; v < nv; ++v) {
                    app.vertex(*b, v);
                    if (batchHasUvs && mesh.uvs.empty())
                        b->uvs.insert(b->uvs.end(), {0.0f, 0.0f});
                }
                b->indices.reserve(b->indices.size() + mesh.indices.size());
                for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
                    const std::uint32_t a = std::uint32_t(base) + mesh.indices[t];
                    const std::uint32_t c1 = std::uint32_t(base) + mesh.indices[t + 1];
                    const std::uint32_t c2 = std::uint32_t(base) + mesh.indices[t + 2];
                    if (app.mirrored)
                        b->indices.insert(b->indices.end(), {a, c2, c1});
                    else
                        b->indices.insert(b->indices.end(), {a, c1, c2});
                }
                continue;
            }

            // A single mesh larger than a batch: split it triangle by triangle, remapping vertices.
            std::vector<std::int64_t> remap(nv, -1);
            for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
                if (b->positions.size() / 3 + 3 > maxVerts) {
                    b = newBatch();
                    std::fill(remap.begin(), remap.end(), -1);
                }
                padUvs(*b, !mesh.uvs.empty(), b->positions.size() / 3);
                std::uint32_t tri[3];
                for (int k = 0; k < 3; ++k) {
                    const std::uint32_t v = mesh.indices[t + std::size_t(k)];
                    if (remap[v] < 0) {
                        remap[v] = std::int64_t(b->positions.size() / 3);
                        const bool batchHasUvs = !b->uvs.empty();
                        app.vertex(*b, v);
                        if (batchHasUvs && mesh.uvs.empty())
                            b->uvs.insert(b->uvs.end(), {0.0f, 0.0f});
                    }
                    tri[k] = std::uint32_t(remap[v]);
                }
                if (app.mirrored)
                    std::swap(tri[1], tri[2]);
                b->indices.insert(b->indices.end(), {tri[0], tri[1], tri[2]});
            }
        }
    }
    return out;
}

} // namespace showroom::importer
