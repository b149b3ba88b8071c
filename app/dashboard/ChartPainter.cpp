#include "dashboard/ChartPainter.h"

#include "dashboard/DashboardRoomPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace showroom::dashboard {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("ChartPainter", text);
}

QFont fontOf(const ChartStyle &s, qreal factor = 1.0, bool bold = false)
{
    QFont f(s.fontFamily);
    f.setPixelSize(std::max(6, int(std::round(s.textPx * factor))));
    f.setBold(bold);
    return f;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(
        float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t), float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

void noData(QPainter &p, const QRectF &r, const ChartStyle &s)
{
    p.setFont(fontOf(s));
    p.setPen(s.inkSoft);
    p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap,
               say(QT_TRANSLATE_NOOP("ChartPainter", "No visits in this period yet")));
}

} // namespace

QColor heatColour(double t)
{
    // Stops chosen to stay apart for colour-blind readers too: lightness falls all the way.
    static const QColor stops[] = {QColor(0xf3, 0xe9, 0xd2), QColor(0xf6, 0xc4, 0x6a),
                                   QColor(0xe8, 0x8a, 0x2e), QColor(0xc4, 0x4d, 0x24),
                                   QColor(0x7f, 0x1d, 0x1d)};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    return mix(stops[i], stops[i + 1], t - i);
}

QString countText(qint64 value, const QLocale &locale)
{
    if (value >= 10'000'000)
        return locale.toString(double(value) / 1e6, 'f', 1) + QStringLiteral(" M");
    return locale.toString(value);
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 500) / 1000);
    if (s < 60)
        return say(QT_TRANSLATE_NOOP("ChartPainter", "%1 s")).arg(s);
    if (s < 3600)
        return s % 60 ? say(QT_TRANSLATE_NOOP("ChartPainter", "%1 min %2 s")).arg(s / 60).arg(s % 60)
                      : say(QT_TRANSLATE_NOOP("ChartPainter", "%1 min")).arg(s / 60);
    return say(QT_TRANSLATE_NOOP("ChartPainter", "%1 h %2 min")).arg(s / 3600).arg((s % 3600) / 60);
}

PaintStats paintFunnel(QPainter &p, const QRectF &r, const QList<FunnelStage> &steps, const ChartStyle &s)
{
    PaintStats stats;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 first = steps.isEmpty() ? 0 : steps.first().sessions;
    if (first <= 0) {
        noData(p, r, s);
        p.restore();
        return stats;
    }
    const QFont label = fontOf(s), strong = fontOf(s, 1.15, true), small = fontOf(s, 0.85);
    const qreal labelWidth =
        std::min(r.width() * 0.28, QFontMetricsF(label).horizontalAdvance(QStringLiteral("M")) * 13);
    const qreal rowH = r.height() / steps.size();
    const qreal barH = std::min(rowH * 0.62, s.textPx * 3.2);
    const qreal barX = r.left() + labelWidth;
    const qreal noteWidth = QFontMetricsF(small).horizontalAdvance(
                                say(QT_TRANSLATE_NOOP("ChartPainter", "100% of the step before"))) +
                            s.textPx;
    const qreal barMax = std::max(10.0, r.right() - barX - noteWidth);
    for (int i = 0; i < steps.size(); ++i) {
        const FunnelStage &step = steps.at(i);
        const qreal y = r.top() + i * rowH + (rowH - barH) / 2;
        p.setFont(label);
        p.setPen(s.ink);
        p.drawText(QRectF(r.left(), y, labelWidth - s.textPx * 0.6, barH), Qt::AlignRight | Qt::AlignVCenter,
                   step.label);
        const double share = step.fromFirst;
        const qreal w = std::max(share > 0 ? 3.0 : 0.0, barMax * share);
        // Centred bars narrow like a funnel; deeper steps a deeper accent.
        const QRectF bar(barX + (barMax - w) / 2, y, w, barH);
        p.setPen(Qt::NoPen);
        p.setBrush(mix(s.accent.lighter(150), s.accent.darker(125),
                       steps.size() > 1 ? double(i) / (steps.size() - 1) : 0));
        p.drawRoundedRect(bar, barH * 0.12, barH * 0.12);
        if (step.sessions > 0)
            ++stats.marks;
        // The count inside the bar when it fits, else beside it.
        const QString count = countText(step.sessions, s.locale);
        p.setFont(strong);
        const qreal countW = QFontMetricsF(strong).horizontalAdvance(count) + s.textPx;
        if (countW < bar.width()) {
            p.setPen(i * 2 >= steps.size() ? Qt::white : s.ink);
            p.drawText(bar, Qt::AlignCenter, count);
        } else {
            p.setPen(s.ink);
            p.drawText(QRectF(bar.right() + s.textPx * 0.4, y, countW, barH),
                       Qt::AlignLeft | Qt::AlignVCenter, count);
        }
        // Conversion from the step before (the first step is the base: 100%).
        p.setFont(small);
        p.setPen(s.inkSoft);
        const QString note = i == 0 ? say(QT_TRANSLATE_NOOP("ChartPainter", "everyone"))
                                    : say(QT_TRANSLATE_NOOP("ChartPainter", "%1% of the step before"))
                                          .arg(s.locale.toString(100.0 * step.conversion, 'f', 0));
        p.drawText(QRectF(barX + barMax + s.textPx * 0.6, y, noteWidth, barH),
                   Qt::AlignLeft | Qt::AlignVCenter, note);
    }
    p.restore();
    return stats;
}

