#include "shell/CameraDirector.h"

#include "core/Development.h"
#include "scene/OrbitController.h"
#include "scene/SiteModel.h"
#include "shell/Navigation.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace showroom::shell {

namespace {
// The orbit camera's lens and lowest pitch everywhere but at a camera preset, which may ask for a wider
// lens and look up at the buildings from eye height on the street.
constexpr qreal DefaultFieldOfView = 40;
constexpr qreal DefaultMinPitch = 5;
} // namespace

CameraDirector::CameraDirector(core::Development *development, scene::SiteModel *site,
                               scene::OrbitController *camera, Navigation *navigation, QObject *parent)
    : QObject(parent), m_development(development), m_site(site), m_camera(camera), m_navigation(navigation)
{
    connect(site, &scene::SiteModel::loaded, this, [this] {
        if (m_site->status() != scene::SiteModel::Ready)
            return;
        applyLimits();
        showCurrent(false);
    });
    // Before the site is on screen there is nothing to frame (and its bounds are empty): the camera
    // is framed once it loads, from what Navigation shows then.
    auto ready = [this] { return m_site && m_site->status() == scene::SiteModel::Ready; };
    connect(navigation, &Navigation::buildingFocused, this, [this, ready](const QString &id) {
        if (ready())
            frameBuilding(id, true);
    });
    connect(navigation, &Navigation::floorFocused, this, [this, ready](const QString &id, int floor) {
        if (ready())
            frameFloor(id, floor, true);
    });
    connect(navigation, &Navigation::presetShown, this, [this, ready](const QString &id) {
        if (ready())
            showPreset(id, true);
    });
    connect(navigation, &Navigation::pointOfInterestShown, this, [this, ready](const QString &id) {
        if (ready())
            showPointOfInterest(id, true);
    });
    // The stacking plan sits on the left; its building is framed in the 3D view beside it.
    connect(navigation, &Navigation::stackingPlanShown, this, [this, ready](const QString &id) {
        if (ready())
            frameBuilding(id, true);
    });
    // A home chosen from a list (the finder's results, the stacking plan) may be anywhere on the site:
    // fly to it. One tapped in 3D is already in view, so the camera stays put for those.
    connect(navigation, &Navigation::unitFocused, this, [this, ready](const QString &id, const QString &via) {
        if (ready() && (via == QLatin1String("finder_list") || via == QLatin1String("stacking_plan")))
            frameUnit(id, true);
    });
    connect(navigation, &Navigation::homeShown, this, [this, ready] {
        if (ready())
            frameSite(true);
    });
    connect(navigation, &Navigation::wentBack, this, [this] { showCurrent(true); });
    // Panels that open or close beside the stage (the finder's, the stacking plan's sheet, the card):
    // what is framed moves into the middle of the part they leave free.
    m_coverChange.setSingleShot(true);
    m_coverChange.setInterval(0);
    connect(&m_coverChange, &QTimer::timeout, this, &CameraDirector::coverChanged);
    connect(navigation, &Navigation::coveredChanged, &m_coverChange, qOverload<>(&QTimer::start));
}

bool CameraDirector::followCover()
{
    const qreal left = m_camera->coveredLeft(), right = m_camera->coveredRight();
    m_camera->setCoveredLeft(m_navigation->coveredLeft());
    m_camera->setCoveredRight(m_navigation->coveredRight());
    return left != m_camera->coveredLeft() || right != m_camera->coveredRight();
}

void CameraDirector::coverChanged()
{
    // The camera slides what it shows sideways by itself; a site or building fitted to the old free
    // part of the stage is fitted again to the new one (a home flown to keeps its distance).
    const bool changed = followCover();
    const Navigation::Mode mode = m_navigation->mode();
    if (changed && m_boxFramed && (mode == Navigation::Finder || mode == Navigation::StackingPlan) &&
        m_site && m_site->status() == scene::SiteModel::Ready)
        // A framing that was a jump (a still, the first frame) is corrected by a jump: a still is
        // taken a few frames later and must not catch a flight.
        showCurrent(!(m_jumped && m_jumpedIn == mode));
}

void CameraDirector::framed(bool box, bool animate)
{
    m_boxFramed = box;
    m_jumped = !animate;
    m_jumpedIn = m_navigation->mode();
}

void CameraDirector::showCurrent(bool animate)
{
    if (!m_site || m_site->status() != scene::SiteModel::Ready)
        return;
    if (m_navigation->mode() == Navigation::StackingPlan) {
        frameBuilding(m_navigation->buildingId(), animate);
    } else if (m_navigation->mode() == Navigation::Building) {
        if (m_navigation->hasFloor())
            frameFloor(m_navigation->buildingId(), m_navigation->floor(), animate);
        else
            frameBuilding(m_navigation->buildingId(), animate);
    } else if (m_navigation->mode() == Navigation::Finder && !m_navigation->selectedUnitId().isEmpty()) {
        // The finder opened (or came back) with a home chosen: that home, between the panels.
        frameUnit(m_navigation->selectedUnitId(), animate);
    } else if (!m_navigation->pointOfInterestId().isEmpty()) {
        showPointOfInterest(m_navigation->pointOfInterestId(), animate);
    } else if (!m_navigation->presetId().isEmpty()) {
        showPreset(m_navigation->presetId(), animate);
    } else {
        frameSite(animate);
    }
    if (!animate)
        m_camera->settle();
}

