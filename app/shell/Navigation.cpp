#include "shell/Navigation.h"
#include "shell/QmlSingletons.h"

#include "core/Development.h"
#include "core/UnitSelection.h"

#include <algorithm>

namespace showroom::shell {

Navigation *Navigation::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<Navigation>::create(engine, scriptEngine);
}

namespace {
// Deep enough for any real visit; a kiosk running all day must not grow without bound.
constexpr int MaxHistory = 64;
} // namespace

Navigation::Navigation(core::Development *development, core::UnitSelection *selection, QObject *parent)
    : QObject(parent), m_development(development), m_selection(selection)
{
    if (m_development) {
        // A reload may drop the focused building: fall back to the overview rather than show nothing.
        connect(m_development, &core::Development::developmentChanged, this, [this] {
            if (m_state.mode == Building && !hasBuilding(m_state.buildingId))
                goHome();
        });
    }
}

QList<int> Navigation::floorsOf(const QString &buildingId) const
{
    QList<int> floors;
    if (!m_development || buildingId.isEmpty())
        return floors;
    for (const core::Unit &unit : m_development->data().units) {
        if (unit.building == buildingId && !floors.contains(unit.floor))
            floors.append(unit.floor);
    }
    std::sort(floors.begin(), floors.end());
    return floors;
}

void Navigation::setStatusColoursShown(bool shown)
{
    if (m_statusColoursShown == shown)
        return;
    m_statusColoursShown = shown;
    emit statusColoursShownChanged();
}

void Navigation::setCoveredLeft(qreal share)
{
    share = std::clamp(share, 0.0, 0.8);
    if (qFuzzyCompare(1 + share, 1 + m_coveredLeft))
        return;
    m_coveredLeft = share;
    emit coveredChanged();
}

void Navigation::setCoveredRight(qreal share)
{
    share = std::clamp(share, 0.0, 0.8);
    if (qFuzzyCompare(1 + share, 1 + m_coveredRight))
        return;
    m_coveredRight = share;
    emit coveredChanged();
}

bool Navigation::hasBuilding(const QString &buildingId) const
{
    return m_development && !buildingId.isEmpty() && m_development->data().building(buildingId);
}

Navigation::State Navigation::current() const
{
    State s = m_state;
    s.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    return s;
}

void Navigation::push()
{
    const State now = current();
    if (!m_history.isEmpty() && m_history.constLast() == now)
        return;
    m_history.append(now);
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
}

void Navigation::apply(const State &state, const QString &via)
{
    // Another page is coming: what the old one covered no longer holds (the new page sets its own
    // when it is made, on `changed`; the old one goes only after its fade).
    if (state.mode != m_state.mode) {
        m_coveredLeft = m_coveredRight = 0;
        emit coveredChanged();
    }
    m_state = state;
    m_state.unitId.clear();
    if (m_selection && m_selection->selectedUnitId() != state.unitId) {
        m_selectionVia = via;
        m_selection->select(state.unitId);
        m_selectionVia = QStringLiteral("api");
    }
    emit changed();
}

bool Navigation::selectUnit(const QString &unitId, const QString &via)
{
    if (!m_development || !m_selection || !m_development->hasUnit(unitId))
        return false;
    if (m_selection->selectedUnitId() == unitId)
        return true;
    push();
    m_selectionVia = via;
    m_selection->select(unitId);
    m_selectionVia = QStringLiteral("api");
    emit changed();
    emit unitFocused(unitId, via);
    return true;
}

bool Navigation::showBuilding(const QString &buildingId, const QString &via)
{
    if (!hasBuilding(buildingId))
        return false;
    push();
    State next;
    next.mode = Building;
    next.buildingId = buildingId;
    // A unit of another building would leave its card open over the wrong building.
    const core::Unit *selected =
        m_selection ? m_development->data().unit(m_selection->selectedUnitId()) : nullptr;
    next.unitId = selected && selected->building == buildingId ? selected->id : QString();
    apply(next, via);
    emit buildingFocused(buildingId, via);
    return true;
}

bool Navigation::showFloor(const QString &buildingId, int floor, const QString &via)
{
    if (!hasBuilding(buildingId) || !floorsOf(buildingId).contains(floor))
        return false;
    push();
    State next;
    next.mode = Building;
    next.buildingId = buildingId;
    next.floor = floor;
    const core::Unit *selected =
        m_selection ? m_development->data().unit(m_selection->selectedUnitId()) : nullptr;
    next.unitId =
        selected && selected->building == buildingId && selected->floor == floor ? selected->id : QString();
    apply(next, via);
    emit floorFocused(buildingId, floor, via);
    return true;
}

bool Navigation::showPreset(const QString &presetId, const QString &via)
{
    if (!m_development)
        return false;
    const auto &presets = m_development->data().cameraPresets;
    if (std::none_of(presets.cbegin(), presets.cend(), [&](const auto &p) { return p.id == presetId; }))
        return false;
    push();
    State next;
    next.presetId = presetId;
    next.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    apply(next, via);
    emit presetShown(presetId, via);
    return true;
}

