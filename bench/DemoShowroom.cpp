#include "DemoShowroom.h"

#include "CurrentSelection.h"
#include "core/CurrentDevelopment.h"
#include "core/ManifestLoader.h"
#include "scene/OrbitController.h"
#include "scene/Site.h"
#include "scene/SiteRequest.h"
#include "telemetry/Telemetry.h"

#include <QCoreApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

// The QML modules are static plugins, linked into showroom-bench once, here.
Q_IMPORT_QML_PLUGIN(Showroom_CorePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_ScenePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_TelemetryPlugin)
Q_IMPORT_QML_PLUGIN(ShowroomPlugin)

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

DemoShowroom::~DemoShowroom()
{
    m_engine.reset(); // the window and its bindings go before the services they read
    scene::Site::provide(nullptr);
    ui::CurrentSelection::provide(nullptr);
    core::CurrentDevelopment::provide(nullptr);
    telemetry::Telemetry::provide(nullptr);
}

bool DemoShowroom::open(const QString &developmentDir, const QString &cacheDir, QSize size,
                        telemetry::Telemetry *telemetry, QString *error)
{
    const core::ManifestResult manifest = core::loadManifest(developmentDir);
    if (!manifest.ok()) {
        *error = manifest.errors.constFirst();
        return false;
    }
    m_development.setData(manifest.data);
    m_selection.setDevelopment(&m_development);
    core::CurrentDevelopment::provide(&m_development);
    ui::CurrentSelection::provide(&m_selection);
    scene::Site::provide(&m_site);
    telemetry::Telemetry::provide(telemetry);

    m_sinceOpen.start();
    m_site.load(scene::SiteRequest::fromDevelopment(m_development.data(), cacheDir));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Showroom/Main.qml")));
    m_window = m_engine->rootObjects().isEmpty()
                   ? nullptr
                   : qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window) {
        *error = QStringLiteral("Main.qml did not load");
        return false;
    }
    m_window->resize(size);
    m_window->show();
    if (m_window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        *error = QStringLiteral("the Software scene graph draws no 3D: run under X (tests/with-xvfb.sh)");
        return false;
    }
    auto *siteView = m_window->findChild<QQuickItem *>(QStringLiteral("siteView"));
    m_orbit = siteView ? siteView->property("controller").value<scene::OrbitController *>() : nullptr;
    if (!m_orbit) {
        *error = QStringLiteral("no site view in Main.qml");
        return false;
    }
    return true;
}

bool DemoShowroom::waitUntilShown(int timeoutMs, QString *error)
{
    const bool ready = waitUntil(
        [&] { return m_site.status() == scene::SiteModel::Error || m_window->property("settled").toBool(); },
        timeoutMs);
    if (m_site.status() == scene::SiteModel::Error) {
        *error = m_site.errorString();
        return false;
    }
    if (!ready) {
        *error = QStringLiteral("the site was not on screen after %1 s").arg(timeoutMs / 1000);
        return false;
    }
    bool swapped = false;
    const auto c = QObject::connect(m_window, &QQuickWindow::frameSwapped, m_window, [&] { swapped = true; });
    m_window->update();
    const bool shown = waitUntil([&] { return swapped; }, timeoutMs);
    QObject::disconnect(c);
    if (!shown)
        *error = QStringLiteral("no frame presented after %1 s").arg(timeoutMs / 1000);
    return shown;
}

} // namespace showroom
