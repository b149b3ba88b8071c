#include "importer/ModelImporter.h"

#include "importer/GltfPreflight.h"
#include "importer/HeaderPreflight.h"
#include "importer/SceneCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <assimp/Importer.hpp>
#include <assimp/ProgressHandler.hpp>
#include <assimp/material.h>
#include <assimp/metadata.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace showroom::importer {

namespace {

QString failure(const QString &path, const QString &reason)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
}

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

enum class Kind
{
    Gltf,
    Fbx,
    Obj,
    Ifc,
    Collada,
    Other
};

struct Format
{
    Kind kind = Kind::Other;
    QString name;
};

// Sniffs the first bytes: the content decides, the extension only breaks ties (a .glb full of text is
// still reported as what it is).
Format sniffFormat(const QString &path, const QByteArray &head)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (head.startsWith("glTF"))
        return {Kind::Gltf, QStringLiteral("glTF 2.0 (binary)")};
    if (head.startsWith("Kaydara FBX Binary"))
        return {Kind::Fbx, QStringLiteral("FBX (binary)")};
    if (head.startsWith("; FBX") || head.contains("FBXHeaderExtension:"))
        return {Kind::Fbx, QStringLiteral("FBX (ASCII)")};
    if (head.startsWith("ISO-10303-21")) {
        if (head.contains("IFC4"))
            return {Kind::Ifc, QStringLiteral("IFC4")};
        return {Kind::Ifc, QStringLiteral("IFC 2x3")};
    }
    if (ext == QLatin1String("gltf"))
        return {Kind::Gltf, QStringLiteral("glTF 2.0")};
    if (ext == QLatin1String("glb"))
        return {Kind::Gltf, QStringLiteral("glTF 2.0 (binary)")};
    if (ext == QLatin1String("fbx"))
        return {Kind::Fbx, QStringLiteral("FBX (ASCII)")};
    if (ext == QLatin1String("obj"))
        return {Kind::Obj, QStringLiteral("OBJ")};
    if (ext == QLatin1String("ifc"))
        return {Kind::Ifc, QStringLiteral("IFC 2x3")};
    if (ext == QLatin1String("dae"))
        return {Kind::Collada, QStringLiteral("Collada")};
    return {Kind::Other, ext.toUpper()};
}

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

QVector3D axisVector(int axis, int sign)
{
    QVector3D v;
    if (axis >= 0 && axis <= 2)
        v[axis] = sign < 0 ? -1.0f : 1.0f;
    return v;
}

QString axisName(const QVector3D &v)
{
    static const char *names[] = {"X", "Y", "Z"};
    for (int a = 0; a < 3; ++a) {
        if (v[a] != 0)
            return QStringLiteral("%1%2").arg(v[a] < 0 ? '-' : '+').arg(QLatin1String(names[a]));
    }
    return QStringLiteral("?");
}

bool parseAxis(const QString &text, QVector3D &out)
{
    const QString t = text.trimmed().toUpper();
    if (t.size() != 2 || (t[0] != '+' && t[0] != '-'))
        return false;
    const int axis = QStringLiteral("XYZ").indexOf(t[1]);
    if (axis < 0)
        return false;
    out = axisVector(axis, t[0] == '-' ? -1 : 1);
    return true;
}

