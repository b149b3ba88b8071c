#include "profiles/ProfileReport.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace showroom::profiles {

namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonArray flagNames(int flags)
{
    QJsonArray out;
    const QPair<int, const char *> names[] = {{Favourite, "favourite"},   {Compared, "compared"},
                                              {Inside, "inside"},         {Balcony, "balcony"},
                                              {Configured, "configured"}, {AskedAbout, "asked"}};
    for (const auto &n : names)
        if (flags & n.first)
            out.append(QLatin1String(n.second));
    return out;
}

QJsonArray interestJson(const QList<Interest> &list, bool withFlags)
{
    QJsonArray out;
    for (const Interest &i : list) {
        QJsonObject o{{"key", i.key},
                      {"label", i.label},
                      {"score", rounded(i.score)},
                      {"engagedS", double(i.engagedMs / 1000)},
                      {"visits", i.visits}};
        if (withFlags) {
            o.insert("flags", flagNames(i.flags));
            o.insert("finishes", i.finishes);
        }
        out.append(o);
    }
    return out;
}

QJsonObject unitFacts(const QString &id, const core::DevelopmentData *dev)
{
    QJsonObject o{{"unit", id}};
    const core::Unit *u = dev ? dev->unit(id) : nullptr;
    if (u) {
        o.insert("status", core::statusKey(u->status));
        o.insert("bedrooms", u->bedrooms);
        o.insert("price", u->price);
        o.insert("area", u->area);
        o.insert("orientation", u->orientation);
        o.insert("building", u->building);
        o.insert("floor", u->floor);
    }
    return o;
}

