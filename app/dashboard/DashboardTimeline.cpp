#include "dashboard/DashboardTimeline.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace showroom::dashboard {

namespace {

// "unit:A_0304" -> "A_0304"; "room:A_0304/Living" -> "A_0304 Living"; "building:A" -> "building A".
QString targetWords(const QString &target)
{
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return target;
    const QString kind = target.left(colon), id = target.mid(colon + 1);
    if (kind == QLatin1String("unit"))
        return id;
    if (kind == QLatin1String("room"))
        return QString(id).replace(QLatin1Char('/'), QLatin1Char(' '));
    if (kind == QLatin1String("floor")) {
        const QStringList parts = id.split(QLatin1Char('/'));
        return parts.size() == 2 ? QStringLiteral("floor %1 of building %2").arg(parts[1], parts[0]) : id;
    }
    if (kind == QLatin1String("balcony"))
        return QStringLiteral("the balcony of %1").arg(id);
    return QStringLiteral("%1 %2").arg(kind, id);
}

QString dateWords(qint64 utcMs)
{
    return QLocale(QLocale::English).toString(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).date(),
                                              QStringLiteral("d MMM yyyy"));
}

} // namespace

QString timelineWords(const QString &name, const QString &target, const QString &propertiesJson, qint64 engagedMs)
{
    const QJsonObject p = QJsonDocument::fromJson(propertiesJson.toUtf8()).object();
    const QString what = targetWords(target);
    if (name == QLatin1String("unit_selected"))
        return QStringLiteral("Looked at %1").arg(what);
    if (name == QLatin1String("inside_entered"))
        return QStringLiteral("Walked inside %1").arg(what);
    if (name == QLatin1String("inside_left"))
        return QStringLiteral("Left %1 (%2 rooms seen)").arg(what).arg(p.value(QLatin1String("roomsSeen")).toInt());
    if (name == QLatin1String("room_entered"))
        return QStringLiteral("Entered %1").arg(what);
    if (name == QLatin1String("balcony_viewed"))
        return QStringLiteral("Stood on the balcony of %1").arg(what);
    if (name == QLatin1String("favourite_added"))
        return QStringLiteral("Favourited %1").arg(what);
    if (name == QLatin1String("favourite_removed"))
        return QStringLiteral("Un-favourited %1").arg(what);
    if (name == QLatin1String("finish_chosen"))
        return QStringLiteral("Chose finishes for %1: %2").arg(what, p.value(QLatin1String("finishes")).toString());
    if (name == QLatin1String("finishes_reset"))
        return QStringLiteral("Reset the finishes of %1").arg(what);
    if (name == QLatin1String("compare_opened")) {
        QStringList units;
        for (const QJsonValue &u : p.value(QLatin1String("units")).toArray())
            units << u.toString();
        return QStringLiteral("Compared %1").arg(units.join(QStringLiteral(", ")));
    }
    if (name == QLatin1String("lead_form_opened"))
        return QStringLiteral("Opened the form for %1").arg(what);
    if (name == QLatin1String("lead_submitted"))
        return p.value(QLatin1String("request")).toString() == QLatin1String("brochure")
                   ? QStringLiteral("Asked for the brochure of %1").arg(what)
                   : QStringLiteral("Left their details about %1").arg(what);
    if (name == QLatin1String("building_focused") || name == QLatin1String("stacking_plan_viewed") ||
        name == QLatin1String("floor_focused") || name == QLatin1String("preset_viewed") ||
        name == QLatin1String("poi_viewed"))
        return QStringLiteral("Looked at %1").arg(what);
    if (name == QLatin1String("filter_settled"))
        return QStringLiteral("Searched: %1 (%2 homes)")
            .arg(p.value(QLatin1String("filter")).toString(), QString::number(p.value(QLatin1String("results")).toInt()));
    if (name == QLatin1String("timeline_date_settled"))
        return QStringLiteral("Looked at the construction on %1").arg(p.value(QLatin1String("date")).toString());
    if (name == QLatin1String("unit_status_changed"))
        return QStringLiteral("%1 became %2").arg(what, p.value(QLatin1String("to")).toString());
    if (name == QLatin1String("leave"))
        return QStringLiteral("Spent %1 on %2").arg(profiles::durationWords(engagedMs), what);
    if (name == QLatin1String("home_pressed"))
        return QStringLiteral("Went back to the overview");
    return QStringLiteral("%1 (%2)").arg(name, what);
}

QString nextAction(const profiles::VisitorProfile &profile, const profiles::Recommendations &recommendations,
                   const QList<LeadRow> &leads, const QList<TimelineEntry> &timeline)
{
    if (leads.isEmpty())
        return profile.units.isEmpty()
                   ? QStringLiteral("Nothing to follow up: no contact details and no home looked at")
                   : QStringLiteral("No contact details left: invite them to ask for the brochure of %1 on their"
                                    " next visit")
                         .arg(profile.units.first().key);
    const LeadRow &lead = leads.last();
    const QString verb = lead.preferredContact == QLatin1String("phone") ? QStringLiteral("Call")
                                                                          : QStringLiteral("Email");
    // A home they cared about that is gone: say so, with the closest available alternative.
    if (!recommendations.noLongerAvailable.isEmpty()) {
        const profiles::NoLongerAvailable &gone = recommendations.noLongerAvailable.first();
        QString since;
        for (const TimelineEntry &t : timeline)
            if (t.what == QLatin1String("unit_status_changed") && t.target == QLatin1String("unit:") + gone.unitId)
                since = QStringLiteral(" since ") + dateWords(t.tsUtcMs);
        QString text = QStringLiteral("%1 about %2 — %3%4").arg(verb, gone.unitId, gone.status, since);
        if (!gone.alternatives.isEmpty())
            text += QStringLiteral("; offer %1 (%2)").arg(gone.alternatives.first().unitId,
                                                          gone.alternatives.first().reason);
        return text;
    }
    QString about = profile.askedAbout.isEmpty() ? QString() : profile.askedAbout.first();
    if (about.isEmpty() && !profile.favourites.isEmpty())
        about = profile.favourites.first();
    if (about.isEmpty() && !profile.units.isEmpty())
        about = profile.units.first().key;
    if (about.isEmpty())
        about = targetWords(lead.target);
    QString text = QStringLiteral("%1 about %2").arg(verb, about);
    for (const profiles::Recommendation &r : recommendations.units)
        if (r.unitId != about) {
            text += QStringLiteral("; also suggest %1 (%2)").arg(r.unitId, r.reason);
            break;
        }
    return text;
}

} // namespace showroom::dashboard
