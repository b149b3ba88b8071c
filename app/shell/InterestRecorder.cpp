#include "shell/InterestRecorder.h"
#include "shell/QmlSingletons.h"

#include "core/Development.h"
#include "core/FilterExpression.h"
#include "core/UnitFilterModel.h"
#include "core/UnitSelection.h"
#include "scene/GuidedTour.h"
#include "scene/OrbitController.h"
#include "shell/CompareList.h"
#include "shell/Favourites.h"
#include "shell/Navigation.h"
#include "telemetry/DwellTracker.h"
#include "telemetry/Telemetry.h"

#include <QRegularExpression>

namespace showroom::shell {

InterestRecorder *InterestRecorder::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<InterestRecorder>::create(engine, scriptEngine);
}

namespace targets {
namespace {
QString join(const char *kind, const QString &id)
{
    return id.isEmpty() ? QString() : QLatin1String(kind) + QLatin1Char(':') + id;
}
} // namespace

QString unit(const QString &unitId)
{
    return join("unit", unitId);
}
QString building(const QString &buildingId)
{
    return join("building", buildingId);
}
QString floor(const QString &buildingId, int floor)
{
    return buildingId.isEmpty() || floor < 0
               ? QString()
               : join("floor", buildingId + QLatin1Char('/') + QString::number(floor));
}
QString preset(const QString &presetId)
{
    return join("preset", presetId);
}
QString pointOfInterest(const QString &poiId)
{
    return join("poi", poiId);
}
QString compare()
{
    return QStringLiteral("compare");
}
QString room(const QString &unitId, const QString &roomId)
{
    return unitId.isEmpty() || roomId.isEmpty() ? QString() : join("room", unitId + QLatin1Char('/') + roomId);
}
QString balcony(const QString &unitId)
{
    return join("balcony", unitId);
}
QString timeline()
{
    return QStringLiteral("timeline");
}
QString finder()
{
    return QStringLiteral("finder");
}
bool isWellFormed(const QString &target)
{
    static const QRegularExpression re(
        QStringLiteral("^(site|tour|finder|compare|timeline|[a-z_]+:[^\\s:/]+(/[^\\s:/]+)?)$"));
    return re.match(target).hasMatch();
}
} // namespace targets

InterestRecorder::InterestRecorder(telemetry::Telemetry *telemetry, core::Development *development,
                                   core::UnitSelection *selection, Navigation *navigation, QObject *parent)
    : QObject(parent), m_telemetry(telemetry), m_development(development), m_selection(selection),
      m_navigation(navigation)
{
    auto tracker = [telemetry] {
        auto t = std::make_unique<telemetry::DwellTracker>();
        t->setTelemetry(telemetry);
        return t;
    };
    m_siteDwell = tracker();
    m_siteDwell->setTarget(QStringLiteral("site"));
    m_unitDwell = tracker();
    m_buildingDwell = tracker();
    m_floorDwell = tracker();
    m_finderDwell = tracker();
    m_finderDwell->setTarget(targets::finder());
    m_roomDwell = tracker();
    m_timelineDwell = tracker();
    m_timelineDwell->setTarget(targets::timeline());
    m_dateSettle.setSingleShot(true);
    m_dateSettle.setInterval(1500);
    connect(&m_dateSettle, &QTimer::timeout, this, &InterestRecorder::recordSettledDate);
    m_balconyDwell = tracker();
    // A visitor drags a price slider through dozens of values: only where they stop is interest.
    m_filterSettle.setSingleShot(true);
    m_filterSettle.setInterval(1500);
    connect(&m_filterSettle, &QTimer::timeout, this, &InterestRecorder::recordSettledFilter);

    connect(selection, &core::UnitSelection::selectedUnitIdChanged, this,
            &InterestRecorder::onSelectionChanged);
    connect(navigation, &Navigation::changed, this, &InterestRecorder::updateDwell);
    connect(navigation, &Navigation::changed, this, [this] {
        // Leaving the finder settles the filter it shows (the timer would otherwise fire elsewhere).
        if (m_filterSettle.isActive() && m_navigation && m_navigation->mode() != Navigation::Finder)
            recordSettledFilter();
    });
    connect(navigation, &Navigation::buildingFocused, this, [this](const QString &id, const QString &via) {
        record(QStringLiteral("building_focused"), targets::building(id), {{QStringLiteral("via"), via}});
    });
    connect(navigation, &Navigation::floorFocused, this,
            [this](const QString &id, int floor, const QString &via) {
                record(QStringLiteral("floor_focused"), targets::floor(id, floor),
                       {{QStringLiteral("via"), via},
                        {QStringLiteral("buildingId"), id},
                        {QStringLiteral("floor"), floor}});
            });
    connect(navigation, &Navigation::presetShown, this, [this](const QString &id, const QString &via) {
        record(QStringLiteral("preset_viewed"), targets::preset(id), {{QStringLiteral("via"), via}});
    });
    connect(navigation, &Navigation::pointOfInterestShown, this,
            [this](const QString &id, const QString &via) {
                record(QStringLiteral("poi_viewed"), targets::pointOfInterest(id),
                       {{QStringLiteral("via"), via}});
            });
    // Stacking plan: which building's grid a visitor opened, and from where.
    connect(navigation, &Navigation::stackingPlanShown, this, [this](const QString &id, const QString &via) {
        record(QStringLiteral("stacking_plan_viewed"), targets::building(id), {{QStringLiteral("via"), via}});
    });
    connect(navigation, &Navigation::homeShown, this,
            [this] { record(QStringLiteral("home_pressed"), QStringLiteral("site"), {}); });
    updateDwell();
}

