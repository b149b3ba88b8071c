// What the recorder queues: one struct per kind of row the writer thread writes.
#pragma once

#include <QList>
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
    QString reason; // "idle_timeout" | "exit" | "new_visitor" | "staff" (staff mode began)
    qint64 tsUtcMs = 0;
};

// One consent the visitor gave, exactly as it was shown: the wording, its version and language.
struct Consent
{
    QString purpose;  // "sales_contact" (required to send a lead), "newsletter", ...
    QString text;     // the exact wording the visitor agreed to, in the language it was shown in
    QString version;  // the wording's version (changes whenever the wording does)
    QString language; // "en", "de", ... (the visitor's language when it was shown)
};

// The only place a visitor's contact details are stored, always with the consents that allowed it.
struct Lead
{
    QString id; // a UUID naming the lead (attachBrochure() finds it by this); made by Telemetry
    QString visitor;
    QString session;
    QVariantMap contact;      // first_name, last_name, email, phone, message, ...
    QString request;          // "brochure", "callback", ...
    QString target;           // what it is about: "unit:A_0304" (may be empty)
    QString preferredContact; // "email" | "phone" (may be empty)
    QString language;         // the visitor's language when sending
    QString brochurePath;     // the PDF made for this lead (usually attached later: LeadBrochure)
    QList<Consent> consents;  // at least one
    qint64 tsUtcMs = 0;
};

// The brochure made for a lead after it was stored (the PDF is written off the GUI thread).
struct LeadBrochure
{
    QString lead; // Lead::id
    QString path;
};

using Record = std::variant<Event, SessionStart, SessionEnd, Lead, LeadBrochure>;

} // namespace showroom::telemetry