// The smallest rotation that turns `up` into +Y (a half turn about X for -Y).
QMatrix4x4 rotationToYUp(const QVector3D &up)
{
    QMatrix4x4 r;
    if (up == QVector3D(0, 1, 0))
        return r;
    if (up == QVector3D(0, -1, 0)) {
        r.rotate(180, 1, 0, 0);
        return r;
    }
    const QVector3D axis = QVector3D::crossProduct(up, QVector3D(0, 1, 0)).normalized();
    r.rotate(90, axis);
    // Snap the cos/sin rounding noise so axis-aligned sources stay exactly axis-aligned.
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            r(i, j) = std::round(r(i, j));
    return r;
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

float clamp01(float v)
{
    return std::isfinite(v) ? std::clamp(v, 0.0f, 1.0f) : 0.0f;
}

QString textureExtractDir(const ImportOptions &options)
{
    if (!options.cacheDir.isEmpty())
        return QDir(options.cacheDir).filePath(QStringLiteral("textures"));
    return QDir(QDir::tempPath()).filePath(QStringLiteral("showroom-textures"));
}

// Embedded textures (GLB, FBX) are written out once, named by the hash of their bytes, so materials can
// keep pointing at a plain file like every other texture.
QString extractEmbedded(const aiTexture *tex, const ImportOptions &options, QString *warning)
{
    QByteArray bytes;
    QString ext;
    if (tex->mHeight == 0) {
        bytes = QByteArray(reinterpret_cast<const char *>(tex->pcData), int(tex->mWidth));
        ext = QString::fromLatin1(tex->achFormatHint).toLower();
        if (ext.isEmpty() || !ext.at(0).isLetterOrNumber())
            ext = QStringLiteral("bin");
    } else {
        if (std::size_t(tex->mWidth) * tex->mHeight > 16384u * 16384u) {
            *warning = QStringLiteral("embedded texture of %1x%2 texels ignored (too large)")
                           .arg(tex->mWidth)
                           .arg(tex->mHeight);
            return {};
        }
        QImage img(int(tex->mWidth), int(tex->mHeight), QImage::Format_ARGB32);
        for (unsigned y = 0; y < tex->mHeight; ++y) {
            for (unsigned x = 0; x < tex->mWidth; ++x) {
                const aiTexel &t = tex->pcData[y * tex->mWidth + x];
                img.setPixel(int(x), int(y), qRgba(t.r, t.g, t.b, t.a));
            }
        }
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            img.save(&buffer, "PNG");
        }
        bytes = png;
        ext = QStringLiteral("png");
    }
    if (bytes.isEmpty()) {
        *warning = QStringLiteral("empty embedded texture ignored");
        return {};
    }
    const QString dir = textureExtractDir(options);
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(24)) +
        QLatin1Char('.') + ext.left(8);
    const QString file = QDir(dir).filePath(name);
    if (QFileInfo(file).size() == bytes.size())
        return file;
    QDir().mkpath(dir);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *warning = QStringLiteral("could not extract embedded texture to %1").arg(file);
        return {};
    }
    return file;
}

