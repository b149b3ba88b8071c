#include "dashboard/DashboardTables.h"

#include "dashboard/ChartPainter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace showroom::dashboard::tables {

namespace {

QString say(const char *text)
{
    return QCoreApplication::translate("DashboardTables", text);
}

QString targetWords(const QString &target)
{
    // "unit:A_0304" -> "A 0304"; other targets as written.
    if (target.startsWith(QLatin1String("unit:")))
        return unitLabel(target.mid(5));
    return target;
}

} // namespace

QStringList funnelRoles()
{
    return {"key", "label", "sessions", "sessionsText", "conversion", "conversionText", "fromFirst"};
}

QStringList unitRoles()
{
    return {"unitId",    "label",     "building",    "type",     "floor",      "status",    "statusText",
            "views",     "engagedMs", "engagedText", "insideMs", "insideText", "insides",   "favourites",
            "brochures", "leads",     "interest",    "heat",     "heatColour", "unitClass", "classText"};
}

QStringList visitorRoles()
{
    return {"visitor",  "shortId",   "leadScore",   "lastVisitUtcMs", "lastVisitText", "firstVisitText",
            "sessions", "engagedMs", "engagedText", "topUnit",        "hasLead",       "lastDevice"};
}

QStringList auditRoles()
{
    return {"tsUtcMs", "timeText", "device", "actor", "action", "actionText", "subject", "detail"};
}

QStringList timelineRoles()
{
    return {"tsUtcMs", "timeText", "clockText", "session",     "what",
            "target",  "words",    "engagedMs", "engagedText", "firstOfSession"};
}

QString timeText(qint64 utcMs, const QLocale &locale)
{
    if (utcMs <= 0)
        return QString();
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                           QStringLiteral("d MMM yyyy, HH:mm"));
}

QString unitLabel(const QString &unitId)
{
    return QString(unitId).replace(u'_', u' ');
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("available"))
        return say(QT_TRANSLATE_NOOP("DashboardTables", "Available"));
    if (status == QLatin1String("reserved"))
        return say(QT_TRANSLATE_NOOP("DashboardTables", "Reserved"));
    if (status == QLatin1String("sold"))
        return say(QT_TRANSLATE_NOOP("DashboardTables", "Sold"));
    return status.isEmpty() ? say(QT_TRANSLATE_NOOP("DashboardTables", "Unknown")) : status;
}

QString classText(UnitClass c)
{
    switch (c) {
    case UnitClass::HotAvailable:
        return say(QT_TRANSLATE_NOOP("DashboardTables", "Hot, still available"));
    case UnitClass::SoldStillWanted:
        return say(QT_TRANSLATE_NOOP("DashboardTables", "Taken, still wanted"));
    case UnitClass::NobodyLooks:
        return say(QT_TRANSLATE_NOOP("DashboardTables", "Nobody looks"));
    case UnitClass::None:
        break;
    }
    return QString();
}

QList<QVariantMap> funnelRows(const QList<FunnelStage> &funnel, const QLocale &locale)
{
    QList<QVariantMap> rows;
    for (int i = 0; i < funnel.size(); ++i) {
        const FunnelStage &s = funnel.at(i);
        rows.append(
            {{"key", s.key},
             {"label", s.label},
             {"sessions", double(s.sessions)},
             {"sessionsText", locale.toString(s.sessions)},
             {"conversion", s.conversion},
             {"conversionText", i == 0 ? QString() : locale.toString(100.0 * s.conversion, 'f', 0) + u'%'},
             {"fromFirst", s.fromFirst}});
    }
    return rows;
}

