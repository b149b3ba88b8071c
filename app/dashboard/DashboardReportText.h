// `showroom-admin report`: the overview, the top units and the top leads of a range, as text for a
// terminal or as JSON (fields in docs/dashboard.md, "report").
#pragma once

#include "dashboard/DashboardQueries.h"

#include <QJsonObject>

namespace showroom::dashboard {

struct SalesReport
{
    DashboardRange range;
    Overview overview;
    QList<UnitInterest> topUnits; // by interest
    QList<VisitorListRow> topLeads; // by lead score
};

// top: how many units and visitors to list.
bool buildReport(telemetry::sql::Connection &db, const DashboardRange &range, const core::DevelopmentData &development,
                 int top, SalesReport *out, QString *error, qint64 nowUtcMs = 0);
QString reportText(const SalesReport &report);
QJsonObject reportJson(const SalesReport &report);

} // namespace showroom::dashboard
