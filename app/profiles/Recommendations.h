// Recommendations: available homes most like the ones a visitor lingered on, each with the reason in
// words; and, for a home they favourited or asked about that is now reserved or sold, a plain notice
// with the closest available alternatives. Unit status comes from the development package.
#pragma once

#include "core/DevelopmentData.h"
#include "profiles/VisitorProfile.h"

#include <QList>
#include <QString>

namespace showroom::profiles {

struct Recommendation
{
    QString unitId;
    double match = 0; // 0-1: how like the homes the visitor cared about
    QString likeUnit; // the liked home it is most like
    QString reason; // "Like A_0304: also 3 bedrooms, €12,000 less, 2.5 m² larger, also facing SW, 1 floor up"
};

struct NoLongerAvailable
{
    QString unitId;
    QString status;                     // "reserved" | "sold"
    QString why;                        // "favourited" | "asked about"
    QString message;                    // "A_0304, which you favourited, has been sold."
    QList<Recommendation> alternatives; // available, most similar first
};

struct Recommendations
{
    QList<Recommendation> units;
    QList<NoLongerAvailable> noLongerAvailable;
};

// 0-1 likeness of two homes: bedrooms 0.3, price 0.3, area 0.2, orientation 0.1, floor 0.1
// (docs/interest-model.md).
double similarity(const core::Unit &a, const core::Unit &b);
// The reason, in words, that candidate is suggested to someone who liked liked.
QString reasonFor(const core::Unit &candidate, const core::Unit &liked, const QString &currency);

// count: how many homes to suggest; alternatives: how many per home no longer available.
Recommendations recommend(const VisitorProfile &profile, const core::DevelopmentData &development,
                          int count = 5, int alternatives = 3);

} // namespace showroom::profiles
