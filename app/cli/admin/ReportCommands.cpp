#include "ReportCommands.h"

#include "AdminCommon.h"

#include "core/ManifestLoader.h"
#include "dashboard/DashboardReportText.h"
#include "staff/AuditLog.h"
#include "telemetry/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace showroom::admin {

namespace {

// A YYYY-MM-DD day as the UTC midnight starting it; -1 if it is not one.
qint64 dayMs(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() : -1;
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The telemetry database."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON (fields in docs/dashboard.md)."));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("The last N UTC days, today included (default 30)."),
                                  QStringLiteral("N"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First UTC day (YYYY-MM-DD)."), QStringLiteral("DAY"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last UTC day, included (YYYY-MM-DD)."), QStringLiteral("DAY"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("Only this device's sessions."), QStringLiteral("ID"));
    const QCommandLineOption staff(QStringLiteral("include-staff"), QStringLiteral("Count staff and demo sessions too."));
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("Units and leads listed (default 10)."), QStringLiteral("N"));
    const QCommandLineOption development(QStringLiteral("development"),
                                         QStringLiteral("The development package (unit status)."), QStringLiteral("DIR"));
    parser.addOptions({db, json, days, from, to, device, staff, top, development});
    const QCommandLineOption help(QStringLiteral("help"), QStringLiteral("This help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command."));
    if (!parser.parse(arguments)) {
        // Not ours to judge unless the command is report.
        return arguments.contains(QStringLiteral("report")) ? usage(parser.errorText()) : -1;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("report"))
        return -1;
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (positional.size() > 1)
        return usage(QStringLiteral("report takes no argument ('%1')").arg(positional.at(1)));
    if (!parser.isSet(db))
        return usage(QStringLiteral("report needs --db FILE"));
    bool ok = true;
    const int topN = parser.isSet(top) ? parser.value(top).toInt(&ok) : 10;
    if (!ok || topN < 1 || topN > 1000)
        return usage(QStringLiteral("--top needs a number from 1 to 1000, not '%1'").arg(parser.value(top)));
    if (parser.isSet(days) && (parser.isSet(from) || parser.isSet(to)))
        return usage(QStringLiteral("give either --days or --from/--to"));
    dashboard::DashboardRange range;
    const qint64 today = dayMs(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    if (parser.isSet(from) || parser.isSet(to)) {
        range.fromUtcMs = parser.isSet(from) ? dayMs(parser.value(from)) : 0;
        const qint64 last = parser.isSet(to) ? dayMs(parser.value(to)) : today;
        if (range.fromUtcMs < 0 || last < 0)
            return usage(QStringLiteral("--from and --to need a day as YYYY-MM-DD"));
        range.toUtcMs = last + 24LL * 3600 * 1000;
        if (range.toUtcMs <= range.fromUtcMs)
            return usage(QStringLiteral("--to is before --from"));
    } else {
        const int n = parser.isSet(days) ? parser.value(days).toInt(&ok) : 30;
        if (!ok || n < 1 || n > 36500)
            return usage(QStringLiteral("--days needs a number from 1 to 36500, not '%1'").arg(parser.value(days)));
        range.toUtcMs = today + 24LL * 3600 * 1000;
        range.fromUtcMs = range.toUtcMs - qint64(n) * 24 * 3600 * 1000;
    }
    range.device = parser.value(device);
    range.includeStaffAndDemo = parser.isSet(staff);

    core::DevelopmentData dev;
    if (parser.isSet(development)) {
        const core::ManifestResult m = core::loadManifest(parser.value(development));
        if (!m.ok())
            return usage(QStringLiteral("development '%1' cannot be read: %2")
                             .arg(parser.value(development), m.errors.value(0)));
        dev = m.data;
    }

    telemetry::sql::Connection connection;
    QString error;
    if (!openExisting(connection, parser.value(db), &error))
        return failure(error);
    if (!range.device.isEmpty()) {
        // A device no session came from is a mistake (a typo reports zeros): name the ones there are.
        QStringList devices;
        if (!dashboard::deviceList(connection, &devices, &error))
            return failure(QStringLiteral("database '%1': %2").arg(parser.value(db), error));
        if (!devices.contains(range.device))
            return usage(QStringLiteral("no sessions from device '%1' in '%2'; devices: %3")
                             .arg(range.device, parser.value(db),
                                  devices.isEmpty() ? QStringLiteral("none yet") : devices.join(QStringLiteral(", "))));
    }
    dashboard::SalesReport report;
    if (!dashboard::buildReport(connection, range, dev, topN, &report, &error))
        return failure(QStringLiteral("database '%1': %2").arg(parser.value(db), error));
    // The report lists visitors (by pseudonym) and their scores: a staff action on personal data.
    const QString detail = QStringLiteral("%1..%2%3%4")
                               .arg(QDateTime::fromMSecsSinceEpoch(range.fromUtcMs, Qt::UTC).date().toString(Qt::ISODate),
                                    QDateTime::fromMSecsSinceEpoch(range.toUtcMs - 1, Qt::UTC).date().toString(Qt::ISODate),
                                    range.device.isEmpty() ? QString() : QStringLiteral(" device ") + range.device,
                                    parser.isSet(json) ? QStringLiteral(" json") : QString());
    if (!staff::AuditLog::record(connection, QStringLiteral("report"), QString(), detail, &error))
        return failure(QStringLiteral("database '%1': cannot record the report in the audit log: %2")
                           .arg(parser.value(db), error));
    const QByteArray out = parser.isSet(json)
                               ? QJsonDocument(dashboard::reportJson(report)).toJson(QJsonDocument::Indented)
                               : dashboard::reportText(report).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

} // namespace showroom::admin
