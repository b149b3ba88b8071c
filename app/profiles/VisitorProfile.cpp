#include "profiles/VisitorProfile.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace showroom::profiles {

QString priceBand(double price)
{
    const qint64 from = qint64(std::floor(qMax(0.0, price) / kPriceBandWidth) * kPriceBandWidth);
    return QStringLiteral("%1-%2").arg(from).arg(from + qint64(kPriceBandWidth) - 1);
}

QString durationWords(qint64 ms)
{
    const qint64 s = (qMax<qint64>(ms, 0) + 500) / 1000;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    const qint64 min = (s + 30) / 60;
    if (min < 60)
        return QStringLiteral("%1 min").arg(min);
    return QStringLiteral("%1 h %2 min").arg(min / 60).arg(min % 60);
}

namespace {

// Accumulates one dimension; turned into a sorted list at the end.
struct Dimension
{
    QHash<QString, Interest> items;
    void add(const QString &key, const QString &label, double score, qint64 engagedMs, int visits, int flags)
    {
        Interest &i = items[key];
        i.key = key;
        if (i.label.isEmpty())
            i.label = label.isEmpty() ? key : label;
        i.score += score;
        i.engagedMs += engagedMs;
        i.visits = qMax(i.visits, visits);
        i.flags |= flags;
    }
    QList<Interest> sorted() const
    {
        QList<Interest> out;
        for (const Interest &i : items) {
            // Rounded away: interest that decayed to nothing and carries no fact is not interest.
            if (i.score >= 0.005 || i.flags != 0)
                out.append(i);
        }
        std::sort(out.begin(), out.end(), [](const Interest &a, const Interest &b) {
            return a.score != b.score ? a.score > b.score : a.key < b.key;
        });
        return out;
    }
};

} // namespace

VisitorProfile buildProfile(const StoredProfile &stored, const core::DevelopmentData *dev, qint64 nowUtcMs)
{
    VisitorProfile p;
    p.visitor = stored.visitor;
    p.asOfUtcMs = nowUtcMs;
    p.visits = stored.visits;
    p.firstSeenUtcMs = stored.firstTsUtcMs;
    p.lastSeenUtcMs = stored.lastTsUtcMs;
    p.counters = stored.counters;
    p.lastLooked = stored.lastLooked;
    p.hasDevelopment = dev != nullptr && !dev->isEmpty();
    Dimension units, types, buildings, floors, orientations, bands, palettes, rooms, pois;
    for (const InterestRow &r : stored.rows) {
        const double score = qMax(0.0, scoreAt(r.scaled, nowUtcMs));
        if (r.kind == kind::unit) {
            units.add(r.key, r.key, score, r.engagedMs, r.visits, r.flags);
            const core::Unit *u = p.hasDevelopment ? dev->unit(r.key) : nullptr;
            if (u) {
                const core::UnitType *t = dev->unitType(u->type);
                types.add(u->type, t ? t->name : u->type, score, r.engagedMs, 0, 0);
                if (!u->orientation.isEmpty())
                    orientations.add(u->orientation, u->orientation, score, r.engagedMs, 0, 0);
                bands.add(priceBand(u->price), QString(), score, r.engagedMs, 0, 0);
            }
        } else if (r.kind == kind::building) {
            const core::Building *b = p.hasDevelopment ? dev->building(r.key) : nullptr;
            buildings.add(r.key, b ? b->name : r.key, score, r.engagedMs, r.visits, 0);
        } else if (r.kind == kind::floor) {
            floors.add(r.key, r.key, score, r.engagedMs, r.visits, 0);
        } else if (r.kind == kind::orientation) {
            orientations.add(r.key, r.key, score, 0, 0, 0);
        } else if (r.kind == kind::palette) {
            QString name;
            if (p.hasDevelopment)
                for (const core::FinishPalette &f : dev->finishPalettes)
                    if (f.id == r.key)
                        name = f.name;
            palettes.add(r.key, name, score, 0, r.visits, 0);
        } else if (r.kind == kind::room) {
            rooms.add(r.key, QString(r.key).replace(QLatin1Char('/'), QLatin1Char(' ')), score, r.engagedMs,
                      r.visits, 0);
        } else if (r.kind == kind::poi) {
            QString name;
            if (p.hasDevelopment)
                for (const core::PointOfInterest &poi : dev->pointsOfInterest)
                    if (poi.id == r.key)
                        name = poi.name;
            pois.add(r.key, name, score, 0, r.visits, 0);
        }
    }
    p.units = units.sorted();
    for (const InterestRow &r : stored.rows)
        if (r.kind == kind::unit && r.hasFinishes)
            for (Interest &u : p.units)
                if (u.key == r.key)
                    u.finishes = r.finishes;
    p.unitTypes = types.sorted();
    p.buildings = buildings.sorted();
    p.floors = floors.sorted();
    p.orientations = orientations.sorted();
    p.priceBands = bands.sorted();
    p.palettes = palettes.sorted();
    p.rooms = rooms.sorted();
    p.pois = pois.sorted();
    for (const Interest &u : std::as_const(p.units)) {
        if (u.flags & Favourite)
            p.favourites.append(u.key);
        if (u.flags & AskedAbout)
            p.askedAbout.append(u.key);
    }
    return p;
}

