// The entry point: checks on the file itself, the cache, then the cold import, in this process
// (preflight + AssimpConversion.cpp) or in a child (IsolatedImport.cpp). Which file does what:
// README.md.
#include "importer/ModelImporter.h"

#include "importer/AssimpConversion.h"
#include "importer/GltfPreflight.h"
#include "importer/HeaderPreflight.h"
#include "importer/ImportFailure.h"
#include "importer/IsolatedImport.h"
#include "importer/SceneCache.h"
#include "importer/SourceFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <assimp/Importer.hpp>

namespace showroom::importer {

namespace {

ImportResult coldImport(const QString &path, const QByteArray &head, const ImportOptions &options)
{
    ImportResult result;
    ImportedScene &scene = result.scene;
    const ImportLimits &limits = options.limits;
    const SourceFormat format = sniffFormat(path, head);
    scene.sourceFile = QFileInfo(path).absoluteFilePath();
    scene.format = format.name;

    if (format.name == QLatin1String("IFC4")) {
        result.error =
            importFailure(path, QStringLiteral("IFC4 is not supported (Assimp reads IFC 2x3 only); "
                                               "export the model as IFC 2x3"));
        return result;
    }
    // Assimp's readers trust counts, offsets and (glTF) the node graph; check them before it allocates
    // or recurses (a glTF node cycle would overflow its stack).
    if (format.kind != SourceKind::Obj) {
        const QString ext = QFileInfo(path).suffix().toLower();
        QString reason;
        if (format.kind == SourceKind::Gltf)
            reason = preflightGltf(path, limits);
        else if (format.kind == SourceKind::Fbx)
            reason = preflightFbx(path, limits);
        else if (format.kind == SourceKind::Collada)
            reason = preflightCollada(path, limits);
        else if (format.kind == SourceKind::Ifc)
            reason = preflightStep(path, limits);
        else if (ext == QLatin1String("ply") || head.startsWith("ply"))
            reason = preflightPly(path, limits);
        if (!reason.isEmpty()) {
            result.error = importFailure(path, reason);
            return result;
        }
    }
    return importWithAssimp(path, format, options);
}

} // namespace

ImportResult importModel(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = importFailure(path, QStringLiteral("file not found"));
        return result;
    }
    if (!info.isFile()) {
        result.error = importFailure(path, QStringLiteral("not a file"));
        return result;
    }
    if (info.size() == 0) {
        result.error = importFailure(path, QStringLiteral("empty file (0 bytes)"));
        return result;
    }
    if (info.size() > options.limits.maxFileBytes) {
        result.error = importFailure(path, QStringLiteral("file of %1 bytes exceeds the limit of %2 bytes")
                                               .arg(info.size())
                                               .arg(options.limits.maxFileBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = importFailure(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
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
    result = options.isolatedWorker.isEmpty() ? coldImport(path, head, options)
                                              : importInChildProcess(path, options);
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