Material convertMaterial(const aiScene *scene, const aiMaterial *m, const QString &modelDir,
                         const ImportOptions &options, ImportedScene &out)
{
    Material mat;
    aiString name;
    if (m->Get(AI_MATKEY_NAME, name) == AI_SUCCESS)
        mat.name = QString::fromUtf8(name.C_Str());

    aiColor4D c;
    if (m->Get(AI_MATKEY_BASE_COLOR, c) == AI_SUCCESS || m->Get(AI_MATKEY_COLOR_DIFFUSE, c) == AI_SUCCESS)
        mat.baseColor = {clamp01(c.r), clamp01(c.g), clamp01(c.b), clamp01(c.a)};
    float opacity = 1;
    if (m->Get(AI_MATKEY_OPACITY, opacity) == AI_SUCCESS && std::isfinite(opacity) && opacity < 1)
        mat.baseColor[3] = std::min(mat.baseColor[3], clamp01(opacity));

    float f = 0;
    if (m->Get(AI_MATKEY_METALLIC_FACTOR, f) == AI_SUCCESS)
        mat.metallic = clamp01(f);
    if (m->Get(AI_MATKEY_ROUGHNESS_FACTOR, f) == AI_SUCCESS) {
        mat.roughness = clamp01(f);
    } else if (m->Get(AI_MATKEY_SHININESS, f) == AI_SUCCESS && std::isfinite(f) && f > 0) {
        // Phong exponent -> roughness (the usual Blinn-Phong/GGX approximation) for OBJ/FBX materials.
        mat.roughness = clamp01(std::sqrt(2.0f / (f + 2.0f)));
    }
    aiColor3D e;
    if (m->Get(AI_MATKEY_COLOR_EMISSIVE, e) == AI_SUCCESS)
        mat.emissive = {std::isfinite(e.r) ? std::max(e.r, 0.0f) : 0.0f,
                        std::isfinite(e.g) ? std::max(e.g, 0.0f) : 0.0f,
                        std::isfinite(e.b) ? std::max(e.b, 0.0f) : 0.0f};
    int twoSided = 0;
    if (m->Get(AI_MATKEY_TWOSIDED, twoSided) == AI_SUCCESS)
        mat.doubleSided = twoSided != 0;

    aiString tex;
    if (m->GetTexture(aiTextureType_BASE_COLOR, 0, &tex) != AI_SUCCESS &&
        m->GetTexture(aiTextureType_DIFFUSE, 0, &tex) != AI_SUCCESS)
        return mat;
    const QString ref = QString::fromUtf8(tex.C_Str());
    if (ref.isEmpty())
        return mat;
    if (const aiTexture *embedded = scene->GetEmbeddedTexture(tex.C_Str())) {
        QString warning;
        mat.baseColorTexture = extractEmbedded(embedded, options, &warning);
        if (!warning.isEmpty())
            out.warnings << QStringLiteral("material '%1': %2").arg(mat.name, warning);
        return mat;
    }
    if (ref.startsWith(QLatin1Char('*'))) {
        out.warnings << QStringLiteral("material '%1': embedded texture %2 is missing").arg(mat.name, ref);
        return mat;
    }
    QString file = QUrl::fromPercentEncoding(ref.toUtf8());
    file.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (QDir::isRelativePath(file))
        file = QDir(modelDir).filePath(file);
    file = QDir::cleanPath(file);
    if (QFileInfo(file).isFile()) {
        mat.baseColorTexture = file;
    } else {
        out.missingTextures << file;
        out.warnings << QStringLiteral("material '%1': texture '%2' not found").arg(mat.name, ref);
    }
    return mat;
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

struct Conversion
{
    QMatrix4x4 rotation; // applied to the root
    float scale = 1;     // conjugated into every transform and position
    QString upAxisSource = QStringLiteral("+Y");
    bool unitFromMetadata = false;
};

// Units and axes, in this order: the caller's override, the file's own metadata, the format's
// convention (see docs/importer.md).
Conversion decideConversion(const aiScene *scene, const Format &format, const ImportOptions &options,
                            QStringList &warnings)
{
    Conversion conv;
    const aiMetadata *meta = scene->mMetaData;

    if (format.kind == Kind::Fbx) {
        double unit = 0;
        if (metaNumber(meta, "UnitScaleFactor", unit) && std::isfinite(unit) && unit > 0) {
            conv.scale = float(unit / 100.0); // FBX units are centimetres times UnitScaleFactor
            conv.unitFromMetadata = true;
        } else if (metaNumber(meta, "OriginalUnitScaleFactor", unit) && std::isfinite(unit) && unit > 0) {
            conv.scale = float(unit / 100.0);
            conv.unitFromMetadata = true;
        } else {
            conv.scale = 0.01f;
            warnings << QStringLiteral("FBX without UnitScaleFactor: assuming centimetres (FBX default)");
        }
        double up = -1, upSign = 1, front = -1, frontSign = 1, coord = -1, coordSign = 1;
        if (metaNumber(meta, "UpAxis", up) && up >= 0 && up <= 2) {
            metaNumber(meta, "UpAxisSign", upSign);
            const QVector3D upVec = axisVector(int(up), int(upSign));
            conv.upAxisSource = axisName(upVec);
            conv.rotation = rotationToYUp(upVec);
            if (metaNumber(meta, "FrontAxis", front) && metaNumber(meta, "CoordAxis", coord) && front >= 0 &&
                front <= 2 && coord >= 0 && coord <= 2) {
                metaNumber(meta, "FrontAxisSign", frontSign);
                metaNumber(meta, "CoordAxisSign", coordSign);
                const QVector3D right = axisVector(int(coord), int(coordSign));
                const QVector3D fwd = axisVector(int(front), int(frontSign));
                // Rows: where the source's right / up / front go (X / Y / Z). Only a proper rotation is
                // used; a mirrored axis system would flip every triangle's winding.
                QMatrix4x4 m(right.x(), right.y(), right.z(), 0, upVec.x(), upVec.y(), upVec.z(), 0, fwd.x(),
                             fwd.y(), fwd.z(), 0, 0, 0, 0, 1);
                if (std::abs(m.determinant() - 1.0) < 1e-3)
                    conv.rotation = m;
            }
        }
    } else if (format.kind == Kind::Ifc) {
        // Assimp's IFC reader already converts IFC's Z-up and its IfcSIUnit lengths to Y-up metres.
        conv.upAxisSource = QStringLiteral("+Z");
        conv.unitFromMetadata = true;
    } else if (format.kind == Kind::Gltf || format.kind == Kind::Collada) {
        conv.unitFromMetadata = true; // glTF is metres by definition; Assimp applies Collada's <unit>
    }

    if (options.forceScale > 0 && std::isfinite(options.forceScale)) {
        conv.scale = options.forceScale;
        conv.unitFromMetadata = true;
    }
    if (!options.forceUpAxis.isEmpty()) {
        QVector3D up;
        if (parseAxis(options.forceUpAxis, up)) {
            conv.upAxisSource = axisName(up);
            conv.rotation = rotationToYUp(up);
        } else {
            warnings << QStringLiteral("ignored up axis override '%1' (expected +X, -Y, +Z, ...)")
                            .arg(options.forceUpAxis);
        }
    }
    return conv;
}

void applyConversion(ImportedScene &scene, const Conversion &conv)
{
    scene.scaleApplied = conv.scale;
    scene.upAxisSource = conv.upAxisSource;
    if (conv.scale != 1.0f) {
        // S * M * S^-1 for uniform S only scales the translation, so every transform stays rigid and every
        // position, node-local or world, is in metres.
        for (Node &n : scene.nodes) {
            for (int r = 0; r < 3; ++r)
                n.transform(r, 3) *= conv.scale;
        }
        for (Mesh &m : scene.meshes) {
            for (float &p : m.positions)
                p *= conv.scale;
            m.bounds.min *= conv.scale;
            m.bounds.max *= conv.scale;
        }
    }
    if (!conv.rotation.isIdentity() && !scene.nodes.empty())
        scene.nodes[0].transform = conv.rotation * scene.nodes[0].transform;
}

Bounds worldBounds(const ImportedScene &scene)
{
    Bounds b;
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        if (scene.nodes[i].meshes.empty())
            continue;
        const QMatrix4x4 w = scene.worldTransform(int(i));
        for (int m : scene.nodes[i].meshes) {
            const Bounds &mb = scene.meshes[std::size_t(m)].bounds;
            if (!mb.valid)
                continue;
            for (int corner = 0; corner < 8; ++corner) {
                const QVector3D p = w.map(QVector3D(corner & 1 ? mb.max.x() : mb.min.x(),
                                                    corner & 2 ? mb.max.y() : mb.min.y(),
                                                    corner & 4 ? mb.max.z() : mb.min.z()));
                b.include(p);
            }
        }
    }
    return b;
}

