// What the recorder queues: one struct per kind of row the writer thread writes.
#pragma once

#include <QString>
#include <QVariantMap>

#include <variant>

namespace showroom::telemetry {

// One row of `events`. Pseudonymous: it names a visitor by an opaque id only; Privacy.h strips contact
// details from properties before they are written.
struct Event
{
    QString name;   // "enter", "leave", "unit_selected", "camera", ...
    QString target; // "unit:A_0304", "building:A", "form:brochure", ... (may be empty)
    // Written as JSON. A "target" key here is the column above and is not repeated in the JSON; the
    // writer removes it, so the GUI thread never pays for copying the map to take it out.
    QVariantMap properties;
    QString session;
    QString visitor;
    qint64 tsUtcMs = 0;    // wall clock, for people and calendars
    qint64 monoMs = 0;     // monotonic clock, for ordering and durations
    qint64 engagedMs = -1; // dwell durations on "leave" events; -1 = none
    qint64 elapsedMs = -1;
};

struct SessionStart
{
    QString session;
    QString visitor;
    QString device; // kiosk name; empty: the database's random install id (see Recorder)
    QString mode;   // "kiosk" | "desktop"
    QString language;
    qint64 tsUtcMs = 0;
    bool rememberVisitor = false; // desktop: store the visitor as this install's returning visitor
};

struct SessionEnd
{
    QString session;
    QString reason; // "idle_timeout" | "exit" | "new_visitor"
    qint64 tsUtcMs = 0;
};

// The only place a visitor's contact details are stored, always with the consent that allowed it.
struct Lead
{
    QString visitor;
    QString session;
    QVariantMap contact; // name, email, phone, ...
    QString request;     // "brochure", "callback", ...
    QString consentText; // the exact wording the visitor agreed to
    QString consentPurpose;
    qint64 tsUtcMs = 0;
};

using Record = std::variant<Event, SessionStart, SessionEnd, Lead>;

} // namespace showroom::telemetry
