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

    int findNode(const QString &name) const;   // -1 if absent
    QMatrix4x4 worldTransform(int node) const; // product of transforms root..node
    std::size_t triangleCount() const;
};

} // namespace showroom::importer
