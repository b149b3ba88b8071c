// The dashboard's charts drawn with QPainter, once: the screens paint them through ChartPainterItem
// (a QQuickPaintedItem) and the PDF report (DashboardReport) paints the same functions onto its pages,
// so what staff see and what they print cannot drift apart. Pure drawing: no data access, any thread.
#pragma once

#include "dashboard/DashboardSnapshot.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QRectF>

namespace showroom::dashboard {

struct ChartStyle
{
    // The showroom's palette (qml/components/Theme.qml).
    QColor ink{0x22, 0x26, 0x2b};
    QColor inkSoft{0x5f, 0x66, 0x70};
    QColor paper{0xf7, 0xf5, 0xf0};
    QColor paperEdge{0xe4, 0xe0, 0xd6};
    QColor accent{0xd9, 0x82, 0x2b};
    QString fontFamily = QStringLiteral("DejaVu Sans");
    qreal textPx = 17; // label size in device pixels (screen) or points x resolution (PDF)
    QLocale locale;
};

// Interest as a colour: pale sand (t = 0) through amber to a deep brick red (t = 1); readable on paper.
QColor heatColour(double t);

// What a paint function drew, for tests ("chart pixels drawn") and for the item's property.
struct PaintStats
{
    int marks = 0; // bars, cells or points drawn with a value above zero
};

// The funnel: one bar per step, as wide as its share of the first step, its count inside or beside
// it and the conversion from the step before ("62% of the step before").
PaintStats paintFunnel(QPainter &p, const QRectF &r, const QList<FunnelStage> &steps, const ChartStyle &s);
// Visitors per day as columns, leads as accent dots on them, a few date labels under the axis.
PaintStats paintDaily(QPainter &p, const QRectF &r, const QList<DayFigures> &days, const ChartStyle &s);
// The most looked-at units as horizontal bars of their views, coloured by heat, status beside them.
PaintStats paintTopUnits(QPainter &p, const QRectF &r, const QList<UnitInterest> &units, int count,
                         const ChartStyle &s);
// Heat over a plan: the background (a floor plan; may be null) fitted into r keeping its proportions,
// then the grid's cells as translucent heat, then outlines (building footprints, in the grid's area
// coordinates). Returns the marks drawn (cells with heat).
PaintStats paintHeat(QPainter &p, const QRectF &r, const HeatGrid &grid, const QImage &background,
                     const QList<QRectF> &outlines, const ChartStyle &s);
// A unit type's rooms: on the left its floor plan with each room in the heat of the time spent in it and
// the most walked steps (rooms: its interior's room shapes, DashboardRoomPlan.h), or without those the
// plan image (may be null); on the right the rooms by time lingered as heat-coloured bars, with the most
// walked routes under them.
PaintStats paintRoomHeat(QPainter &p, const QRectF &r, const UnitTypeHeatmap &type, const QImage &plan,
                         const ChartStyle &s, const RoomPlan *rooms = nullptr);
// The legend strip of heatColour with "less" and "more" at its ends.
void paintHeatLegend(QPainter &p, const QRectF &r, const ChartStyle &s, const QString &less,
                     const QString &more);

// "12,400", "1.2 M" style counts; "3 min 20 s" durations (locale-aware digits).
QString countText(qint64 value, const QLocale &locale);
QString durationText(qint64 ms);

} // namespace showroom::dashboard
