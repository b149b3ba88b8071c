// The composition of the application's services, made once and used alike by the app (main.cpp), the
// benchmarks and the tests: the development on show, the unit selection, the site model, the orbit
// camera and its guided tour, navigation, telemetry and the interest recorder that connects them.
// publish() gives them to QML (QmlSingletons.h); openWindow() loads Main.qml.
#pragma once

#include "core/Development.h"
#include "core/UnitFilterModel.h"
#include "core/UnitSelection.h"
#include "dashboard/DashboardModel.h"
#include "kiosk/KioskSession.h"
#include "lead/LeadForm.h"
#include "scene/GuidedTour.h"
#include "scene/OrbitController.h"
#include "scene/SiteModel.h"
#include "shell/BrochureMaker.h"
#include "shell/CameraDirector.h"
#include "shell/CompareList.h"
#include "shell/ConstructionTimeline.h"
#include "shell/Favourites.h"
#include "shell/FinishSelection.h"
#include "shell/InterestRecorder.h"
#include "shell/LanguageSwitch.h"
#include "shell/Navigation.h"
#include "shell/Preferences.h"
#include "shell/SunStudy.h"
#include "shell/UnitVisit.h"
#include "shell/WelcomeBack.h"
#include "staff/StaffAccess.h"
#include "telemetry/Telemetry.h"

#include <QLocale>
#include <QQmlApplicationEngine>
#include <QString>

#include <memory>

class QQuickWindow;

namespace showroom::sync {
class MirrorService;
class SyncService;
}

namespace showroom::shell {

class ShowroomServices
{
public:
    // telemetryOptions: where and how visits are recorded (default: in memory, nothing kept).
    explicit ShowroomServices(const telemetry::Telemetry::Options &telemetryOptions = inMemoryTelemetry());
    ~ShowroomServices(); // the window goes before the services it reads
    ShowroomServices(const ShowroomServices &) = delete;
    ShowroomServices &operator=(const ShowroomServices &) = delete;

    static telemetry::Telemetry::Options inMemoryTelemetry();
    // Kiosks and CI often run with LANG unset ("C"), which formats prices as "255,500€"; this falls back
    // to an English locale that writes euros the way a buyer reads them ("€255,500").
    static QLocale displayLocale();

    // Loads a development package's manifest (false + the first problem, with how many more, on error).
    bool loadDevelopment(const QString &packageDir, QString *error);
    // Tests: a development built in code.
    void setDevelopmentData(const core::DevelopmentData &data);
    // Starts importing the development's site model off the GUI thread. cacheDir empty: the package's
    // own cache folder; isolatedWorker: showroom-import, so a crashing Assimp reader cannot kill the app.
    void loadSite(const QString &cacheDir = QString(), const QString &isolatedWorker = QString());
    // Opens the telemetry database and starts the visitor's session (never fatal: false + why).
    // A kiosk passes startSession false: its first session starts with the first touch (app/kiosk).
    bool startTelemetry(QString *error, bool startSession = true);

    // Hands every service to QML; call before the first engine loads.
    void publish();
    // publish() + loads Main.qml; nullptr + error if it fails. The window is not shown yet.
    QQuickWindow *openWindow(QString *error);

