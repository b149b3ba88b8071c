// libFuzzer target: the importer's own IFC STEP reader (readIfcStructure, used by `showroom-import new`)
// over arbitrary bytes. It runs in the staff's command, not in an isolated child, so it must never crash
// or hang on a hostile or truncated file: either it reads a structure or it says why.
#include "importer/IfcStructure.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        return 0;
    const QString file = dir.filePath(QStringLiteral("input.ifc"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const showroom::importer::IfcStructure s = showroom::importer::readIfcStructure(file);
    if (!s.error.isEmpty())
        return 0;
    // Read without error: the numbers the package is drafted from must be usable.
    if (!std::isfinite(s.metresPerUnit) || s.metresPerUnit <= 0 || !std::isfinite(s.northAngle))
        std::abort();
    for (const auto &storey : s.storeys) {
        if (!std::isfinite(storey.elevation))
            std::abort();
    }
    return 0;
}
