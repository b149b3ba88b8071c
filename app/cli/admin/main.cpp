// showroom-admin: the staff and IT side of the telemetry database.
//   showroom-admin --db FILE stress --events N [--rate R]
//   showroom-admin --db FILE forget VISITOR
//   showroom-admin --db FILE export-visitor VISITOR
//   showroom-admin --db FILE purge --older-than DAYS
//   showroom-admin --db FILE profile VISITOR [--json] [--development DIR] [--as-of ISO]
//   showroom-admin --db FILE recommend VISITOR [--json] [--development DIR] [--as-of ISO]
//   showroom-admin --db FILE seed [--events N] [--visitors V] [--days D] [--devices K] [--development DIR]
//   showroom-admin --db FILE set-pin                 (the PIN on standard input)
//   showroom-admin --db FILE audit [--json]
//   showroom-admin --db FILE export-leads --csv FILE
//   showroom-admin --db FILE export-events --jsonl FILE
//   showroom-admin --db FILE report [--json] [--days N | --from DAY --to DAY] [--device ID] [--include-staff]
// Staff commands are recorded in the audit log (app/staff, docs/staff.md).
// Exit codes: 0 done, 1 the database or the operation failed, 2 bad usage.
#include "AdminCommon.h"
#include "ExportCommands.h"
#include "ProfileCommands.h"
#include "ReportCommands.h"
#include "SyncCommands.h"
#include "StaffCommands.h"
#include "telemetry/Database.h"
#include "telemetry/Privacy.h"
#include "telemetry/QuitOnSignal.h"
#include "telemetry/Telemetry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace tel = showroom::telemetry;