PaintStats paintDaily(QPainter &p, const QRectF &r, const QList<DayFigures> &days, const ChartStyle &s)
{
    PaintStats stats;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    qint64 top = 0;
    for (const DayFigures &d : days)
        top = std::max(top, d.visitors);
    if (days.isEmpty() || top <= 0) {
        noData(p, r, s);
        p.restore();
        return stats;
    }
    const QFont small = fontOf(s, 0.8);
    const qreal axisH = QFontMetricsF(small).height() * 1.6;
    const qreal scaleW = QFontMetricsF(small).horizontalAdvance(countText(top, s.locale)) + s.textPx * 0.6;
    const QRectF plot(r.left() + scaleW, r.top() + s.textPx * 0.6, r.width() - scaleW,
                      r.height() - axisH - s.textPx * 0.6);
    // Three quiet guide lines with their values.
    p.setFont(small);
    for (int g = 0; g <= 2; ++g) {
        const qreal y = plot.bottom() - plot.height() * g / 2.0;
        p.setPen(QPen(s.paperEdge, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(s.inkSoft);
        p.drawText(QRectF(r.left(), y - s.textPx, scaleW - s.textPx * 0.3, 2 * s.textPx),
                   Qt::AlignRight | Qt::AlignVCenter,
                   countText(qint64(std::llround(top * g / 2.0)), s.locale));
    }
    const qreal slot = plot.width() / days.size();
    const qreal barW = std::max(1.0, slot * 0.72);
    for (int i = 0; i < days.size(); ++i) {
        const DayFigures &d = days.at(i);
        const qreal h = plot.height() * double(d.visitors) / double(top);
        const QRectF bar(plot.left() + i * slot + (slot - barW) / 2, plot.bottom() - h, barW, h);
        p.setPen(Qt::NoPen);
        p.setBrush(mix(s.accent, s.paper, 0.35));
        p.drawRect(bar);
        if (d.visitors > 0)
            ++stats.marks;
        if (d.leads > 0) {
            const qreal dot = std::clamp(barW * 0.8, s.textPx * 0.35, s.textPx * 0.7);
            p.setBrush(s.accent.darker(140));
            p.drawEllipse(QPointF(bar.center().x(), bar.top() - dot), dot / 2, dot / 2);
        }
    }
    // Date labels: first, middle, last.
    p.setPen(s.inkSoft);
    for (int i : {0, int(days.size() / 2), int(days.size() - 1)}) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(days.at(i).dayUtcMs, Qt::UTC).date();
        const QString text = s.locale.toString(day, QStringLiteral("d MMM"));
        const qreal cx = plot.left() + (i + 0.5) * slot;
        const qreal w = QFontMetricsF(small).horizontalAdvance(text) + 4;
        const qreal x = std::clamp(cx - w / 2, plot.left(), plot.right() - w);
        p.drawText(QRectF(x, plot.bottom() + axisH * 0.2, w, axisH * 0.8), Qt::AlignCenter, text);
    }
    p.restore();
    return stats;
}

PaintStats paintTopUnits(QPainter &p, const QRectF &r, const QList<UnitInterest> &units, int count,
                         const ChartStyle &s)
{
    PaintStats stats;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const int n = std::min<int>(count, units.size());
    qint64 top = 0;
    for (int i = 0; i < n; ++i)
        top = std::max(top, units.at(i).views);
    if (n == 0 || top <= 0) {
        noData(p, r, s);
        p.restore();
        return stats;
    }
    const QFont label = fontOf(s, 0.9, true), small = fontOf(s, 0.8);
    const qreal labelW = QFontMetricsF(label).horizontalAdvance(QStringLiteral("A 0000 ")) + s.textPx * 0.5;
    const qreal statusW =
        QFontMetricsF(small).horizontalAdvance(say(QT_TRANSLATE_NOOP("ChartPainter", "Reserved"))) + s.textPx;
    const qreal rowH = r.height() / n;
    const qreal barH = std::min(rowH * 0.66, s.textPx * 1.6);
    const qreal barMax = std::max(10.0, r.width() - labelW - statusW - s.textPx * 4);
    for (int i = 0; i < n; ++i) {
        const UnitInterest &u = units.at(i);
        const qreal y = r.top() + i * rowH + (rowH - barH) / 2;
        p.setFont(label);
        p.setPen(s.ink);
        p.drawText(QRectF(r.left(), y, labelW, barH), Qt::AlignLeft | Qt::AlignVCenter,
                   QString(u.unitId).replace(u'_', u' '));
        const qreal w = std::max(2.0, barMax * double(u.views) / double(top));
        p.setPen(Qt::NoPen);
        p.setBrush(heatColour(0.25 + 0.75 * u.heat));
        p.drawRoundedRect(QRectF(r.left() + labelW, y, w, barH), 3, 3);
        ++stats.marks;
        p.setFont(small);
        p.setPen(s.ink);
        p.drawText(QRectF(r.left() + labelW + w + s.textPx * 0.4, y, s.textPx * 4, barH),
                   Qt::AlignLeft | Qt::AlignVCenter, countText(u.views, s.locale));
        p.setPen(u.status == QLatin1String("available") ? QColor(0x2e, 0x7d, 0x4f)
                 : u.status == QLatin1String("sold")    ? QColor(0x9a, 0x3b, 0x3b)
                                                        : QColor(0xc7, 0x7d, 0x12));
        const QString status =
            u.status == QLatin1String("available")  ? say(QT_TRANSLATE_NOOP("ChartPainter", "Available"))
            : u.status == QLatin1String("sold")     ? say(QT_TRANSLATE_NOOP("ChartPainter", "Sold"))
            : u.status == QLatin1String("reserved") ? say(QT_TRANSLATE_NOOP("ChartPainter", "Reserved"))
                                                    : u.status;
        p.drawText(QRectF(r.right() - statusW, y, statusW, barH), Qt::AlignRight | Qt::AlignVCenter, status);
    }
    p.restore();
    return stats;
}

PaintStats paintHeat(QPainter &p, const QRectF &r, const HeatGrid &grid, const QImage &background,
                     const QList<QRectF> &outlines, const ChartStyle &s)
{
    PaintStats stats;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // What is shown: the grid's area and, on the site, every building (a margin around them).
    const QRectF area = grid.area.isEmpty() ? QRectF(0, 0, 1, 1) : grid.area;
    QRectF view = area;
    if (background.isNull()) {
        for (const QRectF &o : outlines)
            view = view.united(o.adjusted(-8, -8, 8, 8));
    }
    // The view keeps its proportions (metres are metres both ways; a plan is not stretched).
    QSizeF shape = !background.isNull() ? QSizeF(background.size()) : view.size();
    if (shape.isEmpty())
        shape = QSizeF(1, 1);
    const QSizeF fitted = shape.scaled(r.size(), Qt::KeepAspectRatio);
    const QRectF box(r.center().x() - fitted.width() / 2, r.center().y() - fitted.height() / 2,
                     fitted.width(), fitted.height());
    auto map = [&](const QRectF &a) {
        return QRectF(box.left() + (a.left() - view.left()) / view.width() * box.width(),
                      box.top() + (a.top() - view.top()) / view.height() * box.height(),
                      a.width() / view.width() * box.width(), a.height() / view.height() * box.height());
    };
    p.setPen(Qt::NoPen);
    p.setBrush(background.isNull() ? QColor(0xe9, 0xec, 0xe1) : s.paper.lighter(103)); // a site: pale lawn
    p.drawRect(box);
    if (!background.isNull())
        p.drawImage(box, background);
    p.setPen(Qt::NoPen);
    p.setBrush(s.paperEdge.darker(108));
    if (background.isNull()) {
        for (const QRectF &o : outlines)
            p.drawRect(map(o));
    }
    const double top = grid.maximum();
    if (top > 0) {
        const QRectF cellsBox = map(area);
        const qreal cw = cellsBox.width() / grid.columns, ch = cellsBox.height() / grid.rows;
        p.setPen(Qt::NoPen);
        for (int row = 0; row < grid.rows; ++row) {
            for (int col = 0; col < grid.columns; ++col) {
                const double v = grid.cells.value(row * grid.columns + col);
                if (v <= 0)
                    continue;
                const double t = std::sqrt(v / top); // a square root: faint paths stay visible
                QColor c = heatColour(t);
                c.setAlphaF(float(0.35 + 0.5 * t));
                p.setBrush(c);
                p.drawRect(QRectF(cellsBox.left() + col * cw, cellsBox.top() + row * ch, cw + 0.5, ch + 0.5));
                ++stats.marks;
            }
        }
    }
    // Footprints drawn last, as outlines, so the heat under a building still reads.
    if (background.isNull()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(s.ink, 1.4));
        for (const QRectF &o : outlines)
            p.drawRect(map(o));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(s.paperEdge, 1));
    p.drawRect(box);
    if (top <= 0) {
        p.setFont(fontOf(s));
        p.setPen(s.inkSoft);
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
                   say(QT_TRANSLATE_NOOP("ChartPainter", "No visits in this period yet")));
    }
    p.restore();
    return stats;
}

