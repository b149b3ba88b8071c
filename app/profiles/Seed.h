// A realistic telemetry database for benchmarks and tests: visitors, sessions and the events of
// docs/events.md (dwell pairs, selections, insides, balconies, favourites, compares, finishes, leads with
// their consents, camera samples) over several devices in kiosk and desktop mode, with returning
// visitors and a few staff and robot sessions, written through the real schema (telemetry::openDatabase)
// in one transaction with prepared statements. showroom-admin seed, showroom-bench profiles and the
// dashboard benchmark use it (docs/staff.md, "Seeded databases").
#pragma once

#include "core/DevelopmentData.h"
#include "telemetry/Sqlite.h"

#include <QString>

namespace showroom::profiles {

struct SeedOptions
{
    qint64 events = 100000;  // exactly this many; 0: kEventsPerVisitor per visitor
    qint64 visitors = 0;     // 0: one per 100 events
    int days = 90;           // events spread over this many days before endUtcMs
    qint64 endUtcMs = 0;     // 0: now
    quint32 randomSeed = 14; // same seed, same database (when extending: mixed with what is there)
    // Devices the visits spread over, named deviceName(i): per office two kiosks and a desktop.
    int devices = 1;
    // Shares of the visitors that are not buyers (docs/staff.md): a salesperson demonstrating (sessions
    // mode 'staff', any device) and the kiosk's demo robot (mode 'robot', kiosks only). Dashboards
    // leave both out by default.
    int staffPercent = 3;
    int robotPercent = 2;
    int leadPercent = 6; // visitors who send the lead form (with consent) during one of their visits
};

// About as many events per visitor as the dashboard benchmark's 10,000,000 for 1,000 visitors a day
// over a year.
inline constexpr qint64 kEventsPerVisitor = 27;

// "office-1-kiosk-1", "office-1-kiosk-2", "office-1-desktop-1", "office-2-kiosk-1", ... (index from 0)
QString deviceName(int index);
// "kiosk" or "desktop", as the device's name says.
QString deviceMode(int index);

struct SeedResult
{
    bool ok = false;
    QString error;
    qint64 events = 0, sessions = 0, visitors = 0;
    qint64 staffSessions = 0, robotSessions = 0, leads = 0, returningVisitors = 0;
};

// development: the homes, rooms, palettes and points of interest events name; when empty, 400
// synthetic homes A_0001.. on 10 floors.
SeedResult seedDatabase(telemetry::sql::Connection &db, const core::DevelopmentData &development,
                        const SeedOptions &options);

} // namespace showroom::profiles
