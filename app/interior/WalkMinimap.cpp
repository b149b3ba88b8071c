#include "interior/WalkMinimap.h"

#include <QFont>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTouchEvent>
#include <QtMath>
#include <cmath>

namespace showroom::interior {

namespace {

const QColor kBackground(250, 248, 244, 235);
const QColor kRoomFill("#efe2cc");
const QColor kObstacle("#5c5c5c");
const QColor kLabel("#2a2a2a");
const QColor kLabelBacking(255, 255, 255, 190);
const QColor kAccent("#1f6f8b");
constexpr qreal kConeRadius = 30;
constexpr qreal kConeHalfAngle = 35;
constexpr qreal kTapSlop = 12; // pixels a press may move and still be a tap

} // namespace

WalkMinimap::WalkMinimap(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
}

void WalkMinimap::setController(WalkController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        for (auto signal :
             {&WalkController::positionChanged, &WalkController::yawChanged, &WalkController::storeyChanged,
              &WalkController::planChanged, &WalkController::placementChanged})
            connect(controller, signal, this, [this] { update(); });
    }
    emit controllerChanged();
    update();
}

void WalkMinimap::setStorey(int storey)
{
    if (storey == m_storey)
        return;
    m_storey = storey;
    emit storeyChanged();
    update();
}

int WalkMinimap::shownStorey() const
{
    if (m_storey >= 0 || !m_controller)
        return std::max(m_storey, 0);
    return m_controller->storey();
}

// Plan X runs right and plan Z (towards the facade) down; a mirrored unit's plan is drawn mirrored so
// the map agrees with what the visitor sees.
bool WalkMinimap::fit(Fit *fit) const
{
    if (!m_controller || !m_controller->plan())
        return false;
    const QRectF b = m_controller->plan()->planBounds(shownStorey());
    const double w = width() - 2 * kMargin, h = height() - 2 * kMargin;
    if (b.isEmpty() || w <= 0 || h <= 0)
        return false;
    fit->bounds = b;
    fit->scale = std::min(w / b.width(), h / b.height());
    fit->offset =
        QPointF(kMargin + (w - b.width() * fit->scale) / 2, kMargin + (h - b.height() * fit->scale) / 2);
    fit->mirrored = m_controller->placement().determinant() < 0;
    return true;
}

QPointF WalkMinimap::planToItem(QPointF plan) const
{
    Fit f;
    if (!fit(&f))
        return {};
    const double x = f.mirrored ? f.bounds.right() - plan.x() : plan.x() - f.bounds.left();
    return f.offset + QPointF(x, plan.y() - f.bounds.top()) * f.scale;
}

QPointF WalkMinimap::itemToPlan(QPointF item) const
{
    Fit f;
    if (!fit(&f))
        return {};
    const QPointF d = (item - f.offset) / f.scale;
    return {f.mirrored ? f.bounds.right() - d.x() : f.bounds.left() + d.x(), f.bounds.top() + d.y()};
}

QPointF WalkMinimap::markerPosition() const
{
    return m_controller ? planToItem(m_controller->planPosition()) : QPointF();
}

void WalkMinimap::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kBackground);
    painter->drawRoundedRect(QRectF(0, 0, width(), height()), 6, 6);
    Fit fitted;
    if (!fit(&fitted))
        return;
    const WalkPlan &plan = *m_controller->plan();
    const int storey = shownStorey();

    painter->setBrush(kRoomFill);
    for (const WalkPlan::Room &room : plan.rooms()) {
        if (room.storey != storey)
            continue;
        QPainterPath outline; // odd-even: a stairwell cut out of a landing stays a hole
        for (const QPolygonF &poly : room.floor) {
            QPolygonF mapped;
            for (const QPointF &p : poly)
                mapped << planToItem(p);
            outline.addPolygon(mapped);
        }
        painter->drawPath(outline);
    }
    painter->setBrush(kObstacle);
    for (const QRectF &r : plan.obstacles(storey))
        painter->drawRect(QRectF(planToItem(r.topLeft()), planToItem(r.bottomRight())).normalized());

    // Names at each room's free middle, wrapped to the room's width, on a light backing so they stay
    // readable over furniture.
    QFont font = painter->font();
    font.setPixelSize(12);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    for (const WalkPlan::Room &room : plan.rooms()) {
        if (room.storey != storey || room.name.isEmpty())
            continue;
        const QRectF area = QRectF(planToItem(room.bounds.topLeft()), planToItem(room.bounds.bottomRight()))
                                .normalized()
                                .adjusted(2, 2, -2, -2);
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        QRectF text =
            metrics.boundingRect(QRectF(0, 0, std::max(area.width(), 40.0), 1000), flags, room.name);
        text.moveCenter(planToItem(room.centre));
        painter->setPen(Qt::NoPen);
        painter->setBrush(kLabelBacking);
        painter->drawRoundedRect(text.adjusted(-3, -1, 3, 1), 3, 3);
        painter->setPen(kLabel);
        painter->drawText(text, flags, room.name);
    }

    if (m_controller->storey() != storey)
        return;
    const QPointF marker = markerPosition();
    const QVector3D f = m_controller->forward();
    const double coneAngle = qRadiansToDegrees(std::atan2(-double(f.z()), fitted.mirrored ? -f.x() : f.x()));
    QPainterPath cone(marker);
    cone.arcTo(QRectF(marker.x() - kConeRadius, marker.y() - kConeRadius, 2 * kConeRadius, 2 * kConeRadius),
               coneAngle - kConeHalfAngle, 2 * kConeHalfAngle);
    cone.closeSubpath();
    QColor coneColour = kAccent;
    coneColour.setAlpha(80);
    painter->setPen(Qt::NoPen);
    painter->setBrush(coneColour);
    painter->drawPath(cone);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(kAccent);
    painter->drawEllipse(marker, kMarkerRadius, kMarkerRadius);
}

bool WalkMinimap::tap(QPointF item)
{
    if (!m_controller || !m_controller->plan() || shownStorey() != m_controller->storey())
        return false;
    return m_controller->walkToPlan(itemToPlan(item));
}

void WalkMinimap::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position();
    event->accept();
}

void WalkMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF d = event->position() - m_pressAt;
    if (std::hypot(d.x(), d.y()) <= kTapSlop)
        tap(event->position());
    event->accept();
}

void WalkMinimap::touchEvent(QTouchEvent *event)
{
    if (event->points().isEmpty()) {
        event->ignore();
        return;
    }
    const QPointF at = event->points().first().position();
    if (event->type() == QEvent::TouchBegin)
        m_pressAt = at;
    else if (event->type() == QEvent::TouchEnd &&
             std::hypot(at.x() - m_pressAt.x(), at.y() - m_pressAt.y()) <= kTapSlop)
        tap(at);
    event->accept();
}

} // namespace showroom::interior
