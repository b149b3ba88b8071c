// The Assimp side of a cold import: runs one Assimp::Importer (triangulate, smooth normals where missing,
// join identical vertices, validate, drop points and lines; aborted at its next checkpoint after
// ImportLimits::timeoutMs) and copies its aiScene into our plain ImportedScene: meshes (dropping
// non-finite, out-of-range and zero-area triangles, see DroppedTriangles), materials (AssimpMaterials.h),
// the node tree (iterative, depth- and count-limited; IFC names cleaned to the element's own name), then
// metres and +Y up (UnitsAndAxes.h). Assumes the file passed the preflights (GltfPreflight.h,
// HeaderPreflight.h), which keep Assimp from allocating or recursing on lies.
#pragma once

#include "importer/ModelImporter.h"
#include "importer/SourceFormat.h"

namespace showroom::importer {

// ImportResult::error is "<file>: <reason>". Thread-safe: everything it uses is local to the call.
ImportResult importWithAssimp(const QString &path, const SourceFormat &format, const ImportOptions &options);

} // namespace showroom::importer