InterestRecorder::~InterestRecorder() = default;

void InterestRecorder::setSiteShown(bool shown)
{
    if (m_siteShown == shown)
        return;
    m_siteShown = shown;
    emit siteShownChanged();
    updateDwell();
}

void InterestRecorder::watchCamera(scene::OrbitController *camera)
{
    connect(camera, &scene::OrbitController::cameraChanged, this, [this, camera] {
        if (m_telemetry && m_siteShown)
            m_telemetry->cameraSample(camera->position(), camera->rotation().rotatedVector({0, 0, -1}));
    });
}

void InterestRecorder::watchTour(scene::GuidedTour *tour)
{
    connect(tour, &scene::GuidedTour::started, this, [this, tour] {
        record(QStringLiteral("tour_started"), QStringLiteral("tour"),
               {{QStringLiteral("stops"), tour->count()}});
    });
    connect(tour, &scene::GuidedTour::stopReached, this, [this, tour](int index) {
        const QString kind = index >= 0 && index < tour->count() ? tour->stops().at(index).kind : QString();
        const QString id = tour->stopId(index);
        const QString target =
            kind == QLatin1String("poi") ? targets::pointOfInterest(id) : targets::preset(id);
        record(kind == QLatin1String("poi") ? QStringLiteral("poi_viewed") : QStringLiteral("preset_viewed"),
               target, {{QStringLiteral("via"), QStringLiteral("tour")}});
    });
    connect(tour, &scene::GuidedTour::finished, this, [this, tour](bool completed) {
        record(QStringLiteral("tour_finished"), QStringLiteral("tour"),
               {{QStringLiteral("completed"), completed},
                {QStringLiteral("stopsSeen"), tour->currentIndex() + 1}});
    });
}

void InterestRecorder::watchFavourites(Favourites *favourites)
{
    connect(favourites, &Favourites::added, this,
            [this](const QString &id) { record(QStringLiteral("favourite_added"), targets::unit(id), {}); });
    connect(favourites, &Favourites::removed, this, [this](const QString &id) {
        record(QStringLiteral("favourite_removed"), targets::unit(id), {});
    });
}

void InterestRecorder::watchCompareList(CompareList *compareList)
{
    m_compareList = compareList;
    connect(m_navigation, &Navigation::compareShown, this, [this](const QString &via) {
        const QStringList units = m_compareList ? m_compareList->unitIds() : QStringList();
        record(QStringLiteral("compare_opened"), targets::compare(),
               {{QStringLiteral("via"), via}, {QStringLiteral("units"), units}});
    });
}

