#include "SyncCommands.h"

#include "core/ManifestLoader.h"
#include "sync/Central.h"
#include "sync/Mirror.h"
#include "sync/Settings.h"
#include "sync/Sync.h"

#include <QDateTime>
#include <QSysInfo>

#include <cstdio>
#include <unistd.h>

namespace showroom::admin {
namespace {

namespace sy = showroom::sync;

int usage(const QString &message)
{
    std::fprintf(stderr, "showroom-admin: %s (see --help)\n", qPrintable(message));
    return 2;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "showroom-admin: %s\n", qPrintable(message));
    return 1;
}

const char *const kStatuses[] = {"available", "reserved", "sold"};

// --to, then --config (or SHOWROOM_SYNC_CONFIG), then libpq's PG* variables and ~/.pgpass.
int settings(const QCommandLineParser &parser, sy::CentralSettings *s)
{
    s->url = parser.value(QStringLiteral("to"));
    s->device = parser.value(QStringLiteral("device"));
    s->office = parser.value(QStringLiteral("office"));
    QString config = parser.value(QStringLiteral("config"));
    if (config.isEmpty())
        config = qEnvironmentVariable("SHOWROOM_SYNC_CONFIG");
    QString error;
    if (!config.isEmpty() && !sy::loadConfig(config, s, &error))
        return usage(error);
    if (!sy::namesServer(*s))
        return usage(QStringLiteral("no central store: give --to postgresql://HOST/DB, --config FILE "
                                    "(or SHOWROOM_SYNC_CONFIG), or PGHOST/PGDATABASE"));
    if (sy::urlHasPassword(parser.value(QStringLiteral("to"))))
        std::fprintf(stderr, "showroom-admin: warning: a password in --to is visible to every user of this machine "
                             "(ps); use PGPASSWORD, ~/.pgpass or the config file\n");
    return 0;
}

QString by()
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("staff"));
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

int runSync(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("sync takes no arguments"));
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty())
        return usage(QStringLiteral("sync needs --db FILE (the device's telemetry database)"));
    sy::SyncRequest r;
    r.database = db;
    if (const int rc = settings(parser, &r.central))
        return rc;
    if (parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        r.batchRows = parser.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || r.batchRows <= 0)
            return usage(QStringLiteral("--batch must be a positive number of rows"));
    }
    // One line per committed batch, written at once (a test kills the tool between two of them).
    r.onCommitted = [](const QString &kind, qint64 upTo) {
        char line[96];
        const int n = std::snprintf(line, sizeof line, "committed %s %lld\n", qPrintable(kind),
                                    static_cast<long long>(upTo));
        [[maybe_unused]] const ssize_t w = ::write(STDOUT_FILENO, line, size_t(n));
    };
    const sy::SyncReport report = sy::syncDatabase(r);
    if (!report.ok)
        return failure(QStringLiteral("sync of '%1' failed: %2").arg(db, report.error));
    std::printf("sync: device %s%s -> %s: %s\n", qPrintable(report.device),
                report.office.isEmpty() ? "" : qPrintable(QStringLiteral(" (office %1)").arg(report.office)),
                qPrintable(sy::describeServer(r.central)), qPrintable(report.summary()));
    return 0;
}

int runCentralForget(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 2 || args.at(1).trimmed().isEmpty())
        return usage(QStringLiteral("central-forget needs exactly one VISITOR id"));
    sy::CentralSettings s;
    if (const int rc = settings(parser, &s))
        return rc;
    const sy::CentralForgetResult r = sy::centralForget(s, args.at(1).trimmed(), by());
    if (!r.ok)
        return failure(r.error);
    std::printf("forgot visitor %s centrally: %lld events, %lld sessions, %lld leads, %lld consents removed%s; "
                "every device erases it at its next sync\n",
                qPrintable(args.at(1).trimmed()), static_cast<long long>(r.events),
                static_cast<long long>(r.sessions), static_cast<long long>(r.leads),
                static_cast<long long>(r.consents), r.alreadyErased ? " (erased before; sent to the devices again)" : "");
    return 0;
}

