#include "shell/ShowroomServices.h"

#include "core/DisplayText.h"
#include "core/ManifestLoader.h"
#include "core/UnitFilter.h"
#include "importer/ModelImporter.h"
#include "scene/SiteRequest.h"
#include "shell/QmlSingletons.h"
#include "sync/LocalState.h"
#include "sync/Mirror.h"
#include "sync/SyncService.h"
#include "telemetry/Returning.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QQuickWindow>
#include <QtConcurrent/QtConcurrentRun>
#include <QStandardPaths>

#include <cstdio>
#include <utility>

#include <sqlite3.h>

namespace showroom::shell {

telemetry::Telemetry::Options ShowroomServices::inMemoryTelemetry()
{
    telemetry::Telemetry::Options options;
    options.watchApplication = false;
    options.deviceId = QStringLiteral("in-memory");
    return options;
}

QLocale ShowroomServices::displayLocale()
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::Ireland);
    return locale;
}

ShowroomServices::ShowroomServices(const telemetry::Telemetry::Options &telemetryOptions)
    : m_favourites(&m_development), m_compareList(&m_development),
      m_finishes(&m_development, &m_selection), m_timeline(&m_development, &m_site),
      m_sun(&m_development),
      m_telemetry(telemetryOptions), m_deviceId(telemetryOptions.deviceId),
      m_navigation(&m_development, &m_selection), m_visit(&m_development, &m_site, &m_navigation),
      m_interest(&m_telemetry, &m_development, &m_selection, &m_navigation),
      m_director(&m_development, &m_site, &m_camera, &m_navigation)
{
    // The language first: it sets the default locale the other services write numbers in.
    const QString startCode = core::languageCodeOf(m_telemetry.language());
    m_language.setCode(startCode.isEmpty() ? LanguageSwitch::systemCode() : startCode);
    m_development.setLocale(m_language.locale());
    QObject::connect(&m_language, &LanguageSwitch::changed, &m_development, [this] {
        m_development.setLocale(m_language.locale());
        m_telemetry.setLanguage(m_language.code()); // also records language_changed
    });
    m_selection.setDevelopment(&m_development);
    m_finder.setSourceModel(m_development.units());
    m_finder.clear(); // the finder's default: available units
    m_tour.setController(&m_camera);
    m_tour.setDevelopment(&m_development); // the tour's stops follow the development on show
    m_interest.watchCamera(&m_camera);
    m_interest.watchTour(&m_tour);
    m_interest.watchFinder(&m_finder);
    m_interest.watchFavourites(&m_favourites);
    m_interest.watchCompareList(&m_compareList);
    m_interest.watchVisit(&m_visit);
    m_interest.watchTimeline(&m_timeline);
    m_interest.watchSun(&m_sun);
    m_interest.watchLeadForm(&m_leadForm);
    // The consent texts name the development the visitor is looking at.
    QObject::connect(&m_development, &core::Development::developmentChanged, &m_leadForm,
                     [this] { m_leadForm.setDevelopmentName(m_development.name()); });
    // A sent lead asks for its home's brochure; the PDF's path is stored with the lead when it is made.
    m_leadForm.setBrochureRequester([this](const QString &unitId) { m_brochures.make(unitId); });
    QObject::connect(&m_brochures, &BrochureMaker::made, &m_leadForm, &lead::LeadForm::brochureMade);
    QObject::connect(&m_brochures, &BrochureMaker::failed, &m_leadForm, &lead::LeadForm::brochureFailed);
    m_interest.watchFinishes(&m_finishes);
    // The visitor's finishes last as long as their session (kiosk and desktop alike).
    QObject::connect(&m_telemetry, &telemetry::Telemetry::sessionEnding, &m_finishes, [this] { m_finishes.clear(); });
    // The dashboard reads the homes' status and types, and the site's buildings for the site plan.
    m_dashboard.setDevelopment(&m_development);
    m_dashboard.setBuildingBoxes([this] { return m_site.buildingBoxes(); });
    // Figures read before the site was on screen lack its buildings on the site plan: read them again.
    QObject::connect(&m_site, &scene::SiteModel::loaded, &m_dashboard, [this] {
        if (m_dashboard.hasData() || m_dashboard.busy())
            m_dashboard.refresh();
    });
    m_dashboard.setReportFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/reports"));
    // A new visitor (kiosk: every session) starts with no favourites and nothing to compare.
    auto startVisit = [this] {
        m_favourites.startVisit(m_telemetry.visitorId());
        m_compareList.startVisit(m_telemetry.visitorId());
    };
    QObject::connect(&m_telemetry, &telemetry::Telemetry::sessionChanged, &m_favourites, startVisit);
    startVisit();
    // Staff mode open (the PIN accepted): what happens is a salesperson's, in a session of mode 'staff'
    // that the dashboard leaves out (docs/dashboard.md, "Staff sessions").
    QObject::connect(&m_staff, &staff::StaffAccess::unlockedChanged, &m_telemetry, [this] {
        if (m_staff.isUnlocked())
            m_telemetry.beginStaffSession();
        else
            m_telemetry.endStaffSession();
    });
}

