// The dashboard as a PDF report (A4 portrait, QPdfWriter): the overview's figures, the funnel and the
// daily visits, the most wanted homes with availability beside interest, the heatmaps and the top
// leads by pseudonym (no names: a report travels). Charts are ChartPainter's, the same drawing as on
// screen. Runs on any thread but the GUI thread (it reads the database and writes the file).
#pragma once

#include "dashboard/DashboardSnapshot.h"

#include <QLocale>
#include <QString>

namespace showroom::dashboard {

struct ReportOptions
{
    QLocale locale;
    QString auditActor; // the audit log's actor for "report_exported" (empty: AuditLog's default)
};

// Writes `snapshot` to path (false + error, one line naming the file, on failure).
bool writeReport(const Snapshot &snapshot, const QString &developmentName, const QString &path,
                 const ReportOptions &options, QString *error);

// Loads a snapshot for request, writes it to path and records "report_exported" in the staff audit
// log. Returns "" on success, else the error.
QString makeReportFile(const SnapshotRequest &request, const QString &path, const ReportOptions &options);

} // namespace showroom::dashboard