ImportResult coldImport(const QString &path, const QByteArray &head, const ImportOptions &options)
{
    ImportResult result;
    ImportedScene &scene = result.scene;
    const ImportLimits &limits = options.limits;
    const Format format = sniffFormat(path, head);
    scene.sourceFile = QFileInfo(path).absoluteFilePath();
    scene.format = format.name;

    if (format.name == QLatin1String("IFC4")) {
        result.error = failure(path, QStringLiteral("IFC4 is not supported (Assimp reads IFC 2x3 only); "
                                                    "export the model as IFC 2x3"));
        return result;
    }
    // Assimp's readers trust counts, offsets and (glTF) the node graph; check them before it allocates
    // or recurses (a glTF node cycle would overflow its stack).
    if (format.kind != Kind::Obj) {
        const QString ext = QFileInfo(path).suffix().toLower();
        QString reason;
        if (format.kind == Kind::Gltf)
            reason = preflightGltf(path, limits);
        else if (format.kind == Kind::Fbx)
            reason = preflightFbx(path, limits);
        else if (format.kind == Kind::Collada)
            reason = preflightCollada(path, limits);
        else if (format.kind == Kind::Ifc)
            reason = preflightStep(path, limits);
        else if (ext == QLatin1String("ply") || head.startsWith("ply"))
            reason = preflightPly(path, limits);
        if (!reason.isEmpty()) {
            result.error = failure(path, reason);
            return result;
        }
    }

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
        result.error = failure(
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
                failure(path, QStringLiteral("the model contains no triangle geometry (%1)").arg(why));
            return result;
        }
        result.error = failure(path, QStringLiteral("not a readable %1 file (%2)").arg(format.name, why));
        return result;
    }
    if (!ai->mRootNode) {
        result.error = failure(path, QStringLiteral("the file has no scene graph"));
        return result;
    }

    // Meshes: size limits before copying anything.
    std::size_t totalVertices = 0, totalTriangles = 0;
    for (unsigned i = 0; i < ai->mNumMeshes; ++i) {
        totalVertices += ai->mMeshes[i]->mNumVertices;
        totalTriangles += ai->mMeshes[i]->mNumFaces;
    }
    if (totalVertices > limits.maxVertices || totalTriangles > limits.maxTriangles) {
        result.error = failure(path, QStringLiteral("%1 vertices / %2 triangles exceed the limit of %3 / %4")
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
            result.error = failure(path, QStringLiteral("node '%1' appears twice in the node tree (cycle)")
                                             .arg(QString::fromUtf8(p.node->mName.C_Str())));
            return result;
        }
        if (p.depth > limits.maxNodeDepth) {
            result.error = failure(path, QStringLiteral("node tree deeper than %1 levels (at node '%2')")
                                             .arg(limits.maxNodeDepth)
                                             .arg(QString::fromUtf8(p.node->mName.C_Str())));
            return result;
        }
        if (scene.nodes.size() >= limits.maxNodes) {
            result.error = failure(path, QStringLiteral("more than %1 nodes").arg(limits.maxNodes));
            return result;
        }
        const int index = int(scene.nodes.size());
        Node node;
        node.name = QString::fromUtf8(p.node->mName.C_Str());
        if (format.kind == Kind::Ifc)
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
        result.error = failure(
            path,
            scene.droppedTriangles
                ? QStringLiteral("no usable triangles (all %1 were invalid)").arg(scene.droppedTriangles)
                : QStringLiteral("the model contains no triangle geometry"));
        return result;
    }

    const Conversion conv = decideConversion(ai, format, options, scene.warnings);
    applyConversion(scene, conv);

    if (!conv.unitFromMetadata) {
        // No unit in the file (OBJ, STL, PLY ...): metres are assumed; say so when the size disagrees.
        const Bounds b = worldBounds(scene);
        const QVector3D size = b.max - b.min;
        const float extent = std::max({size.x(), size.y(), size.z()});
        if (extent > 20000.0f)
            scene.warnings << QStringLiteral("the model is %1 m across: it is probably in millimetres "
                                             "(the file states no unit; metres were assumed)")
                                  .arg(double(extent), 0, 'g', 4);
        else if (extent > 2000.0f)
            scene.warnings << QStringLiteral("the model is %1 m across: it is probably in centimetres "
                                             "(the file states no unit; metres were assumed)")
                                  .arg(double(extent), 0, 'g', 4);
    }
    if (options.progress)
        options.progress(1.0f);
    return result;
}

