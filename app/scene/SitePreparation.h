// The worker side of SiteModel: everything that can happen without touching Qt Quick. Imports the
// model (importer::importModel), batches it (importer::batchScene, by unit and stage), merges each
// stage's units into one batch whose vertices carry material and unit number (UnitPacking.h),
// interleaves vertices and packs instance tables. Runs on a QtConcurrent worker; the result is plain
// byte arrays the GUI thread turns into BatchGeometry / BatchInstancing.
#pragma once

#include "importer/ImportedScene.h"
#include "scene/BatchGeometry.h"
#include "scene/SiteRequest.h"

#include <QByteArray>
#include <QHash>
#include <QMatrix4x4>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QVector3D>
#include <memory>
#include <vector>

namespace showroom::scene {

struct PreparedBatch
{
    GeometryData geometry;
    QByteArray instances; // empty for plain batches
    int instanceCount = 0;
    importer::Material material;
    QVector3D worldMin, worldMax; // instanced: over every copy
    QString unitId;
    QString stage;
    qint64 triangles = 0;
    bool holdsUnits = false; // all units of a stage merged: material and unit number per vertex
};

// Where a unit stands: its node's world transform (the interior's placement) and, when the model has a
// `<id>_Balcony` or `<id>_Terrace` child, the centre of that node's world box (the balcony view's spot).
struct UnitFrame
{
    QMatrix4x4 transform;
    bool hasBalcony = false;
    QVector3D balconyCentre;
};

struct PreparedSite
{
    QString error;
    QStringList warnings;
    std::vector<PreparedBatch> batches;
    QHash<QString, int> unitNumbers;             // unit id -> 1-based number in merged geometry
    QHash<QString, importer::Bounds> unitBounds; // of merged units, world space
    QHash<QString, UnitFrame> unitFrames;        // unit id -> its node's frame
};

// Progress 0..1000 on the promise; one result (error set on failure), none if cancelled midway.
void prepareSite(QPromise<std::shared_ptr<PreparedSite>> &promise, const SiteRequest &request);

} // namespace showroom::scene