namespace {

using showroom::admin::failure;
using showroom::admin::openExisting;
const auto usageError = showroom::admin::usage;

QString describeFailure(const QString &path, tel::sql::Connection &db, const QString &what)
{
    const int primary = db.errorCode() & 0xff;
    if (primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */)
        return QStringLiteral("database '%1' is locked by another process (gave up after 5 s)").arg(path);
    return QStringLiteral("database '%1': %2 failed: %3").arg(path, what, db.errorText());
}

int stress(const QString &path, qint64 events, double rate)
{
    auto *app = QCoreApplication::instance();
    tel::Telemetry::Options o;
    o.recorder.path = path;
    o.deviceId = QStringLiteral("showroom-admin-stress");
    o.mode = QStringLiteral("kiosk");
    o.watchApplication = false;
    // Same pipeline as the app; each commit is reported the moment SQLite has it, for the kill -9 test.
    o.recorder.onCommitted = [](qint64 total) {
        char line[48];
        const int n = std::snprintf(line, sizeof line, "committed %lld\n", static_cast<long long>(total));
        [[maybe_unused]] const ssize_t w = ::write(STDOUT_FILENO, line, size_t(n));
    };
    tel::Telemetry telemetry(o);
    QString error;
    if (!telemetry.open(&error))
        return failure(error);
    telemetry.startSession(QStringLiteral("en"));

    qint64 sent = 0;
    bool interrupted = false;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer stalled; // how long the writer has been failing
    const qint64 highWater = o.recorder.maxPendingEvents / 2;
    QTimer producer;
    producer.setInterval(0);
    QObject::connect(&producer, &QTimer::timeout, app, [&] {
        if (sent >= events || interrupted) {
            producer.stop();
            app->quit();
            return;
        }
        if (!telemetry.recorder().lastError().isEmpty()) {
            if (!stalled.isValid())
                stalled.start();
            if (stalled.elapsed() > 15000) {
                producer.stop();
                app->exit(1);
                return;
            }
        } else {
            stalled.invalidate();
        }
        // A tool may wait for the writer (the app never does): keep the queue below half its bound so
        // a stress run measures writing, not dropping.
        if (telemetry.recorder().pendingEvents() > highWater)
            return;
        qint64 due = rate > 0 ? qint64(rate * double(clock.nsecsElapsed()) / 1e9) + 1 : sent + 2000;
        due = qMin(qMin(due, events), sent + 5000);
        static const char *const names[] = {"enter", "leave", "unit_selected", "filter_changed", "camera"};
        for (; sent < due; ++sent) {
            const QString target = QStringLiteral("unit:A_%1").arg(sent % 400, 4, 10, QLatin1Char('0'));
            telemetry.track(QLatin1String(names[sent % 5]),
                            {{QStringLiteral("target"), target}, {QStringLiteral("seq"), sent}});
        }
    });
    tel::quitOnTerminationSignals(app, [&](int sig) {
        interrupted = true;
        std::fprintf(stderr, "showroom-admin: stress stopped by signal %d after %lld events\n", sig,
                     static_cast<long long>(sent));
    });
    producer.start();
    const int loop = app->exec();
    telemetry.shutdown(); // ends the session and flushes, like the app on quit
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 committed = telemetry.recorder().committedEvents();
    const qint64 dropped = telemetry.recorder().droppedEvents();
    std::fprintf(stderr,
                 "stress: %lld events enqueued, %lld committed, %lld dropped in %.2f s (%.0f events/s)\n",
                 static_cast<long long>(sent), static_cast<long long>(committed),
                 static_cast<long long>(dropped), seconds, double(committed) / qMax(seconds, 1e-9));
    if (loop != 0 || committed + dropped != sent)
        return failure(
            QStringLiteral("not every event was written: %1").arg(telemetry.recorder().lastError()));
    return 0;
}

int forget(const QString &path, const QString &visitor)
{
    tel::sql::Connection db;
    QString error;
    if (!openExisting(db, path, &error))
        return failure(error);
    const tel::ErasureResult r = tel::forgetVisitor(db, visitor);
    if (!r.ok)
        return failure(describeFailure(path, db, QStringLiteral("erasure")));
    // An id we hold nothing about is a mistake on the command line, as for profile and recommend.
    if (r.total() == 0)
        return usageError(
            QStringLiteral("no data held about visitor '%1' in '%2' (unknown or erased)").arg(visitor, path));
    std::printf("forgot visitor %s: %lld events, %lld sessions, %lld leads, %lld consents, %lld brochure files "
                "removed%s\n",
                qPrintable(visitor), static_cast<long long>(r.events), static_cast<long long>(r.sessions),
                static_cast<long long>(r.leads), static_cast<long long>(r.consents),
                static_cast<long long>(r.brochures),
                r.walTruncated ? "" : " (old pages leave the WAL at the next checkpoint: a reader held it)");
    return 0;
}

int exportVisitor(const QString &path, const QString &visitor)
{
    tel::sql::Connection db;
    QString error;
    if (!openExisting(db, path, &error))
        return failure(error);
    QJsonObject out;
    bool found = false;
    if (!tel::exportVisitor(db, visitor, &out, &error, &found))
        return failure(describeFailure(path, db, QStringLiteral("export")));
    if (!found)
        return usageError(
            QStringLiteral("no data held about visitor '%1' in '%2' (unknown or erased)").arg(visitor, path));
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

int purge(const QString &path, int days)
{
    tel::sql::Connection db;
    QString error;
    if (!openExisting(db, path, &error))
        return failure(error);
    const tel::PurgeResult r = tel::purgeAnonymousEvents(db, days, QDateTime::currentMSecsSinceEpoch());
    if (!r.ok)
        return failure(describeFailure(path, db, QStringLiteral("purge")));
    std::printf("purged anonymous data older than %d days: %lld events, %lld sessions, %lld visitors\n", days,
                static_cast<long long>(r.events), static_cast<long long>(r.sessions),
                static_cast<long long>(r.visitors));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("showroom-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOWROOM_VERSION));
    if (const int rc = showroom::admin::reportCommand(app.arguments()); rc >= 0)
        return rc; // report parses its own options (ReportCommands.cpp)

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Staff and IT operations on a Showroom telemetry database; safe while the app is running.\n\n"
        "Commands:\n"
        "  stress --events N [--rate R]   push N synthetic events through the app's pipeline;\n"
        "                                 prints 'committed <total>' after every commit\n"
        "  forget VISITOR                 erase a visitor and everything linked to them\n"
        "  export-visitor VISITOR         print everything held about a visitor as JSON\n"
        "  purge --older-than DAYS        remove anonymous events older than DAYS days\n"
        "  profile VISITOR [--json]       the visitor's interest profile, lead score, favourites and\n"
        "                                 (with --development) recommendations\n"
        "  recommend VISITOR [--json]     available homes like the ones the visitor cared about, and\n"
        "                                 alternatives to favourites now reserved or sold (--development)\n"
        "  seed [--events N] [--visitors V] [--days D] [--devices K]\n"
        "                                 create or extend a database with realistic traffic: V\n"
        "                                 visitors over D days on K devices, N events in all\n"
        "                                 (benchmarks, demos; with --development: its homes)\n"
        "  set-pin                        set the staff PIN (4-12 digits) from standard input\n"
        "  audit [--json]                 the audit log of staff actions on personal data\n"
        "  export-leads --csv FILE        leads with contact consent as CSV for a CRM\n"
        "  export-events --jsonl FILE     every event as JSON Lines (visitors by pseudonym)\n"
        "  report [--json] [--days N | --from DAY --to DAY] [--device ID] [--include-staff] [--top N]\n"
        "                                 the dashboard's overview, top units and top leads\n"
        "Every command but stress and audit is recorded in the audit log (docs/staff.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Telemetry database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("stress: number of events."), QStringLiteral("N"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"), QStringLiteral("stress: events per second (default: as fast as possible)."),
        QStringLiteral("R"));
    const QCommandLineOption olderOption(QStringLiteral("older-than"), QStringLiteral("purge: age in days."),
                                         QStringLiteral("DAYS"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("profile, recommend, audit: JSON (docs/interest-model.md, docs/staff.md)."));
    const QCommandLineOption developmentOption(
        QStringLiteral("development"),
        QStringLiteral("profile, recommend, seed: the development package (unit facts and status)."),
        QStringLiteral("DIR"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        QStringLiteral("profile, recommend: decay to this UTC instant (default: now)."),
        QStringLiteral("ISO"));
    const QCommandLineOption visitorsOption(QStringLiteral("visitors"),
                                            QStringLiteral("seed: number of visitors (default N/100)."),
                                            QStringLiteral("V"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QStringLiteral("seed: days the visits spread over (default 90)."),
                                        QStringLiteral("D"));
    const QCommandLineOption devicesOption(
        QStringLiteral("devices"), QStringLiteral("seed: devices the visits spread over (default 1)."),
        QStringLiteral("K"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("export-leads: the CSV file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption jsonlOption(
        QStringLiteral("jsonl"), QStringLiteral("export-events: the JSON Lines file to write."), QStringLiteral("FILE"));
    parser.addOptions({dbOption, eventsOption, rateOption, olderOption, jsonOption, developmentOption,
                       asOfOption, visitorsOption, daysOption, devicesOption, csvOption, jsonlOption});
    showroom::admin::addSyncOptions(parser); // sync, central-forget, set-status (app/sync)
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("stress | forget | export-visitor | purge | profile | recommend | seed | set-pin | audit |"
                       " export-leads | export-events"));
    if (!parser.parse(app.arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("showroom-admin %s\n", SHOWROOM_VERSION);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    if (showroom::admin::isSyncCommand(args.first())) // central-forget, set-status need no --db
        return showroom::admin::syncCommand(parser, args);
    if (const QString wrong = showroom::admin::misplacedSyncOption(parser, args.first()); !wrong.isEmpty())
        return usageError(wrong);
    if (!parser.isSet(dbOption) || parser.value(dbOption).isEmpty())
        return usageError(QStringLiteral("--db FILE is required"));
    const QString path = parser.value(dbOption);
    const QString command = args.first();
    auto misplaced = [&](const QCommandLineOption &option, const char *owner) {
        return parser.isSet(option) && command != QLatin1String(owner);
    };
    const bool profiling = command == QLatin1String("profile") || command == QLatin1String("recommend");
    if ((misplaced(eventsOption, "stress") && misplaced(eventsOption, "seed")) ||
        misplaced(rateOption, "stress") || misplaced(olderOption, "purge") ||
        (parser.isSet(jsonOption) && !profiling && command != QLatin1String("audit")) ||
        (parser.isSet(asOfOption) && !profiling) || misplaced(devicesOption, "seed") ||
        misplaced(csvOption, "export-leads") || misplaced(jsonlOption, "export-events") ||
        (parser.isSet(developmentOption) && !profiling && command != QLatin1String("seed")) ||
        misplaced(visitorsOption, "seed") || misplaced(daysOption, "seed"))
        return usageError(QStringLiteral("option not valid for '%1'").arg(command));

    if (profiling) {
        if (args.size() != 2 || args.at(1).isEmpty())
            return usageError(QStringLiteral("%1 needs exactly one VISITOR id").arg(command));
        showroom::admin::ProfileRequest r;
        r.db = path;
        r.visitor = args.at(1);
        r.developmentDir = parser.value(developmentOption);
        r.json = parser.isSet(jsonOption);
        if (parser.isSet(asOfOption)) {
            const QDateTime asOf = QDateTime::fromString(parser.value(asOfOption), Qt::ISODate);
            if (!asOf.isValid())
                return usageError(
                    QStringLiteral("--as-of needs an ISO date and time, e.g. 2026-12-01T09:00:00Z"));
            r.asOfUtcMs = asOf.toMSecsSinceEpoch();
        }
        const int rc = command == QLatin1String("profile") ? showroom::admin::profileCommand(r)
                                                           : showroom::admin::recommendCommand(r);
        return showroom::admin::recordCommand(path, command, r.visitor, QString(), rc);
    }
    if (command == QLatin1String("seed")) {
        showroom::admin::SeedRequest r;
        r.db = path;
        r.developmentDir = parser.value(developmentOption);
        bool ok = true;
        if (parser.isSet(eventsOption))
            r.events = parser.value(eventsOption).toLongLong(&ok);
        if (args.size() != 1 || !ok || (parser.isSet(eventsOption) && r.events <= 0) ||
            (!parser.isSet(eventsOption) && !parser.isSet(visitorsOption)))
            return usageError(QStringLiteral("seed needs --events N or --visitors V (positive numbers)"));
        if (parser.isSet(visitorsOption)) {
            r.visitors = parser.value(visitorsOption).toLongLong(&ok);
            if (!ok || r.visitors <= 0)
                return usageError(QStringLiteral("--visitors must be a positive number"));
        }
        if (parser.isSet(daysOption)) {
            r.days = parser.value(daysOption).toInt(&ok);
            if (!ok || r.days <= 0)
                return usageError(QStringLiteral("--days must be a positive number"));
        }
        if (parser.isSet(devicesOption)) {
            r.devices = parser.value(devicesOption).toInt(&ok);
            if (!ok || r.devices <= 0 || r.devices > 1000)
                return usageError(QStringLiteral("--devices must be a number from 1 to 1000"));
        }
        const int rc = showroom::admin::seedCommand(r);
        return showroom::admin::recordCommand(
            path, command, QString(),
            QStringLiteral("events %1, visitors %2, days %3, devices %4")
                .arg(r.events > 0 ? QString::number(r.events) : QStringLiteral("27 per visitor"))
                .arg(r.visitors)
                .arg(r.days)
                .arg(r.devices),
            rc);
    }
    if (command == QLatin1String("set-pin")) {
        if (args.size() != 1)
            return usageError(QStringLiteral("set-pin reads the PIN from standard input, never from the command line"));
        return showroom::admin::setPinCommand(path);
    }
    if (command == QLatin1String("audit")) {
        if (args.size() != 1)
            return usageError(QStringLiteral("audit takes no arguments"));
        return showroom::admin::auditCommand(path, parser.isSet(jsonOption));
    }
    if (command == QLatin1String("export-leads") || command == QLatin1String("export-events")) {
        const bool leads = command == QLatin1String("export-leads");
        const QCommandLineOption &fileOption = leads ? csvOption : jsonlOption;
        if (args.size() != 1 || !parser.isSet(fileOption))
            return usageError(QStringLiteral("%1 needs %2 FILE").arg(command, QLatin1String(leads ? "--csv" : "--jsonl")));
        showroom::admin::ExportRequest r;
        r.db = path;
        r.file = parser.value(fileOption);
        QString problem;
        if (!showroom::admin::outputPathUsable(r.file, &problem))
            return usageError(problem);
        const showroom::admin::ExportOutcome done =
            leads ? showroom::admin::exportLeads(r) : showroom::admin::exportEvents(r);
        return showroom::admin::recordCommand(
            path, command, QFileInfo(r.file).absoluteFilePath(),
            QStringLiteral("%1 %2 written").arg(done.rows).arg(QLatin1String(leads ? "leads" : "events")), done.exitCode);
    }

    if (command == QLatin1String("stress")) {
        if (args.size() != 1)
            return usageError(QStringLiteral("stress takes no arguments"));
        bool ok = false;
        const qint64 events = parser.value(eventsOption).toLongLong(&ok);
        if (!parser.isSet(eventsOption) || !ok || events <= 0)
            return usageError(QStringLiteral("stress needs --events N with N > 0"));
        double rate = 0;
        if (parser.isSet(rateOption)) {
            rate = parser.value(rateOption).toDouble(&ok);
            if (!ok || rate <= 0)
                return usageError(QStringLiteral("--rate must be a positive number of events per second"));
        }
        return stress(path, events, rate);
    }
    if (command == QLatin1String("forget") || command == QLatin1String("export-visitor")) {
        if (args.size() != 2 || args.at(1).isEmpty())
            return usageError(QStringLiteral("%1 needs exactly one VISITOR id").arg(command));
        const int rc = command == QLatin1String("forget") ? forget(path, args.at(1))
                                                          : exportVisitor(path, args.at(1));
        // An erasure leaves no trace of the id it erased (tst_telemetry_privacy reads the file's bytes):
        // the audit log keeps a receipt, the id's SHA-256 prefix, that staff can check an id against.
        const QString subject = command == QLatin1String("forget")
                                    ? QStringLiteral("sha256:") +
                                          QString::fromLatin1(QCryptographicHash::hash(args.at(1).toUtf8(),
                                                                                       QCryptographicHash::Sha256)
                                                                  .toHex()
                                                                  .left(16))
                                    : args.at(1);
        return showroom::admin::recordCommand(path, command, subject, QString(), rc, true);
    }
    if (command == QLatin1String("purge")) {
        bool ok = false;
        const int days = parser.value(olderOption).toInt(&ok);
        if (args.size() != 1 || !parser.isSet(olderOption) || !ok || days < 0)
            return usageError(QStringLiteral("purge needs --older-than DAYS with DAYS >= 0"));
        return showroom::admin::recordCommand(path, command, QString(),
                                              QStringLiteral("older than %1 days").arg(days), purge(path, days));
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}
