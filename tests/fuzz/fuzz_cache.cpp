// libFuzzer target: the cache reader. The input is a payload; the fuzzer frames it with a valid header,
// identity and checksum so the payload parser and the structural validation are what gets exercised
// (a random header would only ever hit the checksum). Whatever loads must be safe to batch.
#include "importer/ModelImporter.h"
#include "importer/SceneBatcher.h"
#include "importer/SceneCache.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace showroom::importer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static CacheKey key;
    static ImportOptions options;
    if (!key.valid) {
        const QString source = dir.filePath(QStringLiteral("source.obj"));
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
        f.close();
        options.cacheDir = dir.filePath(QStringLiteral("cache"));
        key = cacheKeyFor(source, options);
    }
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray file("SHRMCACH", 8);
    const auto put = [&file](auto v) { file.append(reinterpret_cast<const char *>(&v), sizeof v); };
    put(quint32(kCacheFormatVersion));
    put(quint32(0x01020304));
    put(quint64(payload.size()));
    put(quint64(hash64(payload.constData(), std::size_t(payload.size()))));
    put(quint32(key.identity.size()));
    file += key.identity + payload;
    QSaveFile out(key.cacheFile);
    if (!QDir().mkpath(options.cacheDir) || !out.open(QIODevice::WriteOnly) ||
        out.write(file) != file.size() || !out.commit())
        return 0;
    ImportedScene scene;
    QString warning;
    if (!loadCachedScene(options.cacheDir, key, scene, &warning))
        return 0;
    BatchPolicy policy;
    policy.maxVerticesPerBatch = 64;
    batchScene(scene, policy);
    for (std::size_t i = 0; i < scene.nodes.size(); ++i)
        scene.worldTransform(int(i));
    return 0;
}
