// Seed corpora for the fuzz targets, written by our own generators (tests/importer/fixtures). Used by
// the replay tests (every CI run) and by run-fuzz.sh (libFuzzer starts from them).
#pragma once

#include <QByteArray>
#include <QString>

namespace showroom::fuzz {

// Target ids: "import", "manifest", "cache". Writes the seeds into `dir`; returns how many.
int writeSeeds(const QString &target, const QString &dir);

// The payload (after header and identity) of the cache entry importing `model` produces.
QByteArray cachePayloadOf(const QString &model, const QString &cacheDir);

// The import target's input is one selector byte (which file extension the bytes are saved under)
// followed by the file's bytes; these are the extensions, indexed by selector % count.
inline constexpr const char *kImportExtensions[] = {"glb", "gltf", "obj", "fbx", "ifc", "ply", "stl", "dae"};
inline constexpr int kImportExtensionCount = int(sizeof(kImportExtensions) / sizeof(kImportExtensions[0]));

} // namespace showroom::fuzz
