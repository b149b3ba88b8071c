#include "dashboard/DashboardRoomPlan.h"

#include "importer/ModelImporter.h"
#include "interior/WalkPlan.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace showroom::dashboard {

namespace {

QMutex s_cacheMutex;
QHash<QString, RoomPlan> s_cache; // "<model path>@<modified ms>" -> its rooms (empty: none)

QString say(const char *text)
{
    return QCoreApplication::translate("ChartPainter", text);
}

QFont fontOf(const ChartStyle &s, qreal factor, bool bold = false)
{
    QFont f(s.fontFamily);
    f.setPixelSize(std::max(6, int(std::round(s.textPx * factor))));
    f.setBold(bold);
    return f;
}

// Plan metres -> the page: x right, z down, the storey's rooms fitted into `box` keeping proportions.
QTransform fitting(const QRectF &bounds, const QRectF &box)
{
    const qreal scale = std::min(box.width() / std::max(0.1, bounds.width()),
                                 box.height() / std::max(0.1, bounds.height()));
    const qreal dx = box.left() + (box.width() - bounds.width() * scale) / 2 - bounds.left() * scale;
    const qreal dy = box.top() + (box.height() - bounds.height() * scale) / 2 - bounds.top() * scale;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

void drawStep(QPainter &p, QPointF from, QPointF to, qreal width, const QColor &colour)
{
    // From a fifth of the way to four fifths: clear of the rooms' names at their centres; a white halo
    // so the line reads on the deepest heat too; an arrowhead at its end (which way they walked).
    const QPointF d = to - from;
    const qreal len = std::hypot(d.x(), d.y());
    if (len < 1)
        return;
    const QPointF u = d / len, n(-u.y(), u.x()), a = from + d * 0.2, tip = from + d * 0.8;
    const qreal size = std::max(7.0, width * 1.9);
    const QPointF b = tip - u * size * 0.8;
    QPolygonF head;
    head << tip << tip - u * size + n * size * 0.65 << tip - u * size - n * size * 0.65;
    p.setPen(QPen(QColor(255, 255, 255, 210), width + 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(QColor(255, 255, 255, 210));
    p.drawLine(a, b);
    p.drawPolygon(head);
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(a, b);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
}

} // namespace

QHash<QString, RoomPlan> readRoomPlans(const core::DevelopmentData &development, const QStringList &types,
                                       const RoomPlanImport &import)
{
    QHash<QString, RoomPlan> plans;
    const QDir package(development.packageDir);
    for (const core::UnitType &t : development.unitTypes) {
        if (!types.contains(t.id) || t.interior.isEmpty() || plans.contains(t.id))
            continue;
        const QString path = package.filePath(t.interior);
        const QString key = path + QLatin1Char('@') + QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
        {
            // A plan is made once per model file (and again when the file changes), not per refresh.
            QMutexLocker lock(&s_cacheMutex);
            if (const auto known = s_cache.constFind(key); known != s_cache.cend()) {
                if (!known->isEmpty())
                    plans.insert(t.id, *known);
                continue;
            }
        }
        importer::ImportOptions options;
        options.cacheDir =
            import.cacheDir.isEmpty() ? importer::packageCacheDir(development.packageDir) : import.cacheDir;
        options.isolatedWorker = import.isolatedWorker;
        const importer::ImportResult imported = importer::importModel(path, options);
        if (!imported.ok()) {
            qWarning().noquote() << "dashboard: no room plan for" << t.id << ":" << imported.error;
            QMutexLocker lock(&s_cacheMutex);
            s_cache.insert(key, RoomPlan());
            continue;
        }
        QHash<QString, QString> names;
        for (const core::RoomName &room : t.rooms)
            names.insert(room.node, room.name);
        const auto walk = interior::WalkPlan::fromScene(imported.scene, names);
        RoomPlan plan;
        plan.storeys = walk->storeyCount();
        for (const interior::WalkPlan::Room &room : walk->rooms())
            plan.rooms.append({room.id, room.name, room.storey, room.floor, room.centre});
        if (!plan.isEmpty())
            plans.insert(t.id, plan);
        QMutexLocker lock(&s_cacheMutex);
        s_cache.insert(key, plan);
    }
    return plans;
}

PaintStats paintRoomPlan(QPainter &p, const QRectF &r, const UnitTypeHeatmap &type, const RoomPlan &plan,
                         const ChartStyle &s)
{
    PaintStats stats;
    if (plan.isEmpty() || r.width() < 10 || r.height() < 10)
        return stats;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QHash<QString, const RoomHeat *> heatOf;
    for (const RoomHeat &room : type.rooms)
        heatOf.insert(room.room, &room);
    const int storeys = std::max(1, plan.storeys);
    const qreal gap = s.textPx;
    const qreal columnW = (r.width() - gap * (storeys - 1)) / storeys;
    const QFont name = fontOf(s, 0.8, true), time = fontOf(s, 0.72), caption = fontOf(s, 0.8);
    qint64 mostWalked = 0;
    for (const RoomStep &step : type.steps)
        mostWalked = std::max(mostWalked, step.count);
    for (int storey = 0; storey < storeys; ++storey) {
        QRectF bounds;
        for (const RoomShape &room : plan.rooms)
            for (const QPolygonF &poly : room.floor)
                if (room.storey == storey)
                    bounds = bounds.isNull() ? poly.boundingRect() : bounds.united(poly.boundingRect());
        if (bounds.isNull())
            continue;
        QRectF box(r.left() + storey * (columnW + gap), r.top(), columnW, r.height());
        if (storeys > 1) {
            p.setFont(caption);
            p.setPen(s.inkSoft);
            p.drawText(QRectF(box.left(), box.top(), box.width(), s.textPx * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                       say(QT_TRANSLATE_NOOP("ChartPainter", "Storey %1")).arg(storey + 1));
            box.setTop(box.top() + s.textPx * 1.6);
        }
        const QTransform map = fitting(bounds, box.adjusted(2, 2, -2, -2));
        QHash<QString, QPointF> centres;
        for (const RoomShape &room : plan.rooms) {
            if (room.storey != storey)
                continue;
            const RoomHeat *heat = heatOf.value(room.id);
            const bool lingered = heat && heat->lingerMs > 0;
            stats.marks += lingered ? 1 : 0;
            const QColor fill = lingered ? heatColour(std::max(0.04, heat->heat)) : s.paper;
            p.setPen(QPen(s.ink, 1.5));
            p.setBrush(fill);
            QRectF shape;
            for (const QPolygonF &poly : room.floor) {
                const QPolygonF mapped = map.map(poly);
                p.drawPolygon(mapped);
                shape = shape.isNull() ? mapped.boundingRect() : shape.united(mapped.boundingRect());
            }
            const QPointF c = map.map(room.centre);
            centres.insert(room.id, c);
            // The room's name and time where they fit (a corridor keeps only its colour).
            const QColor ink = lingered && heat->heat > 0.55 ? QColor(Qt::white) : s.ink;
            const QString label = room.name.isEmpty() ? QString(room.id).replace(u'_', u' ') : room.name;
            const qreal w = shape.width() - 6;
            if (w < s.textPx * 2.5 || shape.height() < s.textPx * 2.4)
                continue;
            p.setPen(ink);
            p.setFont(name);
            p.drawText(QRectF(c.x() - w / 2, c.y() - s.textPx * 1.2, w, s.textPx * 1.15), Qt::AlignCenter,
                       QFontMetricsF(name).elidedText(label, Qt::ElideRight, w));
            if (lingered && QFontMetricsF(time).horizontalAdvance(durationText(heat->lingerMs)) < w) {
                p.setFont(time);
                p.drawText(QRectF(c.x() - w / 2, c.y(), w, s.textPx * 1.1), Qt::AlignCenter,
                           durationText(heat->lingerMs));
            }
        }
        // The most walked steps between rooms of this storey.
        int drawn = 0;
        for (const RoomStep &step : type.steps) {
            if (drawn >= 5 || step.count <= 0 || mostWalked <= 0)
                break;
            if (!centres.contains(step.from) || !centres.contains(step.to) || step.from == step.to)
                continue;
            const qreal width = 2 + 7 * double(step.count) / double(mostWalked);
            drawStep(p, centres.value(step.from), centres.value(step.to), width, QColor(34, 38, 43, 210));
            ++drawn;
        }
    }
    p.restore();
    return stats;
}

} // namespace showroom::dashboard
