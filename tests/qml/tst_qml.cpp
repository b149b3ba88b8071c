// Quick Test runner for the QML modules: one CTest per tst_*.qml under this folder. The setup gives
// every test engine the application's import path and the shell's services (ShowroomServices, as
// main.cpp composes them), here with a small development built in code (no files needed) and telemetry
// in memory. Tests reset Navigation themselves (Navigation.goHome()) so none depends on another.
#include "shell/ShowroomServices.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QtQuickTest>

using namespace showroom;

namespace {
core::DevelopmentData fixtureDevelopment()
{
    core::DevelopmentData d;
    d.development.id = "fixture";
    d.development.name = "Fixture Gardens";
    d.development.currency = "EUR";
    // B has no homes on sale yet (the stacking plan's building switch; no unit counts change).
    d.buildings = {{"A", "Haus Linde", "apartments", 6, "Building_A"},
                   {"B", "Haus Ahorn", "apartments", 4, "Building_B"}};
    // C: the finder's spread of homes (1, 3 and 4 bedrooms; other floors, aspects and prices).
    d.buildings.append({"C", "Haus Eiche", "apartments", 5, "Building_C"});
    core::UnitType twoBed;
    twoBed.id = "2B";
    twoBed.name = "Two-bedroom apartment";
    twoBed.bedrooms = 2;
    twoBed.bathrooms = 1;
    twoBed.area = 71.5;
    twoBed.interior = "interiors/2B.glb"; // (not in the fixture: a visit fails to load, the mode still changes)
    d.unitTypes = {twoBed};
    auto type = [&d](const char *id, const char *name, int bedrooms, double area) {
        core::UnitType t;
        t.id = id;
        t.name = name;
        t.bedrooms = bedrooms;
        t.bathrooms = bedrooms > 2 ? 2 : 1;
        t.area = area;
        d.unitTypes.append(t);
    };
    type("1B", "One-bedroom apartment", 1, 48.5);
    type("3B", "Three-bedroom apartment", 3, 92.0);
    type("4B", "Four-bedroom penthouse", 4, 118.0);
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
    core::Unit c = a;
    c.id = "A_0305";
    c.status = core::UnitStatus::Reserved;
    c.node = "Unit_A_0305";
    d.units = {a, b, c};
    auto home = [&d](const char *id, int floor, const char *type, int bedrooms, double area, double price,
                     core::UnitStatus status, const char *orientation) {
        core::Unit u;
        u.id = id;
        u.building = "C";
        u.floor = floor;
        u.type = type;
        u.bedrooms = bedrooms;
        u.bathrooms = bedrooms > 2 ? 2 : 1;
        u.area = area;
        u.price = price;
        u.status = status;
        u.orientation = orientation;
        u.node = QStringLiteral("Unit_") + id;
        d.units.append(u);
    };
    home("C_0201", 2, "3B", 3, 92.0, 455000, core::UnitStatus::Available, "S");
    home("C_0402", 4, "1B", 1, 48.5, 259000, core::UnitStatus::Available, "E");
    home("C_0403", 4, "4B", 4, 118.0, 610000, core::UnitStatus::Reserved, "SW");
    d.cameraPresets = {{"entrance", "From the tram stop", QVector3D(60, 12, 80), QVector3D(0, 8, 0), 0},
                       {"courtyard", "The courtyard", QVector3D(-20, 30, 10), QVector3D(0, 0, 0), 0}};
    core::PointOfInterest tram;
    tram.id = "tram";
    tram.name = "Tram stop";
    tram.description = "Line 4 to the old town in 12 minutes";
    tram.category = "transport";
    tram.hasPosition = true;
    tram.position = QVector3D(80, 0, 40);
    d.pointsOfInterest = {tram};
    // The finishes configurator's palettes: "light" is standard; only "walnut" has a price.
    auto surface = [](const char *name, const char *color, double priceDelta) {
        core::Surface s;
        s.name = name;
        s.color = QColor(color);
        s.priceDelta = priceDelta;
        return s;
    };
    core::FinishPalette light{"light", "Light Oak", true, {}};
    light.surfaces = {{"floor", surface("Oak boards", "#d9c29c", 0)}, {"kitchen", surface("White fronts", "#f1efea", 0)}};
    core::FinishPalette walnut{"walnut", "Walnut", false, {}};
    walnut.surfaces = {{"floor", surface("Walnut boards", "#7d5637", 2800)},
                       {"kitchen", surface("Anthracite fronts", "#3b3f43", 1400)}};
    d.finishPalettes = {light, walnut};
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
        m_services = std::make_unique<shell::ShowroomServices>();
        m_services->setDevelopmentData(fixtureDevelopment());
        m_services->startTelemetry(nullptr);
        m_services->publish(); // the site model stays empty (status Null): these tests draw no 3D
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase() { m_services.reset(); }

private:
    std::unique_ptr<shell::ShowroomServices> m_services;
};

QUICK_TEST_MAIN_WITH_SETUP(showroom_qml, Setup)
#include "tst_qml.moc"