ShowroomServices::~ShowroomServices()
{
    m_engine.reset();
}

bool ShowroomServices::loadDevelopment(const QString &packageDir, QString *error)
{
    const core::ManifestResult manifest = core::loadManifest(packageDir);
    if (!manifest.ok()) {
        QString first = manifest.errors.constFirst();
        if (manifest.errors.size() > 1)
            first += QStringLiteral(" (and %1 more problems)").arg(manifest.errors.size() - 1);
        const QString where =
            QDir::toNativeSeparators(manifest.manifestPath.isEmpty() ? packageDir : manifest.manifestPath);
        *error = QStringLiteral("invalid development %1: %2").arg(where, first);
        return false;
    }
    // Unit statuses set centrally (another office sold a home) win over the package's: a small read of
    // this device's own file, at load time, before the first frame (app/sync, LocalState.h).
    core::DevelopmentData data = manifest.data;
    int changed = 0;
    QString why;
    if (const QString path = m_telemetry.recorder().options().path; !path.isEmpty() && QFileInfo::exists(path) &&
        !sync::applyUnitStatusesFrom(path, &data, &changed, &why))
        qWarning().noquote() << "central unit statuses not applied:" << why;
    setDevelopmentData(data);
    return true;
}

void ShowroomServices::setDevelopmentData(const core::DevelopmentData &data)
{
    m_development.setData(data);
}

void ShowroomServices::loadSite(const QString &cacheDir, const QString &isolatedWorker)
{
    scene::SiteRequest request = scene::SiteRequest::fromDevelopment(
        m_development.data(),
        cacheDir.isEmpty() ? importer::packageCacheDir(m_development.packageDir()) : cacheDir);
    request.isolatedWorker = isolatedWorker;
    m_visit.setImportOptions(request.cacheDir, isolatedWorker);
    m_dashboard.setRoomPlanImport({request.cacheDir, isolatedWorker}); // its floor plans' rooms
    m_site.load(request);
}

bool ShowroomServices::startTelemetry(QString *error, bool startSession)
{
    const bool ok = m_telemetry.open(error);
    if (startSession)
        m_telemetry.startSession();
    m_dashboard.setDatabasePath(m_telemetry.recorder().options().path);
    m_welcome.start(); // unit status changes; a returning desktop visitor (off the GUI thread)
    m_staff.open(m_telemetry.recorder().options().path, m_deviceId); // reads the PIN state off the GUI thread
    return ok;
}

bool ShowroomServices::startSync(const QString &configFile, QString *error)
{
    sync::CentralSettings settings;
    if (configFile.isEmpty())
        return true;
    if (!sync::loadConfig(configFile, &settings, error))
        return false;
    if (!sync::configuresServer(settings))
        return true; // no [central] server: this device works alone
    if (settings.device.isEmpty())
        settings.device = m_deviceId; // the kiosk's name, as its sessions record it
    m_sync = std::make_unique<sync::SyncService>(m_telemetry.recorder().options().path, settings);
    // Statuses pulled while running: a desktop takes them now, in place; a kiosk when the visitor has
    // gone (the attract loop), so nothing changes under a visitor's hand mid-visit.
    QObject::connect(m_sync.get(), &sync::SyncService::unitStatusesChanged, &m_development,
                     [this](const sync::UnitStatuses &pulled) {
                         const QHash<QString, QString> mine = pulled.value(m_development.developmentId());
                         for (auto it = mine.cbegin(); it != mine.cend(); ++it)
                             if (const auto status = core::statusFromKey(it.value()))
                                 m_pendingStatuses.insert(it.key(), *status);
                         if (!m_kiosk.isEnabled() || m_kiosk.isAttract())
                             applyUnitStatuses(std::exchange(m_pendingStatuses, {}));
                     });
    QObject::connect(&m_kiosk, &kiosk::KioskSession::attractStarted, &m_development, [this] {
        if (!m_pendingStatuses.isEmpty())
            applyUnitStatuses(std::exchange(m_pendingStatuses, {}));
    });
    qInfo().noquote() << "syncing with the central store" << sync::describeServer(settings) << "every"
                      << settings.intervalSeconds << "s";
    m_sync->start();
    return true;
}

int ShowroomServices::applyUnitStatuses(const QHash<QString, core::UnitStatus> &statuses)
{
    const QHash<QString, core::UnitStatus> before = m_development.setUnitStatuses(statuses);
    if (before.isEmpty())
        return 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        m_interest.recordUnitStatusChange(it.key(), core::statusKey(it.value()), core::statusKey(statuses.value(it.key())));
    // What this device has now seen (WelcomeBack compares it at the next start): no second event then.
    const QString path = m_telemetry.recorder().options().path;
    if (!path.isEmpty())
        (void)QtConcurrent::run([path, key = QStringLiteral("unit_status:") + m_development.developmentId(),
                                 memory = unitStatusMemory(m_development.data())] {
            telemetry::sql::Connection db;
            QString previous, error;
            if (!db.open(path, SQLITE_OPEN_READWRITE, &error) || !db.exec("PRAGMA busy_timeout=2000") ||
                !telemetry::swapDeviceValue(db, key, memory, &previous, &error))
                qWarning().noquote() << "unit statuses seen not stored:" << error;
        });
    return int(before.size());
}