int runSetStatus(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 3)
        return usage(QStringLiteral("set-status needs UNIT and STATUS (available, reserved or sold)"));
    const QString unit = args.at(1), status = args.at(2);
    bool known = false;
    for (const char *s : kStatuses)
        known = known || status == QLatin1String(s);
    if (!known)
        return usage(QStringLiteral("unknown status '%1': choose available, reserved or sold").arg(status));
    const QString dir = parser.value(QStringLiteral("development"));
    if (dir.isEmpty())
        return usage(QStringLiteral("set-status needs --development DIR (the package the unit belongs to)"));
    const core::ManifestResult m = core::loadManifest(dir);
    if (!m.ok())
        return usage(QStringLiteral("development '%1' cannot be read: %2").arg(dir, m.errors.first()));
    QStringList units;
    for (const core::Unit &u : m.data.units)
        units.append(u.id);
    if (!units.contains(unit)) {
        const QStringList some = units.mid(0, 6);
        return usage(QStringLiteral("unit '%1' is not in development '%2' (its units: %3%4)")
                         .arg(unit, m.data.development.id, some.join(QStringLiteral(", ")),
                              units.size() > some.size() ? QStringLiteral(", …") : QString()));
    }
    sy::CentralSettings s;
    if (const int rc = settings(parser, &s))
        return rc;
    const sy::UnitStatusResult r = sy::setUnitStatus(s, m.data.development.id, unit, status, by());
    if (!r.ok)
        return failure(r.error);
    std::printf("unit %s of %s is now %s centrally (was %s); every device shows it at its next sync\n",
                qPrintable(unit), qPrintable(m.data.development.id), qPrintable(status),
                r.previous.isEmpty() ? "as its package says" : qPrintable(r.previous));
    return 0;
}

// Retention on the store (the devices' rule); run daily on the server (docs/central-store.md).
int runCentralPurge(const QCommandLineParser &parser, const QStringList &args)
{
    bool ok = false;
    const int days = parser.value(QStringLiteral("older-than")).toInt(&ok);
    if (args.size() != 1 || !parser.isSet(QStringLiteral("older-than")) || !ok || days < 0)
        return usage(QStringLiteral("central-purge needs --older-than DAYS with DAYS >= 0 (the devices use 365)"));
    sy::CentralSettings s;
    if (const int rc = settings(parser, &s))
        return rc;
    const sy::CentralPurgeResult r = sy::centralPurge(s, days, QDateTime::currentMSecsSinceEpoch());
    if (!r.ok)
        return failure(QStringLiteral("central-purge failed (nothing removed): %1").arg(r.error));
    std::printf("purged anonymous data older than %d days centrally: %lld events, %lld sessions, %lld visitors\n", days,
                static_cast<long long>(r.events), static_cast<long long>(r.sessions),
                static_cast<long long>(r.visitors));
    return 0;
}

// The store read back into a local telemetry-schema file (what `showroom --dashboard --central` reads).
int runCentralMirror(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("central-mirror takes no arguments"));
    sy::MirrorRequest r;
    r.path = parser.value(QStringLiteral("db"));
    if (r.path.isEmpty())
        return usage(QStringLiteral("central-mirror needs --db FILE (the mirror to create or bring up to date)"));
    if (const int rc = settings(parser, &r.central))
        return rc;
    r.office = r.central.office; // here: which office to mirror ("" every office)
    r.central.office.clear();
    const sy::MirrorReport report = sy::pullMirror(r);
    if (!report.ok)
        return report.unknownOffice ? usage(report.error)
                                    : failure(QStringLiteral("central-mirror failed: %1").arg(report.error));
    std::printf("central-mirror: %s -> %s: %s\n", qPrintable(sy::describeServer(r.central)), qPrintable(r.path),
                qPrintable(report.summary()));
    return 0;
}

} // namespace

void addSyncOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("to"),
         QStringLiteral("sync, central-forget, set-status: the central store, postgresql://USER@HOST/DB"
                        "[?sslmode=verify-full&sslrootcert=FILE] (password: PGPASSWORD, ~/.pgpass or --config)."),
         QStringLiteral("URL")},
        {QStringLiteral("config"),
         QStringLiteral("sync, central-forget, set-status: INI file, [central] url, device, office, interval and "
                        "libpq keywords (sslmode, sslrootcert, password …); default $SHOWROOM_SYNC_CONFIG."),
         QStringLiteral("FILE")},
        {QStringLiteral("device"), QStringLiteral("sync: this device's name in the central store (remembered)."),
         QStringLiteral("NAME")},
        {QStringLiteral("office"), QStringLiteral("sync: the sales office this device stands in; central-mirror: "
                                                  "only that office."),
         QStringLiteral("NAME")},
        {QStringLiteral("batch"), QStringLiteral("sync: rows per transaction (default 100000)."), QStringLiteral("N")},
    });
    parser.setApplicationDescription(
        parser.applicationDescription() +
        QStringLiteral("\n  sync [--to URL] [--device NAME] [--office NAME]\n"
                       "                                 push this device's data to the central PostgreSQL and\n"
                       "                                 apply erasures and unit statuses set there\n"
                       "  central-forget VISITOR --to URL  erase a visitor centrally and, at their next sync,\n"
                       "                                 on every device\n"
                       "  set-status UNIT available|reserved|sold --development DIR --to URL\n"
                       "                                 a unit's sales status for every device (no --db)\n"
                       "  central-purge --older-than DAYS --to URL\n"
                       "                                 retention on the central store (the devices' rule)\n"
                       "  central-mirror --db FILE [--office NAME] --to URL\n"
                       "                                 the central store (every office, or one) into a local\n"
                       "                                 file the dashboard reads; again: only what is new"));
}

bool isSyncCommand(const QString &command)
{
    return command == QLatin1String("sync") || command == QLatin1String("central-forget") ||
           command == QLatin1String("set-status") || command == QLatin1String("central-purge") ||
           command == QLatin1String("central-mirror");
}

QString misplacedSyncOption(const QCommandLineParser &parser, const QString &command)
{
    for (const char *name : {"to", "config", "device", "office", "batch"})
        if (parser.isSet(QLatin1String(name)) && !isSyncCommand(command))
            return QStringLiteral("option --%1 not valid for '%2'").arg(QLatin1String(name), command);
    return QString();
}

int syncCommand(const QCommandLineParser &parser, const QStringList &args)
{
    const QString command = args.first();
    // What each command takes; anything else given is a mistake worth naming.
    QStringList valid = {QStringLiteral("to"), QStringLiteral("config")};
    if (command == QLatin1String("sync"))
        valid << QStringLiteral("db") << QStringLiteral("device") << QStringLiteral("office") << QStringLiteral("batch");
    else if (command == QLatin1String("set-status"))
        valid << QStringLiteral("development");
    else if (command == QLatin1String("central-purge"))
        valid << QStringLiteral("older-than");
    else if (command == QLatin1String("central-mirror"))
        valid << QStringLiteral("db") << QStringLiteral("office");
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (!valid.contains(name))
            return usage(QStringLiteral("option --%1 not valid for '%2' (it takes --%3)")
                             .arg(name, command, valid.join(QStringLiteral(", --"))));
    }
    if (command == QLatin1String("sync"))
        return runSync(parser, args);
    if (command == QLatin1String("central-forget"))
        return runCentralForget(parser, args);
    if (command == QLatin1String("central-purge"))
        return runCentralPurge(parser, args);
    if (command == QLatin1String("central-mirror"))
        return runCentralMirror(parser, args);
    return runSetStatus(parser, args);
}

} // namespace showroom::admin
