// The interest model: what one recorded event (docs/events.md) adds to a visitor's profile, and how
// interest fades with time. Pure functions, no database: the store folds what they return.
// The weights and why are in docs/interest-model.md; tests/profiles computes them by hand.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace showroom::profiles {

// Interest fades by half every 30 days: a home is bought over weeks to months, so last month's visit
// still counts, at half the weight of today's.
constexpr qint64 kHalfLifeMs = 30LL * 24 * 3600 * 1000;
// Scores are stored scaled to this instant (2024-01-01T00:00Z): points x 2^((t - epoch) / half-life),
// so folding an event is one addition and reading divides once by 2^((now - epoch) / half-life).
// Doubles hold that scale for ~80 years of half-lives.
constexpr qint64 kDecayEpochMs = 1704067200000LL;

double decayScale(qint64 tsUtcMs); // 2^((ts - epoch) / half-life)
// The stored (scaled) score as points at nowUtcMs.
inline double scoreAt(double scaled, qint64 nowUtcMs)
{
    return scaled / decayScale(nowUtcMs);
}

// What a profile row is about. Unit types, orientations and price bands are derived at read time from
// the units' scores and the development package (a unit's attributes belong to the package, not to
// the events), except orientations a visitor asked for in the finder's filter, which are direct.
namespace kind {
inline const QString unit = QStringLiteral("unit");               // key: unit id "A_0304"
inline const QString room = QStringLiteral("room");               // key: "A_0304/Living"
inline const QString building = QStringLiteral("building");       // key: "A"
inline const QString floor = QStringLiteral("floor");             // key: "A/3"
inline const QString poi = QStringLiteral("poi");                 // key: "tram"
inline const QString palette = QStringLiteral("palette");         // key: "urban"
inline const QString orientation = QStringLiteral("orientation"); // key: "SW" (finder filters)
} // namespace kind

// Facts about a unit the visitor showed, kept as bits on its row.
enum Flag : int
{
    Favourite = 1,   // hearted and not un-hearted since
    Compared = 2,    // on a compare page
    Inside = 4,      // walked inside
    Balcony = 8,     // stood on its balcony (or terrace, or at its window)
    Configured = 16, // chose finishes for it
    AskedAbout = 32, // a brochure or a lead about it
};

// One row of `events`, as the store reads it.
struct EventRow
{
    qint64 id = 0;
    qint64 visitorKey = 0;
    qint64 sessionKey = 0;
    qint64 tsUtcMs = 0;
    QString name;
    QString target;
    QString properties; // JSON
    qint64 engagedMs = 0;
};

// What one event adds to one profile row.
struct Touch
{
    QString kind;
    QString key;
    double points = 0; // undecayed; negative takes interest back (un-hearting)
    qint64 engagedMs = 0;
    int setFlags = 0;
    int clearFlags = 0;
    bool setsFinishes = false; // finish_chosen / finishes_reset: finishes becomes the unit's choice
    QString finishes;          // "floor=urban,wall=sage" (core::formatFinishChoice); "" = all standard
};

// Visitor-wide counters an event adds to.
struct Counters
{
    qint64 homeEngagedMs = 0; // engaged dwell on homes (unit clocks never overlap each other)
    int compares = 0, finishes = 0, brochures = 0, leads = 0, callbacks = 0;
};

// Where the visitor last stood in the construction timeline and the sun study ("continue where you
// left off"); empty strings leave the last value as it was.
struct LastLooked
{
    QString timelineDate; // ISO date of the last settled timeline date
    QString sunDate;      // ISO date and
    QString sunTime;      // "HH:MM" (the development's local time) of the last settled sun study
};

struct Contribution
{
    QList<Touch> touches;
    Counters counters;
    LastLooked lastLooked;
};

// The weights (points). Why each is what it is: docs/interest-model.md.
namespace weight {
constexpr double engagedMinute = 1.0;         // per engaged minute of dwell on the target
constexpr qint64 maxDwellMs = 20 * 60 * 1000; // one dwell counts at most 20 engaged minutes
constexpr double look = 0.5;                  // unit_selected, building/floor focused, stacking plan
constexpr double poiViewed = 1.0;
constexpr double roomEntered = 0.25;
constexpr double inside = 2.0;            // inside_entered
constexpr double balcony = 1.0;           // balcony_viewed
constexpr double favourite = 5.0;         // favourite_added (favourite_removed takes it back)
constexpr double compared = 2.0;          // each unit of a compare page
constexpr double finishChosen = 1.5;      // to the unit and to the palette
constexpr double leadFormOpened = 2.0;    // "Send me this home" opened (sending it is a lead)
constexpr double brochure = 8.0;          // brochure_requested / callback_requested
constexpr double lead = 10.0;             // lead_submitted about a unit
constexpr double filterOrientation = 0.5; // each orientation named in a settled finder filter
constexpr double returnVisit = 3.0;       // a row touched again on a later visit (once per visit)
} // namespace weight

// The profile rows and counters one event touches (none for camera samples, site/finder dwell, …).
Contribution contributionOf(const EventRow &event);

} // namespace showroom::profiles
