#include "dashboard/DashboardReport.h"

#include "dashboard/ChartPainter.h"
#include "dashboard/DashboardTables.h"
#include "staff/AuditLog.h"
#include "telemetry/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace showroom::dashboard {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("DashboardReport", text);
}

// One page's drawing helpers: points to device pixels, a cursor running down the page.
struct Page
{
    QPainter &p;
    ChartStyle style;
    QRectF body;
    qreal y = 0;
    qreal pt = 1; // device pixels per point

    QFont font(qreal points, bool bold = false) const
    {
        QFont f(style.fontFamily);
        f.setPixelSize(int(points * pt));
        f.setBold(bold);
        return f;
    }
    void text(const QString &t, qreal points, const QColor &colour, bool bold = false, qreal after = 4)
    {
        p.setFont(font(points, bold));
        p.setPen(colour);
        const QRectF box(body.left(), y, body.width(), points * pt * 1.6);
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, t);
        y += box.height() + after * pt;
    }
    void heading(const QString &t)
    {
        y += 6 * pt;
        text(t, 15, style.ink, true, 2);
        p.setPen(QPen(style.accent, 1.5 * pt));
        p.drawLine(QPointF(body.left(), y), QPointF(body.left() + 40 * pt, y));
        y += 8 * pt;
    }
    QRectF take(qreal heightPoints)
    {
        const QRectF r(body.left(), y, body.width(), heightPoints * pt);
        y += r.height() + 8 * pt;
        return r;
    }
};

void kpiTiles(Page &page, const Snapshot &snap)
{
    const OverviewFigures &f = snap.overview.total;
    const QLocale &l = page.style.locale;
    const QList<QPair<QString, QString>> tiles = {
        {say(QT_TRANSLATE_NOOP("DashboardReport", "Visitors")), l.toString(f.visitors)},
        {say(QT_TRANSLATE_NOOP("DashboardReport", "Engaged sessions")), l.toString(f.engagedSessions)},
        {say(QT_TRANSLATE_NOOP("DashboardReport", "Avg. engaged time")), durationText(f.averageEngagedMs)},
        {say(QT_TRANSLATE_NOOP("DashboardReport", "Leads")), l.toString(f.leads)},
        {say(QT_TRANSLATE_NOOP("DashboardReport", "Returning visitors")), l.toString(f.returningVisitors)}};
    const QRectF row = page.take(52);
    const qreal gap = 8 * page.pt;
    const qreal w = (row.width() - gap * (tiles.size() - 1)) / tiles.size();
    for (int i = 0; i < tiles.size(); ++i) {
        const QRectF tile(row.left() + i * (w + gap), row.top(), w, row.height());
        page.p.setPen(QPen(page.style.paperEdge, page.pt));
        page.p.setBrush(page.style.paper);
        page.p.drawRoundedRect(tile, 6 * page.pt, 6 * page.pt);
        // The figure as large as fits the tile ("7 min 19 s" is wider than a count).
        const QRectF figure = tile.adjusted(8 * page.pt, 6 * page.pt, -6 * page.pt, -20 * page.pt);
        qreal size = 19;
        while (size > 10 && QFontMetricsF(page.font(size, true)).horizontalAdvance(tiles.at(i).second) > figure.width())
            size -= 1;
        page.p.setFont(page.font(size, true));
        page.p.setPen(page.style.ink);
        page.p.drawText(figure, Qt::AlignLeft | Qt::AlignVCenter, tiles.at(i).second);
        page.p.setFont(page.font(8.5));
        page.p.setPen(page.style.inkSoft);
        page.p.drawText(tile.adjusted(8 * page.pt, 30 * page.pt, -6 * page.pt, -4 * page.pt),
                        Qt::AlignLeft | Qt::AlignVCenter, tiles.at(i).first);
    }
}

// A table: header and rows of cells in given column widths (shares of the body's width).
void table(Page &page, const QStringList &header, const QList<QStringList> &rows, const QList<qreal> &shares)
{
    const qreal rowH = 15 * page.pt;
    auto drawRow = [&](const QStringList &cells, bool bold, const QColor &colour) {
        qreal x = page.body.left();
        page.p.setFont(page.font(8.5, bold));
        page.p.setPen(colour);
        for (int c = 0; c < cells.size() && c < shares.size(); ++c) {
            const qreal w = page.body.width() * shares.at(c);
            const QRectF cell(x, page.y, w - 4 * page.pt, rowH);
            page.p.drawText(
                cell, (c == 0 ? Qt::AlignLeft : Qt::AlignLeft) | Qt::AlignVCenter,
                QFontMetricsF(page.p.font()).elidedText(cells.at(c), Qt::ElideRight, cell.width()));
            x += w;
        }
        page.y += rowH;
    };
    drawRow(header, true, page.style.inkSoft);
    page.p.setPen(QPen(page.style.paperEdge, page.pt));
    page.p.drawLine(QPointF(page.body.left(), page.y), QPointF(page.body.right(), page.y));
    for (const QStringList &r : rows)
        drawRow(r, false, page.style.ink);
    page.y += 6 * page.pt;
}

} // namespace

