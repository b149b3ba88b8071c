// The sales dashboard's numbers: plain structs and functions over a telemetry database connection.
// Every view answers from the rollup tables (Rollups.h), never by scanning the raw events, so each one
// takes milliseconds on a year of traffic. Call them OFF the GUI thread, on a connection that thread
// owns (telemetry::openDatabase); each call first folds what the writer added since the last call
// (Rollups::fold), so the answer includes events written a moment ago.
//
// Ranges are whole UTC days: fromUtcMs is rounded down to its day's midnight, toUtcMs up to the next one
// (a range [Mon 10:00, Tue 09:00) covers Monday and Tuesday). Staff and demo sessions (sessions.mode
// 'staff' or 'robot') are left out unless includeStaffAndDemo is set.
#pragma once

#include "core/DevelopmentData.h"
#include "telemetry/Sqlite.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace showroom::dashboard {

struct DashboardRange
{
    qint64 fromUtcMs = 0; // inclusive (its UTC day)
    qint64 toUtcMs = 0;   // exclusive (up to the end of its UTC day when not at midnight)
    QString device;       // empty: every device; else sessions.device_id
    bool includeStaffAndDemo = false;
};

// Names differ from DashboardSnapshot.h's (the screens' own values) on purpose: both live in this namespace.

// ---- Overview -----------------------------------------------------------------------------------------

// One step of the funnel. A session reaches a step when it did that step or any later one (a visitor who
// tapped a home in 3D saw its building), so the counts never grow down the funnel.
struct FunnelStage
{
    QString key;    // "site" | "building" | "unit_card" | "inside" | "brochure_or_lead"
    QString label;  // "Site", "Building", "Unit card", "Inside", "Brochure / lead"
    qint64 sessions = 0;
    double conversion = 0;      // sessions / the previous step's sessions (1 for the first step; 0 if none)
    double fromFirst = 0;       // sessions / the first step's sessions
};

struct OverviewFigures
{
    qint64 visitors = 0;          // distinct visitors with a session in the range
    qint64 sessions = 0;
    qint64 engagedSessions = 0;   // sessions with at least kEngagedSessionMs of engaged time
    qint64 engagedMs = 0;         // engaged time of all sessions (their top-level dwells: site, unit, ...)
    qint64 averageEngagedMs = 0;  // engagedMs / sessions (0 without sessions)
    qint64 leads = 0;             // lead_submitted events
    qint64 brochures = 0;         // of which request "brochure"
    qint64 returningVisitors = 0; // visitors in the range who had visited on an earlier day
    QList<FunnelStage> funnel;     // site, building, unit_card, inside, brochure_or_lead
};

// One UTC day of the range (for the trend chart).
struct DayFigures
{
    qint64 dayUtcMs = 0; // the day's midnight, UTC
    qint64 visitors = 0;
    qint64 sessions = 0;
    qint64 leads = 0;
};

struct DeviceOverview
{
    QString device;
    OverviewFigures figures;
};

struct Overview
{
    qint64 asOfUtcMs = 0; // wall clock when answered
    qint64 lastEventId = 0; // the rollups' cursor: every event up to it is counted
    OverviewFigures total;
    QList<DeviceOverview> devices; // one per device with sessions in the range, by device id
    QList<DayFigures> days;        // every day of the range, oldest first (zeros where nothing happened)
};

constexpr qint64 kEngagedSessionMs = 10000;

// ---- Units --------------------------------------------------------------------------------------------

enum class UnitClass
{
    None,
    HotAvailable,     // available, and among the most looked-at homes
    SoldStillWanted,  // reserved or sold, and still drawing interest
    NobodyLooks       // not viewed at all in the range
};
QString unitClassKey(UnitClass c); // "" | "hot_available" | "sold_still_wanted" | "nobody_looks"

struct UnitInterest
{
    QString unitId;         // "A_0304"
    QString building, type; // from the development package (empty if the package does not know the unit)
    int floor = 0;
    QString status;         // "available" | "reserved" | "sold" | "" (unknown to the package)
    qint64 views = 0;       // unit_selected
    qint64 engagedMs = 0;   // engaged dwell on the unit (card, inside, balcony)
    qint64 insideMs = 0;    // engaged dwell in its rooms
    qint64 insides = 0;     // inside_entered
    qint64 favourites = 0;  // favourite_added minus favourite_removed (never below 0)
    qint64 brochures = 0;   // lead_submitted with request "brochure"
    qint64 leads = 0;       // lead_submitted
    double interest = 0;    // views + engaged minutes + 2 x insides + 3 x favourites + 5 x leads
    double heat = 0;        // interest / the highest interest in the list: 0..1 (the heat colour)
    UnitClass unitClass = UnitClass::None;
};

struct UnitsView
{
    qint64 asOfUtcMs = 0;
    QList<UnitInterest> units; // every unit of the package plus any other seen in events; by interest
};

// ---- Heatmaps -----------------------------------------------------------------------------------------

