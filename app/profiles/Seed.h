// A realistic telemetry database for benchmarks and tests: visitors, sessions and the events of
// docs/events.md (dwell pairs, selections, insides, balconies, favourites, compares, finishes, leads,
// camera samples), written through the real schema (telemetry::openDatabase) in one transaction with
// prepared statements. showroom-admin seed and showroom-bench profiles use it.
#pragma once

#include "core/DevelopmentData.h"
#include "telemetry/Sqlite.h"

#include <QString>

namespace showroom::profiles {

struct SeedOptions
{
    qint64 events = 100000;
    qint64 visitors = 0;     // 0: one per 100 events
    int days = 90;           // events spread over this many days before endUtcMs
    qint64 endUtcMs = 0;     // 0: now
    quint32 randomSeed = 14; // same seed, same database
};

struct SeedResult
{
    bool ok = false;
    QString error;
    qint64 events = 0, sessions = 0, visitors = 0;
};

// development: the homes, rooms, palettes and points of interest events name; when empty, 400
// synthetic homes A_0001.. on 10 floors.
SeedResult seedDatabase(telemetry::sql::Connection &db, const core::DevelopmentData &development,
                        const SeedOptions &options);

} // namespace showroom::profiles
