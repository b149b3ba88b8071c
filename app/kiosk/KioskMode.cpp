#include "kiosk/KioskMode.h"

#include "kiosk/KioskSession.h"
#include "shell/ShowroomServices.h"

#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QQuickWindow>

namespace showroom::kiosk {

namespace {
// The attract loop's flight: slower and longer at each stop than a visitor's own tour.
constexpr int AttractFlightMs = 9000;
constexpr int AttractHoldMs = 6000;
} // namespace

KioskMode::KioskMode(shell::ShowroomServices &services, Options options, QObject *parent)
    : QObject(parent), m_services(services), m_options(std::move(options)), m_guard(&services.kiosk())
{
    KioskSession &s = session();
    s.setTimeouts(m_options.config.idleTimeoutS * 1000, m_options.config.stillThereS * 1000);
    for (const QString &problem : std::as_const(m_options.problems))
        s.addNote(problem);
    m_normalHoldMs = services.tour().holdMs();
    m_normalFlightMs = services.tour().flightMs();
    m_sunDate = services.sun().date();
    m_sunMinutes = services.sun().minutes();

    connect(&s, &KioskSession::visitStarted, this, &KioskMode::startVisit);
    connect(&s, &KioskSession::visitEnding, this, &KioskMode::endVisit);
    connect(&s, &KioskSession::attractStarted, this, &KioskMode::startAttract);
    connect(&s, &KioskSession::reloadRequested, this, &KioskMode::reloadDevelopment);
    connect(&s, &KioskSession::exitRequested, this, [this] {
        if (!session().isStaffOpen())
            return; // only from staff mode (gesture + PIN)
        m_guard.allowExit();
        emit exitApproved();
        QCoreApplication::quit();
    });
    connect(&m_guard, &KioskGuard::staffGesture, &s, &KioskSession::requestStaff);
    // The configuration's PIN is the one the pad checks (docs/kiosk.md, [staff] pin_hash).
    if (!m_options.config.staffPinHash.isEmpty())
        services.staff().setConfiguredHash(m_options.config.staffPinHash.toUtf8());
    // Staff mode only behind the PIN, and the PIN needed again once it closes (Back to visitors, or
    // the visit idling out): nothing staff-only stays unlocked for the next member of the public.
    connect(&s, &KioskSession::staffOpenChanged, this, [this] {
        staff::StaffAccess &staff = m_services.staff();
        if (session().isStaffOpen() && !staff.isUnlocked())
            session().closeStaff(); // opened without the PIN (a stray call): closed again
        else if (!session().isStaffOpen())
            staff.lock();
    });
    // The tour loops for as long as nobody is there.
    connect(&services.tour(), &scene::GuidedTour::finished, this, [this](bool) {
        if (session().isAttract() && session().isEnabled() && m_options.config.attractTour)
            QTimer::singleShot(1500, this, [this] {
                if (session().isAttract() && !m_services.tour().running())
                    m_services.tour().start();
            });
    });
    m_dbWatch.setInterval(5000);
    connect(&m_dbWatch, &QTimer::timeout, this, [this] {
        if (session().isAttract())
            checkDatabase();
    });
}

KioskMode::~KioskMode() = default;

KioskSession &KioskMode::session()
{
    return m_services.kiosk();
}

void KioskMode::begin()
{
    session().setEnabled(true);
    m_services.telemetry().setEnabled(false); // nothing is recorded while nobody is there
    m_dbWatch.start();
    startAttract();
}

void KioskMode::guard(QQuickWindow *window, bool fullScreen)
{
    if (fullScreen) {
        m_guard.guard(window);
    } else {
        QGuiApplication::setQuitOnLastWindowClosed(false);
        QCoreApplication::instance()->installEventFilter(&m_guard);
    }
}

void KioskMode::startVisit()
{
    shell::ShowroomServices &s = m_services;
    checkDatabase(); // a deleted database is recreated before the new visitor's first row
    s.tour().stop();
    s.tour().setHoldMs(m_normalHoldMs);
    s.tour().setFlightMs(m_normalFlightMs);
    s.telemetry().setEnabled(true);
    s.telemetry().startSession(m_options.config.defaultLanguage);
    showFirstView();
}

void KioskMode::showFirstView()
{
    shell::Navigation &nav = m_services.navigation();
    const QString view = m_options.config.firstView;
    const QString via = QStringLiteral("kiosk");
    if (view == QLatin1String("finder"))
        nav.showFinder(via);
    else if (view.startsWith(QLatin1String("building:")))
        nav.showBuilding(view.mid(9), via);
    else if (view.startsWith(QLatin1String("preset:")))
        nav.showPreset(view.mid(7), via);
}

void KioskMode::endVisit(const QString &reason)
{
    shell::ShowroomServices &s = m_services;
    // The session ends first: open dwells are written under it, the lead form, finishes and welcome
    // wipe themselves (Telemetry::sessionEnding). Then nothing more is recorded until the next touch.
    s.telemetry().endSession(reason);
    s.telemetry().setEnabled(false);
    s.tour().stop();
    s.leadForm().wipe();
    s.favourites().clear();
    s.compareList().clear();
    s.finishes().clear();
    s.finder().clear();
    s.navigation().clearSelection();
    s.navigation().goHome(); // the camera flies back to the overview
    s.navigation().setStatusColoursShown(true);
    s.timeline().showFirstView(); // the package's first date ("finished" or "today"), as a new visitor sees it
    if (m_sunDate.isValid())
        s.sun().setDate(m_sunDate);
    s.sun().setMinutes(m_sunMinutes);
    s.language().setCode(m_options.config.defaultLanguage);
    s.telemetry().flush(0);
}

void KioskMode::startAttract()
{
    if (!m_options.config.attractTour)
        return;
    scene::GuidedTour &tour = m_services.tour();
    tour.setFlightMs(AttractFlightMs);
    tour.setHoldMs(AttractHoldMs);
    // After the flight home has landed (a tour started mid-flight would be interrupted by it).
    QTimer::singleShot(2500, this, [this] {
        if (session().isAttract() && !m_services.tour().running())
            m_services.tour().start();
    });
}

bool KioskMode::checkFirstView(const core::DevelopmentData &data)
{
    QStringList buildings, presets;
    for (const core::Building &b : data.buildings)
        buildings << b.id;
    for (const core::CameraPreset &p : data.cameraPresets)
        presets << p.id;
    const QString problem = kiosk::checkFirstView(m_options.config.firstView, buildings, presets);
    if (problem.isEmpty())
        return true;
    session().addNote(problem);
    m_options.config.firstView = QStringLiteral("overview");
    return false;
}

void KioskMode::showState(const QString &state)
{
    if (state == QLatin1String("attract")) {
        if (m_options.config.attractTour && !m_services.tour().running())
            m_services.tour().start();
    } else if (state == QLatin1String("still-there")) {
        session().setEnabled(true, 0); // no timer: the countdown stays at its full seconds for the still
        session().noteActivity();      // a visitor came...
        session().expireIdle();        // ...and stopped touching the screen
    } else if (state == QLatin1String("staff")) {
        session().setEnabled(true, 0);
        session().noteActivity();  // the gesture's press wakes the kiosk...
        session().requestStaff();  // ...and the hold opens the PIN pad
    }
}

bool KioskMode::reloadDevelopment()
{
    shell::ShowroomServices &s = m_services;
    QString error;
    if (!s.loadDevelopment(m_options.developmentDir, &error)) {
        session().addNote(QStringLiteral("Development not reloaded (the one on show stays): %1").arg(error));
        return false;
    }
    s.loadSite(QString(), m_options.importWorker);
    session().addNote(QStringLiteral("Development reloaded from %1 (%2 homes)")
                          .arg(QDir::toNativeSeparators(m_options.developmentDir))
                          .arg(s.development().data().units.size()));
    return true;
}

bool KioskMode::checkDatabase()
{
    const QString path = m_options.databasePath;
    if (path.isEmpty() || path == QLatin1String(":memory:") || QFileInfo::exists(path))
        return true;
    // Deleted while running (a staff member "cleaning up", a full disk's fix): the writer still writes
    // into the unlinked file; reopen it so a new file with the schema is made.
    telemetry::Recorder &recorder = m_services.telemetry().recorder();
    recorder.stop(3000);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    if (recorder.start(&error)) {
        m_services.staff().reopen(); // its connection was on the deleted file too (the PIN comes back
                                     // with the configured hash; without one, set-pin is needed again)
        session().addNote(QStringLiteral("The visitor database %1 had been deleted; a new one was created")
                              .arg(QDir::toNativeSeparators(path)));
        return true;
    }
    session().addNote(QStringLiteral("The visitor database %1 had been deleted and cannot be created again: %2 "
                                     "(visits are kept in memory and written when it can be)")
                          .arg(QDir::toNativeSeparators(path), error));
    return false;
}

} // namespace showroom::kiosk
