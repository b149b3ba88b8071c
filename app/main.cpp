// showroom: the sales-screen application. A thin composition root: parse the command line, build the
// shell's services (app/shell/ShowroomServices) for the development package, and show Main.qml (or render
// one frame of it to a PNG with --screenshot).
#include "commandline/CommandLine.h"
#include "core/DisplayText.h"
#include "core/ManifestLoader.h"
#include "core/ResumeCode.h"
#include "dashboard/DashboardReportCommand.h"
#include "dashboard/Rollups.h"
#include "kiosk/KioskMode.h"
#include "kiosk/KioskRobot.h"
#include "kiosk/ObjectCensus.h"
#include "kiosk/KioskSession.h"
#include "shell/ShowroomServices.h"
#include "telemetry/QuitOnSignal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QImage>
#include <QLocale>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>

using namespace showroom;

namespace {

// Exit codes (cli::): 0 fine, 1 could not render/save (screenshot), 2 bad command line or development.
using cli::ExitBadInput;
using cli::ExitRenderFailed;

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "showroom: %s\n", qPrintable(message));
    return code;
}

// The bundled demo: next to the build tree's app/ folder, or installed under share/.
QString defaultDevelopmentDir()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {bin.filePath(QStringLiteral("../assets/demo")),
                                     bin.filePath(QStringLiteral("../share/showroom/developments/demo"))}) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(bin.filePath(QStringLiteral("../share/showroom/developments/demo")));
}

// showroom-import next to this binary (installed) or in the build tree: cold imports run in it, so a
// model that crashes an Assimp reader shows an error screen instead of killing the kiosk.
QString importWorker()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {bin.filePath(QStringLiteral("showroom-import")),
                                     bin.filePath(QStringLiteral("cli/import/showroom-import"))}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

// The words on screen, one line per visible text item, and those that do not fit their box (elided,
// or wider than it without wrapping): written into the still's PNG (text chunks "Showroom-Text" and
// "Showroom-Overflow"), so tests can read a still's language and check its layout without OCR.
void collectText(QQuickItem *item, QStringList &shown, QStringList &overflowing, QRectF seen = {})
{
    if (!item || !item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (seen.isNull() && item->window())
        seen = QRectF(0, 0, item->window()->width(), item->window()->height());
    if (!seen.isNull() && !box.isEmpty() && !seen.intersects(box))
        return; // scrolled out of a list, or off the window: not on screen at all
    if (item->clip())
        seen = seen.intersected(box); // what a clipping list or panel lets through
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString();
        if (!text.trimmed().isEmpty()) {
            shown << text;
            const bool elided = item->property("truncated").toBool();
            const bool wraps = item->property("wrapMode").toInt() != 0;
            const bool tooWide = !wraps && item->property("contentWidth").toReal() > item->width() + 1.0 &&
                                 item->property("elide").toInt() == 0 && item->width() > 0 &&
                                 !item->property("clip").toBool();
            // Partly beyond the window's edge (a list's clip cutting a row while it scrolls is fine).
            const QRectF window = item->window() ? QRectF(0, 0, item->window()->width(), item->window()->height())
                                                 : box;
            const bool outside = !window.adjusted(-1, -1, 1, 1).contains(box);
            if (elided || tooWide || outside)
                overflowing << QStringLiteral("%1 (%2)").arg(text, elided    ? QStringLiteral("elided")
                                                                   : tooWide ? QStringLiteral("wider than its box")
                                                                             : QStringLiteral("beyond the window"));
        }
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectText(child, shown, overflowing, seen);
}

// Renders the window until the site is loaded and a few frames have been presented, then saves it.
int takeScreenshot(QQuickWindow *window, scene::SiteModel &site, const QString &file, const QString &refused)
{
    constexpr int TimeoutMs = 60'000;
    QElapsedTimer clock;
    clock.start();
    int framesAfterReady = 0;
    bool backendChecked = false;
    int result = -1;
    QString message;

    // The swap is signalled from the render thread and delivered queued to `receiver`; it goes with this
    // function, so a late delivery can never touch the locals captured here.
    QObject receiver;
    QObject::connect(window, &QQuickWindow::frameSwapped, &receiver, [&] {
        if (!backendChecked) {
            backendChecked = true;
            const auto api = window->rendererInterface()->graphicsApi();
            if (api == QSGRendererInterface::Software) {
                result = ExitRenderFailed;
                message =
                    QStringLiteral("the Qt Quick scene graph runs on the Software backend, which draws no "
                                   "3D; run under X (e.g. xvfb-run) with OpenGL or Vulkan available");
            }
        }
        // Main.qml's `settled`: the site is loaded and no overlay is in front of it any more.
        if (window->property("settled").toBool())
            ++framesAfterReady;
    });
    QTimer poll;
    poll.start(50);
    QObject::connect(&poll, &QTimer::timeout, window, [&] { window->update(); });

    while (result < 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!refused.isEmpty())
            return ExitBadInput; // what the still was to show turned out not to exist (main says what)
        if (site.status() == scene::SiteModel::Error) {
            result = ExitRenderFailed;
            message = QStringLiteral("cannot load the site model: %1").arg(site.errorString());
        }
        // A few frames after that, so textures and shadow maps are in place.
        if (framesAfterReady >= 3)
            break;
        if (clock.elapsed() > TimeoutMs) {
            result = ExitRenderFailed;
            message = QStringLiteral("timed out after %1 s waiting for the site to render (status %2)")
                          .arg(TimeoutMs / 1000)
                          .arg(int(site.status()));
        }
    }
    if (result >= 0)
        return fail(result, message);

    QImage image = window->grabWindow();
    QStringList shown, overflowing;
    collectText(window->contentItem(), shown, overflowing);
    image.setText(QStringLiteral("Showroom-Text"), shown.join(u'\n'));
    image.setText(QStringLiteral("Showroom-Overflow"), overflowing.join(u'\n'));
    if (image.isNull())
        return fail(ExitRenderFailed, QStringLiteral("could not grab the window's frame"));
    if (!image.save(file, "PNG"))
        return fail(ExitRenderFailed, QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(file)));
    return 0;
}

