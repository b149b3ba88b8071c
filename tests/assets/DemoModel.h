// A generated model loaded with Assimp directly (not through our importer), for the demo development's
// tests: every node name, and lookups by name.
#pragma once

#include <QString>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <vector>

struct Model
{
    std::unique_ptr<Assimp::Importer> importer = std::make_unique<Assimp::Importer>();
    const aiScene *scene = nullptr;
    std::multiset<QString> names;
    std::vector<const aiNode *> nodes;
    QString error;

    explicit Model(const QString &path)
    {
        scene = importer->ReadFile(path.toStdString(), aiProcess_ValidateDataStructure);
        if (!scene || !scene->mRootNode) {
            error = QString::fromStdString(importer->GetErrorString());
            return;
        }
        collect(scene->mRootNode);
    }
    void collect(const aiNode *n)
    {
        nodes.push_back(n);
        names.insert(QString::fromUtf8(n->mName.C_Str()));
        for (unsigned i = 0; i < n->mNumChildren; ++i)
            collect(n->mChildren[i]);
    }
    const aiNode *find(const QString &name) const
    {
        return scene->mRootNode->FindNode(name.toUtf8().constData());
    }
    bool hasPrefix(const QString &prefix) const
    {
        for (const QString &n : names)
            if (n.startsWith(prefix))
                return true;
        return false;
    }
};

// Where a node sits in its model: its transform from the root.
inline aiMatrix4x4 globalTransform(const aiNode *n)
{
    aiMatrix4x4 m = n->mTransformation;
    for (const aiNode *p = n->mParent; p; p = p->mParent)
        m = p->mTransformation * m;
    return m;
}

// Axis-aligned bounds of a node's own meshes (not its children's), in model space.
struct Bounds
{
    aiVector3D lo{1e9f, 1e9f, 1e9f}, hi{-1e9f, -1e9f, -1e9f};
    bool isEmpty() const { return lo.x > hi.x; }
    aiVector3D centre() const { return (lo + hi) * 0.5f; }
};

inline Bounds boundsOf(const aiScene *scene, const aiNode *n)
{
    Bounds b;
    if (!n)
        return b;
    const aiMatrix4x4 m = globalTransform(n);
    for (unsigned i = 0; i < n->mNumMeshes; ++i) {
        const aiMesh *mesh = scene->mMeshes[n->mMeshes[i]];
        for (unsigned v = 0; v < mesh->mNumVertices; ++v) {
            const aiVector3D p = m * mesh->mVertices[v];
            b.lo = aiVector3D(std::min(b.lo.x, p.x), std::min(b.lo.y, p.y), std::min(b.lo.z, p.z));
            b.hi = aiVector3D(std::max(b.hi.x, p.x), std::max(b.hi.y, p.y), std::max(b.hi.z, p.z));
        }
    }
    return b;
}

// Whether any upward-facing triangle of the node's meshes lies over the plan point (x, z).
inline bool coversPoint(const aiScene *scene, const aiNode *n, float x, float z)
{
    const aiMatrix4x4 m = globalTransform(n);
    for (unsigned i = 0; i < n->mNumMeshes; ++i) {
        const aiMesh *mesh = scene->mMeshes[n->mMeshes[i]];
        for (unsigned f = 0; f < mesh->mNumFaces; ++f) {
            const aiFace &face = mesh->mFaces[f];
            if (face.mNumIndices != 3)
                continue;
            const aiVector3D a = m * mesh->mVertices[face.mIndices[0]],
                             b = m * mesh->mVertices[face.mIndices[1]],
                             c = m * mesh->mVertices[face.mIndices[2]];
            const float d = (b.z - c.z) * (a.x - c.x) + (c.x - b.x) * (a.z - c.z);
            if (std::fabs(d) < 1e-6f)
                continue; // a vertical face
            const float u = ((b.z - c.z) * (x - c.x) + (c.x - b.x) * (z - c.z)) / d;
            const float v = ((c.z - a.z) * (x - c.x) + (a.x - c.x) * (z - c.z)) / d;
            if (u >= 0 && v >= 0 && u + v <= 1)
                return true;
        }
    }
    return false;
}
