// A telemetry database with a month of realistic traffic for the dashboard's screen tests: seeded
// through the real schema (app/profiles/Seed), the camera samples then spread over the given spots
// (the seed puts every sample at one point) so the site heatmap has a shape to draw.
#pragma once

#include "core/DevelopmentData.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace showroom::testing {

struct DashboardSeed
{
    qint64 events = 20000;
    qint64 visitors = 300;
    int days = 30;
    qint64 endUtcMs = 0;     // 0: now
    QList<QPointF> hotSpots; // model x, z: camera samples gather around these (none: left as seeded)
};

// A small development for the screens' tests: building A "Haus Linde", unit type 2B with three rooms,
// `floors` x `perFloor` homes A_0001.. (the first of each floor sold, the second reserved, the rest available).
core::DevelopmentData dashboardFixture(int floors, int perFloor);

bool seedDashboardDatabase(const QString &path, const core::DevelopmentData &development,
                           const DashboardSeed &seed, QString *error);

} // namespace showroom::testing