QList<QVariantMap> unitRows(const QList<UnitInterest> &units, const QLocale &locale)
{
    Q_UNUSED(locale)
    QList<QVariantMap> rows;
    rows.reserve(units.size());
    for (const UnitInterest &u : units) {
        rows.append({{"unitId", u.unitId},
                     {"label", unitLabel(u.unitId)},
                     {"building", u.building},
                     {"type", u.type},
                     {"floor", u.floor},
                     {"status", u.status},
                     {"statusText", statusText(u.status)},
                     {"views", double(u.views)},
                     {"engagedMs", double(u.engagedMs)},
                     {"engagedText", durationText(u.engagedMs)},
                     {"insideMs", double(u.insideMs)},
                     {"insideText", durationText(u.insideMs)},
                     {"insides", double(u.insides)},
                     {"favourites", double(u.favourites)},
                     {"brochures", double(u.brochures)},
                     {"leads", double(u.leads)},
                     {"interest", u.interest},
                     {"heat", u.heat},
                     {"heatColour", heatColour(u.heat)},
                     {"unitClass", unitClassKey(u.unitClass)},
                     {"classText", classText(u.unitClass)}});
    }
    return rows;
}

QList<QVariantMap> visitorRows(const QList<VisitorListRow> &list, const QLocale &locale, qint64 nowUtcMs)
{
    Q_UNUSED(nowUtcMs)
    QList<QVariantMap> rows;
    rows.reserve(list.size());
    for (const VisitorListRow &v : list) {
        rows.append({{"visitor", v.visitor},
                     {"shortId", v.visitor.left(8)},
                     {"leadScore", v.leadScore},
                     {"lastVisitUtcMs", double(v.lastVisitUtcMs)},
                     {"lastVisitText", timeText(v.lastVisitUtcMs, locale)},
                     {"firstVisitText", timeText(v.firstVisitUtcMs, locale)},
                     {"sessions", v.sessions},
                     {"engagedMs", double(v.engagedMs)},
                     {"engagedText", durationText(v.engagedMs)},
                     {"topUnit", unitLabel(v.topUnit)},
                     {"hasLead", v.hasLead},
                     {"lastDevice", v.lastDevice}});
    }
    return rows;
}

QList<QVariantMap> auditRows(const QList<AuditRow> &list, const QLocale &locale)
{
    static const QHash<QString, const char *> words = {
        {"staff_unlocked", QT_TRANSLATE_NOOP("DashboardTables", "Staff mode opened")},
        {"staff_locked", QT_TRANSLATE_NOOP("DashboardTables", "Staff mode closed")},
        {"staff_locked_out", QT_TRANSLATE_NOOP("DashboardTables", "Locked after wrong PINs")},
        {"visitor_opened", QT_TRANSLATE_NOOP("DashboardTables", "Visitor page opened")},
        {"report_exported", QT_TRANSLATE_NOOP("DashboardTables", "Dashboard report saved")},
        {"export-leads", QT_TRANSLATE_NOOP("DashboardTables", "Leads exported")},
        {"export-events", QT_TRANSLATE_NOOP("DashboardTables", "Events exported")},
        {"forget", QT_TRANSLATE_NOOP("DashboardTables", "Visitor erased")},
        {"set-pin", QT_TRANSLATE_NOOP("DashboardTables", "PIN changed")}};
    QList<QVariantMap> rows;
    for (const AuditRow &a : list) {
        const char *w = words.value(a.action, nullptr);
        rows.append({{"tsUtcMs", double(a.tsUtcMs)},
                     {"timeText", timeText(a.tsUtcMs, locale)},
                     {"device", a.device},
                     {"actor", a.actor},
                     {"action", a.action},
                     {"actionText", w ? say(w) : a.action},
                     {"subject", a.subject},
                     {"detail", a.detail}});
    }
    return rows;
}

QList<QVariantMap> timelineRows(const QList<TimelineEntry> &entries, const QLocale &locale)
{
    QList<QVariantMap> rows;
    QString session;
    for (const TimelineEntry &e : entries) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.tsUtcMs).toLocalTime();
        rows.append({{"tsUtcMs", double(e.tsUtcMs)},
                     {"timeText", timeText(e.tsUtcMs, locale)},
                     {"clockText", locale.toString(at, QStringLiteral("HH:mm:ss"))},
                     {"session", e.session},
                     {"what", e.what},
                     {"target", targetWords(e.target)},
                     {"words", e.words.isEmpty() ? e.what : e.words},
                     {"engagedMs", double(e.engagedMs)},
                     {"engagedText", e.engagedMs > 0 ? durationText(e.engagedMs) : QString()},
                     {"firstOfSession", e.session != session}});
        session = e.session;
    }
    return rows;
}

