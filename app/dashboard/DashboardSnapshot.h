// What the dashboard's screens and its PDF report show, as plain values: one snapshot per refresh,
// computed on a worker thread (loadSnapshot, called by DashboardModel and the report) from dashdata's
// queries (DashboardQueries.h) and handed to the GUI thread whole, so a screen never shows half of one
// refresh and half of the next.
#pragma once

#include "dashboard/DashboardQueries.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector3D>
#include <QVector>

namespace showroom::dashboard {

// Heat over a rectangle of the model's ground plane (x right, z down the image; metres), cells row by
// row from the area's top; values >= 0 in any unit (only their proportions are drawn).
struct HeatGrid
{
    int columns = 0;
    int rows = 0;
    QVector<double> cells;
    QRectF area;
    double maximum() const;
    bool isEmpty() const { return columns <= 0 || rows <= 0 || maximum() <= 0; }
};
HeatGrid heatGridOf(const SiteHeatmap &site);

// A unit type's rooms as on its floor plan (DashboardRoomPlan.h reads and paints them).
struct RoomShape
{
    QString id;   // "Living", "Bedroom_1": the id walk events name (room:<unit>/<id>)
    QString name; // as the visitor saw it ("Living / dining")
    int storey = 0;
    QVector<QPolygonF> floor; // interior metres (x, z)
    QPointF centre;
};

struct RoomPlan
{
    QVector<RoomShape> rooms;
    int storeys = 0;
    bool isEmpty() const { return rooms.isEmpty(); }
};

struct RoomPlanImport
{
    QString cacheDir;       // the importer's cache; empty: importer::packageCacheDir(package)
    QString isolatedWorker; // showroom-import, so a crashing reader cannot take the app down; may be empty
};

struct AuditRow
{
    qint64 tsUtcMs = 0;
    QString device, actor, action, subject, detail;
};

struct Snapshot
{
    qint64 asOfUtcMs = 0;
    DashboardRange range;
    QStringList devices; // every device that ever wrote a session
    Overview overview;
    UnitsView units; // by interest
    Heatmaps heatmaps;
    HeatGrid siteHeat;                 // heatmaps.site as a grid
    QList<QRectF> buildingOutlines;    // the buildings' footprints on the site heat's plane (x, z)
    QHash<QString, QImage> planImages; // unit type id -> its floor plan (read on the worker)
    QHash<QString, RoomPlan> roomPlans; // unit type id -> its rooms' floors (from its interior model)
    const RoomPlan *roomPlan(const QString &type) const
    {
        const auto it = roomPlans.constFind(type);
        return it == roomPlans.cend() ? nullptr : &*it;
    }
    VisitorList visitorsByScore, visitorsByLastVisit;
    QList<AuditRow> audit; // newest first
    QString error;         // one line when the database could not be read
};

struct SnapshotRequest
{
    QString databasePath;
    DashboardRange range;
    core::DevelopmentData development;                // statuses, types, plan images (may be empty)
    QList<QPair<QVector3D, QVector3D>> buildingBoxes; // the site's building boxes (model space)
    int visitorLimit = 200;
    RoomPlanImport roomPlanImport; // how interiors are imported for the room plans
    qint64 nowUtcMs = 0; // 0: the wall clock
};

// Opens its own read connection, runs every view's query and reads the plan images. Any thread but
// the GUI thread (it reads the disk). On failure the snapshot's error says why (what was read stays).
Snapshot loadSnapshot(const SnapshotRequest &request);

// The share of `from` that reached `to`, 0..1 (0 when from is 0).
double conversion(qint64 from, qint64 to);

} // namespace showroom::dashboard

Q_DECLARE_METATYPE(showroom::dashboard::Snapshot)
