// libFuzzer target: importModel() over arbitrary bytes saved under one of several model extensions (the
// first input byte picks it), then batching and a cache round trip of whatever imported.
#include "FuzzSeeds.h"
#include "importer/ModelImporter.h"
#include "importer/SceneBatcher.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace showroom::importer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (size < 1 || !dir.isValid())
        return 0;
    const char *ext = showroom::fuzz::kImportExtensions[data[0] % showroom::fuzz::kImportExtensionCount];
    const QString file = dir.filePath(QStringLiteral("input.") + QLatin1String(ext));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1));
    }
    ImportOptions options;
    options.cacheDir = dir.filePath(QStringLiteral("cache"));
    options.limits.maxVertices = 2'000'000;
    options.limits.maxTriangles = 2'000'000;
    options.limits.maxNodes = 100'000;
    options.limits.timeoutMs = 10'000;
    const ImportResult cold = importModel(file, options);
    if (!cold.ok()) {
        // The contract: a failure names the file and says why.
        if (!cold.error.startsWith(QDir::toNativeSeparators(file) + QStringLiteral(": ")))
            std::abort();
        return 0;
    }
    BatchPolicy policy;
    policy.groupOf = [&cold](int node) {
        return cold.scene.nodes[std::size_t(node)].name.startsWith(QLatin1String("Unit_"))
                   ? cold.scene.nodes[std::size_t(node)].name
                   : QString();
    };
    policy.maxVerticesPerBatch = 1000;
    const BatchedScene batched = batchScene(cold.scene, policy);
    if (batched.sourceDrawCalls < batched.batches.size() && batched.instanced.empty() &&
        batched.batches.size() > 1000000)
        std::abort();
    const ImportResult warm = importModel(file, options);
    if (!warm.ok() || warm.scene.nodes.size() != cold.scene.nodes.size() ||
        warm.scene.triangleCount() != cold.scene.triangleCount())
        std::abort();
    return 0;
}
