// The one place where what the visitor does becomes telemetry. It watches Navigation (mode, focused
// building and floor, presets, points of interest), the unit selection, the camera and the guided tour,
// and writes the events and dwell times listed in docs/events.md, with well-formed targets
// ("unit:A_0304", "building:A", "floor:A/3", …). Screens never build event names or target strings.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

#include <memory>

namespace showroom::core {
class Development;
class UnitFilterModel;
class UnitSelection;
} // namespace showroom::core
namespace showroom::scene {
class OrbitController;
class GuidedTour;
} // namespace showroom::scene
namespace showroom::telemetry {
class Telemetry;
class DwellTracker;
} // namespace showroom::telemetry

namespace showroom::shell {

class Navigation;
class Favourites;
class CompareList;
class UnitVisit;
class ConstructionTimeline;
class SunStudy;
} // namespace showroom::shell
namespace showroom::lead {
class LeadForm;
}
namespace showroom::shell {
class FinishSelection;

// Target strings, one scheme each (docs/events.md). Empty when the id is empty: such a target is
// never written.
namespace targets {
QString unit(const QString &unitId);
QString building(const QString &buildingId);
QString floor(const QString &buildingId, int floor);
QString preset(const QString &presetId);
QString pointOfInterest(const QString &poiId);
// The unit finder as a whole ("finder"): the filters a visitor settled on, the time spent there.
QString finder();
// The compare page as a whole ("compare"); which homes it showed is a property of the event.
QString compare();
// A room of a unit's interior, "room:A_0304/Bedroom_1" (the room id is its floor node's name after
// "Floor_"), and a unit's balcony view, "balcony:A_0304".
QString room(const QString &unitId, const QString &roomId);
QString balcony(const QString &unitId);
// The construction timeline as a whole ("timeline"): the dates visitors look at, the time spent there.
QString timeline();
// True for "site", "tour", "finder", "compare" and "<kind>:<id>[/<part>]" with non-empty parts and no white
// space.
bool isWellFormed(const QString &target);
} // namespace targets

class InterestRecorder : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Interest)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    // True while the site is on screen (loaded, nothing in front): dwell clocks run only then.
    Q_PROPERTY(bool siteShown READ siteShown WRITE setSiteShown NOTIFY siteShownChanged)

public:
    static InterestRecorder *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    InterestRecorder(telemetry::Telemetry *telemetry, core::Development *development,
                     core::UnitSelection *selection, Navigation *navigation, QObject *parent = nullptr);
    ~InterestRecorder() override;

    bool siteShown() const { return m_siteShown; }
    void setSiteShown(bool shown);

    // Camera samples (throttled by telemetry) from the orbit camera.
    void watchCamera(scene::OrbitController *camera);
    void watchTour(scene::GuidedTour *tour);
    // The unit finder's filter: `filter_settled` once it has not changed for filterSettleMs (and when
    // the visitor leaves the finder with one pending), never on every slider tick.
    void watchFinder(core::UnitFilterModel *finder);
    int filterSettleMs() const { return m_filterSettle.interval(); }
    void setFilterSettleMs(int ms) { m_filterSettle.setInterval(ms); } // tests
    // favourite_added / favourite_removed as the visitor hearts homes; compare_opened (with the
    // homes compared) each time Navigation shows the compare page.
    void watchFavourites(Favourites *favourites);
    void watchCompareList(CompareList *compareList);
    // Inside a home: inside_entered, room_entered (the path through it), inside_left, room dwell;
    // balcony_viewed and the balcony dwell (InterestRecorderVisit.cpp).
    void watchVisit(UnitVisit *visit);
    // timeline_opened, timeline_date_settled (debounced like the finder's filter), dwell on `timeline`.
    void watchTimeline(ConstructionTimeline *timeline);
    // sun_time_settled: the day and time of day a visitor settled on in the sun study (debounced).
    void watchSun(SunStudy *sun);
    // lead_form_opened / lead_submitted: the lead form, without any personal data
    // (InterestRecorderLead.cpp).
    void watchLeadForm(lead::LeadForm *form);
    // finish_chosen / finishes_reset: the visitor's picks in the finishes configurator
    // (InterestRecorderFinishes.cpp).
    void watchFinishes(FinishSelection *finishes);

    // unit_status_changed {unit, from, to}: a home's sales status in the package differs from the one
    // this device saw last (InterestRecorderStatus.cpp; WelcomeBack compares, the device remembers).
    void recordUnitStatusChange(const QString &unitId, const QString &from, const QString &to);

    // Events refused because their target was empty or malformed (a programming error; tests read it).
    int refusedEvents() const { return m_refused; }

signals:
    void siteShownChanged();

private:
    void record(const QString &name, const QString &target, QVariantMap properties);
    void onSelectionChanged();
    void updateDwell();
    void recordSettledFilter();
    void onRoomChanged();
    void updateVisitDwell();
    void recordBalconyView();
    void recordSettledDate();
    void recordSettledSun();
    void finishInsideVisit();

    QPointer<telemetry::Telemetry> m_telemetry;
    QPointer<core::Development> m_development;
    QPointer<core::UnitSelection> m_selection;
    QPointer<Navigation> m_navigation;
    std::unique_ptr<telemetry::DwellTracker> m_siteDwell;
    std::unique_ptr<telemetry::DwellTracker> m_unitDwell;
    std::unique_ptr<telemetry::DwellTracker> m_buildingDwell;
    std::unique_ptr<telemetry::DwellTracker> m_floorDwell;
    std::unique_ptr<telemetry::DwellTracker> m_finderDwell;
    QPointer<core::UnitFilterModel> m_finder;
    QTimer m_filterSettle;       // restarted by every filter change
    QString m_lastSettledFilter; // not written twice in a row
    QPointer<CompareList> m_compareList;
    QPointer<UnitVisit> m_visit;
    std::unique_ptr<telemetry::DwellTracker> m_roomDwell;
    std::unique_ptr<telemetry::DwellTracker> m_balconyDwell;
    QString m_insideUnit;    // the home being walked through ("" when not inside)
    QStringList m_path;      // its rooms in the order visited (no repeats in a row)
    QString m_balconyVia;
    QPointer<ConstructionTimeline> m_timeline;
    std::unique_ptr<telemetry::DwellTracker> m_timelineDwell;
    QTimer m_dateSettle;       // restarted by every date change on the timeline
    QString m_lastSettledDate; // not written twice in a row
    QPointer<SunStudy> m_sun;
    QTimer m_sunSettle;       // restarted by every change of the sun study's day or time
    QString m_lastSettledSun; // "date time", not written twice in a row    // a balcony view asked for, written once the visit knows where it stands
    bool m_siteShown = false;
    int m_refused = 0;
};

} // namespace showroom::shell
