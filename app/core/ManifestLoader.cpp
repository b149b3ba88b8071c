#include "core/ManifestLoader.h"

#include "core/ManifestSections.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <filesystem>

namespace showroom::core {

namespace {

void lineAndColumn(const QByteArray &text, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    const int end = qBound(0, offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

ManifestResult parseInto(const QByteArray &bytes, const QString &packageDir, const QString &fileLabel)
{
    ManifestResult result;
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3); // a UTF-8 byte-order mark from Windows editors is not an error
    if (json.trimmed().isEmpty()) {
        result.errors << fileLabel + QStringLiteral(": file is empty");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(json, parseError.offset, &line, &column);
        result.errors << fileLabel + QStringLiteral(": invalid JSON at line %1, column %2 (byte %3): %4")
                                         .arg(line)
                                         .arg(column)
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << fileLabel +
                             QStringLiteral(": expected a JSON object at the top level, found %1")
                                 .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a value"));
        return result;
    }
    manifest::Issues issues;
    manifest::parseSections(doc.object(), packageDir, issues, result.data);
    result.errors = issues.errors;
    result.warnings = issues.warnings;
    if (!packageDir.isEmpty()) {
        const QFileInfo dir(packageDir);
        result.data.packageDir =
            dir.canonicalFilePath().isEmpty() ? dir.absoluteFilePath() : dir.canonicalFilePath();
    }
    result.data.modelPath = result.data.absolutePath(result.data.model);
    return result;
}

} // namespace

ManifestResult parseManifest(const QByteArray &json, const QString &packageDir)
{
    return parseInto(json, packageDir, QString::fromLatin1(ManifestFileName));
}

ManifestResult loadManifest(const QString &packageDir)
{
    ManifestResult result;
    if (packageDir.isEmpty()) {
        result.errors << QStringLiteral("no development folder given");
        return result;
    }
    QFileInfo given(packageDir);
    QString dir = given.absoluteFilePath();
    QString manifest;
    if (given.exists() && !given.isDir() && given.fileName().endsWith(QLatin1String(".json"))) {
        manifest = given.absoluteFilePath();
        dir = given.absolutePath();
    } else {
        if (!given.exists()) {
            result.errors << dir + QStringLiteral(": development folder not found");
            return result;
        }
        if (!given.isDir()) {
            result.errors << dir + QStringLiteral(": not a folder (expected a development package folder)");
            return result;
        }
        manifest = QDir(dir).filePath(QString::fromLatin1(ManifestFileName));
    }

    const QFileInfo info(manifest);
    if (!info.exists()) {
        result.errors << manifest + QStringLiteral(": file not found");
        return result;
    }
    result.manifestPath = manifest;
    if (info.isDir()) {
        result.errors << manifest + QStringLiteral(": is a folder, expected the manifest file");
        return result;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::path(manifest.toStdString()), ec)) {
        // FIFOs and devices could block or never end.
        result.errors << manifest + QStringLiteral(": not a regular file");
        return result;
    }
    if (info.size() > MaxManifestBytes) {
        result.errors << manifest + QStringLiteral(": file too large (%1 MB; the limit is %2 MB)")
                                        .arg(info.size() / (1024 * 1024))
                                        .arg(MaxManifestBytes / (1024 * 1024));
        return result;
    }
    QFile file(manifest);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << manifest + QStringLiteral(": cannot read (%1)").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(MaxManifestBytes + 1);
    if (bytes.size() > MaxManifestBytes) {
        result.errors << manifest + QStringLiteral(": file too large (the limit is %1 MB)")
                                        .arg(MaxManifestBytes / (1024 * 1024));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.errors << manifest + QStringLiteral(": cannot read (%1)").arg(file.errorString());
        return result;
    }
    ManifestResult parsed = parseInto(bytes, dir, manifest);
    parsed.manifestPath = manifest;
    return parsed;
}

} // namespace showroom::core
