// Moves the orbit camera to what Navigation shows: the whole site, a building, a floor seen from above,
// a camera preset, a point of interest; and keeps the camera's limits (ground, buildings, zoom range)
// in step with the loaded site. Every move is an eased flight that a touch interrupts.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

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
    // What is framed is drawn in the part of the stage that Navigation.coveredLeft/Right leave free.
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
    bool followCover(); // true if the camera's covered shares changed
    void coverChanged();
    void framed(bool box, bool animate);

    QPointer<core::Development> m_development;
    QPointer<scene::SiteModel> m_site;
    QPointer<scene::OrbitController> m_camera;
    QPointer<Navigation> m_navigation;
    QTimer m_coverChange;     // a page resets and then sets the covered shares: act once on both
    bool m_boxFramed = false; // the last framing fitted a box (site, building) rather than a home
    bool m_jumped = false;    // ...and was a jump, in this mode:
    int m_jumpedIn = -1;
};

} // namespace showroom::shell
