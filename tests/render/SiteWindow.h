// A real window of the app for render tests: the shell's services composed as main.cpp does (the demo,
// a telemetry database in a temporary folder), Main.qml shown at 1280x800 under Xvfb, and the helpers the
// tests share: settling the camera, grabbing frames, calling the stage's QML functions, projecting scene
// points, finding items by name and reading the telemetry rows back.
#pragma once

#include "shell/ShowroomServices.h"

#include <QImage>
#include <QList>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QVariantMap>

namespace showroom::testing {

class SiteWindow : public QObject
{
    Q_OBJECT

public:
    // Loads the development, opens the window and waits until the site is on screen; false + why.
    bool open(const QString &developmentDir, QString *error);
    // Back to the overview, nothing selected, the camera at its first framing, a settled frame.
    bool reset();
    // Jumps the camera to where it is heading and waits for two settled frames.
    bool settle();

    QImage grab() const { return m_window->grabWindow().convertToFormat(QImage::Format_RGB32); }
    // Calls a QML function of the site stage by name, converting the arguments to its declared types.
    QVariant call(const char *function, const QVariant &a = {}, const QVariant &b = {});
    QPoint sceneOnScreen(const QVector3D &p);
    QPoint unitOnScreen(const QString &unitId);
    // Rows of the test's own telemetry database (`name`, `target`, `elapsed_ms`, `session`, `properties`).
    QList<QVariantMap> events(const QString &where);

    shell::ShowroomServices &services() { return *m_services; }
    QQuickWindow *window() const { return m_window; }
    QQuickItem *stage() const { return m_stage; }

private:
    QTemporaryDir m_home;
    std::unique_ptr<shell::ShowroomServices> m_services;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_stage = nullptr;
    int m_framesSwapped = 0;
};

// Calls a QML function of `object` by name, converting the arguments to its declared types (typed QML
// functions have typed signatures in the meta-object).
QVariant callQmlFunction(QObject *object, const char *function, const QVariant &a = {},
                         const QVariant &b = {});
// Items made by a Repeater have no QObject parent to find them by: these walk the item tree.
QList<QQuickItem *> itemsNamedLike(QQuickItem *root, const QString &prefix);
QQuickItem *itemNamed(QQuickItem *root, const QString &name);
// Pixels inside `area` (window coordinates) that are not under any of `covers`.
QList<QRgb> pixelsIn(const QImage &image, const QRect &area, const QList<QRect> &covers);
double meanOf(const QList<QRgb> &pixels, int (*channel)(QRgb));

} // namespace showroom::testing
