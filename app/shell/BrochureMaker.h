// Makes a home's PDF brochure from the running scene (QML singleton `Brochures`): it takes the visitor
// through the cover (the home selected on its building), inside (Navigation::walkInside, standing in the
// living room) and the balcony view (Navigation::showBalconyView), grabs the 3D stage each time
// (QQuickItem::grabToImage: asynchronous, overlays not included), returns where the visitor was, then
// composes and writes the PDF on a worker thread (showroom_brochure) and emits made(unitId, path).
// A home without an interior or a balcony gets a line of text instead of that still.
#pragma once

#include "brochure/Brochure.h"

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSharedPointer>
#include <QTimer>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;
class QQuickItemGrabResult;

namespace showroom::shell {

class ShowroomServices;

class BrochureMaker : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Brochures)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    // True from make() until made() or failed(): the UI shows "Preparing your brochure…".
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The home being made (empty when not busy).
    Q_PROPERTY(QString unitId READ unitId NOTIFY busyChanged)
    // Where brochures are saved: <AppDataLocation>/brochures (staff reach it from the desktop).
    Q_PROPERTY(QString folder READ folder CONSTANT)

public:
    static BrochureMaker *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    explicit BrochureMaker(ShowroomServices *services, QObject *parent = nullptr);
    ~BrochureMaker() override;

    bool busy() const { return m_step != Step::Idle; }
    QString unitId() const { return m_unitId; }
    QString folder() const;

    // Makes the brochure of a home with the visitor's finishes (services.finishes()) in the visitor's
    // language, into folder()/<date>-<unit>-<code>.pdf. failed() at once for an unknown home, without
    // a window, or while another brochure is being made.
    Q_INVOKABLE void make(const QString &unitId);
    // The same into `path` (the command line's --out).
    void make(const QString &unitId, const QString &path);

    // How long one still may take to settle before it is left out (tests; default 60 s).
    void setStillTimeoutMs(int ms) { m_stillTimeoutMs = ms; }

signals:
    void busyChanged();
    void made(const QString &unitId, const QString &path);
    void failed(const QString &unitId, const QString &error);

private:
    enum class Step
    {
        Idle,
        Cover,
        Inside,
        Balcony,
        Writing
    };

    void enter(Step step);
    void poll();
    bool stepReady() const;
    void grab();
    void stillTaken(const QImage &image);
    void returnToVisitor();
    void write();
    void finish(const QString &path, const QString &error);

    ShowroomServices *m_services;
    Step m_step = Step::Idle;
    QString m_unitId;
    QString m_path;
    brochure::Stills m_stills;
    int m_depthBefore = 0;
    QTimer m_poll;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_readyClock;
    int m_framesSinceReady = -1; // -1: the step's scene is not ready yet
    bool m_roomChosen = false;
    int m_stillTimeoutMs = 60'000;
    QSharedPointer<QQuickItemGrabResult> m_grab;  // the grab under way
    QSharedPointer<QQuickItemGrabResult> m_spent; // the last one, kept past its ready() emission
    QMetaObject::Connection m_frames;
};

} // namespace showroom::shell
