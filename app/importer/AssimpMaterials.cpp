#include "importer/AssimpMaterials.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QUrl>

#include <assimp/material.h>
#include <assimp/scene.h>

#include <algorithm>
#include <cmath>

namespace showroom::importer {

namespace {

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

} // namespace

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

} // namespace showroom::importer
