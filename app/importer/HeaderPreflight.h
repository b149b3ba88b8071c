// Counts that formats state up front, checked against the bytes that actually follow, before Assimp
// allocates for them ("element vertex 4000000000" in a 200-byte PLY, an FBX array claiming billions of
// doubles in a 20-byte deflate stream, a Collada count="..." larger than the file). glTF has its own,
// deeper check (GltfPreflight.h).
#pragma once

#include "importer/ModelImporter.h"

namespace showroom::importer {

// Empty when the file may be handed to Assimp, otherwise the reason (without the file name).
QString preflightPly(const QString &path, const ImportLimits &limits);
QString preflightFbx(const QString &path, const ImportLimits &limits); // binary and ASCII
QString preflightCollada(const QString &path, const ImportLimits &limits);
// IFC (STEP): every "#N" an entity refers to must be defined; Assimp's IFC reader dereferences a
// dangling reference without checking (a crash found by fuzz_import).
QString preflightStep(const QString &path, const ImportLimits &limits);

} // namespace showroom::importer
