#include "dashboard/DashboardSnapshot.h"

#include "dashboard/DashboardRoomPlan.h"

#include "telemetry/Database.h"

#include <QDateTime>
#include <QDir>
#include <QImageReader>

#include <algorithm>
#include <cmath>

namespace showroom::dashboard {

namespace {

// The staff audit log (app/staff's table), newest first; an older database without it has none.
void readAudit(telemetry::sql::Connection &db, QList<AuditRow> *out)
{
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'staff_audit'", 0) <= 0)
        return;
    telemetry::sql::Statement q(db, "SELECT ts_utc, device, actor, action, subject, detail FROM staff_audit "
                                    "ORDER BY ts_utc DESC, id DESC LIMIT ?1");
    if (!q.isValid())
        return;
    q.bind(1, qint64(500));
    while (q.step() == 100 /* SQLITE_ROW */)
        out->append({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
}

// Floor plans are small images in the package; read here so the GUI thread never touches the disk.
QHash<QString, QImage> readPlans(const core::DevelopmentData &development, const Heatmaps &heat)
{
    QHash<QString, QImage> plans;
    const QDir package(development.packageDir);
    for (const UnitTypeHeatmap &type : heat.unitTypes) {
        for (const core::UnitType &t : development.unitTypes) {
            if (t.id != type.type || t.plan.isEmpty() || plans.contains(t.id))
                continue;
            QImageReader reader(package.filePath(t.plan));
            reader.setAutoTransform(true);
            // Plans can be print-sized; 1600 px is plenty for a screen or an A4 page.
            const QSize size = reader.size();
            if (size.isValid() && std::max(size.width(), size.height()) > 1600)
                reader.setScaledSize(size.scaled(1600, 1600, Qt::KeepAspectRatio));
            const QImage image = reader.read();
            if (!image.isNull())
                plans.insert(t.id, image);
        }
    }
    return plans;
}

// The heat grid grown with empty cells to cover `want` (the buildings and some ground around them) and at
// least `metres` each way: one busy spot must read as a spot on the site, not as a square filling the plan.
void padGrid(HeatGrid *grid, QRectF want, double metres)
{
    if (grid->columns <= 0 || grid->rows <= 0)
        return;
    const double cellW = grid->area.width() / grid->columns, cellH = grid->area.height() / grid->rows;
    want = want.isNull() ? grid->area : want.united(grid->area);
    if (want.width() < metres)
        want.adjust(-(metres - want.width()) / 2, 0, (metres - want.width()) / 2, 0);
    if (want.height() < metres)
        want.adjust(0, -(metres - want.height()) / 2, 0, (metres - want.height()) / 2);
    const int left = int(std::ceil((grid->area.left() - want.left()) / cellW - 1e-9));
    const int right = int(std::ceil((want.right() - grid->area.right()) / cellW - 1e-9));
    const int top = int(std::ceil((grid->area.top() - want.top()) / cellH - 1e-9));
    const int bottom = int(std::ceil((want.bottom() - grid->area.bottom()) / cellH - 1e-9));
    if (left <= 0 && right <= 0 && top <= 0 && bottom <= 0)
        return;
    const int l = std::max(0, left), r = std::max(0, right), t = std::max(0, top), b = std::max(0, bottom);
    const int columns = grid->columns + l + r, rows = grid->rows + t + b;
    if (qint64(columns) * rows > 250'000)
        return; // (the data side coarsens past that; a plan this large needs no padding)
    QVector<double> cells(columns * rows, 0.0);
    for (int row = 0; row < grid->rows; ++row)
        for (int c = 0; c < grid->columns; ++c)
            cells[(row + t) * columns + c + l] = grid->cells.value(row * grid->columns + c);
    grid->area.adjust(-l * cellW, -t * cellH, r * cellW, b * cellH);
    grid->columns = columns;
    grid->rows = rows;
    grid->cells = cells;
}

} // namespace

HeatGrid heatGridOf(const SiteHeatmap &site)
{
    HeatGrid grid;
    grid.columns = site.columns;
    grid.rows = site.rows;
    grid.area = QRectF(site.originCellX * site.cellSize, site.originCellZ * site.cellSize,
                       site.columns * site.cellSize, site.rows * site.cellSize);
    grid.cells.reserve(site.msPerCell.size());
    for (qint64 ms : site.msPerCell)
        grid.cells.append(double(ms));
    return grid;
}

Snapshot loadSnapshot(const SnapshotRequest &request)
{
    Snapshot snap;
    snap.range = request.range;
    snap.asOfUtcMs = request.nowUtcMs > 0 ? request.nowUtcMs : QDateTime::currentMSecsSinceEpoch();
    telemetry::sql::Connection db;
    telemetry::OpenOptions options;
    options.mode = telemetry::OpenOptions::ExistingOnly;
    options.synchronous = telemetry::Synchronous::Normal;
    const telemetry::OpenResult opened = telemetry::openDatabase(db, request.databasePath, options);
    if (!opened.ok) {
        snap.error = opened.error;
        return snap;
    }
    QString error;
    const qint64 now = request.nowUtcMs;
    // Each view on its own: one that fails leaves the others on screen, with the first problem said.
    auto note = [&](bool ok) {
        if (!ok && snap.error.isEmpty())
            snap.error = error;
    };
    note(deviceList(db, &snap.devices, &error));
    note(overview(db, request.range, &snap.overview, &error, now));
    note(units(db, request.range, request.development, &snap.units, &error, now));
    note(heatmaps(db, request.range, request.development, &snap.heatmaps, &error, now));
    note(visitors(db, request.range, VisitorSort::LeadScore, request.visitorLimit, 0, &snap.visitorsByScore,
                  &error, now));
    note(visitors(db, request.range, VisitorSort::LastVisit, request.visitorLimit, 0,
                  &snap.visitorsByLastVisit, &error, now));
    readAudit(db, &snap.audit);
    if (snap.overview.asOfUtcMs > 0)
        snap.asOfUtcMs = snap.overview.asOfUtcMs;
    snap.siteHeat = heatGridOf(snap.heatmaps.site);
    for (const auto &box : request.buildingBoxes)
        snap.buildingOutlines.append(
            QRectF(QPointF(box.first.x(), box.first.z()), QPointF(box.second.x(), box.second.z())));
    // Without camera samples the plan still shows the buildings (a grid around them).
    if (snap.siteHeat.columns == 0 && !snap.buildingOutlines.isEmpty()) {
        QRectF all;
        for (const QRectF &r : std::as_const(snap.buildingOutlines))
            all = all.united(r);
        snap.siteHeat.area = all.adjusted(-20, -20, 20, 20);
        snap.siteHeat.columns = snap.siteHeat.rows = 1;
        snap.siteHeat.cells = {0.0};
    }
    QRectF buildings;
    for (const QRectF &r : std::as_const(snap.buildingOutlines))
        buildings = buildings.united(r.normalized());
    padGrid(&snap.siteHeat, buildings.isNull() ? QRectF() : buildings.adjusted(-20, -20, 20, 20), 120);
    snap.planImages = readPlans(request.development, snap.heatmaps);
    QStringList walkedTypes;
    for (const UnitTypeHeatmap &type : std::as_const(snap.heatmaps.unitTypes))
        walkedTypes << type.type;
    snap.roomPlans = readRoomPlans(request.development, walkedTypes, request.roomPlanImport);
    return snap;
}

} // namespace showroom::dashboard
