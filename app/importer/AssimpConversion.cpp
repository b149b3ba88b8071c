#include "importer/AssimpConversion.h"

#include "importer/AssimpMaterials.h"
#include "importer/ImportFailure.h"
#include "importer/UnitsAndAxes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <assimp/Importer.hpp>
#include <assimp/ProgressHandler.hpp>
#include <assimp/metadata.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_set>

namespace showroom::importer {

namespace {

// Assimp only offers checkpoints (file read, each post-process step, some loaders' inner loops):
// returning false there aborts the import, which bounds the time a hostile file can take to the
// slowest stretch between two checkpoints.
class DeadlineProgress final : public Assimp::ProgressHandler
{
public:
    DeadlineProgress(int timeoutMs, const std::function<void(float)> &report)
        : m_timeoutMs(timeoutMs), m_report(report)
    {
        m_clock.start();
    }
    bool Update(float percentage) override
    {
        // Assimp's estimates jump back between its stages; the caller gets a monotonic figure.
        if (m_report && percentage >= 0 && percentage * 0.8f > m_last) {
            m_last = std::min(percentage, 1.0f) * 0.8f;
            m_report(m_last);
        }
        if (m_clock.elapsed() > m_timeoutMs) {
            m_timedOut = true;
            return false;
        }
        return true;
    }
    bool timedOut() const { return m_timedOut; }

private:
    QElapsedTimer m_clock;
    int m_timeoutMs;
    const std::function<void(float)> &m_report;
    bool m_timedOut = false;
    float m_last = 0;
};

// Assimp names IFC nodes "<IfcClass>_<Name without spaces>_<GlobalId>"; the element's own name is what
// the package conventions (Unit_A_0304) and stage patterns address.
QString ifcElementName(const QString &assimpName)
{
    static const QRegularExpression re(QStringLiteral("^Ifc[A-Za-z]+_(.+)_[0-9A-Za-z_$]{22}$"));
    const QRegularExpressionMatch m = re.match(assimpName);
    return m.hasMatch() ? m.captured(1) : assimpName;
}

bool metaNumber(const aiMetadata *meta, const char *key, double &out)
{
    if (!meta)
        return false;
    for (unsigned i = 0; i < meta->mNumProperties; ++i) {
        if (std::strcmp(meta->mKeys[i].C_Str(), key) != 0 || !meta->mValues[i].mData)
            continue;
        const aiMetadataEntry &e = meta->mValues[i];
        switch (e.mType) {
        case AI_INT32:
            out = *static_cast<const int32_t *>(e.mData);
            return true;
        case AI_UINT64:
            out = double(*static_cast<const uint64_t *>(e.mData));
            return true;
        case AI_FLOAT:
            out = *static_cast<const float *>(e.mData);
            return true;
        case AI_DOUBLE:
            out = *static_cast<const double *>(e.mData);
            return true;
        default:
            return false;
        }
    }
    return false;
}

QMatrix4x4 toQt(const aiMatrix4x4 &m)
{
    return QMatrix4x4(m.a1, m.a2, m.a3, m.a4, m.b1, m.b2, m.b3, m.b4, m.c1, m.c2, m.c3, m.c4, m.d1, m.d2,
                      m.d3, m.d4);
}

bool finiteMatrix(const QMatrix4x4 &m)
{
    const float *d = m.constData();
    for (int i = 0; i < 16; ++i) {
        if (!std::isfinite(d[i]))
            return false;
    }
    return true;
}

// Copies one Assimp mesh, dropping what would poison rendering or bounds: triangles that reference a
// non-finite position or a vertex that does not exist, and zero-area triangles (counted in `dropped`).
Mesh convertMesh(const aiMesh *src, DroppedTriangles &dropped)
{
    Mesh mesh;
    mesh.name = QString::fromUtf8(src->mName.C_Str());
    const unsigned nv = src->mNumVertices;
    std::vector<char> badVertex(nv, 0);
    mesh.positions.resize(std::size_t(nv) * 3);
    for (unsigned v = 0; v < nv; ++v) {
        const aiVector3D &p = src->mVertices[v];
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z)) {
            badVertex[v] = 1;
            mesh.positions[v * 3] = mesh.positions[v * 3 + 1] = mesh.positions[v * 3 + 2] = 0;
            continue;
        }
        mesh.positions[v * 3] = p.x;
        mesh.positions[v * 3 + 1] = p.y;
        mesh.positions[v * 3 + 2] = p.z;
    }
    mesh.indices.reserve(std::size_t(src->mNumFaces) * 3);
    for (unsigned f = 0; f < src->mNumFaces; ++f) {
        const aiFace &face = src->mFaces[f];
        if (face.mNumIndices != 3 || !face.mIndices)
            continue; // SortByPType already removed points and lines
        const unsigned a = face.mIndices[0], b = face.mIndices[1], c = face.mIndices[2];
        if (a >= nv || b >= nv || c >= nv) {
            ++dropped.outOfRange;
            continue;
        }
        if (badVertex[a] || badVertex[b] || badVertex[c]) {
            ++dropped.nonFinite;
            continue;
        }
        const QVector3D pa(mesh.positions[a * 3], mesh.positions[a * 3 + 1], mesh.positions[a * 3 + 2]);
        const QVector3D pb(mesh.positions[b * 3], mesh.positions[b * 3 + 1], mesh.positions[b * 3 + 2]);
        const QVector3D pc(mesh.positions[c * 3], mesh.positions[c * 3 + 1], mesh.positions[c * 3 + 2]);
        const QVector3D n = QVector3D::crossProduct(pb - pa, pc - pa);
        if (a == b || b == c || a == c || !(n.lengthSquared() > 0) || !std::isfinite(n.lengthSquared())) {
            ++dropped.degenerate;
            continue;
        }
        mesh.indices.insert(mesh.indices.end(), {a, b, c});
    }