QJsonArray recommendationList(const QList<Recommendation> &list, const core::DevelopmentData &dev)
{
    QJsonArray out;
    for (const Recommendation &r : list) {
        QJsonObject o = unitFacts(r.unitId, &dev);
        o.insert("match", rounded(r.match));
        o.insert("likeUnit", r.likeUnit);
        o.insert("reason", r.reason);
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject recommendationsJson(const QString &visitor, const Recommendations &r,
                                const core::DevelopmentData &dev)
{
    QJsonArray gone;
    for (const NoLongerAvailable &n : r.noLongerAvailable) {
        gone.append(QJsonObject{{"unit", n.unitId},
                                {"status", n.status},
                                {"why", n.why},
                                {"message", n.message},
                                {"alternatives", recommendationList(n.alternatives, dev)}});
    }
    return QJsonObject{{"visitor", visitor},
                       {"recommendations", recommendationList(r.units, dev)},
                       {"noLongerAvailable", gone}};
}

QJsonObject profileJson(const VisitorProfile &p, const LeadScore &s, const Recommendations *r,
                        const core::DevelopmentData *dev)
{
    QJsonArray parts;
    for (const LeadScorePart &x : s.parts)
        parts.append(QJsonObject{{"what", x.what}, {"points", x.points}, {"words", x.words}});
    QJsonArray favourites;
    for (const QString &id : p.favourites)
        favourites.append(unitFacts(id, dev));
    QJsonArray asked;
    for (const QString &id : p.askedAbout)
        asked.append(unitFacts(id, dev));
    const QJsonObject interest{{"units", interestJson(p.units, true)},
                               {"unitTypes", interestJson(p.unitTypes, false)},
                               {"buildings", interestJson(p.buildings, false)},
                               {"floors", interestJson(p.floors, false)},
                               {"orientations", interestJson(p.orientations, false)},
                               {"priceBands", interestJson(p.priceBands, false)},
                               {"palettes", interestJson(p.palettes, false)},
                               {"rooms", interestJson(p.rooms, false)},
                               {"pois", interestJson(p.pois, false)}};
    QJsonObject o{{"visitor", p.visitor},
                  {"asOf", iso(p.asOfUtcMs)},
                  {"halfLifeDays", double(kHalfLifeMs) / 86400000.0},
                  {"visits", p.visits},
                  {"firstSeen", iso(p.firstSeenUtcMs)},
                  {"lastSeen", iso(p.lastSeenUtcMs)},
                  {"homeEngagedS", double(p.counters.homeEngagedMs / 1000)},
                  {"counts", QJsonObject{{"compares", p.counters.compares},
                                         {"finishesChosen", p.counters.finishes},
                                         {"brochures", p.counters.brochures},
                                         {"callbacks", p.counters.callbacks},
                                         {"leads", p.counters.leads}}},
                  {"leadScore", QJsonObject{{"score", s.score},
                                            {"raw", s.raw},
                                            {"recency", rounded(s.recency)},
                                            {"explanation", s.explanation},
                                            {"parts", parts}}},
                  {"lastLooked", QJsonObject{{"timelineDate", p.lastLooked.timelineDate},
                                             {"sunDate", p.lastLooked.sunDate},
                                             {"sunTime", p.lastLooked.sunTime}}},
                  {"favourites", favourites},
                  {"askedAbout", asked},
                  {"interest", interest}};
    if (r && dev) {
        const QJsonObject rec = recommendationsJson(p.visitor, *r, *dev);
        o.insert("recommendations", rec.value("recommendations"));
        o.insert("noLongerAvailable", rec.value("noLongerAvailable"));
    }
    return o;
}

QString recommendationsText(const Recommendations &r)
{
    QString out;
    for (const NoLongerAvailable &n : r.noLongerAvailable) {
        out += n.message + QLatin1Char('\n');
        if (n.alternatives.isEmpty())
            out += QStringLiteral("  no similar home is available\n");
        for (const Recommendation &a : n.alternatives)
            out += QStringLiteral("  instead: %1 (match %2) - %3\n")
                       .arg(a.unitId)
                       .arg(a.match, 0, 'f', 2)
                       .arg(a.reason);
    }
    if (r.units.isEmpty())
        out += QStringLiteral("No recommendations: the visitor has shown no interest in a home yet.\n");
    for (const Recommendation &a : r.units)
        out += QStringLiteral("%1 (match %2) - %3\n").arg(a.unitId).arg(a.match, 0, 'f', 2).arg(a.reason);
    return out;
}

QString profileText(const VisitorProfile &p, const LeadScore &s, const Recommendations *r)
{
    QString out;
    out += QStringLiteral("Visitor %1\n").arg(p.visitor);
    out += QStringLiteral("Lead score %1/100: %2\n").arg(s.score).arg(s.explanation);
    out += QStringLiteral("Visits %1, first seen %2, last seen %3\n")
               .arg(p.visits)
               .arg(iso(p.firstSeenUtcMs), iso(p.lastSeenUtcMs));
    out +=
        QStringLiteral("Favourites: %1\n")
            .arg(p.favourites.isEmpty() ? QStringLiteral("none") : p.favourites.join(QStringLiteral(", ")));
    auto section = [&](const char *title, const QList<Interest> &list) {
        if (list.isEmpty())
            return;
        QStringList items;
        for (int i = 0; i < list.size() && i < 5; ++i)
            items << QStringLiteral("%1 %2").arg(list[i].label).arg(list[i].score, 0, 'f', 1);
        out += QStringLiteral("%1: %2\n").arg(QLatin1String(title), items.join(QStringLiteral(", ")));
    };
    QStringList chosen;
    for (const Interest &u : p.units)
        if (!u.finishes.isEmpty())
            chosen << QStringLiteral("%1 %2").arg(u.key, u.finishes);
    if (!chosen.isEmpty())
        out += QStringLiteral("Finishes chosen: %1\n").arg(chosen.join(QStringLiteral("; ")));
    if (!p.lastLooked.timelineDate.isEmpty() || !p.lastLooked.sunTime.isEmpty())
        out += QStringLiteral("Last looked at: timeline %1, sun %2 %3\n")
                   .arg(p.lastLooked.timelineDate.isEmpty() ? QStringLiteral("-") : p.lastLooked.timelineDate,
                        p.lastLooked.sunDate, p.lastLooked.sunTime);
    section("Homes", p.units);
    section("Unit types", p.unitTypes);
    section("Buildings", p.buildings);
    section("Floors", p.floors);
    section("Orientations", p.orientations);
    section("Price bands", p.priceBands);
    section("Finishes", p.palettes);
    section("Rooms", p.rooms);
    section("Places nearby", p.pois);
    if (r) {
        out += QStringLiteral("Recommendations:\n");
        const QString rec = recommendationsText(*r);
        for (const QString &line : rec.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    return out;
}

} // namespace showroom::profiles