    core::Development &development() { return m_development; }
    core::UnitSelection &selection() { return m_selection; }
    // The unit finder's filter and results (starts at the finder's default: available units).
    core::UnitFilterModel &finder() { return m_finder; }
    // The visitor's hearted homes and compare list (emptied when a new visitor's session starts).
    Favourites &favourites() { return m_favourites; }
    CompareList &compareList() { return m_compareList; }
    // The visitor's interior finishes per home (QML singleton Finishes; cleared when the session ends).
    FinishSelection &finishes() { return m_finishes; }
    scene::SiteModel &site() { return m_site; }
    scene::OrbitController &camera() { return m_camera; }
    scene::GuidedTour &tour() { return m_tour; }
    Navigation &navigation() { return m_navigation; }
    // Walking through a home and standing on its balcony (Navigation's Inside and Balcony modes).
    UnitVisit &visit() { return m_visit; }
    // The development as of a date: stages shown, the one rising (the timeline page, --stage, --date).
    ConstructionTimeline &timeline() { return m_timeline; }
    // The sun over the development at a local day and time (the sun study, --time, --sun-at).
    SunStudy &sun() { return m_sun; }
    telemetry::Telemetry &telemetry() { return m_telemetry; }
    // Staff mode behind the PIN (QML singleton Staff): opened on the telemetry database by startTelemetry().
    staff::StaffAccess &staff() { return m_staff; }
    InterestRecorder &interest() { return m_interest; }
    // "Send me this home" (QML singleton LeadForm): stores leads through telemetry, wiped when the
    // visitor's session ends.
    lead::LeadForm &leadForm() { return m_leadForm; }
    CameraDirector &cameraDirector() { return m_director; }
    // The home's PDF brochure from the running scene (QML singleton Brochures; needs openWindow()).
    BrochureMaker &brochures() { return m_brochures; }
    // The visitor's language (QML singleton Language): the catalogue, the default locale, the
    // development's prices and areas and the telemetry session's language follow it. It starts in the
    // telemetry options' language when the showroom speaks it (main sets it from --lang), else the system's.
    LanguageSwitch &language() { return m_language; }
    // Comfort settings (QML singleton Preferences): reduced motion turns camera flights into cuts.
    Preferences &preferences() { return m_preferences; }
    // Welcome back (QML singleton Welcome): recognising a returning visitor, continue where they left off.
    WelcomeBack &welcome() { return m_welcome; }
    // The kiosk's visitor cycle and staff notes (QML singleton Kiosk; disabled unless --kiosk: app/kiosk).
    kiosk::KioskSession &kiosk() { return m_kiosk; }
    // The sales dashboard's state (QML singleton Dashboard, app/dashboard): reads the telemetry database
    // startTelemetry() opened, on a worker of its own.
    dashboard::DashboardModel &dashboard() { return m_dashboard; }
    // The company's central store (app/sync): reads the [central] group of configFile (the kiosk's file
    // or $SHOWROOM_SYNC_CONFIG); when it names a server, syncs the telemetry file on a worker thread now
    // and every interval. No server named: nothing runs (true). False + why for an unreadable file.
    // Call after startTelemetry(). A failing server is a log line and a retry, never the visitor's business.
    bool startSync(const QString &configFile, QString *error);
    sync::SyncService *sync() const { return m_sync.get(); } // nullptr unless startSync() started one
    // Sales statuses set centrally while the app runs (startSync() calls it after each sync that pulled
    // some; on a kiosk not before the visit ends): the units named take them in place — no model reset,
    // the visitor keeps their page and choices — unit_status_changed is recorded as at load, and the
    // device's memory of statuses follows (off the GUI thread). Returns how many units changed.
    int applyUnitStatuses(const QHash<QString, core::UnitStatus> &statuses);
    // The dashboard on the company's central store (`--dashboard --central`): urlOrConfig is a postgresql://
    // URL or a config file with a [central] group; office "" = every office. The store is pulled into a
    // local mirror (app/sync Mirror.h) on a worker, now and every minute, and the dashboard reads the
    // mirror, refreshing after each pull. waitForFirstPull (stills): returns once the first pull is in,
    // false + why if it failed (*badInput: the office does not exist).
    bool showCentralStore(const QString &urlOrConfig, const QString &office, bool waitForFirstPull, QString *error,
                          bool *badInput = nullptr);
    sync::MirrorService *centralMirror() const { return m_mirror.get(); }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const { return m_window; }

private:
    // Declaration order is construction order: each service is built after those it uses.
    LanguageSwitch m_language{nullptr}; // first: the locale every other service formats with
    core::Development m_development;
    core::UnitSelection m_selection;
    core::UnitFilterModel m_finder;
    Favourites m_favourites;
    CompareList m_compareList;
    FinishSelection m_finishes;
    scene::SiteModel m_site;
    ConstructionTimeline m_timeline;
    SunStudy m_sun;
    scene::OrbitController m_camera;
    scene::GuidedTour m_tour;
    Preferences m_preferences{&m_camera};
    telemetry::Telemetry m_telemetry;
    staff::StaffAccess m_staff;
    QString m_deviceId; // names this device in the staff audit log
    lead::LeadForm m_leadForm{&m_telemetry};
    Navigation m_navigation;
    UnitVisit m_visit;
    InterestRecorder m_interest;
    CameraDirector m_director;
    BrochureMaker m_brochures{this}; // drives Navigation and grabs the window's stage
    WelcomeBack m_welcome{this};     // restores favourites, finishes, timeline, sun, selection
    kiosk::KioskSession m_kiosk;
    dashboard::DashboardModel m_dashboard{nullptr};
    std::unique_ptr<sync::SyncService> m_sync; // own thread and connections; joined on destruction
    QHash<QString, core::UnitStatus> m_pendingStatuses; // kiosk: pulled mid-visit, applied at the attract loop
    std::unique_ptr<sync::MirrorService> m_mirror; // --central: the store pulled into a mirror for the dashboard
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace showroom::shell