    mesh.normals.assign(std::size_t(nv) * 3, 0.0f);
    if (src->mNormals) {
        for (unsigned v = 0; v < nv; ++v) {
            const aiVector3D &n = src->mNormals[v];
            const bool ok = std::isfinite(n.x) && std::isfinite(n.y) && std::isfinite(n.z) &&
                            (n.x != 0 || n.y != 0 || n.z != 0);
            mesh.normals[v * 3] = ok ? n.x : 0.0f;
            mesh.normals[v * 3 + 1] = ok ? n.y : 1.0f;
            mesh.normals[v * 3 + 2] = ok ? n.z : 0.0f;
        }
    } else {
        // Assimp's GenSmoothNormals failed or was skipped: area-weighted vertex normals of our own.
        for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
            const std::uint32_t i[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
            QVector3D p[3];
            for (int k = 0; k < 3; ++k)
                p[k] = QVector3D(mesh.positions[i[k] * 3], mesh.positions[i[k] * 3 + 1],
                                 mesh.positions[i[k] * 3 + 2]);
            const QVector3D n = QVector3D::crossProduct(p[1] - p[0], p[2] - p[0]);
            for (int k = 0; k < 3; ++k)
                for (int c = 0; c < 3; ++c)
                    mesh.normals[i[k] * 3 + c] += n[c];
        }
        for (unsigned v = 0; v < nv; ++v) {
            QVector3D n(mesh.normals[v * 3], mesh.normals[v * 3 + 1], mesh.normals[v * 3 + 2]);
            n = n.lengthSquared() > 0 ? n.normalized() : QVector3D(0, 1, 0);
            for (int c = 0; c < 3; ++c)
                mesh.normals[v * 3 + c] = n[c];
        }
    }
    if (src->mTextureCoords[0]) {
        mesh.uvs.resize(std::size_t(nv) * 2);
        for (unsigned v = 0; v < nv; ++v) {
            const aiVector3D &t = src->mTextureCoords[0][v];
            mesh.uvs[v * 2] = std::isfinite(t.x) ? t.x : 0.0f;
            mesh.uvs[v * 2 + 1] = std::isfinite(t.y) ? t.y : 0.0f;
        }
    }
    return mesh;
}

void computeBounds(Mesh &mesh)
{
    Bounds b;
    for (std::uint32_t i : mesh.indices) {
        const QVector3D p(mesh.positions[i * 3], mesh.positions[i * 3 + 1], mesh.positions[i * 3 + 2]);
        b.include(p);
    }
    mesh.bounds = b;
}

} // namespace

