// showroom-admin report (issue 15): the dashboard's overview, top units and top leads for a range, as text
// or JSON (docs/dashboard.md). Parses its own options, so the other commands' parser is untouched.
#pragma once

#include <QStringList>

namespace showroom::admin {

// arguments: the whole command line (QCoreApplication::arguments()). Returns -1 when the command is not
// `report` (the caller goes on), else the exit code: 0 done, 1 the database failed, 2 bad usage.
int reportCommand(const QStringList &arguments);

} // namespace showroom::admin
