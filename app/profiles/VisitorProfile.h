// A visitor's profile as staff and the welcome-back screen read it: interest per unit, unit type,
// building, floor, orientation, price band, finish palette, room and point of interest, decayed to
// one instant; and the lead score with its explanation in words.
#pragma once

#include "core/DevelopmentData.h"
#include "profiles/ProfileStore.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace showroom::profiles {

// Price bands are this wide (in the development's currency), from 0: 350,000-399,999.
constexpr double kPriceBandWidth = 50000;
QString priceBand(double price); // "350000-399999"

struct Interest
{
    QString key; // unit id, type id, building id, "A/3", "SW", "350000-399999", palette id, "A_0304/Living",
                 // poi id
    QString label; // what staff read: the building's or type's name, "A_0304 Living"; = key if nothing better
    double score = 0;     // points at the profile's instant (decayed), never negative
    qint64 engagedMs = 0; // engaged dwell on it (undecayed); derived dimensions add their units'
    int visits = 0;       // visits that touched it (units, rooms, buildings, floors, pois, palettes)
    int flags = 0;        // Flag bits (units only)
    QString finishes;     // units: the finishes last chosen for it ("floor=urban,wall=sage"; "" = standard)
};

struct VisitorProfile
{
    QString visitor; // pseudonym
    qint64 asOfUtcMs = 0;
    int visits = 0;
    qint64 firstSeenUtcMs = 0, lastSeenUtcMs = 0;
    Counters counters;
    LastLooked lastLooked; // the timeline date and sun study day/time they last settled on
    // Each list sorted by score, highest first (ties: key). Units carry flags.
    QList<Interest> units, unitTypes, buildings, floors, orientations, priceBands, palettes, rooms, pois;
    QStringList favourites;      // units hearted and not un-hearted, by score
    QStringList askedAbout;      // units a brochure, callback or lead was about, by score
    bool hasDevelopment = false; // false: unit types, price bands and unit orientations are empty
};

// development may be null (no package at hand): the derived dimensions are then left empty.
VisitorProfile buildProfile(const StoredProfile &stored, const core::DevelopmentData *development,
                            qint64 nowUtcMs);

struct LeadScorePart
{
    QString
        what; // "visits", "time", "inside", "balcony", "favourites", "compared", "finishes", "asked", "lead"
    int points = 0;
    QString words; // "3 visits"
};

struct LeadScore
{
    int score = 0;      // 0-100: round(raw x recency)
    int raw = 0;        // sum of the parts' points, at most 100
    double recency = 1; // 2^(-days since last seen / 30)
    QList<LeadScorePart> parts;
    QString explanation; // "3 visits, 11 min on A_0304 inside and on its balcony, favourited 2 units, ..."
};

LeadScore leadScore(const VisitorProfile &profile);

// "11 min", "45 s", "1 h 5 min"
QString durationWords(qint64 ms);

} // namespace showroom::profiles

Q_DECLARE_METATYPE(showroom::profiles::VisitorProfile)