// Where the development comes from: --development, else the bundled demo (needs an application object).
QString developmentDirOf(const cli::Options &options)
{
    return options.developmentDir.isEmpty() ? defaultDevelopmentDir() : options.developmentDir;
}

// What the command line asked the first frame to show (a still's subject), already validated; false if
// Navigation still refuses it (then the still would silently show something else).
// --brochure UNIT --out FILE: waits for the site, then BrochureMaker takes its stills and writes the PDF;
// prints "brochure: FILE" and "resume code: CODE".
int makeBrochure(shell::ShowroomServices &services, QQuickWindow *window, const QString &unitId, const QString &out)
{
    constexpr int SiteTimeoutMs = 120'000;
    QElapsedTimer clock;
    clock.start();
    while (!window->property("settled").toBool()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (services.site().status() == scene::SiteModel::Error)
            return fail(ExitRenderFailed, QStringLiteral("cannot load the site model: %1").arg(services.site().errorString()));
        if (clock.elapsed() > SiteTimeoutMs)
            return fail(ExitRenderFailed, QStringLiteral("timed out waiting for the site to render"));
    }
    int result = -1;
    QString message;
    QObject receiver; // the connections go with this function
    shell::BrochureMaker &maker = services.brochures();
    QObject::connect(&maker, &shell::BrochureMaker::made, &receiver, [&](const QString &, const QString &path) {
        result = cli::ExitOk;
        message = path;
    });
    QObject::connect(&maker, &shell::BrochureMaker::failed, &receiver, [&](const QString &, const QString &error) {
        result = ExitRenderFailed;
        message = error;
    });
    maker.make(unitId, out);
    while (result < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (result != cli::ExitOk)
        return fail(result, QStringLiteral("cannot make the brochure of %1: %2").arg(unitId, message));
    const core::DevelopmentData &data = services.development().data();
    std::printf("brochure: %s\nresume code: %s\n", qPrintable(QDir::toNativeSeparators(message)),
                qPrintable(core::makeResumeCode(data, {unitId, services.finishes().choiceFor(unitId)})));
    return cli::ExitOk;
}

bool showRequested(shell::ShowroomServices &services, const cli::Options &options)
{
    shell::Navigation &navigation = services.navigation();
    const QString via = QStringLiteral("command_line");
    // --finishes: the chosen home's finishes, before it is shown (validateAgainst has read them already).
    if (options.finishes) {
        const QString home = !options.brochure.isEmpty() ? options.brochure
                             : !options.select.isEmpty() ? options.select
                             : !options.inside.isEmpty() ? options.inside
                                                         : options.balcony;
        services.finishes().setChoice(home, core::parseFinishChoice(*options.finishes, services.development().data(), nullptr));
    }
    // --lead UNIT: the home's card behind the lead form (opened once the window exists).
    if (!options.lead.isEmpty())
        return navigation.selectUnit(options.lead, via);
    // --resume CODE: the brochure's home with its finishes (validateAgainst has read the code already).
    if (!options.resume.isEmpty()) {
        const auto point = core::readResumeCode(services.development().data(), options.resume, nullptr);
        if (!point)
            return false;
        services.finishes().setChoice(point->unitId, point->finishes);
        if (!navigation.selectUnit(point->unitId, via))
            return false;
        const QString shown = services.selection().selectedUnitId();
        std::printf("resume: %s %s\n", qPrintable(shown),
                    qPrintable(core::formatFinishChoice(services.finishes().choiceFor(shown))));
        std::fflush(stdout);
        return true;
    }
    // The finder's search first: the finder and the stacking plan both show it.
    if (options.filter && !services.finder().applyExpression(*options.filter).isEmpty())
        return false;
    if (!options.stackingPlan.isEmpty())
        return navigation.showStackingPlan(options.stackingPlan, via);
    if (!options.inside.isEmpty())
        return navigation.walkInside(options.inside, via);
    if (!options.balcony.isEmpty())
        return navigation.showBalconyView(options.balcony, via);
    if (options.time) {
        services.sun().setDate(options.date.isValid() ? options.date : QDate::currentDate());
        services.sun().setMinutes(options.time->hour() * 60 + options.time->minute());
    }
    if (options.date.isValid() || !options.stage.isEmpty() || options.time) {
        if (options.date.isValid())
            services.timeline().setDate(options.date);
        else if (options.stage.isEmpty())
            services.timeline().showToday();
        else if (!services.timeline().showStageEnd(options.stage))
            return false;
        navigation.showTimeline(via);
        return true;
    }
    if (options.filter) {
        if (!options.select.isEmpty() && !navigation.selectUnit(options.select, via))
            return false;
        navigation.showFinder(via);
        return true;
    }
    if (!options.select.isEmpty())
        return navigation.selectUnit(options.select, via);
    if (options.floor)
        return navigation.showFloor(options.building, *options.floor, via);
    if (!options.building.isEmpty())
        return navigation.showBuilding(options.building, via);
    if (!options.preset.isEmpty())
        return navigation.showPreset(options.preset, via);
    return true;
}

// --lead UNIT [--lead-sample ...]: the lead form open over that home's card, for stills. The sample
// "sent" stores a made-up lead in --db (never the real database by accident: stills pass --db).
void showLeadForm(shell::ShowroomServices &services, QQuickWindow *window, const cli::Options &options)
{
    lead::LeadForm &form = services.leadForm();
    form.open(options.lead, QStringLiteral("command_line"));
    const QString sample = options.leadSample;
    if (sample == QLatin1String("errors")) {
        form.submit(); // every message, as after pressing Send on an empty form
        return;
    }
    if (sample.isEmpty())
        return;
    form.setFirstName(QStringLiteral("Ada"));
    form.setLastName(QStringLiteral("Lovelace"));
    form.setEmail(QStringLiteral("ada.lovelace@example.com"));
    if (sample == QLatin1String("typing")) {
        // The field the visitor types in is the lowest one: the keyboard must not cover it. After the
        // form has put the focus on its first field (it does so once it is on screen).
        QTimer::singleShot(300, window, [window] {
            // A tap into the field, as the visitor does it (that also opens the on-screen keyboard).
            if (auto *message = window->findChild<QQuickItem *>(QStringLiteral("messageInput"))) {
                // Under Xvfb without a window manager nothing gives the window the focus; the input
                // method follows the focus window's focus object.
                window->requestActivate();
                const QPointF at = message->mapToScene(QPointF(message->width() / 2, message->height() / 2));
                for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
                    QMouseEvent tap(type, at, window->mapToGlobal(at), Qt::LeftButton,
                                    type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
                    QCoreApplication::sendEvent(window, &tap);
                }
                // The keyboard takes a moment to come up (its dictionaries load); the still waits for it
                // and for the form to move the field above it.
                QElapsedTimer waited;
                waited.start();
                auto *keyboard = window->findChild<QObject *>(QStringLiteral("onScreenKeyboard"));
                while (keyboard && !keyboard->property("active").toBool() && waited.elapsed() < 5000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                while (waited.elapsed() < 5500)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            }
        });
        return;
    }
    form.setPhone(QStringLiteral("+44 20 7946 0000"));
    form.setMessage(QStringLiteral("Is the balcony in the sun in the afternoon?"));
    form.setContactConsent(true);
    if (sample == QLatin1String("sent")) {
        form.setBrochureRequester([](const QString &) {}); // a still shows "being prepared", makes none
        form.submit();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // What a kiosk visit leaves behind: the robot counts live objects by class (docs/kiosk.md).
    if (qEnvironmentVariableIsSet("SHOWROOM_ROBOT_CENSUS"))
        kiosk::ObjectCensus::start();
    // Parse before any application exists: --help, --version and --list-* need no display (a
    // QGuiApplication aborts without one), and a mistyped option exits 2 before a window system is touched.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::ParseResult parsed = cli::parse(arguments);
    if (!parsed.ok())
        return fail(parsed.exitCode, parsed.error);
    cli::Options options = parsed.options;
    // Kiosk: its configuration file fills in what the command line leaves open (app/kiosk, docs/kiosk.md).
    kiosk::KioskConfigResult kioskConfig;
    // The central store (app/sync): $SHOWROOM_SYNC_CONFIG, else the kiosk file's [central] group.
    QString syncConfig = qEnvironmentVariable("SHOWROOM_SYNC_CONFIG");
    if (options.kiosk) {
        const QString path = options.config.isEmpty() ? kiosk::KioskConfig::defaultPath() : options.config;
        if (syncConfig.isEmpty() && QFileInfo::exists(path))
            syncConfig = path;
        kioskConfig = kiosk::loadKioskConfig(path, core::languageCodes(), !options.config.isEmpty());
        const kiosk::KioskConfig &c = kioskConfig.config;
        if (options.developmentDir.isEmpty())
            options.developmentDir = c.developmentPath;
        if (options.db.isEmpty())
            options.db = c.databasePath;
        if (options.language.isEmpty())
            options.language = c.defaultLanguage;
        else
            kioskConfig.config.defaultLanguage = options.language; // --lang wins, resets included
        for (const QString &problem : std::as_const(kioskConfig.problems))
            std::fprintf(stderr, "showroom: kiosk configuration: %s\n", qPrintable(problem));
    }
    if (!cli::needsWindow(options)) {
        QCoreApplication app(argc, argv);
        return cli::printWithoutWindow(options, developmentDirOf(options),
                                       options.language.isEmpty()
                                           ? shell::ShowroomServices::displayLocale()
                                           : core::localeForLanguage(options.language));
    }

    // Check the still's subject before a window system is touched, so a wrong --building exits 2 with
    // the valid choices on a machine without a display too (only the manifest is read here).
    {
        QCoreApplication probe(argc, argv);
        const QString dir = developmentDirOf(options);
        if (!QFileInfo(dir).isDir())
            return fail(
                ExitBadInput,
                QStringLiteral("development folder %1 does not exist").arg(QDir::toNativeSeparators(dir)));
        if (const core::ManifestResult manifest = core::loadManifest(dir); manifest.ok()) {
            if (const QString wrong = cli::validateAgainst(options, manifest.data); !wrong.isEmpty())
                return fail(ExitBadInput, wrong);
        }
    }

    // --dashboard-report FILE.pdf: needs fonts (a QGuiApplication) but no display.
    if (!options.dashboardReport.isEmpty()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("showroom"));
        const core::ManifestResult manifest = core::loadManifest(developmentDirOf(options));
        const QString db = !options.db.isEmpty() ? options.db
                                                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                                       QStringLiteral("/telemetry.db");
        return dashboard::runReportCommand(db, manifest.data, options.dashboardReport, options.dashboardDays);
    }

    // A kiosk has a touch screen and no keyboard: Qt Virtual Keyboard, drawn in our own window (Qt 6.4
    // reads the input method from the environment when QGuiApplication is built, so set it before).
    if (options.kiosk && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOWROOM_VERSION));

    const QString developmentDir = developmentDirOf(options);
    if (!QFileInfo(developmentDir).isDir())
        return fail(ExitBadInput, QStringLiteral("development folder %1 does not exist")
                                      .arg(QDir::toNativeSeparators(developmentDir)));

    // Telemetry is never fatal: if the database cannot be opened, events wait and retry.
    telemetry::Telemetry::Options telemetryOptions;
    telemetryOptions.recorder.path = !options.db.isEmpty()
                                         ? options.db
                                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                               QStringLiteral("/telemetry.db");
    QDir().mkpath(QFileInfo(telemetryOptions.recorder.path).absolutePath());
    // A kiosk is named by its host name (set by IT: "lobby-kiosk-1"); a buyer's own computer by a random
    // install id, because a laptop's host name often carries its owner's name.
    if (options.kiosk)
        telemetryOptions.deviceId = kioskConfig.config.deviceName.isEmpty() ? QSysInfo::machineHostName()
                                                                            : kioskConfig.config.deviceName;
    // The screen's language (--lang, else the system's): the services start in it, before the window opens.
    telemetryOptions.language =
        options.language.isEmpty() ? shell::LanguageSwitch::systemCode() : options.language;
    telemetryOptions.mode = options.robot > 0 ? QStringLiteral("robot") // the dashboard leaves these out
                            : options.kiosk   ? QStringLiteral("kiosk")
                                              : QStringLiteral("desktop");
    telemetryOptions.recorder.retentionDays = 365;
    telemetryOptions.recorder.background = true; // a background writer: frames come first
    // The dashboard's rollups: folded by the writer when it has nothing to write (docs/dashboard.md).
    telemetryOptions.recorder.onIdle = dashboard::foldWhenIdle();

    shell::ShowroomServices services(telemetryOptions);
    services.preferences().setReducedMotion(options.reducedMotion);
    if (QString error; !services.loadDevelopment(developmentDir, &error))
        return fail(ExitBadInput, error);
    // The still's unit, building, floor or preset must exist before any window is built.
    if (const QString wrong = cli::validateAgainst(options, services.development().data()); !wrong.isEmpty())
        return fail(ExitBadInput, wrong);
    // Start the import now, while QML is still being compiled.
    services.loadSite(QString(), importWorker());
    // A kiosk's first session starts with the first touch (the attract loop runs without one).
    if (QString error; !services.startTelemetry(&error, !options.kiosk))
        std::fprintf(stderr, "showroom: telemetry: %s\n", qPrintable(error));
    telemetry::quitOnTerminationSignals(&app);
    // Stills and brochures are over in seconds: only a running app syncs, in the background.
    if (QString error; options.screenshot.isEmpty() && options.brochure.isEmpty() && !services.startSync(syncConfig, &error))
        std::fprintf(stderr, "showroom: central store: %s\n", qPrintable(error));
    if (!showRequested(services, options))
        return fail(ExitBadInput, QStringLiteral("cannot show what the command line asks for (see --help)"));

    std::unique_ptr<kiosk::KioskMode> kioskMode;
    if (options.kiosk) {
        kiosk::KioskMode::Options k;
        k.config = kioskConfig.config;
        k.problems = kioskConfig.problems;
        k.developmentDir = developmentDir;
        k.importWorker = importWorker();
        k.databasePath = telemetryOptions.recorder.path;
        kioskMode = std::make_unique<kiosk::KioskMode>(services, k);
        if (!kioskMode->checkFirstView(services.development().data()))
            std::fprintf(stderr, "showroom: kiosk configuration: %s\n", qPrintable(services.kiosk().notes().constLast()));
        kioskMode->begin();
    }

    // What a still was to show but turned out not to exist once loaded (exit 2 with this message).
    QString roomError;
    // --dashboard: the sales dashboard (its page asks for the PIN; a still is taken at the command line
    // by someone who can read the database file anyway, so it shows the page without: docs/dashboard.md).
    if (options.dashboard) {
        dashboard::DashboardModel &board = services.dashboard();
        board.setStillWithoutPin(!options.screenshot.isEmpty());
        board.setRangeDays(options.dashboardDays);
        services.navigation().showDashboard(QStringLiteral("command_line"));
        if (options.dashboardPage.startsWith(QLatin1String("visitor:")) && !options.screenshot.isEmpty()) {
            // A pseudonym the database does not know is a mistake on the command line: exit 2, saying so.
            QObject::connect(&board, &dashboard::DashboardModel::visitorOpened, &app, [&] {
                const QVariantMap page = services.dashboard().visitor();
                if (page.value(QStringLiteral("found")).toBool())
                    return;
                const QString why = page.value(QStringLiteral("error")).toString();
                roomError = why.isEmpty() ? QStringLiteral("--dashboard-page '%1': no visitor with that pseudonym in %2 "
                                                           "(the Visitors page or `showroom-admin report` lists them)")
                                                .arg(options.dashboardPage, telemetryOptions.recorder.path)
                                          : QStringLiteral("--dashboard-page '%1': %2").arg(options.dashboardPage, why);
                app.exit(ExitBadInput);
            });
            board.openVisitor(options.dashboardPage.mid(8), QStringLiteral("command_line"));
        }
        else if (!options.dashboardPage.isEmpty())
            board.setPage(options.dashboardPage);
        // --central: every office from the company's store, pulled into a local mirror off the GUI thread.
        bool badInput = false;
        if (QString error; !options.central.isEmpty() &&
                           !services.showCentralStore(options.central, options.office, !options.screenshot.isEmpty(),
                                                      &error, &badInput))
            return fail(badInput ? ExitBadInput : ExitRenderFailed, QStringLiteral("central store: %1").arg(error));
        if (!options.screenshot.isEmpty())
            board.refresh();
    }

    QString windowError;
    QQuickWindow *window = services.openWindow(&windowError);
    if (!window)
        return fail(ExitRenderFailed, windowError);
    if (!options.lead.isEmpty())
        showLeadForm(services, window, options);

    // --room: once the interior has loaded, stand in that room (UnitVisit::standInRoom frames it).
    if (!options.room.isEmpty()) {
        QObject::connect(&services.visit(), &shell::UnitVisit::ready, &services.visit(), [&] {
            shell::UnitVisit &visit = services.visit();
            if (!visit.standInRoom(options.room)) {
                QStringList choices;
                for (int i = 0; i < visit.roomIds().size(); ++i)
                    choices << (visit.roomNames().at(i) == QString(visit.roomIds().at(i)).replace(u'_', u' ')
                                    ? visit.roomNames().at(i)
                                    : QStringLiteral("%1 (%2)").arg(visit.roomIds().at(i), visit.roomNames().at(i)));
                roomError = QStringLiteral("--room '%1': no such room in home %2; choose one of: %3")
                                .arg(options.room, visit.unitId(), choices.join(QStringLiteral(", ")));
                app.exit(ExitBadInput);
                return;
            }
        });
    }

    if (!options.brochure.isEmpty()) {
        window->resize(QSize(1920, 1080)); // stills 1920 px wide (a kiosk's screen): sharp on A4
        window->show();
        return makeBrochure(services, window, options.brochure, options.out);
    }
    if (!options.screenshot.isEmpty()) {
        window->resize(options.size);
        window->show();
        if (kioskMode)
            kioskMode->showState(options.kioskState); // --kiosk-state attract|still-there (stills)
        const int shot = takeScreenshot(window, services.site(), options.screenshot, roomError);
        return roomError.isEmpty() ? shot : fail(ExitBadInput, roomError);
    }
    if (options.robot > 0) {
        // The robot: a real window (not full screen, so a desktop stays usable while it runs), guarded.
        window->resize(QSize(1280, 800));
        window->show();
        kioskMode->guard(window, false);
        kiosk::RobotResult result = kiosk::runRobot(services, *kioskMode, window, options.robot);
        if (!result.error.isEmpty())
            return fail(ExitRenderFailed, QStringLiteral("robot: %1").arg(result.error));
        std::printf("%s\n", qPrintable(result.line()));
        std::fflush(stdout); // a sanitizer's exit report ends the process without flushing stdio
        return cli::ExitOk;
    }
    if (kioskMode)
        kioskMode->guard(window); // full screen, frameless, no way out for the public
    const int code = app.exec();
    if (!roomError.isEmpty())
        return fail(ExitBadInput, roomError);
    return code;
}
