// Quick Test runner for the Showroom QML module: one CTest per tst_*.qml in this folder. The setup
// gives every test engine the application's import path and the singletons main.cpp would provide,
// here filled with a small development built in code (no files needed).
#include "CurrentSelection.h"
#include "core/CurrentDevelopment.h"
#include "core/Development.h"
#include "core/UnitSelection.h"
#include "scene/Site.h"
#include "scene/SiteModel.h"

#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Showroom_CorePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_ScenePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_TelemetryPlugin)
Q_IMPORT_QML_PLUGIN(ShowroomPlugin)

using namespace showroom;

namespace {
core::DevelopmentData fixtureDevelopment()
{
    core::DevelopmentData d;
    d.development.id = "fixture";
    d.development.name = "Fixture Gardens";
    d.development.currency = "EUR";
    d.buildings = {{"A", "Haus Linde", "apartments", 6, "Building_A"}};
    core::UnitType twoBed;
    twoBed.id = "2B";
    twoBed.name = "Two-bedroom apartment";
    twoBed.bedrooms = 2;
    twoBed.bathrooms = 1;
    twoBed.area = 71.5;
    d.unitTypes = {twoBed};
    core::Unit a;
    a.id = "A_0304";
    a.building = "A";
    a.floor = 3;
    a.type = "2B";
    a.bedrooms = 2;
    a.bathrooms = 1;
    a.area = 71.5;
    a.price = 385000;
    a.status = core::UnitStatus::Available;
    a.orientation = "SW";
    a.balcony = true;
    a.balconyArea = 8.4;
    a.node = "Unit_A_0304";
    core::Unit b = a;
    b.id = "A_0101";
    b.floor = 1;
    b.price = 342000;
    b.status = core::UnitStatus::Sold;
    b.orientation = "N";
    b.balcony = false;
    b.balconyArea = 0;
    b.node = "Unit_A_0101";
    d.units = {a, b};
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
        m_development.setData(fixtureDevelopment());
        m_selection.setDevelopment(&m_development);
        core::CurrentDevelopment::provide(&m_development);
        ui::CurrentSelection::provide(&m_selection);
        scene::Site::provide(&m_site);
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase()
    {
        scene::Site::provide(nullptr);
        ui::CurrentSelection::provide(nullptr);
        core::CurrentDevelopment::provide(nullptr);
    }

private:
    core::Development m_development;
    core::UnitSelection m_selection;
    scene::SiteModel m_site; // empty (status Null): these tests draw no 3D
};

QUICK_TEST_MAIN_WITH_SETUP(showroom_qml, Setup)
#include "tst_qml.moc"
