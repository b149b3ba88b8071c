// showroom --dashboard-report FILE.pdf: the dashboard of the last `days` days as a PDF, written on a
// worker thread, then "report: FILE" on stdout. Needs a QGuiApplication (fonts) but no display.
#pragma once

#include "core/DevelopmentData.h"

#include <QString>

namespace showroom::dashboard {

// Exit codes as the showroom executable's: 0 written, 1 could not write, 2 no such database.
int runReportCommand(const QString &databasePath, const core::DevelopmentData &development,
                     const QString &out, int days);

} // namespace showroom::dashboard
