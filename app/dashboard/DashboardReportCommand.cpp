#include "dashboard/DashboardReportCommand.h"

#include "dashboard/DashboardReport.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace showroom::dashboard {

int runReportCommand(const QString &databasePath, const core::DevelopmentData &development,
                     const QString &out, int days)
{
    if (!QFileInfo(databasePath).isFile()) {
        std::fprintf(stderr,
                     "showroom: --dashboard-report: no telemetry database at %s (give it with --db FILE)\n",
                     qPrintable(QDir::toNativeSeparators(databasePath)));
        return 2;
    }
    SnapshotRequest request;
    request.databasePath = databasePath;
    request.development = development;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    request.range.toUtcMs = now;
    request.range.fromUtcMs = now - qint64(days - 1) * 86'400'000;
    ReportOptions options;
    options.locale = QLocale();
    const QString path = QFileInfo(out).absoluteFilePath();
    // The same worker path as the dashboard's button (the database and the file off the main thread).
    const QString error = QtConcurrent::run([&] { return makeReportFile(request, path, options); }).result();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "showroom: --dashboard-report: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("report: %s\n", qPrintable(QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace showroom::dashboard