// The scene file handed back by the isolated child: the cache format with an empty identity (it is
// read once, right after the child wrote it).
CacheKey sceneFileKey(const QString &file)
{
    CacheKey key;
    key.valid = true;
    key.cacheFile = QFileInfo(file).absoluteFilePath();
    key.sourcePath = key.cacheFile;
    return key;
}

ImportResult isolatedImport(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        result.error = failure(path, QStringLiteral("no temporary folder for the isolated import"));
        return result;
    }
    const QString sceneFile = tmp.filePath(QStringLiteral("scene.srcache"));
    QStringList args{QStringLiteral("convert"), QFileInfo(path).absoluteFilePath(), sceneFile};
    if (options.forceScale > 0)
        args << QStringLiteral("--scale") << QString::number(double(options.forceScale), 'g', 9);
    if (!options.forceUpAxis.isEmpty())
        args << QStringLiteral("--up") << options.forceUpAxis;
    if (options.progress)
        options.progress(0.05f);
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(options.isolatedWorker, args);
    if (!child.waitForStarted(10000)) {
        result.error = failure(path, QStringLiteral("the import worker %1 did not start (%2)")
                                         .arg(options.isolatedWorker, child.errorString()));
        return result;
    }
    child.closeWriteChannel();
    if (!child.waitForFinished(options.limits.timeoutMs + 5000)) {
        child.kill();
        child.waitForFinished(5000);
        result.error = failure(path, QStringLiteral("import took longer than %1 s and was aborted")
                                         .arg(options.limits.timeoutMs / 1000.0));
        return result;
    }
    if (child.exitStatus() == QProcess::CrashExit) {
        result.error =
            failure(path, QStringLiteral("the model reader crashed on this file (the file is damaged or "
                                         "triggers a bug in Assimp); nothing was loaded"));
        return result;
    }
    if (child.exitCode() != 0) {
        // The child's own error is its last "showroom-import: <file>: <reason>" line (Qt may log other
        // lines); it names the absolute path, the caller may have used another spelling.
        QString why;
        for (const QString &line : QString::fromUtf8(child.readAllStandardError()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("showroom-import: ")))
                why = line.mid(17).trimmed();
        }
        const QString prefix =
            QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) + QStringLiteral(": ");
        if (why.startsWith(prefix))
            why = why.mid(prefix.size());
        result.error = failure(
            path, why.isEmpty()
                      ? QStringLiteral("the import worker failed (exit code %1)").arg(child.exitCode())
                      : why);
        return result;
    }
    QString warning;
    if (!loadCachedScene(tmp.path(), sceneFileKey(sceneFile), result.scene, &warning)) {
        result.error = failure(path, QStringLiteral("the import worker's result was unusable (%1)")
                                         .arg(warning.isEmpty() ? QStringLiteral("missing") : warning));
        result.scene = {};
        return result;
    }
    if (options.progress)
        options.progress(1.0f);
    return result;
}

} // namespace

