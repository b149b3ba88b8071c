#include "profiles/InterestModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace showroom::profiles {

double decayScale(qint64 tsUtcMs)
{
    return std::exp2(double(tsUtcMs - kDecayEpochMs) / double(kHalfLifeMs));
}

namespace {

Touch touch(const QString &kindName, const QString &key, double points, qint64 engagedMs = 0,
            int setFlags = 0, int clearFlags = 0)
{
    Touch t;
    t.kind = kindName;
    t.key = key;
    t.points = points;
    t.engagedMs = engagedMs;
    t.setFlags = setFlags;
    t.clearFlags = clearFlags;
    return t;
}

// "unit:A_0304" -> ("unit", "A_0304"); anything without a kind gives an empty kind.
std::pair<QString, QString> split(const QString &target)
{
    const int colon = target.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    return {target.left(colon), target.mid(colon + 1)};
}

double dwellMinutes(qint64 engagedMs)
{
    return double(qMin(qMax<qint64>(engagedMs, 0), weight::maxDwellMs)) / 60000.0;
}

QJsonObject properties(const EventRow &e)
{
    return e.properties.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(e.properties.toUtf8()).object();
}

void dwell(const EventRow &e, const QString &kind, const QString &key, Contribution &c)
{
    const qint64 engaged = qMin(qMax<qint64>(e.engagedMs, 0), weight::maxDwellMs);
    if (engaged <= 0)
        return;
    c.touches.append(touch(kind, key, weight::engagedMinute * dwellMinutes(engaged), engaged, 0, 0));
}

} // namespace

Contribution contributionOf(const EventRow &e)
{
    Contribution c;
    // The brochure maker photographs a home by selecting it, going inside and onto its balcony
    // (docs/events.md: via "brochure"): the app's doing, not the visitor's interest. Properties are the
    // writer's compact JSON, so the text test is exact.
    if (e.properties.contains(QLatin1String("\"via\":\"brochure\"")))
        return c;
    const auto [scheme, id] = split(e.target);
    const QString &n = e.name;
    auto unitTouch = [&](double points, int flags = 0, int clear = 0) {
        if (scheme == QLatin1String("unit") && !id.isEmpty())
            c.touches.append(touch(kind::unit, id, points, 0, flags, clear));
    };

    if (n == QLatin1String("leave")) {
        // The unit clock runs while its card is open, inside it and on its balcony, so it holds the
        // home's whole dwell; rooms and the balcony are kept apart and never added to it twice.
        if (scheme == QLatin1String("unit")) {
            dwell(e, kind::unit, id, c);
            c.counters.homeEngagedMs += qMin(qMax<qint64>(e.engagedMs, 0), weight::maxDwellMs);
        } else if (scheme == QLatin1String("room")) {
            dwell(e, kind::room, id, c);
        } else if (scheme == QLatin1String("balcony")) {
            // Counted in the unit's own clock already: only the fact, no points.
            if (!id.isEmpty() && e.engagedMs > 0)
                c.touches.append(touch(kind::unit, id, 0, 0, Balcony, 0));
        } else if (scheme == QLatin1String("building")) {
            dwell(e, kind::building, id, c);
        } else if (scheme == QLatin1String("floor")) {
            dwell(e, kind::floor, id, c);
        }
        return c;
    }
    if (n == QLatin1String("unit_selected")) {
        unitTouch(weight::look);
    } else if (n == QLatin1String("building_focused") || n == QLatin1String("stacking_plan_viewed")) {
        if (scheme == QLatin1String("building"))
            c.touches.append(touch(kind::building, id, weight::look, 0, 0, 0));
    } else if (n == QLatin1String("floor_focused")) {
        if (scheme == QLatin1String("floor"))
            c.touches.append(touch(kind::floor, id, weight::look, 0, 0, 0));
    } else if (n == QLatin1String("poi_viewed")) {
        if (scheme == QLatin1String("poi"))
            c.touches.append(touch(kind::poi, id, weight::poiViewed, 0, 0, 0));
    } else if (n == QLatin1String("room_entered")) {
        if (scheme == QLatin1String("room"))
            c.touches.append(touch(kind::room, id, weight::roomEntered, 0, 0, 0));
    } else if (n == QLatin1String("inside_entered")) {
        unitTouch(weight::inside, Inside);
    } else if (n == QLatin1String("balcony_viewed")) {
        unitTouch(weight::balcony, Balcony);
    } else if (n == QLatin1String("lead_form_opened")) {
        unitTouch(weight::leadFormOpened);
    } else if (n == QLatin1String("favourite_added")) {
        unitTouch(weight::favourite, Favourite);
    } else if (n == QLatin1String("favourite_removed")) {
        unitTouch(-weight::favourite, 0, Favourite);
    } else if (n == QLatin1String("compare_opened")) {
        c.counters.compares = 1;
        const QJsonArray units = properties(e).value(QLatin1String("units")).toArray();
        for (const QJsonValue &u : units) {
            if (!u.toString().isEmpty())
                c.touches.append(touch(kind::unit, u.toString(), weight::compared, 0, Compared, 0));
        }
    } else if (n == QLatin1String("finish_chosen")) {
        c.counters.finishes = 1;
        const QJsonObject p = properties(e);
        unitTouch(weight::finishChosen, Configured);
        if (!c.touches.isEmpty()) {
            c.touches.last().setsFinishes = true; // the whole choice after this pick
            c.touches.last().finishes = p.value(QLatin1String("finishes")).toString();
        }
        const QString palette = p.value(QLatin1String("palette")).toString();
        if (!palette.isEmpty())
            c.touches.append(touch(kind::palette, palette, weight::finishChosen, 0, 0, 0));
    } else if (n == QLatin1String("finishes_reset")) {
        if (scheme == QLatin1String("unit") && !id.isEmpty())
            c.touches.append(touch(kind::unit, id, 0));
        c.touches.last().setsFinishes = true; // back to standard: ""
    } else if (n == QLatin1String("timeline_date_settled")) {
        c.lastLooked.timelineDate = properties(e).value(QLatin1String("date")).toString();
    } else if (n == QLatin1String("sun_time_settled")) {
        const QJsonObject p = properties(e);
        c.lastLooked.sunDate = p.value(QLatin1String("date")).toString();
        c.lastLooked.sunTime = p.value(QLatin1String("time")).toString();
    } else if (n == QLatin1String("brochure_requested")) {
        c.counters.brochures = 1;
        unitTouch(weight::brochure, AskedAbout);
    } else if (n == QLatin1String("callback_requested")) {
        c.counters.callbacks = 1;
        unitTouch(weight::brochure, AskedAbout);
    } else if (n == QLatin1String("lead_submitted")) {
        c.counters.leads = 1;
        const QString request = properties(e).value(QLatin1String("request")).toString();
        if (request == QLatin1String("brochure"))
            c.counters.brochures = 1;
        else if (request == QLatin1String("callback"))
            c.counters.callbacks = 1;
        unitTouch(weight::lead, AskedAbout);
    } else if (n == QLatin1String("filter_settled")) {
        // "bedrooms>=3,orientation=S|SW": the orientations a visitor asked the finder for.
        static const QRegularExpression orientation(QStringLiteral("(?:^|,)orientation=([A-Za-z|]+)"));
        const auto m = orientation.match(properties(e).value(QLatin1String("filter")).toString());
        if (m.hasMatch()) {
            const QStringList keys = m.captured(1).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &k : keys)
                c.touches.append(touch(kind::orientation, k.toUpper(), weight::filterOrientation, 0, 0, 0));
        }
    }
    return c;
}

} // namespace showroom::profiles
