#include "importer/IsolatedImport.h"

#include "importer/ImportFailure.h"
#include "importer/SceneCache.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace showroom::importer {

namespace {

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

} // namespace

ImportResult importInChildProcess(const QString &path, const ImportOptions &options)
{
    ImportResult result;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        result.error = importFailure(path, QStringLiteral("no temporary folder for the isolated import"));
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
        result.error = importFailure(path, QStringLiteral("the import worker %1 did not start (%2)")
                                               .arg(options.isolatedWorker, child.errorString()));
        return result;
    }
    child.closeWriteChannel();
    if (!child.waitForFinished(options.limits.timeoutMs + 5000)) {
        child.kill();
        child.waitForFinished(5000);
        result.error = importFailure(path, QStringLiteral("import took longer than %1 s and was aborted")
                                               .arg(options.limits.timeoutMs / 1000.0));
        return result;
    }
    if (child.exitStatus() == QProcess::CrashExit) {
        result.error = importFailure(
            path, QStringLiteral("the model reader crashed on this file (the file is damaged or "
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
        result.error = importFailure(
            path, why.isEmpty()
                      ? QStringLiteral("the import worker failed (exit code %1)").arg(child.exitCode())
                      : why);
        return result;
    }
    QString warning;
    if (!loadCachedScene(tmp.path(), sceneFileKey(sceneFile), result.scene, &warning)) {
        result.error = importFailure(path, QStringLiteral("the import worker's result was unusable (%1)")
                                               .arg(warning.isEmpty() ? QStringLiteral("missing") : warning));
        result.scene = {};
        return result;
    }
    if (options.progress)
        options.progress(1.0f);
    return result;
}

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
        return importFailure(path, warning);
    return {};
}

} // namespace showroom::importer
