// The showroom executable's command line as plain C++: every option's definition, parsing into
// Options, checking the still's subject (unit, building, floor, preset) against a loaded development,
// and the listings that need no window. No application object is needed for any of it, so main.cpp
// can parse before it decides between a QCoreApplication (no display) and a QGuiApplication.
#pragma once

#include "core/DevelopmentData.h"
#include "core/UnitFilter.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace showroom::cli {

// Exit codes of the showroom executable: 0 fine, 1 could not render/save (screenshot),
// 2 bad command line or development.
inline constexpr int ExitOk = 0;
inline constexpr int ExitRenderFailed = 1;
inline constexpr int ExitBadInput = 2;

struct Options
{
    QString developmentDir;   // --development DIR; empty = the bundled demo
    QString db;               // --db FILE; empty = the user's data folder
    QString screenshot;       // --screenshot FILE; empty = interactive
    QSize size{1280, 800};    // --size WxH (only with --screenshot)
    bool kiosk = false;       // --kiosk
    QString config;           // --config FILE: the kiosk's configuration (app/kiosk/KioskConfig.h); implies --kiosk
    int robot = 0;            // --robot N (with --kiosk --db): N random visitor sessions, then the robot's line
    QString kioskState;       // --kiosk-state attract|still-there|staff (with --kiosk --screenshot): that screen's still
    QString select;           // --select UNIT
    QString building;         // --building B
    std::optional<int> floor; // --floor N (only with --building)
    QString preset;           // --preset ID (a camera preset)
    QString stackingPlan;     // --stacking-plan B: that building's stacking plan
    QString inside;           // --inside UNIT: walking through that home (its type has an interior)
    QString room;             // --room NAME (only with --inside): standing in that room
    QString balcony;          // --balcony UNIT: the view from that home's balcony (or window)
    QDate date;               // --date YYYY-MM-DD: the construction timeline as of that day
    QString stage;            // --stage STAGE: the timeline as of that stage's end
    std::optional<QTime> time; // --time HH:MM: the sun study at that local time (with --date, or today)
    QDateTime sunAt;          // --sun-at YYYY-MM-DDTHH:MM: print the sun's position then and exit
    // --filter EXPR (core/FilterExpression.h): the finder's search; with --list-units only the matches.
    std::optional<QString> filter;
    QString language;         // --lang en|de: the screen's language (core::languageCodes()); empty = the system's
    bool reducedMotion = false; // --reduced-motion: camera flights become cuts (shell::Preferences)
    QString brochure;         // --brochure UNIT: make that home's PDF brochure into --out and exit
    QString out;              // --out FILE.pdf (only with --brochure)
    // --finishes CLASS=PALETTE,... (core/FinishChoice.h): the finishes of the home the command line shows
    // (--brochure, --select, --inside, --balcony); checked against the development in validateAgainst.
    std::optional<QString> finishes;
    QString resume;           // --resume CODE: a brochure's code (core/ResumeCode.h): its home and finishes
    QString lead;             // --lead UNIT: the lead form "Send me this home" open for that home
    QString leadSample;       // --lead-sample filled|errors|typing|sent: a sample visitor's form (stills)
    bool dashboard = false;   // --dashboard: the sales dashboard (staff PIN first; a --screenshot still needs none)
    QString dashboardPage;    // --dashboard-page overview|units|heatmaps|visitors|audit|visitor:<uuid>
    QString dashboardReport;  // --dashboard-report FILE.pdf: the dashboard as a PDF report, then exit
    int dashboardDays = 30;   // --dashboard-days N: the period (the last N days)
    QString central;          // --central URL|FILE: the dashboard reads the company's central store (app/sync)
    QString office;           // --office NAME: with --central, only that sales office
    bool listUnits = false;   // --list-units
    bool listStages = false;  // --list-stages
    bool listPresets = false; // --list-presets
    bool help = false;        // -h, --help, --help-all
    bool version = false;     // -v, --version
};

struct ParseResult
{
    Options options;
    QString error;         // empty when the command line is fine; else one line, without "showroom: "
    int exitCode = ExitOk; // ExitBadInput when error is set

    bool ok() const { return error.isEmpty(); }
};

// `arguments` as QCoreApplication::arguments() gives them: the program name first.
ParseResult parse(const QStringList &arguments);

// False for --help, --version and the --list-* options: they print and exit without a display.
bool needsWindow(const Options &options);

// Empty if --select / --building / --floor / --preset / --stacking-plan / --inside [--room] / --balcony
// name things the development
// has and --filter reads (with its building and type ids); otherwise the one-line message (exit 2) that
// names the valid choices or the part of the expression it could not read.
QString validateAgainst(const Options &options, const core::DevelopmentData &data);

// "sun: azimuth <deg> elevation <deg>" (two decimals) for the development's place at a local time in its
// time zone (docs/sun.md); empty + *error when the development has no location.
QString sunAtLine(const core::DevelopmentData &data, const QDateTime &localTime, QString *error);

// Tab-separated listings with a header line, one line per item, each line ending in '\n'.
// Units: id, building, floor, type, bedrooms, area ("79.7 m²"), price (as Development::formatPrice
// writes it in `locale`), status ("available" / "reserved" / "sold").
QString listUnits(const core::DevelopmentData &data, const QLocale &locale);
// The same listing for only the units `filter` matches (core::matchingUnitIds, manifest order).
QString listUnits(const core::DevelopmentData &data, const QLocale &locale, const core::UnitFilter &filter);
// Stages: id, name, planned start, planned end, actual start, actual end (ISO dates, "-" if none).
// Stages: id, name, planned and actual dates ("-" when none), progress on `today` ("40%", "100% (21 days late)").
QString listStages(const core::DevelopmentData &data, QDate today);
// Camera presets: id, name.
QString listPresets(const core::DevelopmentData &data);

// Runs --help, --version or the --list-* options (needsWindow() false): prints to stdout and returns
// ExitOk, or prints "showroom: <why>" to stderr and returns ExitBadInput when `developmentDir` is missing
// or its manifest is invalid. `developmentDir`: Options::developmentDir, or main's default (the demo).
int printWithoutWindow(const Options &options, const QString &developmentDir, const QLocale &locale);

// What --help prints ("Usage: showroom [options]" and every option), and what --version prints.
QString helpText();
QString versionText();

} // namespace showroom::cli
