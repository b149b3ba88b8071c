// Turns an imported node tree into few draw calls (software and kiosk GPUs die of draw calls, not
// triangles): static geometry is baked to world space and merged per (group, stage, material); meshes
// repeated many times (windows, trees, rails) become instanced batches. A non-empty group (a unit's node
// name) is never merged with anything else, so every unit stays separately pickable.
// Pure CPU work on plain data: run it on the import worker thread, not the GUI thread.
#pragma once

#include "importer/ImportedScene.h"

#include <functional>

namespace showroom::importer {

struct DrawBatch
{
    QString group; // e.g. "Unit_A_0304" for a unit's geometry; empty for merged static geometry
    QString stage; // construction stage id ("" = always visible)
    int material = -1;
    std::vector<float> positions; // world space, x,y,z
    std::vector<float> normals;
    std::vector<float> uvs; // empty if no source mesh had UVs
    std::vector<std::uint32_t> indices;
    Bounds bounds; // world space
};

struct InstancedBatch
{
    int mesh = -1; // index into ImportedScene::meshes (geometry in mesh-local space)
    int material = -1;
    QString stage;
    std::vector<QMatrix4x4> transforms; // world transform of each instance
};

struct BatchedScene
{
    std::vector<DrawBatch> batches;
    std::vector<InstancedBatch> instanced;
    std::size_t sourceDrawCalls = 0; // one per (node, mesh) reference before batching
    std::size_t drawCalls() const { return batches.size() + instanced.size(); }
};

struct BatchPolicy
{
    // Node index -> pickable group name (non-empty keeps it separate). Default: none.
    std::function<QString(int node)> groupOf;
    // Node index -> stage id. Default: "".
    std::function<QString(int node)> stageOf;
    // A mesh referenced by at least this many ungrouped nodes is instanced instead of merged (<= 0: never).
    int instanceThreshold = 8;
    // A merged batch never holds more vertices than this (32-bit indices; GPUs and Qt Quick 3D also
    // prefer smaller buffers). Larger merges are split into several batches with the same key.
    std::size_t maxVerticesPerBatch = 0xFFFFFFFFu;
};

BatchedScene batchScene(const ImportedScene &scene, const BatchPolicy &policy);

// For every node, the name of the nearest node on its path to the root (itself included) whose name
// satisfies `match`, or "" when none does. Handy for BatchPolicy::groupOf (Unit_* nodes) and stageOf.
std::vector<QString> nearestMatchingName(const ImportedScene &scene,
                                         const std::function<bool(const QString &name)> &match);

} // namespace showroom::importer
