// showroom-import: inspect models, check and create development packages, build their caches.
//   showroom-import info MODEL [--up +Z] [--scale 0.01]
//   showroom-import check PACKAGE
//   showroom-import new PACKAGE --model MODEL [--name NAME] [--force]
//   showroom-import new MODEL PACKAGE [--name NAME] [--force]
//   showroom-import cache PACKAGE
// Exit codes: 0 clean, 1 the input has problems, 2 bad command-line use (one-line error).
#include "Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace showroom::cli;

namespace {

int usageError(Output &io, const QString &message)
{
    io.err << "showroom-import: " << message << " (see showroom-import --help)" << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // QImage (embedded texture extraction) needs only QtGui's image plugins, no display.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom-import"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOWROOM_VERSION));
    Output io;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Inspect models and build development packages.\n\n"
        "Commands:\n"
        "  info MODEL            format, counts, bounds in metres, up axis and scale, warnings\n"
        "  check PACKAGE         validate development.json against its model; exit 1 on problems\n"
        "  new PACKAGE --model M create a package folder around a bare model\n"
        "  new MODEL PACKAGE     the same (an IFC model also gives floors and stages)\n"
        "  cache PACKAGE         build the package's import cache (PACKAGE/.cache)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("info | check | new | cache"));
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("MODEL or PACKAGE"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Model file for 'new'."),
                                         QStringLiteral("MODEL"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("'new': write into an existing, non-empty folder."));
    const QCommandLineOption upOption(
        QStringLiteral("up"),
        QStringLiteral("'info': the source's up axis (+Y, +Z, ...) when the file "
                       "states none or states it wrongly."),
        QStringLiteral("AXIS"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("'info': source units to metres (0.01 for cm)."),
                                         QStringLiteral("FACTOR"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("'new': the development's name (default: the folder's)."),
        QStringLiteral("NAME"));
    parser.addOptions({modelOption, forceOption, nameOption, upOption, scaleOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(io, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(io, QStringLiteral("missing command (info, check, new or cache)"));
    const QString command = args.first();
    const QStringList known{QStringLiteral("info"), QStringLiteral("check"), QStringLiteral("new"),
                            QStringLiteral("cache"), QStringLiteral("convert")};
    if (!known.contains(command))
        return usageError(io, QStringLiteral("unknown command '%1'").arg(command));
    // Internal: the isolated import worker (ImportOptions::isolatedWorker) runs `convert MODEL SCENEFILE`.
    if (command == QLatin1String("convert")) {
        if (args.size() != 3)
            return usageError(io, QStringLiteral("'convert' takes MODEL and SCENEFILE"));
        float scale = 0;
        if (parser.isSet(scaleOption))
            scale = parser.value(scaleOption).toFloat();
        return runConvert(args.at(1), args.at(2), parser.value(upOption), scale, io);
    }
    // `new MODEL PACKAGE`: the model first, as the architect hands it over.
    if (command == QLatin1String("new") && args.size() == 3 && !parser.isSet(modelOption))
        return runNew(args.at(2), args.at(1), parser.isSet(forceOption), parser.value(nameOption), io);
    if (command == QLatin1String("new") && args.size() > 3)
        return usageError(io,
                          QStringLiteral("'new' takes MODEL and PACKAGE, got %1 paths").arg(args.size() - 1));
    if (args.size() != 2)
        return usageError(
            io, args.size() < 2
                    ? QStringLiteral("'%1' needs a path").arg(command)
                    : QStringLiteral("'%1' takes one path, got %2").arg(command).arg(args.size() - 1));
    const QString path = args.at(1);
    if (command != QLatin1String("new") && (parser.isSet(modelOption) || parser.isSet(forceOption)))
        return usageError(io, QStringLiteral("--model and --force belong to 'new'"));
    if (command != QLatin1String("new") && parser.isSet(nameOption))
        return usageError(io, QStringLiteral("--name belongs to 'new'"));
    if (command != QLatin1String("info") && (parser.isSet(upOption) || parser.isSet(scaleOption)))
        return usageError(io, QStringLiteral("--up and --scale belong to 'info'"));

    if (command == QLatin1String("info")) {
        float scale = 0;
        if (parser.isSet(scaleOption)) {
            bool ok = false;
            scale = parser.value(scaleOption).toFloat(&ok);
            if (!ok || !(scale > 0))
                return usageError(io, QStringLiteral("--scale needs a positive number"));
        }
        const QString up = parser.value(upOption);
        if (!up.isEmpty() && !QRegularExpression(QStringLiteral("^[+-][XYZxyz]$")).match(up).hasMatch())
            return usageError(io, QStringLiteral("--up needs one of +X -X +Y -Y +Z -Z"));
        return runInfo(path, up, scale, io);
    }
    if (command == QLatin1String("check"))
        return runCheck(path, io);
    if (command == QLatin1String("cache"))
        return runCache(path, io);
    if (!parser.isSet(modelOption))
        return usageError(io, QStringLiteral("'new' needs --model MODEL (or: new MODEL PACKAGE)"));
    return runNew(path, parser.value(modelOption), parser.isSet(forceOption), parser.value(nameOption), io);
}
