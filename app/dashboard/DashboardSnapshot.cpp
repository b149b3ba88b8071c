#include "dashboard/DashboardSnapshot.h"

#include "telemetry/Database.h"

#include <QDateTime>
#include <QDir>
#include <QImageReader>

#include <algorithm>

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
    snap.planImages = readPlans(request.development, snap.heatmaps);
    return snap;
}

} // namespace showroom::dashboard