LeadScore leadScore(const VisitorProfile &p)
{
    LeadScore s;
    bool inside = false, balcony = false;
    for (const Interest &u : p.units) {
        inside = inside || (u.flags & Inside);
        balcony = balcony || (u.flags & Balcony);
    }
    const double homeMinutes = double(p.counters.homeEngagedMs) / 60000.0;
    const int favourites = int(p.favourites.size());
    auto part = [&](const char *what, int points, const QString &words) {
        if (points > 0)
            s.parts.append({QLatin1String(what), points, words});
    };
    part("visits", qMin(20, 10 * qMax(0, p.visits - 1)),
         p.visits == 1 ? QStringLiteral("1 visit") : QStringLiteral("%1 visits").arg(p.visits));
    part("time", qMin(20, int(std::lround(2 * homeMinutes))),
         durationWords(p.counters.homeEngagedMs) + QStringLiteral(" on homes"));
    part("inside", inside ? 5 : 0, QStringLiteral("walked inside"));
    part("balcony", balcony ? 3 : 0, QStringLiteral("stood on a balcony"));
    part("favourites", qMin(15, 5 * favourites),
         favourites == 1 ? QStringLiteral("favourited 1 unit")
                         : QStringLiteral("favourited %1 units").arg(favourites));
    part("compared", p.counters.compares > 0 ? 5 : 0, QStringLiteral("compared homes"));
    part("finishes", p.counters.finishes > 0 ? 5 : 0, QStringLiteral("chose finishes"));
    const bool brochure = p.counters.brochures > 0;
    part("asked", brochure || p.counters.callbacks > 0 ? 12 : 0,
         brochure ? (p.counters.callbacks > 0 ? QStringLiteral("asked for a brochure and a call back")
                                              : QStringLiteral("asked for a brochure"))
                  : QStringLiteral("asked to be called back"));
    part("lead", p.counters.leads > 0 ? 15 : 0, QStringLiteral("left contact details"));
    for (const LeadScorePart &x : std::as_const(s.parts))
        s.raw += x.points;
    s.raw = qMin(100, s.raw);
    const qint64 sinceMs = qMax<qint64>(0, p.asOfUtcMs - p.lastSeenUtcMs);
    s.recency = p.lastSeenUtcMs > 0 ? std::exp2(-double(sinceMs) / double(kHalfLifeMs)) : 0.0;
    s.score = int(std::lround(s.raw * s.recency));

    // The words: visits first, then the home they cared most about, then what they did.
    QStringList words;
    words << (p.visits == 1 ? QStringLiteral("1 visit") : QStringLiteral("%1 visits").arg(p.visits));
    if (!p.units.isEmpty() && p.units.first().engagedMs > 0) {
        const Interest &top = p.units.first();
        QString where = durationWords(top.engagedMs) + QStringLiteral(" on ") + top.key;
        if ((top.flags & Inside) && (top.flags & Balcony))
            where += QStringLiteral(" inside and on its balcony");
        else if (top.flags & Inside)
            where += QStringLiteral(" inside");
        else if (top.flags & Balcony)
            where += QStringLiteral(" and on its balcony");
        words << where;
    }
    for (const LeadScorePart &x : std::as_const(s.parts)) {
        if (x.what != QLatin1String("visits") && x.what != QLatin1String("time") &&
            x.what != QLatin1String("inside") && x.what != QLatin1String("balcony"))
            words << x.words;
    }
    const qint64 days = sinceMs / (24 * 3600 * 1000);
    words << (days == 0   ? QStringLiteral("last seen today")
              : days == 1 ? QStringLiteral("last seen yesterday")
                          : QStringLiteral("last seen %1 days ago").arg(days));
    s.explanation = words.join(QStringLiteral(", "));
    return s;
}

} // namespace showroom::profiles