void InterestRecorder::watchFinder(core::UnitFilterModel *finder)
{
    if (m_finder)
        m_finder->disconnect(this);
    m_finder = finder;
    m_lastSettledFilter = finder ? core::describe(finder->filter()) : QString();
    if (finder)
        connect(finder, &core::UnitFilterModel::changed, this, [this] { m_filterSettle.start(); });
}

void InterestRecorder::recordSettledFilter()
{
    m_filterSettle.stop();
    if (!m_finder)
        return;
    const QString filter = core::describe(m_finder->filter());
    if (filter == m_lastSettledFilter)
        return; // changed and changed back: nothing new settled
    m_lastSettledFilter = filter;
    // "" is the finder's default (available homes, nothing else): a visitor who cleared the filters.
    record(QStringLiteral("filter_settled"), targets::finder(),
           {{QStringLiteral("filter"), filter}, {QStringLiteral("results"), m_finder->count()}});
}

void InterestRecorder::record(const QString &name, const QString &target, QVariantMap properties)
{
    if (!targets::isWellFormed(target)) {
        ++m_refused;
        qWarning("showroom: interest event %s with malformed target '%s' not recorded", qPrintable(name),
                 qPrintable(target));
        return;
    }
    if (!m_telemetry)
        return;
    properties.insert(QStringLiteral("target"), target);
    m_telemetry->track(name, properties);
}

void InterestRecorder::onSelectionChanged()
{
    updateDwell();
    if (!m_selection || !m_selection->hasSelection() || !m_development)
        return;
    const core::Unit *unit = m_development->data().unit(m_selection->selectedUnitId());
    if (!unit)
        return;
    // The same properties whichever way the unit was chosen; `via` tells the ways apart.
    record(QStringLiteral("unit_selected"), targets::unit(unit->id),
           {{QStringLiteral("via"), m_navigation ? m_navigation->selectionVia() : QStringLiteral("api")},
            {QStringLiteral("price"), unit->price},
            {QStringLiteral("status"), core::statusKey(unit->status)},
            {QStringLiteral("typeId"), unit->type},
            {QStringLiteral("buildingId"), unit->building},
            {QStringLiteral("floor"), unit->floor}});
}

void InterestRecorder::updateDwell()
{
    const core::Unit *unit =
        m_selection && m_development ? m_development->data().unit(m_selection->selectedUnitId()) : nullptr;
    // A building's stacking plan is time spent on that building too.
    const bool inBuilding = m_navigation && (m_navigation->mode() == Navigation::Building ||
                                             m_navigation->mode() == Navigation::StackingPlan);
    const bool inFinder = m_navigation && m_navigation->mode() == Navigation::Finder;
    const bool awayFromSite = m_navigation && (m_navigation->mode() == Navigation::Inside ||
                                         m_navigation->mode() == Navigation::Balcony ||
                                         m_navigation->mode() == Navigation::Timeline);
    // The focused building and floor are interest of their own; a unit's card also counts for its
    // building and floor, so interest in "Haus Linde, upper floors" adds up across the units compared.
    const QString building = inBuilding ? m_navigation->buildingId() : unit ? unit->building : QString();
    QString floor;
    if (inBuilding && m_navigation->hasFloor())
        floor = targets::floor(m_navigation->buildingId(), m_navigation->floor());
    else if (unit)
        floor = targets::floor(unit->building, unit->floor);

    m_unitDwell->setTarget(unit ? targets::unit(unit->id) : QString());
    m_unitDwell->setActive(m_siteShown && unit);
    m_buildingDwell->setTarget(targets::building(building));
    m_buildingDwell->setActive(m_siteShown && !building.isEmpty());
    m_floorDwell->setTarget(floor);
    m_floorDwell->setActive(m_siteShown && !floor.isEmpty());
    m_siteDwell->setActive(m_siteShown && !inBuilding && !inFinder && !awayFromSite);
    m_finderDwell->setActive(m_siteShown && inFinder);
    m_timelineDwell->setActive(m_siteShown && m_navigation && m_navigation->mode() == Navigation::Timeline);
    updateVisitDwell();
}

} // namespace showroom::shell
