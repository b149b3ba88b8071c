#include "dashboard/DashboardReportText.h"

#include "profiles/VisitorProfile.h"

#include <QDateTime>
#include <QJsonArray>

namespace showroom::dashboard {

namespace {

QString day(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).date().toString(Qt::ISODate);
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString stamp(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject figuresJson(const OverviewFigures &f)
{
    QJsonArray funnel;
    for (const FunnelStage &s : f.funnel)
        funnel.append(QJsonObject{{"key", s.key}, {"label", s.label}, {"sessions", s.sessions},
                                  {"conversion", s.conversion}, {"fromFirst", s.fromFirst}});
    return QJsonObject{{"visitors", f.visitors},
                       {"sessions", f.sessions},
                       {"engagedSessions", f.engagedSessions},
                       {"engagedMs", f.engagedMs},
                       {"averageEngagedMs", f.averageEngagedMs},
                       {"leads", f.leads},
                       {"brochures", f.brochures},
                       {"returningVisitors", f.returningVisitors},
                       {"funnel", funnel}};
}

} // namespace

bool buildReport(telemetry::sql::Connection &db, const DashboardRange &range, const core::DevelopmentData &development,
                 int top, SalesReport *out, QString *error, qint64 nowUtcMs)
{
    *out = SalesReport();
    out->range = range;
    UnitsView unitsView;
    VisitorList list;
    if (!overview(db, range, &out->overview, error, nowUtcMs) ||
        !units(db, range, development, &unitsView, error, nowUtcMs) ||
        !visitors(db, range, VisitorSort::LeadScore, top, 0, &list, error, nowUtcMs))
        return false;
    for (const UnitInterest &u : std::as_const(unitsView.units))
        if (out->topUnits.size() < top && u.interest > 0)
            out->topUnits << u;
    out->topLeads = list.rows;
    return true;
}

QString reportText(const SalesReport &r)
{
    const OverviewFigures &f = r.overview.total;
    QString t;
    t += QStringLiteral("Showroom report %1 to %2 (UTC days)%3%4, as of %5\n")
             .arg(day(r.range.fromUtcMs), day(r.range.toUtcMs - 1),
                  r.range.device.isEmpty() ? QString() : QStringLiteral(", device ") + r.range.device,
                  r.range.includeStaffAndDemo ? QStringLiteral(", staff and demo sessions included") : QString(),
                  stamp(r.overview.asOfUtcMs));
    t += QStringLiteral("\nOverview\n");
    t += QStringLiteral("  visitors           %1 (%2 returning)\n").arg(f.visitors).arg(f.returningVisitors);
    t += QStringLiteral("  sessions           %1 (%2 engaged, average %3)\n")
             .arg(f.sessions)
             .arg(f.engagedSessions)
             .arg(profiles::durationWords(f.averageEngagedMs));
    t += QStringLiteral("  leads              %1 (%2 brochures)\n").arg(f.leads).arg(f.brochures);
    t += QStringLiteral("\nFunnel (sessions, conversion from the step before)\n");
    for (const FunnelStage &s : f.funnel)
        t += QStringLiteral("  %1 %2 %3\n")
                 .arg(s.label, -16)
                 .arg(s.sessions, 9)
                 .arg(s.key == QLatin1String("site") ? QString() : percent(s.conversion));
    if (r.overview.devices.size() > 1) {
        t += QStringLiteral("\nPer device (visitors, sessions, leads)\n");
        for (const DeviceOverview &d : r.overview.devices)
            t += QStringLiteral("  %1 %2 %3 %4\n")
                     .arg(d.device.isEmpty() ? QStringLiteral("(none)") : d.device, -16)
                     .arg(d.figures.visitors, 9)
                     .arg(d.figures.sessions, 9)
                     .arg(d.figures.leads, 6);
    }
    t += QStringLiteral("\nTop units (views, engaged, inside, favourites, leads; status)\n");
    if (r.topUnits.isEmpty())
        t += QStringLiteral("  none looked at\n");
    for (const UnitInterest &u : r.topUnits)
        t += QStringLiteral("  %1 %2 %3 %4 %5 %6  %7%8\n")
                 .arg(u.unitId, -10)
                 .arg(u.views, 7)
                 .arg(profiles::durationWords(u.engagedMs), 12)
                 .arg(profiles::durationWords(u.insideMs), 12)
                 .arg(u.favourites, 5)
                 .arg(u.leads, 4)
                 .arg(u.status.isEmpty() ? QStringLiteral("-") : u.status,
                      u.unitClass == UnitClass::None ? QString() : QStringLiteral(" (") + unitClassKey(u.unitClass) + QLatin1Char(')'));
    t += QStringLiteral("\nTop leads (score, visits, last visit, top unit, contact details)\n");
    if (r.topLeads.isEmpty())
        t += QStringLiteral("  no visitors\n");
    for (const VisitorListRow &v : r.topLeads)
        t += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(v.visitor)
                 .arg(v.leadScore, 3)
                 .arg(v.sessions, 3)
                 .arg(day(v.lastVisitUtcMs))
                 .arg(v.topUnit.isEmpty() ? QStringLiteral("-") : v.topUnit, -10)
                 .arg(v.hasLead ? QStringLiteral("yes") : QStringLiteral("no"));
    return t;
}

QJsonObject reportJson(const SalesReport &r)
{
    QJsonArray devices, units, leads;
    for (const DeviceOverview &d : r.overview.devices) {
        QJsonObject o = figuresJson(d.figures);
        o.insert("device", d.device);
        devices.append(o);
    }
    for (const UnitInterest &u : r.topUnits)
        units.append(QJsonObject{{"unit", u.unitId},       {"building", u.building},   {"type", u.type},
                                 {"floor", u.floor},       {"status", u.status},       {"views", u.views},
                                 {"engagedMs", u.engagedMs}, {"insideMs", u.insideMs}, {"insides", u.insides},
                                 {"favourites", u.favourites}, {"brochures", u.brochures}, {"leads", u.leads},
                                 {"interest", u.interest}, {"class", unitClassKey(u.unitClass)}});
    for (const VisitorListRow &v : r.topLeads)
        leads.append(QJsonObject{{"visitor", v.visitor},
                                 {"leadScore", v.leadScore},
                                 {"sessions", v.sessions},
                                 {"firstVisit", stamp(v.firstVisitUtcMs)},
                                 {"lastVisit", stamp(v.lastVisitUtcMs)},
                                 {"engagedMs", v.engagedMs},
                                 {"topUnit", v.topUnit},
                                 {"hasContact", v.hasLead},
                                 {"lastDevice", v.lastDevice}});
    return QJsonObject{{"from", day(r.range.fromUtcMs)},
                       {"to", day(r.range.toUtcMs - 1)},
                       {"device", r.range.device},
                       {"includeStaffAndDemo", r.range.includeStaffAndDemo},
                       {"asOf", stamp(r.overview.asOfUtcMs)},
                       {"lastEventId", r.overview.lastEventId},
                       {"overview", figuresJson(r.overview.total)},
                       {"devices", devices},
                       {"topUnits", units},
                       {"topLeads", leads}};
}

} // namespace showroom::dashboard