QString convertToSceneFile(const QString &path, const QString &sceneFile, const ImportOptions &options)
{
    ImportOptions local = options;
    local.cacheDir.clear();
    local.isolatedWorker.clear();
    const ImportResult r = importModel(path, local);
    if (!r.ok())
        return r.error;
    QString warning;
    if (!storeCachedScene(QFileInfo(sceneFile).absolutePath(), sceneFileKey(sceneFile), r.scene, &warning))
        return failure(path, warning);
    return {};
}

ImportResult importModel(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = failure(path, QStringLiteral("file not found"));
        return result;
    }
    if (!info.isFile()) {
        result.error = failure(path, QStringLiteral("not a file"));
        return result;
    }
    if (info.size() == 0) {
        result.error = failure(path, QStringLiteral("empty file (0 bytes)"));
        return result;
    }
    if (info.size() > options.limits.maxFileBytes) {
        result.error = failure(path, QStringLiteral("file of %1 bytes exceeds the limit of %2 bytes")
                                         .arg(info.size())
                                         .arg(options.limits.maxFileBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = failure(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
        return result;
    }
    const QByteArray head = file.read(4096);
    file.close();

    CacheKey key;
    if (!options.cacheDir.isEmpty()) {
        key = cacheKeyFor(path, options);
        QString warning;
        if (key.valid) {
            if (loadCachedScene(options.cacheDir, key, result.scene, &warning)) {
                result.fromCache = true;
                if (options.progress)
                    options.progress(1.0f);
                return result;
            }
        }
        if (!warning.isEmpty())
            result.scene.warnings << warning;
    }

    QStringList cacheWarnings = result.scene.warnings;
    result =
        options.isolatedWorker.isEmpty() ? coldImport(path, head, options) : isolatedImport(path, options);
    if (!result.ok())
        return result;
    result.scene.warnings = cacheWarnings + result.scene.warnings;
    if (!options.cacheDir.isEmpty() && key.valid) {
        QString warning;
        // The cache must not remember that it was once corrupt: store the scene's own warnings only.
        ImportedScene stored = result.scene;
        stored.warnings = result.scene.warnings.mid(cacheWarnings.size());
        if (!storeCachedScene(options.cacheDir, key, stored, &warning))
            result.scene.warnings << warning;
    }
    return result;
}

QString packageCacheDir(const QString &packageDir)
{
    const QString dir = QDir(QFileInfo(packageDir).absoluteFilePath()).filePath(QStringLiteral(".cache"));
    const QFileInfo info(dir);
    if (info.isDir() ? info.isWritable() : QFileInfo(packageDir).isWritable())
        return dir;
    const QByteArray id =
        QCryptographicHash::hash(QFileInfo(packageDir).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("imports/") + QString::fromLatin1(id));
}

QStringList supportedExtensions()
{
    Assimp::Importer importer;
    aiString list;
    importer.GetExtensionList(list);
    QStringList out;
    for (QString e : QString::fromUtf8(list.C_Str()).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        e.remove(QLatin1String("*."));
        out << e.trimmed().toLower();
    }
    return out;
}

} // namespace showroom::importer
