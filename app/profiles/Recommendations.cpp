#include "profiles/Recommendations.h"

#include "core/DisplayText.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace showroom::profiles {

namespace {

// How many liked homes the suggestions are measured against (the top of the visitor's unit interest).
constexpr int kLikedUnits = 5;

int compassIndex(const QString &o)
{
    static const QStringList points = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    return int(points.indexOf(o.toUpper()));
}

double orientationLikeness(const QString &a, const QString &b)
{
    const int i = compassIndex(a), j = compassIndex(b);
    if (i < 0 || j < 0)
        return a == b ? 1.0 : 0.0;
    const int steps = qMin((i - j + 8) % 8, (j - i + 8) % 8);
    return steps == 0 ? 1.0 : steps == 1 ? 0.5 : 0.0;
}

double closeness(double a, double b, double tolerance)
{
    return tolerance <= 0 ? (a == b ? 1.0 : 0.0) : qMax(0.0, 1.0 - std::abs(a - b) / tolerance);
}

QString status(core::UnitStatus s)
{
    return core::statusKey(s);
}

} // namespace

double similarity(const core::Unit &a, const core::Unit &b)
{
    const int bedroomSteps = std::abs(a.bedrooms - b.bedrooms);
    const double bedrooms = bedroomSteps == 0 ? 1.0 : bedroomSteps == 1 ? 0.5 : 0.0;
    // Within 20 % of the liked home's price and area still counts as alike, fading linearly to it.
    const double price = closeness(a.price, b.price, 0.2 * b.price);
    const double area = closeness(a.area, b.area, 0.2 * b.area);
    const double floor = closeness(a.floor, b.floor, 4);
    return 0.3 * bedrooms + 0.3 * price + 0.2 * area +
           0.1 * orientationLikeness(a.orientation, b.orientation) + 0.1 * floor;
}

QString reasonFor(const core::Unit &c, const core::Unit &liked, const QString &currency)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QStringList parts;
    parts << (c.bedrooms == liked.bedrooms
                  ? QStringLiteral("also %1 bedroom%2").arg(c.bedrooms).arg(c.bedrooms == 1 ? "" : "s")
                  : QStringLiteral("%1 bedrooms instead of %2").arg(c.bedrooms).arg(liked.bedrooms));
    const double dp = c.price - liked.price;
    if (std::abs(dp) < 1000)
        parts << QStringLiteral("about the same price");
    else
        parts << core::formatPrice(std::abs(dp), currency.isEmpty() ? QStringLiteral("EUR") : currency,
                                   english) +
                     (dp < 0 ? QStringLiteral(" less") : QStringLiteral(" more"));
    const double da = c.area - liked.area;
    if (std::abs(da) < 1)
        parts << QStringLiteral("the same size");
    else
        parts << core::formatArea(std::abs(da), english) +
                     (da > 0 ? QStringLiteral(" larger") : QStringLiteral(" smaller"));
    if (c.orientation == liked.orientation)
        parts << QStringLiteral("also facing %1").arg(c.orientation);
    else
        parts << QStringLiteral("facing %1").arg(c.orientation);
    const int df = c.floor - liked.floor;
    if (c.building != liked.building)
        parts << QStringLiteral("in building %1").arg(c.building);
    if (df == 0)
        parts << QStringLiteral("same floor");
    else
        parts << QStringLiteral("%1 floor%2 %3")
                     .arg(std::abs(df))
                     .arg(std::abs(df) == 1 ? "" : "s")
                     .arg(df > 0 ? QStringLiteral("up") : QStringLiteral("down"));
    return QStringLiteral("Like %1: %2").arg(liked.id, parts.join(QStringLiteral(", ")));
}

namespace {

// The available homes most like the weighted set liked (id -> weight), excluding exclude.
QList<Recommendation> closest(const QList<QPair<const core::Unit *, double>> &liked,
                              const core::DevelopmentData &dev, const QSet<QString> &exclude, int count)
{
    double total = 0;
    for (const auto &l : liked)
        total += l.second;
    QList<Recommendation> out;
    if (liked.isEmpty() || total <= 0)
        return out;
    for (const core::Unit &c : dev.units) {
        if (c.status != core::UnitStatus::Available || exclude.contains(c.id))
            continue;
        Recommendation r;
        r.unitId = c.id;
        double best = -1;
        const core::Unit *bestLiked = nullptr;
        for (const auto &l : liked) {
            const double s = similarity(c, *l.first);
            r.match += l.second / total * s;
            if (l.second * s > best) {
                best = l.second * s;
                bestLiked = l.first;
            }
        }
        r.likeUnit = bestLiked->id;
        out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const Recommendation &a, const Recommendation &b) {
        return a.match != b.match ? a.match > b.match : a.unitId < b.unitId;
    });
    if (out.size() > count)
        out.resize(count);
    // Words only for the homes shown.
    for (Recommendation &r : out)
        r.reason = reasonFor(*dev.unit(r.unitId), *dev.unit(r.likeUnit), dev.development.currency);
    return out;
}

} // namespace

Recommendations recommend(const VisitorProfile &profile, const core::DevelopmentData &dev, int count,
                          int alternatives)
{
    Recommendations out;
    QList<QPair<const core::Unit *, double>> liked;
    QSet<QString> seen; // every home the visitor already showed interest in: not news to them
    for (const Interest &i : profile.units) {
        seen.insert(i.key);
        const core::Unit *u = dev.unit(i.key);
        if (u && liked.size() < kLikedUnits && i.score > 0)
            liked.append({u, i.score});
    }
    out.units = closest(liked, dev, seen, count);

    for (const Interest &i : profile.units) {
        const bool favourite = i.flags & Favourite, asked = i.flags & AskedAbout;
        const core::Unit *u = dev.unit(i.key);
        if (!u || u->status == core::UnitStatus::Available || !(favourite || asked))
            continue;
        NoLongerAvailable n;
        n.unitId = u->id;
        n.status = status(u->status);
        n.why = favourite ? QStringLiteral("favourited") : QStringLiteral("asked about");
        n.message = QStringLiteral("%1, which you %2, has been %3.").arg(u->id, n.why, n.status);
        // Alternatives to this home alone, even ones seen before: the visitor needs a way on.
        n.alternatives = closest({{u, 1.0}}, dev, {u->id}, alternatives);
        out.noLongerAvailable.append(n);
    }
    return out;
}

} // namespace showroom::profiles
