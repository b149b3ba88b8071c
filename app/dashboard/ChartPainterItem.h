// A dashboard chart on screen (QML `Chart`): paints one of ChartPainter's charts from the Dashboard
// model's current snapshot, in the showroom's type at the size QML gives it. The PDF report paints
// the same functions, so a chart on screen and in print are one drawing.
#pragma once

#include "dashboard/DashboardModel.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace showroom::dashboard {

class ChartPainterItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Chart)
    Q_PROPERTY(showroom::dashboard::DashboardModel *dashboard READ dashboard WRITE setDashboard NOTIFY
                   dashboardChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    // PlanHeat: the unit type whose floor plan is shown.
    Q_PROPERTY(QString unitType READ unitType WRITE setUnitType NOTIFY kindChanged)
    // The label size in pixels (Theme.labelSize); the other texts scale from it.
    Q_PROPERTY(qreal textPixelSize READ textPixelSize WRITE setTextPixelSize NOTIFY kindChanged)
    // How many bars, cells or dots with a value the last paint drew (0: an empty chart).
    Q_PROPERTY(int marks READ marks NOTIFY marksChanged)

public:
    enum Kind
    {
        Funnel,
        Daily,
        TopUnits,
        SiteHeat,
        PlanHeat
    };
    Q_ENUM(Kind)

    explicit ChartPainterItem(QQuickItem *parent = nullptr);

    DashboardModel *dashboard() const { return m_dashboard; }
    void setDashboard(DashboardModel *dashboard);
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QString unitType() const { return m_unitType; }
    void setUnitType(const QString &type);
    qreal textPixelSize() const { return m_textPx; }
    void setTextPixelSize(qreal px);
    int marks() const { return m_marks; }

    void paint(QPainter *painter) override;

signals:
    void dashboardChanged();
    void kindChanged();
    void marksChanged();

private:
    QPointer<DashboardModel> m_dashboard;
    QMetaObject::Connection m_connection;
    Kind m_kind = Funnel;
    QString m_unitType;
    qreal m_textPx = 17;
    int m_marks = 0;
};

} // namespace showroom::dashboard
