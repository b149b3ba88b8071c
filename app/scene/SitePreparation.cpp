#include "scene/SitePreparation.h"

#include "importer/ModelImporter.h"
#include "importer/SceneBatcher.h"
#include "scene/BatchInstancing.h"
#include "scene/UnitPacking.h"

#include <QMatrix4x4>
#include <algorithm>
#include <cmath>
#include <map>

namespace showroom::scene {

namespace {

void transformBounds(const importer::Bounds &local, const QMatrix4x4 &m, QVector3D &min, QVector3D &max,
                     bool &valid)
{
    for (int corner = 0; corner < 8; ++corner) {
        const QVector3D p(corner & 1 ? local.max.x() : local.min.x(),
                          corner & 2 ? local.max.y() : local.min.y(),
                          corner & 4 ? local.max.z() : local.min.z());
        const QVector3D w = m.map(p);
        if (!valid) {
            min = max = w;
            valid = true;
        } else {
            min = QVector3D(std::min(min.x(), w.x()), std::min(min.y(), w.y()), std::min(min.z(), w.z()));
            max = QVector3D(std::max(max.x(), w.x()), std::max(max.y(), w.y()), std::max(max.z(), w.z()));
        }
    }
}

// Each unit node's world transform and its balcony or terrace child's box centre.
QHash<QString, UnitFrame> unitFramesOf(const importer::ImportedScene &scene, const SiteRequest &request)
{
    QHash<QString, UnitFrame> frames;
    for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
        const auto unit = request.unitIdByNode.constFind(scene.nodes[n].name);
        if (unit == request.unitIdByNode.constEnd())
            continue;
        UnitFrame frame;
        frame.transform = scene.worldTransform(int(n));
        for (int child : scene.nodes[n].children) {
            const importer::Node &c = scene.nodes[std::size_t(child)];
            if (c.name != *unit + QLatin1String("_Balcony") && c.name != *unit + QLatin1String("_Terrace"))
                continue;
            const QMatrix4x4 world = scene.worldTransform(child);
            QVector3D min, max;
            bool valid = false;
            for (int mesh : c.meshes)
                if (mesh >= 0 && std::size_t(mesh) < scene.meshes.size() && scene.meshes[std::size_t(mesh)].bounds.valid)
                    transformBounds(scene.meshes[std::size_t(mesh)].bounds, world, min, max, valid);
            if (valid) {
                frame.hasBalcony = true;
                frame.balconyCentre = (min + max) * 0.5f;
            }
        }
        frames.insert(*unit, frame);
    }
    return frames;
}

} // namespace