void CameraDirector::applyLimits()
{
    m_camera->setGroundLevel(std::max(0.0f, m_site->boundsMin().y()));
    m_camera->setObstacles(m_site->buildingBoxes());
}

void CameraDirector::resetLens()
{
    followCover();
    m_camera->setFieldOfView(DefaultFieldOfView);
    m_camera->setMinPitch(DefaultMinPitch);
}

void CameraDirector::frameSite(bool animate)
{
    resetLens();
    framed(true, animate);
    const QVector3D min = m_site->buildingsMin(), max = m_site->buildingsMax();
    // A little of the surroundings around the buildings, and never below the ground.
    const float pad = std::max(max.x() - min.x(), max.z() - min.z()) * 0.08f;
    m_camera->frame(QVector3D(min.x() - pad, std::max(min.y(), 0.0f), min.z() - pad),
                    QVector3D(max.x() + pad, max.y(), max.z() + pad), animate);
}

void CameraDirector::frameBuilding(const QString &buildingId, bool animate)
{
    resetLens();
    const QVector3D min = m_site->buildingBoundsMin(buildingId), max = m_site->buildingBoundsMax(buildingId);
    if (min == max)
        return;
    framed(true, animate);
    // frame() also resets the pan area and zoom limits to the framed box: widen them back to the site.
    const float pad = std::max(max.x() - min.x(), max.z() - min.z()) * 0.15f;
    const QVector3D lo(min.x() - pad, std::max(min.y(), 0.0f), min.z() - pad),
        hi(max.x() + pad, max.y(), max.z() + pad);
    m_camera->frame(lo, hi, animate);
}

void CameraDirector::frameFloor(const QString &buildingId, int floor, bool animate)
{
    resetLens();
    const QVector3D min = m_site->buildingBoundsMin(buildingId), max = m_site->buildingBoundsMax(buildingId);
    const qreal top = m_site->floorTop(buildingId, floor);
    if (min == max || std::isnan(top))
        return;
    framed(false, animate);
    // From above and a little to the side, so the floor reads like a plan with some depth to it.
    const QVector3D centre((min.x() + max.x()) / 2, float(top), (min.z() + max.z()) / 2);
    const qreal extent = std::max(max.x() - min.x(), max.z() - min.z());
    const qreal halfFov = qDegreesToRadians(m_camera->fieldOfView() / 2);
    const qreal distance = extent * 0.62 / std::tan(halfFov) + 4;
    m_camera->flyTo(centre, m_camera->goalYaw(), 62, distance, animate ? -1 : 0);
}

void CameraDirector::showPreset(const QString &presetId, bool animate)
{
    for (const core::CameraPreset &preset : m_development->data().cameraPresets) {
        if (preset.id != presetId)
            continue;
        // The preset's own lens, and its pitch even when it looks up (the ground rule still holds).
        const QVector3D toCamera = preset.position - preset.target;
        const qreal pitch =
            toCamera.length() > 0 ? qRadiansToDegrees(std::asin(toCamera.y() / toCamera.length())) : 0;
        followCover();
        framed(false, animate);
        m_camera->setFieldOfView(preset.fov > 0 ? preset.fov : DefaultFieldOfView);
        m_camera->setMinPitch(std::min(DefaultMinPitch, pitch - 1));
        m_camera->flyToView(preset.position, preset.target, animate ? -1 : 0);
        return;
    }
}

void CameraDirector::showPointOfInterest(const QString &poiId, bool animate)
{
    for (const core::PointOfInterest &poi : m_development->data().pointsOfInterest) {
        if (poi.id != poiId || !poi.hasPosition)
            continue;
        resetLens();
        framed(false, animate);
        m_camera->flyTo(poi.position, m_camera->goalYaw(), 35, 45, animate ? -1 : 0);
        return;
    }
}

void CameraDirector::frameUnit(const QString &unitId, bool animate)
{
    const QVector3D centre = m_site->unitCenter(unitId), size = m_site->unitSize(unitId);
    if (size.isNull())
        return;
    resetLens();
    framed(false, animate);
    // Face the side of its building the home is on (from the building's middle out through the
    // home), a little from above, so its windows and balcony are seen rather than the building's back.
    const QString building = m_site->buildingOfUnit(unitId);
    QVector3D out = centre - (m_site->buildingBoundsMin(building) + m_site->buildingBoundsMax(building)) / 2;
    out.setY(0);
    const qreal yaw =
        out.lengthSquared() > 0.25f ? qRadiansToDegrees(std::atan2(out.x(), out.z())) : m_camera->goalYaw();
    // The home with a neighbour or two on each side and the floors above and below it, in the part of
    // the stage that panels leave uncovered (the finder's list on the left, the unit card on the right):
    // the camera's lens shift (coveredLeft/Right) draws its target in the middle of that part.
    const qreal seen = std::max(0.2, 1 - m_camera->coveredLeft() - m_camera->coveredRight());
    const qreal extent = std::max({size.x(), size.y(), size.z()}) * 4.0f;
    const qreal tanV = std::tan(qDegreesToRadians(m_camera->fieldOfView() / 2));
    const qreal tanH = tanV * std::max(0.1, m_camera->aspectRatio());
    const qreal distance = std::max({18.0, extent / 2 / tanV, extent / 2 / (tanH * seen)});
    m_camera->flyTo(centre, yaw, 22, distance, animate ? -1 : 0);
}

} // namespace showroom::shell
