// Units and axes: every scene comes out in metres, +Y up. Decides the scale and the rotation from, in
// this order, the caller's override, the file's own metadata (FBX's UnitScaleFactor and axes; IFC and
// Collada are converted by Assimp's readers), the format's convention; applies them to the plain scene.
// Knows nothing of Assimp: the metadata arrives through a lookup. Rules: docs/importer.md.
#pragma once

#include "importer/ImportedScene.h"
#include "importer/ModelImporter.h"
#include "importer/SourceFormat.h"

#include <QMatrix4x4>
#include <QString>
#include <QStringList>
#include <functional>

namespace showroom::importer {

struct UnitsAndAxes
{
    QMatrix4x4 rotation; // applied to the root
    float scale = 1;     // conjugated into every transform and position
    QString upAxisSource = QStringLiteral("+Y");
    bool unitFromMetadata = false; // false: metres were assumed (OBJ, STL, PLY ...)
};

// A numeric entry of the file's metadata ("UnitScaleFactor", "UpAxis", "UpAxisSign", ...): true and `out`
// set when present, false (and `out` untouched) when not.
using MetadataNumber = std::function<bool(const char *key, double &out)>;

// The conversion for a file of `kind`; appends a warning for an unusable override or an assumed unit.
UnitsAndAxes decideUnitsAndAxes(SourceKind kind, const MetadataNumber &metadata, const ImportOptions &options,
                                QStringList &warnings);

// Scales positions and node translations (S M S^-1: transforms stay rigid), rotates the root, and sets
// scene.scaleApplied / upAxisSource.
void applyUnitsAndAxes(ImportedScene &scene, const UnitsAndAxes &conv);

// When the file states no unit and metres were assumed: a warning if the model's extent says otherwise
// (over 2,000 m: probably centimetres; over 20,000 m: probably millimetres). No automatic rescale.
void warnIfSizeContradictsMetres(ImportedScene &scene, const UnitsAndAxes &conv);

} // namespace showroom::importer