void prepareSite(QPromise<std::shared_ptr<PreparedSite>> &promise, const SiteRequest &request)
{
    auto site = std::make_shared<PreparedSite>();
    promise.setProgressRange(0, 1000);
    promise.setProgressValue(20);

    importer::ImportOptions options;
    options.cacheDir = request.cacheDir;
    options.isolatedWorker = request.isolatedWorker;
    options.progress = [&promise](float p) {
        promise.setProgressValue(20 + int(std::clamp(p, 0.0f, 1.0f) * 680));
    };
    importer::ImportResult imported = importer::importModel(request.modelFile, options);
    if (!imported.ok()) {
        site->error = imported.error;
        promise.addResult(site);
        return;
    }
    const importer::ImportedScene &scene = imported.scene;
    site->warnings = scene.warnings;
    if (request.inspectScene)
        request.inspectScene(scene);
    site->unitFrames = unitFramesOf(scene, request);
    promise.setProgressValue(700);
    if (promise.isCanceled())
        return;

    const NodeTags tags = tagNodes(scene, request);
    importer::BatchPolicy policy;
    policy.groupOf = [&tags](int node) { return tags.unitNode[std::size_t(node)]; };
    policy.stageOf = [&tags](int node) { return tags.stage[std::size_t(node)]; };
    importer::BatchedScene batched = importer::batchScene(scene, policy);
    promise.setProgressValue(850);
    if (promise.isCanceled())
        return;

    auto materialOf = [&scene](int index) {
        return index >= 0 && std::size_t(index) < scene.materials.size() ? scene.materials[std::size_t(index)]
                                                                         : importer::Material{};
    };
    // Units are most of the draw calls of a development (one batch per unit and material: facade,
    // glazing, balcony...). All units of one stage become one draw call: each vertex carries its part's
    // colour and packed material + unit number (UnitPacking.h). The site view's custom material shades
    // them and paints the selected unit number in the highlight colour; a pick finds the unit by the
    // hit point. A unit past the last packable number keeps rows of its own (drawn, picked, highlighted
    // like a textured unit) instead of getting a number that rounds into its neighbour's.
    auto grow = [](importer::Bounds &into, const importer::Bounds &b) {
        if (!b.valid)
            return;
        if (!into.valid) {
            into = b;
            return;
        }
        into.min = QVector3D(std::min(into.min.x(), b.min.x()), std::min(into.min.y(), b.min.y()),
                             std::min(into.min.z(), b.min.z()));
        into.max = QVector3D(std::max(into.max.x(), b.max.x()), std::max(into.max.y(), b.max.y()),
                             std::max(into.max.z(), b.max.z()));
    };
    auto mergeable = [&](const importer::DrawBatch &b) {
        return !b.indices.empty() && !request.unitIdByNode.value(b.group).isEmpty() &&
               materialOf(b.material).baseColorTexture.isEmpty();
    };
    {
        QStringList ids;
        for (const importer::DrawBatch &b : batched.batches) {
            if (mergeable(b))
                ids << request.unitIdByNode.value(b.group);
        }
        site->unitNumbers = numberUnits(ids);
    }
    auto mergedHere = [&](const importer::DrawBatch &b) {
        return mergeable(b) && site->unitNumbers.contains(request.unitIdByNode.value(b.group));
    };
    std::map<QString, std::vector<const importer::DrawBatch *>> unitPartsByStage;
    for (const importer::DrawBatch &b : batched.batches) {
        if (!mergedHere(b))
            continue;
        unitPartsByStage[b.stage].push_back(&b);
        grow(site->unitBounds[request.unitIdByNode.value(b.group)], b.bounds);
    }
    for (const auto &[stage, parts] : unitPartsByStage) {
        std::vector<float> positions, normals, colors;
        std::vector<std::uint32_t> indices;
        importer::Bounds bounds;
        PreparedBatch p;
        for (const importer::DrawBatch *b : parts) {
            const auto base = std::uint32_t(positions.size() / 3);
            const std::size_t count = b->positions.size() / 3;
            positions.insert(positions.end(), b->positions.begin(), b->positions.end());
            if (b->normals.size() == count * 3)
                normals.insert(normals.end(), b->normals.begin(), b->normals.end());
            else
                normals.resize(positions.size(), 0.0f); // the importer always gives normals; be safe
            const importer::Material m = materialOf(b->material);
            const float packed = packUnitMaterial(
                m.roughness, m.metallic, site->unitNumbers.value(request.unitIdByNode.value(b->group)));
            for (std::size_t v = 0; v < count; ++v)
                colors.insert(colors.end(), {m.baseColor[0], m.baseColor[1], m.baseColor[2], packed});
            for (std::uint32_t i : b->indices)
                indices.push_back(base + i);
            grow(bounds, b->bounds);
            p.material.doubleSided = p.material.doubleSided || m.doubleSided;
        }
        p.geometry = interleave(positions, normals, {}, indices, bounds.min, bounds.max, colors);
        p.worldMin = bounds.min;
        p.worldMax = bounds.max;
        p.holdsUnits = true;
        p.stage = stage;
        p.triangles = qint64(indices.size() / 3);
        site->batches.push_back(std::move(p));
    }
    for (const importer::DrawBatch &b : batched.batches) {
        if (b.indices.empty() || mergedHere(b))
            continue; // empty, or merged above
        PreparedBatch p;
        p.geometry = interleave(b.positions, b.normals, b.uvs, b.indices, b.bounds.min, b.bounds.max);
        p.worldMin = b.bounds.min;
        p.worldMax = b.bounds.max;
        p.material = materialOf(b.material);
        p.unitId = request.unitIdByNode.value(b.group);
        p.stage = b.stage;
        p.triangles = qint64(b.indices.size() / 3);
        site->batches.push_back(std::move(p));
    }
    for (const importer::InstancedBatch &b : batched.instanced) {
        if (b.mesh < 0 || std::size_t(b.mesh) >= scene.meshes.size() || b.transforms.empty())
            continue;
        const importer::Mesh &mesh = scene.meshes[std::size_t(b.mesh)];
        if (mesh.indices.empty())
            continue;
        PreparedBatch p;
        p.geometry = interleave(mesh.positions, mesh.normals, mesh.uvs, mesh.indices, mesh.bounds.min,
                                mesh.bounds.max);
        p.instances = instanceTable(b.transforms);
        p.instanceCount = int(b.transforms.size());
        // Instanced bounds are mesh-local; framing needs world bounds, over every copy.
        bool valid = false;
        for (const QMatrix4x4 &t : b.transforms)
            transformBounds(mesh.bounds, t, p.worldMin, p.worldMax, valid);
        p.material = materialOf(b.material);
        p.stage = b.stage;
        p.triangles = qint64(mesh.indices.size() / 3) * p.instanceCount;
        site->batches.push_back(std::move(p));
    }
    promise.setProgressValue(950);
    promise.addResult(site);
}

} // namespace showroom::scene
