// Moves the orbit camera to what Navigation shows: the whole site, a building, a floor seen from above,
// a camera preset, a point of interest; and keeps the camera's limits (ground, buildings, zoom range)
// in step with the loaded site. Every move is an eased flight that a touch interrupts.
#pragma once

#include <QObject>
#include <QPointer>

namespace showroom::core {
class Development;
}
namespace showroom::scene {
class OrbitController;
class SiteModel;
} // namespace showroom::scene

namespace showroom::shell {

class Navigation;

class CameraDirector : public QObject
{
    Q_OBJECT

public:
    CameraDirector(core::Development *development, scene::SiteModel *site, scene::OrbitController *camera,
                   Navigation *navigation, QObject *parent = nullptr);

    // Frames what Navigation shows now; animate = fly there, otherwise jump (stills, first frame).
    void showCurrent(bool animate);

private:
    void frameSite(bool animate);
    void frameBuilding(const QString &buildingId, bool animate);
    void frameFloor(const QString &buildingId, int floor, bool animate);
    void showPreset(const QString &presetId, bool animate);
    void showPointOfInterest(const QString &poiId, bool animate);
    void frameUnit(const QString &unitId, bool animate);
    void applyLimits();
    void resetLens();

    QPointer<core::Development> m_development;
    QPointer<scene::SiteModel> m_site;
    QPointer<scene::OrbitController> m_camera;
    QPointer<Navigation> m_navigation;
};

} // namespace showroom::shell
