// A buyer's choice of interior finishes: one palette per surface class, the rest standard.
#pragma once

#include "core/DevelopmentData.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace showroom::core {

// surface class ("floor", "wall", ...) -> palette id; a class not in the map = standard
using FinishChoice = QMap<QString, QString>;

// Every class any palette has, in a stable order (floor, wall, kitchen, worktop, bathroom, door, then
// others sorted).
QStringList surfaceClasses(const DevelopmentData &data);

// The palette with "standard": true, else the first; "" without palettes.
QString standardPaletteId(const DevelopmentData &data);

// The palette a class gets when nothing is chosen: the standard palette if it has the class, else the
// first palette that does; "" for an unknown class.
QString standardPaletteIdFor(const DevelopmentData &data, const QString &surfaceClass);

// The palettes that offer a class, in manifest order.
QStringList paletteIdsFor(const DevelopmentData &data, const QString &surfaceClass);

// "floor=urban,wall=sage" (spaces allowed around the parts; "" = all standard). On error returns {} and
// sets *error naming the part and the valid classes or palettes. Choosing a class's standard palette
// leaves it out of the map.
FinishChoice parseFinishChoice(const QString &text, const DevelopmentData &data, QString *error);

// "floor=urban,wall=sage", sorted by class; "" for all standard.
QString formatFinishChoice(const FinishChoice &choice);

// The choice without entries the development does not know and without standard ones: what is worth
// storing, showing and recording.
FinishChoice normalizedFinishChoice(const DevelopmentData &data, const FinishChoice &choice);

// Sum over chosen surfaces of the palette surface's optional "priceDelta" (EUR).
double finishPriceDelta(const DevelopmentData &data, const FinishChoice &choice);

// The finish a class shows under this choice: the chosen palette's surface, else the standard one.
// Never null for a known class; null for a class no palette has.
const Surface *chosenSurface(const DevelopmentData &data, const FinishChoice &choice,
                             const QString &surfaceClass);

// The palette by id, or null.
const FinishPalette *finishPalette(const DevelopmentData &data, const QString &paletteId);

} // namespace showroom::core