QVariantList roomRows(const UnitTypeHeatmap &type, const QLocale &locale)
{
    QVariantList rows;
    for (const RoomHeat &r : type.rooms) {
        rows.append(QVariantMap{{"room", r.room},
                                {"name", QString(r.room).replace(u'_', u' ')},
                                {"entries", double(r.entries)},
                                {"entriesText", locale.toString(r.entries)},
                                {"lingerMs", double(r.lingerMs)},
                                {"lingerText", durationText(r.lingerMs)},
                                {"heat", r.heat},
                                {"heatColour", heatColour(r.heat)}});
    }
    return rows;
}

QVariantMap visitorMap(const VisitorPage &page, const QString &error, const QLocale &locale)
{
    QVariantMap m{{"found", page.found},          {"error", error},
                  {"visitor", page.visitor},      {"shortId", page.visitor.left(8)},
                  {"leadScore", page.leadScore},  {"leadScoreWords", page.leadScoreWords},
                  {"nextAction", page.nextAction}};
    QStringList top, favourites, finishes, consents, leads;
    for (const QString &u : page.topUnits)
        top << unitLabel(u);
    for (const QString &u : page.favourites)
        favourites << unitLabel(u);
    for (const auto &f : page.finishes)
        finishes << say(QT_TRANSLATE_NOOP("DashboardTables", "%1: %2"))
                        .arg(unitLabel(f.first), f.second.isEmpty()
                                                     ? say(QT_TRANSLATE_NOOP("DashboardTables", "standard"))
                                                     : QString(f.second)
                                                           .replace(u',', QStringLiteral(", "))
                                                           .replace(u'=', QStringLiteral(" ")));
    for (const ConsentRow &c : page.consents)
        consents << say(QT_TRANSLATE_NOOP("DashboardTables", "%1, given %2 (version %3, %4)"))
                        .arg(c.purpose == QLatin1String("sales_contact")
                                 ? say(QT_TRANSLATE_NOOP("DashboardTables", "Contact by the sales team"))
                             : c.purpose == QLatin1String("newsletter")
                                 ? say(QT_TRANSLATE_NOOP("DashboardTables", "Newsletter"))
                                 : c.purpose,
                             timeText(c.givenUtcMs, locale),
                             c.version.isEmpty() ? QStringLiteral("-") : c.version,
                             c.language.isEmpty() ? QStringLiteral("-") : c.language);
    QString brochure, name, email, phone, preferred;
    for (const LeadRow &l : page.leads) {
        leads << say(QT_TRANSLATE_NOOP("DashboardTables", "%1 about %2 on %3"))
                     .arg(l.request == QLatin1String("brochure")
                              ? say(QT_TRANSLATE_NOOP("DashboardTables", "Brochure"))
                              : l.request,
                          targetWords(l.target), timeText(l.createdUtcMs, locale));
        if (!l.brochurePath.isEmpty())
            brochure = l.brochurePath;
        const QJsonObject contact = QJsonDocument::fromJson(l.contact.toUtf8()).object();
        if (!contact.isEmpty()) {
            name = QStringLiteral("%1 %2")
                       .arg(contact.value("first_name").toString(), contact.value("last_name").toString())
                       .trimmed();
            email = contact.value("email").toString();
            phone = contact.value("phone").toString();
        }
        if (!l.preferredContact.isEmpty())
            preferred = l.preferredContact;
    }
    m.insert("topUnits", top);
    m.insert("favourites", favourites);
    m.insert("finishes", finishes);
    m.insert("consents", consents);
    m.insert("leads", leads);
    m.insert("brochure", brochure);
    m.insert("name", name);
    m.insert("email", email);
    m.insert("phone", phone);
    m.insert("preferredContact", preferred);
    m.insert("sessions", int(page.sessions.size()));
    m.insert("firstVisitText",
             page.sessions.isEmpty() ? QString() : timeText(page.sessions.first().startUtcMs, locale));
    m.insert("lastVisitText",
             page.sessions.isEmpty() ? QString() : timeText(page.sessions.last().startUtcMs, locale));
    return m;
}

} // namespace showroom::dashboard::tables
