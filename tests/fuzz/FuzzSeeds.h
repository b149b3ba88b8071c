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
// followed by the file's bytes; these are the extensions, indexed by selector % count. IFC is not among
// them: Assimp 5.2's IFC reader crashes on many malformed files (dangling references and unknown entity
// types found so far; the first is now prechecked), which in-process fuzzing would report forever. IFC
// is safe only through ImportOptions::isolatedWorker (docs/importer.md).
inline constexpr const char *kImportExtensions[] = {"glb", "gltf", "obj", "fbx", "ply", "stl", "dae"};
inline constexpr int kImportExtensionCount = int(sizeof(kImportExtensions) / sizeof(kImportExtensions[0]));

} // namespace showroom::fuzz
