// libFuzzer target over the manifest parser (configure with -DSHOWROOM_FUZZ=ON and clang).
// Any input must produce a result or errors: never a crash, a sanitizer report, a hang or a huge
// allocation. LLVMFuzzerInitialize seeds the corpus folder named by SHOWROOM_FUZZ_SEED_DIR with our own
// valid manifest so the fuzzer starts from the real structure instead of random bytes.
#include "ManifestFixture.h"
#include "core/ManifestLoader.h"

#include <QCoreApplication>
#include <QDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString seedDir = qEnvironmentVariable("SHOWROOM_FUZZ_SEED_DIR");
    if (!seedDir.isEmpty() && QDir().mkpath(seedDir)) {
        const QJsonObject valid = fixture::validManifest();
        fixture::writeFile(QDir(seedDir).filePath("valid.json"), QJsonDocument(valid).toJson());
        fixture::writeFile(QDir(seedDir).filePath("valid-compact.json"),
                           QJsonDocument(valid).toJson(QJsonDocument::Compact));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const showroom::core::ManifestResult r = showroom::core::parseManifest(bytes, QString());
    if (r.ok()) {
        // A manifest that validates must be internally consistent.
        for (const auto &u : r.data.units) {
            if (!r.data.building(u.building) || !r.data.unitType(u.type))
                __builtin_trap();
        }
    }
    return 0;
}
