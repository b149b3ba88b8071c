#include "DemoShowroom.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace showroom {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

bool DemoShowroom::open(const QString &developmentDir, const QString &cacheDir, QSize size,
                        const telemetry::Telemetry::Options *telemetry, QString *error)
{
    m_services = std::make_unique<shell::ShowroomServices>(
        telemetry ? *telemetry : shell::ShowroomServices::inMemoryTelemetry());
    if (!m_services->loadDevelopment(developmentDir, error))
        return false;
    if (telemetry && !m_services->startTelemetry(error))
        return false;
    m_sinceOpen.start();
    m_services->loadSite(cacheDir);
    QQuickWindow *window = m_services->openWindow(error);
    if (!window)
        return false;
    window->resize(size);
    window->show();
    if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        *error = QStringLiteral("the Software scene graph draws no 3D: run under X (tests/with-xvfb.sh)");
        return false;
    }
    return true;
}

bool DemoShowroom::waitUntilShown(int timeoutMs, QString *error)
{
    const bool ready = waitUntil(
        [&] {
            return m_services->site().status() == scene::SiteModel::Error ||
                   m_services->window()->property("settled").toBool();
        },
        timeoutMs);
    if (m_services->site().status() == scene::SiteModel::Error) {
        *error = m_services->site().errorString();
        return false;
    }
    if (!ready) {
        *error = QStringLiteral("the site was not on screen after %1 s").arg(timeoutMs / 1000);
        return false;
    }
    bool swapped = false;
    const auto c = QObject::connect(m_services->window(), &QQuickWindow::frameSwapped, m_services->window(),
                                    [&] { swapped = true; });
    m_services->window()->update();
    const bool shown = waitUntil([&] { return swapped; }, timeoutMs);
    QObject::disconnect(c);
    if (!shown)
        *error = QStringLiteral("no frame presented after %1 s").arg(timeoutMs / 1000);
    return shown;
}

} // namespace showroom
