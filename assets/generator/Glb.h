// A small glTF 2.0 binary (GLB) writer: flat-shaded meshes with one primitive per material, PBR
// metallic-roughness materials, named nodes with translation / yaw / uniform scale. Meshes are shared by
// index so identical windows, trees and rails are written once and instanced by the importer.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QMatrix4x4>
#include <QString>
#include <QVector3D>

#include <cstdint>
#include <map>
#include <vector>

namespace demo {

// Triangle soup of one material. Every face has its own vertices (flat shading).
struct MeshData
{
    std::vector<float> positions; // x,y,z
    std::vector<float> normals;   // x,y,z
    std::vector<float> uvs;       // u,v (metres along the face, so textures repeat at real scale)
    std::vector<std::uint32_t> indices;

    bool empty() const { return indices.empty(); }
    std::size_t vertexCount() const { return positions.size() / 3; }

    // A planar convex polygon, triangulated as a fan. Its front face (CCW) is the side facing away
    // from `inside`, a point inside the solid, so winding never depends on the caller's vertex order.
    void addPolygon(const std::vector<QVector3D> &points, const QVector3D &inside);
    // A single triangle whose front face is the side its normal points to (CCW order as given).
    void addTriangle(const QVector3D &a, const QVector3D &b, const QVector3D &c);
};

// Builds one mesh: geometry collected per material, emitted as one primitive per material.
class MeshBuilder
{
public:
    MeshData &on(int material) { return m_parts[material]; }
    const std::map<int, MeshData> &parts() const { return m_parts; }
    bool empty() const;

private:
    std::map<int, MeshData> m_parts; // ordered by material index: deterministic output
};

class GlbScene
{
public:
    int addMaterial(const QString &name, const QColor &srgb, float metallic, float roughness,
                    bool doubleSided = false);
    int material(const QString &name) const; // -1 if unknown

    // Returns the mesh index (or -1 for an empty builder).
    int addMesh(const QString &name, const MeshBuilder &builder);

    // Adds a node; parent -1 makes it a scene root. yaw is a rotation about +Y in degrees.
    int addNode(const QString &name, int parent = -1, int mesh = -1, const QVector3D &translation = {},
                float yawDegrees = 0, float scale = 1);

    std::size_t nodeCount() const { return m_nodes.size(); }
    std::size_t meshCount() const { return m_meshes.size(); }
    // Triangles drawn, counting every node's reference to a mesh.
    std::size_t drawnTriangleCount() const;

    // Checks geometry (no NaN, no degenerate triangle, indices in range); empty string when valid.
    QString validate() const;
    QByteArray toGlb() const;

private:
    struct Material
    {
        QString name;
        float color[4];
        float metallic, roughness;
        bool doubleSided;
    };
    struct Mesh
    {
        QString name;
        std::vector<std::pair<int, MeshData>> primitives;
    };
    struct Node
    {
        QString name;
        int mesh = -1;
        QVector3D translation;
        float yaw = 0, scale = 1;
        std::vector<int> children;
    };
    std::vector<Material> m_materials;
    std::vector<Mesh> m_meshes;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace demo