ImportResult importWithAssimp(const QString &path, const SourceFormat &format, const ImportOptions &options)
{
    ImportResult result;
    ImportedScene &scene = result.scene;
    const ImportLimits &limits = options.limits;
    scene.sourceFile = QFileInfo(path).absoluteFilePath();
    scene.format = format.name;

    Assimp::Importer importer;
    DeadlineProgress progress(limits.timeoutMs, options.progress);
    importer.SetProgressHandler(&progress);
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE, aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    // Pivot helper nodes ("$AssimpFbx$_Translation" ...) would sit between a unit's name and its mesh.
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
    // In IFC the sellable units are IfcSpaces: keep their volumes so a unit has something to pick.
    importer.SetPropertyBool(AI_CONFIG_IMPORT_IFC_SKIP_SPACE_REPRESENTATIONS, false);
    const unsigned flags = aiProcess_Triangulate | aiProcess_GenSmoothNormals |
                           aiProcess_JoinIdenticalVertices | aiProcess_ValidateDataStructure |
                           aiProcess_SortByPType | aiProcess_RemoveRedundantMaterials;
    const aiScene *ai = importer.ReadFile(QFile::encodeName(path).constData(), flags);
    importer.SetProgressHandler(nullptr);
    if (progress.timedOut()) {
        result.error = importFailure(
            path,
            QStringLiteral("import took longer than %1 s and was aborted").arg(limits.timeoutMs / 1000.0));
        return result;
    }
    if (!ai) {
        QString why = QString::fromUtf8(importer.GetErrorString()).trimmed();
        why.replace(QFile::encodeName(path), QByteArray());
        if (why.isEmpty())
            why = QStringLiteral("unknown Assimp error");
        // Assimp's wording for "nothing drawable survived" differs per stage; say it one way.
        if (why.contains(QLatin1String("No meshes remaining")) ||
            why.contains(QLatin1String("mNumMeshes is 0")) ||
            why.contains(QLatin1String("No materials remaining"))) {
            result.error =
                importFailure(path, QStringLiteral("the model contains no triangle geometry (%1)").arg(why));
            return result;
        }
        result.error =
            importFailure(path, QStringLiteral("not a readable %1 file (%2)").arg(format.name, why));
        return result;
    }
    if (!ai->mRootNode) {
        result.error = importFailure(path, QStringLiteral("the file has no scene graph"));
        return result;
    }

    // Meshes: size limits before copying anything.
    std::size_t totalVertices = 0, totalTriangles = 0;
    for (unsigned i = 0; i < ai->mNumMeshes; ++i) {
        totalVertices += ai->mMeshes[i]->mNumVertices;
        totalTriangles += ai->mMeshes[i]->mNumFaces;
    }
    if (totalVertices > limits.maxVertices || totalTriangles > limits.maxTriangles) {
        result.error =
            importFailure(path, QStringLiteral("%1 vertices / %2 triangles exceed the limit of %3 / %4")
                                    .arg(totalVertices)
                                    .arg(totalTriangles)
                                    .arg(limits.maxVertices)
                                    .arg(limits.maxTriangles));
        return result;
    }

    std::vector<int> meshMap(ai->mNumMeshes, -1);
    std::vector<DroppedTriangles> droppedBySource(ai->mNumMeshes); // indexed like ai->mMeshes
    for (unsigned i = 0; i < ai->mNumMeshes; ++i) {
        const aiMesh *src = ai->mMeshes[i];
        if (!src || !src->mVertices || src->mNumVertices == 0 ||
            !(src->mPrimitiveTypes & aiPrimitiveType_TRIANGLE))
            continue;
        Mesh mesh = convertMesh(src, droppedBySource[i]);
        droppedBySource[i].mesh = mesh.name;
        if (mesh.indices.empty())
            continue;
        mesh.material = src->mMaterialIndex < ai->mNumMaterials ? int(src->mMaterialIndex) : -1;
        computeBounds(mesh);
        meshMap[i] = int(scene.meshes.size());
        scene.meshes.push_back(std::move(mesh));
        if (options.progress)
            options.progress(0.8f + 0.1f * float(i + 1) / float(ai->mNumMeshes));
    }
    for (const DroppedTriangles &d : droppedBySource)
        scene.droppedTriangles += d.nonFinite + d.outOfRange + d.degenerate;
    // The warnings about dropped triangles name nodes, known only after the node walk; they go here.
    const int droppedWarningsAt = int(scene.warnings.size());

    const QString modelDir = QFileInfo(path).absolutePath();
    for (unsigned i = 0; i < ai->mNumMaterials; ++i)
        scene.materials.push_back(convertMaterial(ai, ai->mMaterials[i], modelDir, options, scene));

    // Nodes, iteratively (no recursion a deep file could overflow), depth- and count-limited.
    struct Pending
    {
        const aiNode *node;
        int parent;
        int depth;
    };
    std::vector<Pending> stack{{ai->mRootNode, -1, 0}};
    std::unordered_set<const aiNode *> seen;
    std::size_t nonFiniteTransforms = 0;
    std::vector<QString> firstNodeOf(ai->mNumMeshes); // source mesh -> the first node drawing it
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        if (!seen.insert(p.node).second) {
            result.error =
                importFailure(path, QStringLiteral("node '%1' appears twice in the node tree (cycle)")
                                        .arg(QString::fromUtf8(p.node->mName.C_Str())));
            return result;
        }
        if (p.depth > limits.maxNodeDepth) {
            result.error =
                importFailure(path, QStringLiteral("node tree deeper than %1 levels (at node '%2')")
                                        .arg(limits.maxNodeDepth)
                                        .arg(QString::fromUtf8(p.node->mName.C_Str())));
            return result;
        }
        if (scene.nodes.size() >= limits.maxNodes) {
            result.error = importFailure(path, QStringLiteral("more than %1 nodes").arg(limits.maxNodes));
            return result;
        }
        const int index = int(scene.nodes.size());
        Node node;
        node.name = QString::fromUtf8(p.node->mName.C_Str());
        if (format.kind == SourceKind::Ifc)
            node.name = ifcElementName(node.name);
        node.parent = p.parent;
        node.transform = toQt(p.node->mTransformation);
        if (!finiteMatrix(node.transform)) {
            ++nonFiniteTransforms;
            node.transform = QMatrix4x4();
        }
        for (unsigned m = 0; m < p.node->mNumMeshes; ++m) {
            const unsigned src = p.node->mMeshes[m];
            if (src < firstNodeOf.size() && firstNodeOf[src].isEmpty())
                firstNodeOf[src] = node.name;
            if (src < meshMap.size() && meshMap[src] >= 0)
                node.meshes.push_back(meshMap[src]);
        }
        scene.nodes.push_back(std::move(node));
        if (p.parent >= 0)
            scene.nodes[std::size_t(p.parent)].children.push_back(index);
        // Reverse push keeps children in file order.
        for (unsigned c = p.node->mNumChildren; c-- > 0;) {
            if (p.node->mChildren && p.node->mChildren[c])
                stack.push_back({p.node->mChildren[c], index, p.depth + 1});
        }
    }
    if (nonFiniteTransforms)
        scene.warnings << QStringLiteral("%1 node transforms were not finite and were reset to identity")
                              .arg(nonFiniteTransforms);
    for (std::size_t i = 0; i < droppedBySource.size(); ++i) {
        DroppedTriangles &d = droppedBySource[i];
        if (d.nonFinite + d.outOfRange + d.degenerate == 0)
            continue;
        d.node = firstNodeOf[i];
        scene.dropped.push_back(std::move(d));
    }
    int at = droppedWarningsAt;
    for (DropReason reason : {DropReason::NonFinite, DropReason::OutOfRange, DropReason::Degenerate}) {
        const QString line = droppedTrianglesMessage(scene.dropped, reason);
        if (!line.isEmpty())
            scene.warnings.insert(at++, line);
    }

    if (scene.meshes.empty() || scene.triangleCount() == 0) {
        result.error = importFailure(
            path,
            scene.droppedTriangles
                ? QStringLiteral("no usable triangles (all %1 were invalid)").arg(scene.droppedTriangles)
                : QStringLiteral("the model contains no triangle geometry"));
        return result;
    }

    const MetadataNumber metadata = [ai](const char *key, double &out) {
        return metaNumber(ai->mMetaData, key, out);
    };
    const UnitsAndAxes conv = decideUnitsAndAxes(format.kind, metadata, options, scene.warnings);
    applyUnitsAndAxes(scene, conv);
    warnIfSizeContradictsMetres(scene, conv);
    if (options.progress)
        options.progress(1.0f);
    return result;
}

} // namespace showroom::importer
