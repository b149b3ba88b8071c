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
    core::DevelopmentData d;
    d.development.id = "fixture";
    d.development.name = "Fixture Gardens";
    d.development.currency = "EUR";
    d.buildings = {{"A", "Haus Linde", "apartments", 4, "Building_A"}};
    core::UnitType t;
    t.id = "2B";
    t.name = "Two-bedroom apartment";
    t.bedrooms = 2;
    t.rooms = {{"Floor_Living", "Living"}, {"Floor_Bedroom_1", "Bedroom 1"}};
    d.unitTypes = {t};
    for (int floor = 0; floor < 3; ++floor) {
        for (int n = 1; n <= 3; ++n) {
            core::Unit u;
            u.id = QStringLiteral("A_%1%2").arg(floor, 2, 10, QChar('0')).arg(n, 2, 10, QChar('0'));
            u.building = "A";
            u.floor = floor;
            u.type = "2B";
            u.bedrooms = 2;
            u.price = 300000 + 10000 * floor + n * 1000;
            u.status = n == 1 ? core::UnitStatus::Sold : core::UnitStatus::Available;
            u.node = "Unit_" + u.id;
            d.units.append(u);
        }
    }
    return d;
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
