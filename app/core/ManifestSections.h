// The sections of development.json (format: docs/development-package.md): the development, buildings,
// floors, unit types, units, stages, finish palettes, points of interest and camera presets, each read
// into DevelopmentData. References between sections (a floor's or unit's building and level, a unit's
// type) and duplicate ids are checked while reading: sections are read in that fixed order, whatever
// the order of the keys in the file, so a reference only ever needs a section read before it.
// Internal to ManifestLoader.
#pragma once

#include "core/DevelopmentData.h"
#include "core/ManifestReader.h"

#include <QJsonObject>
#include <QString>

namespace showroom::core::manifest {

// Reads the manifest's top-level object into data, reporting every problem to issues. File references
// are checked against packageDir (only their spelling when it is empty).
void parseSections(const QJsonObject &root, const QString &packageDir, Issues &issues, DevelopmentData &data);

} // namespace showroom::core::manifest
