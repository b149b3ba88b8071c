// Quick Test runner for qml/dashboard (tests/qml/dashboard/tst_*.qml, one CTest each): the shell's
// services as main.cpp composes them, over a telemetry database seeded with a month of traffic in a
// temporary folder (the Dashboard singleton reads it on its worker). Staff mode stays locked.
#include "DashboardSeed.h"

#include "shell/ShowroomServices.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace showroom;

namespace {
core::DevelopmentData fixture()
{
    return testing::dashboardFixture(3, 3);
}
} // namespace

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        telemetry::Telemetry::Options options;
        options.recorder.path = m_dir.filePath("telemetry.db");
        options.deviceId = "qml-test";
        QString error;
        testing::DashboardSeed seed;
        seed.events = 5000;
        seed.visitors = 80;
        seed.hotSpots = {{0, 0}};
        if (!testing::seedDashboardDatabase(options.recorder.path, fixture(), seed, &error))
            qFatal("cannot seed: %s", qPrintable(error));
        m_services = std::make_unique<shell::ShowroomServices>(options);
        m_services->setDevelopmentData(fixture());
        m_services->startTelemetry(nullptr);
        m_services->publish();
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase() { m_services.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(showroom_dashboard_qml, Setup)
#include "tst_dashboard_qml.moc"
