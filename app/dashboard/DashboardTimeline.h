// Internal to the visitor page: one event in words for the session timeline, and the recommended next
// action for a salesperson ("Call about A_0304 — reserved since 3 Nov 2026; offer A_0404").
#pragma once

#include "dashboard/DashboardQueries.h"
#include "profiles/Recommendations.h"
#include "profiles/VisitorProfile.h"

namespace showroom::dashboard {

// "Looked at A_0304", "Walked inside A_0304", "Spent 2 min in A_0304 Living", "Asked for the brochure of A_0304"
QString timelineWords(const QString &name, const QString &target, const QString &propertiesJson, qint64 engagedMs);

// leads oldest first; timeline oldest first (a unit_status_changed there dates "reserved since").
QString nextAction(const profiles::VisitorProfile &profile, const profiles::Recommendations &recommendations,
                   const QList<LeadRow> &leads, const QList<TimelineEntry> &timeline);

} // namespace showroom::dashboard
