// Structural checks of a glTF 2.0 file (.gltf or .glb) before Assimp sees it. Assimp's glTF reader trusts
// the file: a node cycle recurses until the stack overflows, a count of billions is allocated as asked.
// This reads only the JSON (and the GLB chunk headers) and checks counts, byte ranges and the node graph.
#pragma once

#include "importer/ModelImporter.h"

namespace showroom::importer {

// Empty when the file may be handed to Assimp, otherwise the reason (without the file name), e.g.
// "accessors[2] needs 4800000000 bytes but bufferViews[1] has 48".
QString preflightGltf(const QString &path, const ImportLimits &limits);

} // namespace showroom::importer