// Where the cameras were over the site, top-down (model x right, model z down the image), from the
// `camera` samples (docs/events.md): a cell's value is the time spent there (samples x 500 ms).
struct SiteHeatmap
{
    static constexpr double kSiteCellMetres = 5.0;
    double cellSize = kSiteCellMetres; // metres
    int originCellX = 0, originCellZ = 0; // model-space cell index of column 0 / row 0
    int columns = 0, rows = 0;
    QList<qint64> msPerCell; // rows x columns, row-major; empty if there were no samples
    qint64 maxMs = 0;
    qint64 samples = 0;
};

struct RoomHeat
{
    QString room;        // interior node name after "Floor_": "Living", "Bedroom_1"
    qint64 entries = 0;  // room_entered
    qint64 lingerMs = 0; // engaged dwell in it
    double heat = 0;     // lingerMs / the type's most-lingered room: 0..1
};

struct RoomStep
{
    QString from, to;
    qint64 count = 0; // how often visitors walked from one room into the other
};

struct UnitTypeHeatmap
{
    QString type; // unit type id ("" when the package does not know the units' type)
    qint64 insides = 0;
    QList<RoomHeat> rooms; // by lingerMs
    QList<RoomStep> steps; // by count
};

struct Heatmaps
{
    qint64 asOfUtcMs = 0;
    SiteHeatmap site;
    QList<UnitTypeHeatmap> unitTypes; // by insides
};

// ---- Visitors -----------------------------------------------------------------------------------------

enum class VisitorSort
{
    LeadScore, // highest first (ties: last visit)
    LastVisit  // most recent first
};

struct VisitorListRow
{
    QString visitor; // pseudonym (UUID)
    int leadScore = 0; // 0-100 at asOf (profiles::leadScore, decayed by recency)
    qint64 firstVisitUtcMs = 0, lastVisitUtcMs = 0;
    int sessions = 0;
    qint64 engagedMs = 0;
    QString topUnit; // the home they cared most about ("" if none)
    bool hasLead = false; // left contact details (a lead with consent)
    QString lastDevice;
};

struct VisitorList
{
    qint64 asOfUtcMs = 0;
    qint64 total = 0; // visitors matching the range, before limit/offset
    QList<VisitorListRow> rows;
};

struct TimelineEntry
{
    qint64 tsUtcMs = 0;
    QString session; // pseudonym
    QString what;    // event name ("unit_selected", "inside_entered", "leave", ...)
    QString target;  // "unit:A_0304"
    QString words;   // "Looked at A_0304", "Walked inside A_0304", "Spent 2 min on A_0304"
    qint64 engagedMs = 0;
};

struct VisitorSession
{
    QString session;
    QString device, mode, language;
    qint64 startUtcMs = 0, endUtcMs = 0;
    QString endReason;
};

struct ConsentRow
{
    qint64 givenUtcMs = 0;
    QString purpose, version, language, text;
};

struct LeadRow
{
    qint64 createdUtcMs = 0;
    QString target, request, preferredContact, language;
    QString brochurePath; // "" if none was made
    QString contact;      // as stored (only with consent)
};

struct VisitorPage
{
    bool found = false;
    qint64 asOfUtcMs = 0;
    QString visitor;
    int leadScore = 0;
    QString leadScoreWords;                  // profiles::LeadScore::explanation
    QStringList topUnits;                    // by interest
    QStringList favourites;
    QList<QPair<QString, QString>> finishes; // unit id -> "floor=urban,kitchen=sage"
    QList<VisitorSession> sessions;          // oldest first
    QList<TimelineEntry> timeline;           // oldest first (at most kTimelineLimit, the newest kept)
    QList<ConsentRow> consents;
    QList<LeadRow> leads;
    QString nextAction; // "Call about A_0304 — reserved since 3 Nov; offer A_0404"
    static constexpr int kTimelineLimit = 500;
};

// ---- Queries ------------------------------------------------------------------------------------------

// Each returns false and fills *error (one line) when the database cannot answer; development may be empty
// (no package at hand: statuses and types unknown, no recommendations). nowUtcMs = 0: the wall clock.
bool overview(telemetry::sql::Connection &db, const DashboardRange &range, Overview *out, QString *error,
              qint64 nowUtcMs = 0);
bool units(telemetry::sql::Connection &db, const DashboardRange &range, const core::DevelopmentData &development,
           UnitsView *out, QString *error, qint64 nowUtcMs = 0);
bool heatmaps(telemetry::sql::Connection &db, const DashboardRange &range,
              const core::DevelopmentData &development, Heatmaps *out, QString *error, qint64 nowUtcMs = 0);
// Visitors with a session in the range, sorted, limit rows from offset.
bool visitors(telemetry::sql::Connection &db, const DashboardRange &range, VisitorSort sort, int limit,
              int offset, VisitorList *out, QString *error, qint64 nowUtcMs = 0);
// One visitor by pseudonym (not filtered by range: the whole history). found=false if unknown.
bool visitorPage(telemetry::sql::Connection &db, const QString &visitor, const core::DevelopmentData &development,
                 VisitorPage *out, QString *error, qint64 nowUtcMs = 0);

// The devices that ever wrote a session (for the device picker), sorted.
bool deviceList(telemetry::sql::Connection &db, QStringList *out, QString *error);

} // namespace showroom::dashboard