bool ShowroomServices::showCentralStore(const QString &urlOrConfig, const QString &office, bool waitForFirstPull,
                                        QString *error, bool *badInput)
{
    sync::MirrorRequest request;
    if (QFileInfo(urlOrConfig).isFile()) {
        if (!sync::loadConfig(urlOrConfig, &request.central, error))
            return false;
    } else {
        request.central.url = urlOrConfig;
        if (sync::urlHasPassword(urlOrConfig))
            qWarning("a password on the command line is visible to other users (ps): put it in a config file, "
                     "PGPASSWORD or ~/.pgpass");
    }
    request.office = office;
    request.path = sync::defaultMirrorPath(office);
    m_mirror = std::make_unique<sync::MirrorService>(request, 60);
    m_dashboard.setDatabasePath(request.path);
    QObject::connect(m_mirror.get(), &sync::MirrorService::pulled, &m_dashboard, [this, path = request.path](bool ok) {
        if (!ok)
            return;
        // The statuses set centrally over the package's (read off the GUI thread), then the figures.
        auto *watcher = new QFutureWatcher<std::pair<int, core::DevelopmentData>>(&m_dashboard);
        QObject::connect(watcher, &QFutureWatcherBase::finished, &m_dashboard, [this, watcher] {
            const auto [changed, data] = watcher->result();
            watcher->deleteLater();
            if (changed > 0)
                setDevelopmentData(data);
            m_dashboard.refresh();
        });
        watcher->setFuture(QtConcurrent::run([path, data = m_development.data()]() mutable {
            int changed = 0;
            QString why;
            sync::applyUnitStatusesFrom(path, &data, &changed, &why);
            return std::make_pair(changed, data);
        }));
    });
    m_mirror->start();
    if (!waitForFirstPull)
        return true;
    QElapsedTimer clock;
    clock.start();
    while (m_mirror->pulls() == 0 && clock.elapsed() < 600'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const sync::MirrorReport &report = m_mirror->lastReport();
    if (badInput)
        *badInput = report.unknownOffice;
    if (!report.ok)
        *error = report.error.isEmpty() ? QStringLiteral("the central store did not answer in 10 minutes") : report.error;
    else
        std::fprintf(stderr, "showroom: central store: %s\n", qPrintable(report.summary()));
    return report.ok;
}

void ShowroomServices::publish()
{
    ProvidedInstance<core::Development>::provide(&m_development);
    ProvidedInstance<core::UnitSelection>::provide(&m_selection);
    ProvidedInstance<core::UnitFilterModel>::provide(&m_finder);
    ProvidedInstance<scene::SiteModel>::provide(&m_site);
    ProvidedInstance<scene::OrbitController>::provide(&m_camera);
    ProvidedInstance<scene::GuidedTour>::provide(&m_tour);
    ProvidedInstance<Navigation>::provide(&m_navigation);
    ProvidedInstance<InterestRecorder>::provide(&m_interest);
    ProvidedInstance<Favourites>::provide(&m_favourites);
    ProvidedInstance<CompareList>::provide(&m_compareList);
    ProvidedInstance<FinishSelection>::provide(&m_finishes);
    ProvidedInstance<BrochureMaker>::provide(&m_brochures);
    ProvidedInstance<UnitVisit>::provide(&m_visit);
    ProvidedInstance<ConstructionTimeline>::provide(&m_timeline);
    ProvidedInstance<SunStudy>::provide(&m_sun);
    ProvidedInstance<lead::LeadForm>::provide(&m_leadForm);
    ProvidedInstance<LanguageSwitch>::provide(&m_language);
    ProvidedInstance<Preferences>::provide(&m_preferences);
    ProvidedInstance<WelcomeBack>::provide(&m_welcome);
    ProvidedInstance<staff::StaffAccess>::provide(&m_staff);
    ProvidedInstance<kiosk::KioskSession>::provide(&m_kiosk);
    dashboard::DashboardModel::provide(&m_dashboard);
    // Telemetry keeps its own singleton (Showroom.Telemetry): telemetry/ knows nothing of the shell.
    telemetry::Telemetry::provide(&m_telemetry);
}

QQuickWindow *ShowroomServices::openWindow(QString *error)
{
    publish();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_language.addEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Showroom/Main.qml")));
    m_window = m_engine->rootObjects().isEmpty()
                   ? nullptr
                   : qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        *error = QStringLiteral("the user interface failed to load (see the messages above)");
    return m_window;
}

} // namespace showroom::shell
