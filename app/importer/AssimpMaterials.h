// Assimp materials -> our PBR Material: base colour (else diffuse, opacity into alpha), metallic and
// roughness (from the Phong exponent when the format has no PBR), emissive, double-sided, and the
// base-colour texture as an absolute path. Embedded textures (GLB, FBX) are written once, named by a hash
// of their bytes, to <cacheDir>/textures (or $TMPDIR/showroom-textures); a named texture nobody shipped
// is a warning and goes to ImportedScene::missingTextures.
#pragma once

#include "importer/ImportedScene.h"
#include "importer/ModelImporter.h"

struct aiScene;
struct aiMaterial;

namespace showroom::importer {

// `modelDir`: the model file's folder (relative texture paths start there). Warnings and missing textures
// go to `out`.
Material convertMaterial(const aiScene *scene, const aiMaterial *m, const QString &modelDir,
                         const ImportOptions &options, ImportedScene &out);

} // namespace showroom::importer
