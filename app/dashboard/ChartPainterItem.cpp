#include "dashboard/ChartPainterItem.h"

#include "dashboard/ChartPainter.h"

namespace showroom::dashboard {

ChartPainterItem::ChartPainterItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setOpaquePainting(false);
}

void ChartPainterItem::setDashboard(DashboardModel *dashboard)
{
    if (dashboard == m_dashboard)
        return;
    disconnect(m_connection);
    m_dashboard = dashboard;
    if (dashboard)
        m_connection = connect(dashboard, &DashboardModel::snapshotChanged, this, [this] { update(); });
    emit dashboardChanged();
    update();
}

void ChartPainterItem::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit kindChanged();
    update();
}

void ChartPainterItem::setUnitType(const QString &type)
{
    if (type == m_unitType)
        return;
    m_unitType = type;
    emit kindChanged();
    update();
}

void ChartPainterItem::setTextPixelSize(qreal px)
{
    if (qFuzzyCompare(px, m_textPx) || px <= 0)
        return;
    m_textPx = px;
    emit kindChanged();
    update();
}

void ChartPainterItem::paint(QPainter *painter)
{
    if (!m_dashboard || width() <= 0 || height() <= 0)
        return;
    const Snapshot &snap = m_dashboard->snapshot();
    ChartStyle style;
    style.textPx = m_textPx;
    style.locale = QLocale();
    const QRectF r(0, 0, width(), height());
    PaintStats stats;
    switch (m_kind) {
    case Funnel:
        stats = paintFunnel(*painter, r, snap.overview.total.funnel, style);
        break;
    case Daily:
        stats = paintDaily(*painter, r, snap.overview.days, style);
        break;
    case TopUnits:
        stats = paintTopUnits(*painter, r, snap.units.units, 10, style);
        break;
    case SiteHeat:
        stats = paintHeat(*painter, r, snap.siteHeat, QImage(), snap.buildingOutlines, style);
        break;
    case PlanHeat:
        for (const UnitTypeHeatmap &t : snap.heatmaps.unitTypes) {
            if (t.type == m_unitType) {
                stats = paintRoomHeat(*painter, r, t, snap.planImages.value(t.type), style,
                                      snap.roomPlan(t.type));
                break;
            }
        }
        break;
    }
    if (stats.marks != m_marks) {
        m_marks = stats.marks;
        // After painting (the render thread may be waiting on this paint): tell QML on the next turn.
        QMetaObject::invokeMethod(this, &ChartPainterItem::marksChanged, Qt::QueuedConnection);
    }
}

} // namespace showroom::dashboard
