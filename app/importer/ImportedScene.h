// Plain C++ result of importing a model file. No Qt Quick, no GPU: built on a worker thread, copied or
// moved to the GUI thread, cached to disk. Units are metres, +Y up, right-handed (glTF conventions),
// whatever the source file used; ImportedScene::scaleApplied / upAxisSource say what was converted.
#pragma once

#include <QMatrix4x4>
#include <QString>
#include <QStringList>
#include <QVector3D>
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace showroom::importer {

struct Bounds
{
    QVector3D min{0, 0, 0};
    QVector3D max{0, 0, 0};
    bool valid = false;

    // Grows the box to contain p (the first point makes it valid).
    void include(const QVector3D &p)
    {
        if (!valid) {
            min = max = p;
            valid = true;
            return;
        }
        for (int c = 0; c < 3; ++c) {
            min[c] = std::min(min[c], p[c]);
            max[c] = std::max(max[c], p[c]);
        }
    }
};

struct Material
{
    QString name;
    std::array<float, 4> baseColor{1, 1, 1, 1}; // linear RGBA
    float metallic = 0.0f;
    float roughness = 1.0f;
    std::array<float, 3> emissive{0, 0, 0};
    QString baseColorTexture; // absolute path, empty if none
    bool doubleSided = false;
};

struct Mesh
{
    QString name;
    int material = -1;                  // index into ImportedScene::materials
    std::vector<float> positions;       // x,y,z per vertex, node-local
    std::vector<float> normals;         // x,y,z per vertex (always present after import)
    std::vector<float> uvs;             // u,v per vertex, empty if the source had none
    std::vector<std::uint32_t> indices; // triangles
    Bounds bounds;                      // node-local
    std::size_t vertexCount() const { return positions.size() / 3; }
    std::size_t triangleCount() const { return indices.size() / 3; }
};

struct Node
{
    QString name;
    int parent = -1;           // -1 for the root (index 0)
    std::vector<int> children; // indices into ImportedScene::nodes
    QMatrix4x4 transform;      // local, relative to parent
    std::vector<int> meshes;   // indices into ImportedScene::meshes
};

// Why the importer removed a triangle. Zero-area (degenerate) triangles draw nothing, so removing them
// changes nothing a buyer sees: they are a warning. Non-finite positions and out-of-range indices mean the
// file is damaged and part of the model may be missing: `showroom-import check` reports them as problems.
enum class DropReason
{
    NonFinite,  // a corner at a NaN / Inf position
    OutOfRange, // a corner index past the mesh's vertices
    Degenerate  // zero area: repeated or collinear corners (collinear once stored as 32-bit floats)
};

// The triangles removed from one mesh on import, by reason, and where that mesh is drawn.
struct DroppedTriangles
{
    QString mesh; // the mesh's name in the file (may be empty)
    QString node; // the first node that draws it (empty when none does)
    std::size_t nonFinite = 0;
    std::size_t outOfRange = 0;
    std::size_t degenerate = 0;
    std::size_t count(DropReason reason) const;
};

// One line naming the count and the meshes/nodes, e.g. "dropped 3 degenerate (zero-area) triangles in mesh
// 'Terrace' (node 'Terrace')" or "dropped 5 ...: 3 in mesh 'A' (node 'A'), 2 in node 'B'"; empty when no
// mesh lost a triangle for `reason`. The importer adds exactly these lines to ImportedScene::warnings.
QString droppedTrianglesMessage(const std::vector<DroppedTriangles> &dropped, DropReason reason);

struct ImportedScene
{
    std::vector<Node> nodes; // nodes[0] is the root
    std::vector<Mesh> meshes;
    std::vector<Material> materials;
    QString sourceFile;
    QString format;         // e.g. "glTF 2.0", "FBX", "IFC 2x3"
    float scaleApplied = 1; // factor applied to reach metres
    QString upAxisSource;   // "+Y", "+Z", ...: the source's up axis before conversion
    QStringList warnings;
    QStringList missingTextures;      // absolute paths of texture files the model names but that are absent
    std::size_t droppedTriangles = 0; // non-finite, out-of-range or zero-area triangles removed on import
    std::vector<DroppedTriangles> dropped; // the same, per mesh that lost any, with the reason

    std::size_t droppedCount(DropReason reason) const; // sum of `dropped` for one reason

    int findNode(const QString &name) const;   // -1 if absent
    QMatrix4x4 worldTransform(int node) const; // product of transforms root..node
    std::size_t triangleCount() const;
};

} // namespace showroom::importer