bool writeReport(const Snapshot &snap, const QString &developmentName, const QString &path,
                 const ReportOptions &options, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = say(QT_TRANSLATE_NOOP("DashboardReport", "cannot make the folder %1"))
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(200);
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    writer.setTitle(say(QT_TRANSLATE_NOOP("DashboardReport", "Sales dashboard")));
    writer.setCreator(QStringLiteral("Showroom"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error =
            say(QT_TRANSLATE_NOOP("DashboardReport", "cannot write %1")).arg(QDir::toNativeSeparators(path));
        return false;
    }
    Page page{painter, ChartStyle(), QRectF(0, 0, writer.width(), writer.height())};
    page.pt = writer.resolution() / 72.0;
    page.style.locale = options.locale;
    page.style.textPx = 8.5 * page.pt;
    const QLocale &l = options.locale;

    // 1: the overview.
    page.text(say(QT_TRANSLATE_NOOP("DashboardReport", "SALES DASHBOARD")), 9, page.style.accent, true, 0);
    page.text(developmentName.isEmpty() ? say(QT_TRANSLATE_NOOP("DashboardReport", "Showroom"))
                                        : developmentName,
              22, page.style.ink, true, 0);
    const QString device = snap.range.device.isEmpty()
                               ? say(QT_TRANSLATE_NOOP("DashboardReport", "all devices"))
                               : snap.range.device;
    page.text(say(QT_TRANSLATE_NOOP("DashboardReport", "%1 – %2 · %3 · as of %4"))
                  .arg(l.toString(QDateTime::fromMSecsSinceEpoch(snap.range.fromUtcMs, Qt::UTC).date(),
                                  QStringLiteral("d MMM yyyy")),
                       l.toString(QDateTime::fromMSecsSinceEpoch(snap.range.toUtcMs, Qt::UTC).date(),
                                  QStringLiteral("d MMM yyyy")),
                       device, tables::timeText(snap.asOfUtcMs, l)),
              9.5, page.style.inkSoft, false, 10);
    if (!snap.error.isEmpty())
        page.text(say(QT_TRANSLATE_NOOP("DashboardReport", "Could not read everything: %1")).arg(snap.error),
                  9, QColor(0xb3, 0x26, 0x1e));
    kpiTiles(page, snap);
    page.heading(say(QT_TRANSLATE_NOOP("DashboardReport", "Funnel")));
    paintFunnel(painter, page.take(200), snap.overview.total.funnel, page.style);
    page.heading(say(QT_TRANSLATE_NOOP("DashboardReport", "Visitors per day")));
    paintDaily(painter, page.take(150), snap.overview.days, page.style);

    // 2: the homes.
    writer.newPage();
    page.y = 0;
    page.heading(say(QT_TRANSLATE_NOOP("DashboardReport", "Most wanted homes")));
    paintTopUnits(painter, page.take(230), snap.units.units, 12, page.style);
    QList<QStringList> rows;
    for (int i = 0; i < snap.units.units.size() && rows.size() < 22; ++i) {
        const UnitInterest &u = snap.units.units.at(i);
        rows.append({tables::unitLabel(u.unitId), tables::statusText(u.status), l.toString(u.views),
                     durationText(u.engagedMs), durationText(u.insideMs), l.toString(u.favourites),
                     l.toString(u.brochures), l.toString(u.leads), tables::classText(u.unitClass)});
    }
    table(
        page,
        {say(QT_TRANSLATE_NOOP("DashboardReport", "Home")), say(QT_TRANSLATE_NOOP("DashboardReport", "Status")),
         say(QT_TRANSLATE_NOOP("DashboardReport", "Views")),
         say(QT_TRANSLATE_NOOP("DashboardReport", "Engaged")),
         say(QT_TRANSLATE_NOOP("DashboardReport", "Inside")),
         say(QT_TRANSLATE_NOOP("DashboardReport", "Favourites")),
         say(QT_TRANSLATE_NOOP("DashboardReport", "Brochures")),
         say(QT_TRANSLATE_NOOP("DashboardReport", "Leads")), say(QT_TRANSLATE_NOOP("DashboardReport", "Note"))},
        rows, {0.09, 0.1, 0.08, 0.13, 0.13, 0.1, 0.1, 0.07, 0.2});
    // Availability beside interest: how many of each kind.
    int hot = 0, wanted = 0, nobody = 0;
    for (const UnitInterest &u : snap.units.units) {
        hot += u.unitClass == UnitClass::HotAvailable;
        wanted += u.unitClass == UnitClass::SoldStillWanted;
        nobody += u.unitClass == UnitClass::NobodyLooks;
    }
    page.text(
        say(QT_TRANSLATE_NOOP("DashboardReport", "%1 hot homes still available · %2 reserved or sold homes "
                                                "still drawing interest · %3 homes nobody looked at"))
            .arg(hot)
            .arg(wanted)
            .arg(nobody),
        9, page.style.inkSoft);

    // 3: where they looked, and the leads.
    writer.newPage();
    page.y = 0;
    page.heading(say(QT_TRANSLATE_NOOP("DashboardReport", "Where visitors looked over the site")));
    paintHeat(painter, page.take(250), snap.siteHeat, QImage(), snap.buildingOutlines, page.style);
    paintHeatLegend(painter, page.take(14).adjusted(0, 0, -page.body.width() * 0.55, 0), page.style,
                    say(QT_TRANSLATE_NOOP("DashboardReport", "less time")),
                    say(QT_TRANSLATE_NOOP("DashboardReport", "more time")));
    if (!snap.heatmaps.unitTypes.isEmpty()) {
        const UnitTypeHeatmap &type = snap.heatmaps.unitTypes.first();
        page.heading(say(QT_TRANSLATE_NOOP("DashboardReport",
                                          "Inside type %1: where visitors lingered (%2 visits inside)"))
                         .arg(type.type, l.toString(type.insides)));
        paintRoomHeat(painter, page.take(170), type, snap.planImages.value(type.type), page.style,
                      snap.roomPlan(type.type));
    }
    writer.newPage();
    page.y = 0;
    page.heading(say(QT_TRANSLATE_NOOP("DashboardReport", "Top leads (by pseudonym)")));
    rows.clear();
    for (const VisitorListRow &v : snap.visitorsByScore.rows) {
        if (rows.size() >= 30)
            break;
        rows.append({v.visitor.left(8), l.toString(v.leadScore), tables::timeText(v.lastVisitUtcMs, l),
                     l.toString(v.sessions), durationText(v.engagedMs), tables::unitLabel(v.topUnit),
                     v.hasLead ? say(QT_TRANSLATE_NOOP("DashboardReport", "yes")) : QString()});
    }
    table(page,
          {say(QT_TRANSLATE_NOOP("DashboardReport", "Visitor")),
           say(QT_TRANSLATE_NOOP("DashboardReport", "Score")),
           say(QT_TRANSLATE_NOOP("DashboardReport", "Last visit")),
           say(QT_TRANSLATE_NOOP("DashboardReport", "Visits")),
           say(QT_TRANSLATE_NOOP("DashboardReport", "Engaged")),
           say(QT_TRANSLATE_NOOP("DashboardReport", "Top home")),
           say(QT_TRANSLATE_NOOP("DashboardReport", "Lead"))},
          rows, {0.14, 0.08, 0.25, 0.08, 0.15, 0.14, 0.1});
    if (!painter.end()) {
        *error =
            say(QT_TRANSLATE_NOOP("DashboardReport", "cannot finish %1")).arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString makeReportFile(const SnapshotRequest &request, const QString &path, const ReportOptions &options)
{
    const Snapshot snap = loadSnapshot(request);
    if (!snap.error.isEmpty() && snap.asOfUtcMs <= 0)
        return snap.error;
    QString error;
    if (!writeReport(snap, request.development.development.name, path, options, &error))
        return error;
    // The report holds no personal data, but it leaves the machine: staff's audit log says who made it.
    telemetry::sql::Connection db;
    telemetry::OpenOptions open;
    open.mode = telemetry::OpenOptions::ExistingOnly;
    if (const auto opened = telemetry::openDatabase(db, request.databasePath, open); !opened.ok)
        return opened.error;
    staff::AuditEntry entry;
    entry.action = QString::fromLatin1(staff::action::kReportExported);
    entry.subject = QFileInfo(path).absoluteFilePath();
    entry.actor = options.auditActor;
    if (!staff::AuditLog::record(db, entry, &error))
        return error;
    return QString();
}

} // namespace showroom::dashboard
