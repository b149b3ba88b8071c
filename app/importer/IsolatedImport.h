// Crash isolation: the cold import run in a child process, `<isolatedWorker> convert MODEL SCENEFILE`
// (a `showroom-import`), which hands the scene back as a cache-format file. Assimp's readers are
// third-party C++ that fuzzing keeps crashing; in the child a crash (or a hang past the time limit) is an
// ImportResult::error, not the caller's death. Nothing from the child is trusted: the scene file is
// checksummed and structurally validated like any cache entry. The child's side is convertToSceneFile
// (declared in ModelImporter.h, defined in IsolatedImport.cpp).
#pragma once

#include "importer/ModelImporter.h"

namespace showroom::importer {

// Starts options.isolatedWorker, waits up to limits.timeoutMs (+5 s), and loads its scene file. Errors keep
// the child's in-process wording ("<file>: <reason>"); a crash gives "<file>: the model reader crashed on
// this file ...". Progress: 0.05 at start, 1 at the end.
ImportResult importInChildProcess(const QString &path, const ImportOptions &options);

} // namespace showroom::importer
