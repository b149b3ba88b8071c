// QML element that measures how long a visitor spends on one target and records enter/leave events:
//   DwellTracker { target: "unit:" + selectedUnit; active: card.visible }
#pragma once

#include "telemetry/Attention.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::telemetry {

class Telemetry;

class DwellTracker : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(QString target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    // Extra facts written with the enter and leave events (e.g. { price: 450000 }).
    Q_PROPERTY(QVariantMap properties READ properties WRITE setProperties NOTIFY propertiesChanged)
    Q_PROPERTY(qint64 engagedMs READ engagedMs NOTIFY durationsChanged)
    Q_PROPERTY(qint64 elapsedMs READ elapsedMs NOTIFY durationsChanged)

public:
    explicit DwellTracker(QObject *parent = nullptr);
    ~DwellTracker() override;

    // For C++ use without a QML engine; QML trackers find the Telemetry singleton themselves.
    void setTelemetry(Telemetry *telemetry);

    QString target() const { return m_target; }
    void setTarget(const QString &target);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QVariantMap properties() const { return m_properties; }
    void setProperties(const QVariantMap &properties);
    qint64 engagedMs() const;
    qint64 elapsedMs() const;

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void targetChanged();
    void activeChanged();
    void propertiesChanged();
    void durationsChanged();
    void entered(const QString &target);
    void left(const QString &target, qint64 engagedMs, qint64 elapsedMs);

private:
    void sync();
    void enter();
    void leave(const QString &reason = QString());

    QPointer<Telemetry> m_telemetry;
    std::unique_ptr<DwellClock> m_clock;
    QString m_target;
    QString m_runningTarget;
    QVariantMap m_properties;
    bool m_active = false;
    bool m_complete = true;        // false between classBegin and componentComplete when built by QML
    bool m_heldForSession = false; // closed by a session end: waits for the next session to start
    QTimer m_tick;                 // refreshes engagedMs/elapsedMs for bindings while running
};

} // namespace showroom::telemetry
