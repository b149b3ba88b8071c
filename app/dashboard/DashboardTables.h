// The dashboard's tables as rows of named values (DashboardRowsModel): each row keeps its raw numbers
// (sorting, tests) next to the words a salesperson reads ("2 min 5 s", "3 Nov, 14:05"). Pure functions.
#pragma once

#include "dashboard/DashboardSnapshot.h"

#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

namespace showroom::dashboard::tables {

QStringList funnelRoles();
QStringList unitRoles();
QStringList visitorRoles();
QStringList auditRoles();
QStringList timelineRoles();

QList<QVariantMap> funnelRows(const QList<FunnelStage> &funnel, const QLocale &locale);
QList<QVariantMap> unitRows(const QList<UnitInterest> &units, const QLocale &locale);
QList<QVariantMap> visitorRows(const QList<VisitorListRow> &rows, const QLocale &locale, qint64 nowUtcMs);
QList<QVariantMap> auditRows(const QList<AuditRow> &rows, const QLocale &locale);
QList<QVariantMap> timelineRows(const QList<TimelineEntry> &entries, const QLocale &locale);
// A unit type's rooms by lingering: room, name, entries, lingerMs, lingerText, heat.
QVariantList roomRows(const UnitTypeHeatmap &type, const QLocale &locale);
// The visitor page's fields (found, visitor, shortId, leadScore, leadScoreWords, name, email, phone,
// preferredContact, topUnits, favourites, finishes, consents, leads, brochure, sessions, firstVisitText,
// lastVisitText, nextAction, error).
QVariantMap visitorMap(const VisitorPage &page, const QString &error, const QLocale &locale);

// "3 Nov 2026, 14:05" in local time; "" for 0.
QString timeText(qint64 utcMs, const QLocale &locale);
// "A_0304" -> "A 0304" (as the unit card writes it).
QString unitLabel(const QString &unitId);
// "Available", "Reserved", "Sold".
QString statusText(const QString &status);
// "Hot, still available", "Sold, still wanted", "Nobody looks".
QString classText(UnitClass c);

} // namespace showroom::dashboard::tables