PaintStats paintRoomHeat(QPainter &p, const QRectF &r, const UnitTypeHeatmap &type, const QImage &plan,
                         const ChartStyle &s, const RoomPlan *rooms)
{
    PaintStats stats;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const bool withShapes = rooms && !rooms->isEmpty();
    const bool withPlan = withShapes || !plan.isNull();
    const QRectF planArea(r.left(), r.top(), withPlan ? r.width() * 0.52 : 0, r.height());
    const QRectF list(withPlan ? planArea.right() + s.textPx * 1.5 : r.left(), r.top(),
                      withPlan ? r.right() - planArea.right() - s.textPx * 1.5 : r.width(), r.height());
    if (withShapes) {
        stats.marks += paintRoomPlan(p, planArea, type, *rooms, s).marks;
    } else if (withPlan) {
        const QSizeF fitted = QSizeF(plan.size()).scaled(planArea.size(), Qt::KeepAspectRatio);
        const QRectF box(planArea.left(), planArea.top() + (planArea.height() - fitted.height()) / 2,
                         fitted.width(), fitted.height());
        p.drawImage(box, plan);
        p.setPen(QPen(s.paperEdge, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
    }
    if (type.rooms.isEmpty()) {
        noData(p, list, s);
        p.restore();
        return stats;
    }
    const QFont label = fontOf(s, 0.95), small = fontOf(s, 0.8);
    const int routes = std::min<int>(3, type.steps.size());
    const qreal lineH = s.textPx * 2.3;
    const int shown = std::max(
        1, std::min<int>(type.rooms.size(), int((list.height() - (routes + 1.5) * lineH * 0.8) / lineH)));
    const qreal nameW = std::min(list.width() * 0.42,
                                 QFontMetricsF(label).horizontalAdvance(QStringLiteral("Bedroom 2 ")) * 1.2);
    const qreal timeW =
        QFontMetricsF(small).horizontalAdvance(QStringLiteral("00 min 00 s")) + s.textPx * 0.5;
    const qreal barMax = std::max(10.0, list.width() - nameW - timeW);
    qreal y = list.top();
    for (int i = 0; i < shown; ++i) {
        const RoomHeat &room = type.rooms.at(i);
        p.setFont(label);
        p.setPen(s.ink);
        p.drawText(QRectF(list.left(), y, nameW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(label).elidedText(QString(room.room).replace(u'_', u' '), Qt::ElideRight,
                                                   nameW - 4));
        const qreal w = std::max(3.0, barMax * room.heat);
        p.setPen(Qt::NoPen);
        p.setBrush(heatColour(room.heat));
        p.drawRoundedRect(QRectF(list.left() + nameW, y + lineH * 0.22, w, lineH * 0.56), 3, 3);
        if (room.lingerMs > 0)
            ++stats.marks;
        p.setFont(small);
        p.setPen(s.inkSoft);
        p.drawText(QRectF(list.left() + nameW + w + s.textPx * 0.4, y, timeW, lineH),
                   Qt::AlignLeft | Qt::AlignVCenter, durationText(room.lingerMs));
        y += lineH;
    }
    if (routes > 0) {
        y += lineH * 0.4;
        p.setFont(fontOf(s, 0.85, true));
        p.setPen(s.ink);
        p.drawText(QRectF(list.left(), y, list.width(), lineH * 0.8), Qt::AlignLeft | Qt::AlignVCenter,
                   say(QT_TRANSLATE_NOOP("ChartPainter", "Most walked")));
        y += lineH * 0.8;
        p.setFont(small);
        p.setPen(s.inkSoft);
        for (int i = 0; i < routes; ++i) {
            const RoomStep &step = type.steps.at(i);
            p.drawText(QRectF(list.left(), y, list.width(), lineH * 0.8), Qt::AlignLeft | Qt::AlignVCenter,
                       say(QT_TRANSLATE_NOOP("ChartPainter", "%1 → %2   %3×"))
                           .arg(QString(step.from).replace(u'_', u' '), QString(step.to).replace(u'_', u' '),
                                s.locale.toString(step.count)));
            y += lineH * 0.8;
        }
    }
    p.restore();
    return stats;
}

void paintHeatLegend(QPainter &p, const QRectF &r, const ChartStyle &s, const QString &less,
                     const QString &more)
{
    p.save();
    const QFont small = fontOf(s, 0.8);
    const qreal lessW = QFontMetricsF(small).horizontalAdvance(less) + s.textPx * 0.5;
    const qreal moreW = QFontMetricsF(small).horizontalAdvance(more) + s.textPx * 0.5;
    const QRectF strip(r.left() + lessW, r.top() + r.height() * 0.25,
                       std::max(10.0, r.width() - lessW - moreW), r.height() * 0.5);
    QLinearGradient g(strip.topLeft(), strip.topRight());
    for (int i = 0; i <= 8; ++i)
        g.setColorAt(i / 8.0, heatColour(i / 8.0));
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRoundedRect(strip, 3, 3);
    p.setFont(small);
    p.setPen(s.inkSoft);
    p.drawText(QRectF(r.left(), r.top(), lessW, r.height()), Qt::AlignLeft | Qt::AlignVCenter, less);
    p.drawText(QRectF(strip.right() + s.textPx * 0.5, r.top(), moreW, r.height()),
               Qt::AlignLeft | Qt::AlignVCenter, more);
    p.restore();
}

double HeatGrid::maximum() const
{
    double top = 0;
    for (double v : cells)
        top = std::max(top, v);
    return top;
}

double conversion(qint64 from, qint64 to)
{
    return from > 0 ? std::clamp(double(to) / double(from), 0.0, 1.0) : 0.0;
}

} // namespace showroom::dashboard
