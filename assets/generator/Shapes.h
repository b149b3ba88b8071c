// Flat-shaded solids for the generator: boxes, wall/path segments, gable roofs, cylinders/cones and
// icospheres. Every face gets its own vertices, an outward normal and metre-scaled UVs.
#pragma once

#include "Glb.h"

#include <QMatrix4x4>
#include <QVector2D>
#include <QVector3D>

namespace demo {

// Axis-aligned box [min, max], optionally placed by `xf` (rotation + translation only).
void addBox(MeshData &m, const QVector3D &min, const QVector3D &max, const QMatrix4x4 &xf = QMatrix4x4());
// A straight strip from a to b (XZ plane), `width` across, from y0 to y1: paths, hedges, walls.
void addSegment(MeshData &m, const QVector2D &a, const QVector2D &b, float width, float y0, float y1);
// A solid gable roof over [x0,x1] x [z0,z1] with its ridge along Z at the centre of x.
void addGableRoof(MeshData &m, float x0, float x1, float z0, float z1, float yEave, float yRidge);
// A prism (topRadius == radius) or a cone / frustum around a vertical axis.
void addCylinder(MeshData &m, const QVector3D &base, float radius, float height, int sides, float topRadius);
// An icosphere, flattened or stretched vertically by ySquash.
void addIcosphere(MeshData &m, const QVector3D &centre, float radius, int subdivisions, float ySquash = 1);

} // namespace demo
