// libFuzzer target: the core helper's manifest parser over arbitrary bytes (no package folder, so only
// the spelling of referenced paths is checked).
#include "core/ManifestLoader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const showroom::core::ManifestResult r = showroom::core::parseManifest(json, QString());
    // Either it is valid, or it says why.
    if (!r.ok() && r.errors.first().isEmpty())
        std::abort();
    return 0;
}