bool Navigation::showPointOfInterest(const QString &poiId, const QString &via)
{
    if (!m_development)
        return false;
    const auto &pois = m_development->data().pointsOfInterest;
    if (std::none_of(pois.cbegin(), pois.cend(), [&](const auto &p) { return p.id == poiId; }))
        return false;
    push();
    State next = current();
    next.poiId = poiId;
    apply(next, via);
    emit pointOfInterestShown(poiId, via);
    return true;
}

void Navigation::showFinder(const QString &via)
{
    if (m_state.mode == Finder)
        return;
    push();
    State next;
    next.mode = Finder;
    next.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    apply(next, via);
    emit finderShown(via);
}

bool Navigation::showStackingPlan(const QString &buildingId, const QString &via)
{
    if (!hasBuilding(buildingId))
        return false;
    if (m_state.mode == StackingPlan && m_state.buildingId == buildingId)
        return true;
    push();
    State next;
    next.mode = StackingPlan;
    next.buildingId = buildingId;
    next.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    apply(next, via);
    emit stackingPlanShown(buildingId, via);
    return true;
}

void Navigation::showCompare(const QString &via)
{
    if (m_state.mode == Compare)
        return;
    push();
    State next;
    next.mode = Compare;
    next.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    apply(next, via);
    emit compareShown(via);
}

void Navigation::showTimeline(const QString &via)
{
    if (m_state.mode == Timeline)
        return;
    push();
    State next;
    next.mode = Timeline;
    next.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    apply(next, via);
    emit timelineShown(via);
}

void Navigation::showDashboard(const QString &via)
{
    if (m_state.mode == Dashboard)
        return;
    push();
    State next;
    next.mode = Dashboard;
    next.unitId = m_selection ? m_selection->selectedUnitId() : QString();
    apply(next, via);
    emit dashboardShown(via);
}

QString Navigation::selectedUnitId() const
{
    return m_selection ? m_selection->selectedUnitId() : QString();
}

QString Navigation::visitedUnitId() const
{
    return (m_state.mode == Inside || m_state.mode == Balcony) && m_selection ? m_selection->selectedUnitId()
                                                                             : QString();
}

bool Navigation::hasInterior(const QString &unitId) const
{
    if (!m_development)
        return false;
    const core::Unit *unit = m_development->data().unit(unitId);
    const core::UnitType *type = unit ? m_development->data().unitType(unit->type) : nullptr;
    return type && !type->interior.isEmpty();
}

bool Navigation::walkInside(const QString &unitId, const QString &via)
{
    if (!hasInterior(unitId))
        return false;
    if (enterHome(Inside, unitId, via))
        emit insideEntered(unitId, via);
    return true;
}

bool Navigation::showBalconyView(const QString &unitId, const QString &via)
{
    if (!m_development || !m_development->hasUnit(unitId))
        return false;
    if (enterHome(Balcony, unitId, via))
        emit balconyShown(unitId, via);
    return true;
}

bool Navigation::enterHome(Mode mode, const QString &unitId, const QString &via)
{
    if (m_state.mode == mode && current().unitId == unitId)
        return false; // already there
    push();
    State next;
    next.mode = mode;
    next.buildingId = m_state.buildingId;
    next.unitId = unitId;
    apply(next, via);
    return true;
}

void Navigation::closePointOfInterest()
{
    if (m_state.poiId.isEmpty())
        return;
    m_state.poiId.clear();
    emit changed();
}

bool Navigation::stepFloor(int delta)
{
    if (m_state.mode != Building || delta == 0)
        return false;
    const QList<int> floors = floorsOf(m_state.buildingId);
    if (floors.isEmpty())
        return false;
    int index = floors.indexOf(m_state.floor); // -1: the whole building
    if (index < 0)
        index = delta < 0 ? int(floors.size()) : -1;
    index += delta > 0 ? 1 : -1;
    State next = current();
    if (index >= int(floors.size()) || index < 0)
        next.floor = -1; // past either end: the whole building again
    else
        next.floor = floors.at(index);
    const core::Unit *selected = m_development->data().unit(next.unitId);
    if (selected && next.floor >= 0 && selected->floor != next.floor)
        next.unitId.clear();
    apply(next, QStringLiteral("floor_stepper"));
    if (next.floor >= 0)
        emit floorFocused(next.buildingId, next.floor, QStringLiteral("floor_stepper"));
    else
        emit buildingFocused(next.buildingId, QStringLiteral("floor_stepper"));
    return true;
}

void Navigation::clearSelection()
{
    if (m_selection && m_selection->hasSelection()) {
        m_selection->clear();
        emit changed();
    }
}

bool Navigation::back()
{
    const State now = current();
    // States equal to what is shown (e.g. the card was closed since) are no step back.
    while (!m_history.isEmpty() && m_history.constLast() == now)
        m_history.removeLast();
    if (m_history.isEmpty())
        return false;
    State previous = m_history.takeLast();
    // Out of a home the visitor comes back to the view before with that home still selected.
    if (now.mode == Inside || now.mode == Balcony)
        previous.unitId = now.unitId;
    apply(previous, QStringLiteral("back"));
    emit wentBack();
    return true;
}

void Navigation::goHome()
{
    m_history.clear();
    apply(State{}, QStringLiteral("home"));
    emit homeShown();
}

} // namespace showroom::shell
