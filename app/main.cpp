// showroom: the sales-screen application. A thin composition root: parse the command line, build the
// shell's services (app/shell/ShowroomServices) for the development package, and show Main.qml (or render
// one frame of it to a PNG with --screenshot).
#include "shell/ShowroomServices.h"
#include "telemetry/QuitOnSignal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace showroom;

namespace {

// Exit codes: 0 fine, 1 could not render/save (screenshot), 2 bad command line or development.
constexpr int ExitRenderFailed = 1;
constexpr int ExitBadInput = 2;

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

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 64 || size.height() < 64 || size.width() > 8192 || size.height() > 8192)
        return std::nullopt;
    return size;
}

// Renders the window until the site is loaded and a few frames have been presented, then saves it.
int takeScreenshot(QQuickWindow *window, scene::SiteModel &site, const QString &file)
{
    constexpr int TimeoutMs = 60'000;
    QElapsedTimer clock;
    clock.start();
    int framesAfterReady = 0;
    bool backendChecked = false;
    int result = -1;
    QString message;

    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
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

    const QImage image = window->grabWindow();
    if (image.isNull())
        return fail(ExitRenderFailed, QStringLiteral("could not grab the window's frame"));
    if (!image.save(file, "PNG"))
        return fail(ExitRenderFailed, QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(file)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOWROOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Showroom: sell homes before they are built."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption developmentOption(
        QStringLiteral("development"),
        QStringLiteral("Development package folder (default: the bundled demo)."), QStringLiteral("DIR"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Telemetry database file (default: in the user's data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the site view to a PNG file and exit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size for --screenshot (default 1280x800)."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QStringLiteral("Sales-office kiosk: full screen, and each session is a new anonymous visitor."));
    // For screenshots and tests of the card: start with this unit selected.
    QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("Select a unit at start."),
                                    QStringLiteral("UNIT"));
    selectOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({developmentOption, dbOption, screenshotOption, sizeOption, kioskOption, selectOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(ExitBadInput, parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitBadInput, QStringLiteral("unexpected argument '%1' (see --help)")
                                      .arg(parser.positionalArguments().constFirst()));

    const auto size = parseSize(parser.value(sizeOption));
    if (!size)
        return fail(ExitBadInput,
                    QStringLiteral("--size '%1': expected WIDTHxHEIGHT between 64x64 and 8192x8192, "
                                   "e.g. 1280x800")
                        .arg(parser.value(sizeOption)));
    if (parser.isSet(sizeOption) && !parser.isSet(screenshotOption))
        return fail(ExitBadInput, QStringLiteral("--size only applies to --screenshot"));

    const QString developmentDir =
        parser.isSet(developmentOption) ? parser.value(developmentOption) : defaultDevelopmentDir();
    if (!QFileInfo(developmentDir).isDir())
        return fail(ExitBadInput, QStringLiteral("development folder %1 does not exist")
                                      .arg(QDir::toNativeSeparators(developmentDir)));

    // Telemetry is never fatal: if the database cannot be opened, events wait and retry.
    telemetry::Telemetry::Options telemetryOptions;
    telemetryOptions.recorder.path = parser.isSet(dbOption)
                                         ? parser.value(dbOption)
                                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                               QStringLiteral("/telemetry.db");
    QDir().mkpath(QFileInfo(telemetryOptions.recorder.path).absolutePath());
    // A kiosk is named by its host name (set by IT: "lobby-kiosk-1"); a buyer's own computer by a random
    // install id, because a laptop's host name often carries its owner's name.
    if (parser.isSet(kioskOption))
        telemetryOptions.deviceId = QSysInfo::machineHostName();
    telemetryOptions.language = QLocale().name();
    telemetryOptions.mode = parser.isSet(kioskOption) ? QStringLiteral("kiosk") : QStringLiteral("desktop");
    telemetryOptions.recorder.retentionDays = 365;
    telemetryOptions.recorder.background = true; // a background writer: frames come first

    shell::ShowroomServices services(telemetryOptions);
    if (QString error; !services.loadDevelopment(developmentDir, &error))
        return fail(ExitBadInput, error);
    if (parser.isSet(selectOption) && !services.development().hasUnit(parser.value(selectOption)))
        return fail(ExitBadInput, QStringLiteral("--select: no unit '%1' in %2")
                                      .arg(parser.value(selectOption), services.development().name()));
    // Start the import now, while QML is still being compiled.
    services.loadSite(QString(), importWorker());
    if (QString error; !services.startTelemetry(&error))
        std::fprintf(stderr, "showroom: telemetry: %s\n", qPrintable(error));
    telemetry::quitOnTerminationSignals(&app);
    if (parser.isSet(selectOption))
        services.navigation().selectUnit(parser.value(selectOption), QStringLiteral("command_line"));

    QString windowError;
    QQuickWindow *window = services.openWindow(&windowError);
    if (!window)
        return fail(ExitRenderFailed, windowError);

    if (parser.isSet(screenshotOption)) {
        window->resize(*size);
        window->show();
        return takeScreenshot(window, services.site(), parser.value(screenshotOption));
    }
    if (parser.isSet(kioskOption))
        window->showFullScreen();
    return app.exec();
}
