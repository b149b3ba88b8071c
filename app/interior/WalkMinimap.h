// The floor plan of the storey the visitor is on (or `storey`), fitted into the item: rooms in a light
// warm tone with their names, obstacles dark grey, the visitor as a dot with a view cone. A tap walks
// there (WalkController::walkToPlan).
#pragma once

#include "interior/WalkController.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace showroom::interior {

class WalkMinimap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(showroom::interior::WalkController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    Q_PROPERTY(int storey READ storey WRITE setStorey NOTIFY storeyChanged)

public:
    static constexpr qreal kMargin = 8; // item pixels around the plan
    static constexpr qreal kMarkerRadius = 6;

    explicit WalkMinimap(QQuickItem *parent = nullptr);

    WalkController *controller() const { return m_controller; }
    void setController(WalkController *controller);
    int storey() const { return m_storey; }
    void setStorey(int storey);
    int shownStorey() const; // `storey`, or the controller's when -1

    void paint(QPainter *painter) override;

    Q_INVOKABLE QPointF markerPosition() const;
    Q_INVOKABLE QPointF planToItem(QPointF plan) const;
    Q_INVOKABLE QPointF itemToPlan(QPointF item) const;
    // What a tap at `item` does (also called by mouse and touch handling): walks there on the shown
    // storey; false when nothing there is reachable.
    Q_INVOKABLE bool tap(QPointF item);

signals:
    void controllerChanged();
    void storeyChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void touchEvent(QTouchEvent *event) override;

private:
    // From plan metres to item pixels: the plan bounds fitted with kMargin, aspect kept.
    struct Fit
    {
        QRectF bounds;
        double scale = 1;
        QPointF offset;
        bool mirrored = false;
    };
    bool fit(Fit *fit) const;

    QPointer<WalkController> m_controller;
    int m_storey = -1;
    QPointF m_pressAt;
};

} // namespace showroom::interior
