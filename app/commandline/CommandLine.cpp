#include "commandline/CommandLine.h"

#include "core/DisplayText.h"
#include "core/FilterExpression.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRegularExpression>

namespace showroom::cli {

namespace {

// Every option of the showroom executable, defined once: parse() and helpText() read the same parser.
struct Definitions
{
    QCommandLineOption development{QStringLiteral("development"),
                                   QStringLiteral("Development package folder (default: the bundled demo)."),
                                   QStringLiteral("DIR")};
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("Telemetry database file (default: in the user's data folder)."),
                          QStringLiteral("FILE")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Render the view to a PNG file and exit (a still: combine "
                                                 "with --select, --building [--floor] or --preset)."),
                                  QStringLiteral("FILE")};
    QCommandLineOption size{QStringLiteral("size"),
                            QStringLiteral("Window size for --screenshot (default 1280x800)."),
                            QStringLiteral("WxH"), QStringLiteral("1280x800")};
    QCommandLineOption kiosk{
        QStringLiteral("kiosk"),
        QStringLiteral("Sales-office kiosk: full screen, and each session is a new anonymous visitor.")};
    QCommandLineOption config{QStringLiteral("config"),
                              QStringLiteral("The kiosk's configuration file (INI; default /etc/showroom/kiosk.conf "
                                             "when it exists; see docs/kiosk.md). Implies --kiosk."),
                              QStringLiteral("FILE")};
    QCommandLineOption robot{QStringLiteral("robot"),
                             QStringLiteral("With --kiosk and --db: a robot visitor drives the real screens through N "
                                            "random sessions as fast as it can, checks every event it caused is in "
                                            "the database, prints 'robot: sessions N events M rss_start_kb A "
                                            "rss_end_kb B' and exits."),
                             QStringLiteral("N")};
    QCommandLineOption kioskState{QStringLiteral("kiosk-state"),
                                  QStringLiteral("With --kiosk --screenshot: the still of the attract loop, of "
                                                 "\"Are you still there?\" or of the staff gate (the PIN pad)."),
                                  QStringLiteral("attract|still-there|staff")};
    QCommandLineOption select{
        QStringLiteral("select"),
        QStringLiteral("Start with this unit selected, its card open (see --list-units)."),
        QStringLiteral("UNIT")};
    QCommandLineOption building{QStringLiteral("building"), QStringLiteral("Start at this building."),
                                QStringLiteral("B")};
    QCommandLineOption floor{QStringLiteral("floor"),
                             QStringLiteral("With --building: the cut-away of that floor (0 = ground)."),
                             QStringLiteral("N")};
    QCommandLineOption preset{QStringLiteral("preset"),
                              QStringLiteral("Start at this camera preset (see --list-presets)."),
                              QStringLiteral("ID")};
    QCommandLineOption stackingPlan{
        QStringLiteral("stacking-plan"),
        QStringLiteral("Start at this building's stacking plan (floors x homes by "
                       "sales status; with --filter, the search fades the rest)."),
        QStringLiteral("B")};
    QCommandLineOption inside{QStringLiteral("inside"),
                              QStringLiteral("Start inside this home, walking through it (its type must have "
                                             "an interior; see --list-units)."),
                              QStringLiteral("UNIT")};
    QCommandLineOption room{QStringLiteral("room"),
                            QStringLiteral("With --inside: stand in this room (e.g. Living, \"Bedroom 1\")."),
                            QStringLiteral("NAME")};
    QCommandLineOption balcony{QStringLiteral("balcony"),
                               QStringLiteral("Start on this home's balcony (without one: at its living-room "
                                              "window), looking out."),
                               QStringLiteral("UNIT")};
    QCommandLineOption date{QStringLiteral("date"),
                            QStringLiteral("Show the construction timeline as of this day (YYYY-MM-DD)."),
                            QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption stage{QStringLiteral("stage"),
                             QStringLiteral("Show the construction timeline as of this stage's end (see "
                                            "--list-stages)."),
                             QStringLiteral("STAGE")};
    QCommandLineOption time{QStringLiteral("time"),
                            QStringLiteral("The sun study at this local time of day (24-hour HH:MM), on --date "
                                           "or today."),
                            QStringLiteral("HH:MM")};
    QCommandLineOption sunAt{QStringLiteral("sun-at"),
                             QStringLiteral("Print the sun's azimuth and elevation at the development at this "
                                            "local time (YYYY-MM-DDTHH:MM) and exit."),
                             QStringLiteral("YYYY-MM-DDTHH:MM")};
    QCommandLineOption filter{
        QStringLiteral("filter"),
        QStringLiteral("The unit finder's search, e.g. bedrooms>=3,status=available,price<=450000 (fields: "
                       "bedrooms, price, area, floor with =, >=, <=, =a..b; orientation, status, building, "
                       "type with =a|b). Shows the finder with the matches highlighted; with --list-units, "
                       "lists only the matches."),
        QStringLiteral("EXPR")};
    QCommandLineOption language{QStringLiteral("lang"),
                                QStringLiteral("The screen's language: en or de (default: the system's if "
                                               "it is one of them, else en); listings write prices in it."),
                                QStringLiteral("en|de")};
    QCommandLineOption reducedMotion{
        QStringLiteral("reduced-motion"),
        QStringLiteral("Reduced motion: the camera cuts to where it would fly (framing, homes, presets, the tour).")};
    QCommandLineOption brochure{QStringLiteral("brochure"),
                                QStringLiteral("Make this home's A4 PDF brochure (stills of the 3D view, so it "
                                               "needs a display) into --out, then exit."),
                                QStringLiteral("UNIT")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("With --brochure: the PDF file to write."),
                           QStringLiteral("FILE.pdf")};
    QCommandLineOption finishes{QStringLiteral("finishes"),
                                QStringLiteral("The home's interior finishes, e.g. floor=urban,kitchen=sage (with "
                                               "--brochure, --select, --inside or --balcony)."),
                                QStringLiteral("CLASS=PALETTE,...")};
    QCommandLineOption resume{QStringLiteral("resume"),
                              QStringLiteral("Reopen the home and finishes of a brochure's code (e.g. K7Q-M2X-D9H)."),
                              QStringLiteral("CODE")};
    QCommandLineOption lead{QStringLiteral("lead"),
                            QStringLiteral("Open \"Send me this home\" (the lead form) for this home, its card behind it."),
                            QStringLiteral("UNIT")};
    QCommandLineOption leadSample{QStringLiteral("lead-sample"),
                                  QStringLiteral("With --lead: a sample visitor's form: filled (ready to send), errors "
                                                 "(sent empty: every message), typing (the message field being typed "
                                                 "in) or sent (the thank-you; the sample lead goes into --db)."),
                                  QStringLiteral("filled|errors|typing|sent")};
    QCommandLineOption dashboard{QStringLiteral("dashboard"),
                                 QStringLiteral("Open the sales dashboard (staff only: asks for the staff PIN; a "
                                                "--screenshot still shows it without, see docs/dashboard.md).")};
    QCommandLineOption dashboardPage{QStringLiteral("dashboard-page"),
                                     QStringLiteral("With --dashboard: the page shown: overview, units, heatmaps, "
                                                    "visitors, audit or visitor:<uuid>."),
                                     QStringLiteral("PAGE")};
    QCommandLineOption dashboardReport{QStringLiteral("dashboard-report"),
                                       QStringLiteral("Write the sales dashboard as a PDF report (needs no display) "
                                                      "and exit."),
                                       QStringLiteral("FILE.pdf")};
    QCommandLineOption dashboardDays{QStringLiteral("dashboard-days"),
                                     QStringLiteral("With --dashboard or --dashboard-report: the period, the last N "
                                                    "days (default 30)."),
                                     QStringLiteral("N")};
    QCommandLineOption central{QStringLiteral("central"),
                               QStringLiteral("With --dashboard: read every office's data from the company's central "
                                              "store (a postgresql:// URL without a password, or a config file with "
                                              "a [central] group; docs/central-store.md)."),
                               QStringLiteral("URL|FILE")};
    QCommandLineOption office{QStringLiteral("office"),
                              QStringLiteral("With --central: only this sales office's devices."), QStringLiteral("NAME")};
    QCommandLineOption listUnits{QStringLiteral("list-units"),
                                 QStringLiteral("Print the development's units (tab-separated) and exit.")};
    QCommandLineOption listStages{QStringLiteral("list-stages"),
                                  QStringLiteral("Print the construction stages (tab-separated) and exit.")};
    QCommandLineOption listPresets{QStringLiteral("list-presets"),
                                   QStringLiteral("Print the camera presets (tab-separated) and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Showroom: sell homes before they are built."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({development, db, screenshot, size, kiosk, config, robot, kioskState, select, building, floor, preset,
                           stackingPlan, inside, room, balcony, date, stage, time, sunAt, filter, language, reducedMotion, brochure, out, finishes, resume,
                           lead, leadSample, listUnits, listStages, listPresets});
        parser.addOptions({dashboard, dashboardPage, dashboardReport, dashboardDays, central, office});
    }
};

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 64 || size.height() < 64 || size.width() > 8192 || size.height() > 8192)
        return std::nullopt;
    return size;
}

// --dashboard, --dashboard-page, --dashboard-report and --dashboard-days together; "" when fine.
QString checkDashboard(const QCommandLineParser &parser, const Definitions &d, Options *o)
{
    static const QStringList pages{QStringLiteral("overview"), QStringLiteral("units"), QStringLiteral("heatmaps"),
                                   QStringLiteral("visitors"), QStringLiteral("audit")};
    if (parser.isSet(d.dashboardPage)) {
        if (!o->dashboard)
            return QStringLiteral("--dashboard-page chooses a page of the dashboard: give it with --dashboard");
        const QString &page = o->dashboardPage;
        const bool visitor = page.startsWith(QLatin1String("visitor:")) && page.size() > 8;
        if (!pages.contains(page) && !visitor)
            return QStringLiteral("--dashboard-page '%1': choose one of: %2, visitor:<uuid>")
                .arg(page, pages.join(QStringLiteral(", ")));
    }
    if (parser.isSet(d.dashboardDays)) {
        bool ok = false;
        o->dashboardDays = parser.value(d.dashboardDays).trimmed().toInt(&ok);
        if (!ok || o->dashboardDays < 1 || o->dashboardDays > 3660)
            return QStringLiteral("--dashboard-days '%1': expected a number of days from 1 to 3660, e.g. 30")
                .arg(parser.value(d.dashboardDays));
        if (!o->dashboard && o->dashboardReport.isEmpty())
            return QStringLiteral("--dashboard-days goes with --dashboard or --dashboard-report");
    }
    if (parser.isSet(d.central)) {
        o->central = parser.value(d.central).trimmed();
        if (!o->dashboard)
            return QStringLiteral("--central shows the central store on the dashboard: give it with --dashboard");
        if (o->central.isEmpty())
            return QStringLiteral("--central needs a postgresql:// URL or a config file with a [central] group");
    }
    if (parser.isSet(d.office)) {
        o->office = parser.value(d.office).trimmed();
        if (o->central.isEmpty())
            return QStringLiteral("--office chooses one office of the central store: give it with --central");
        if (o->office.isEmpty())
            return QStringLiteral("--office needs an office's name, e.g. --office Vienna");
    }
    if (parser.isSet(d.dashboardReport)) {
        if (o->dashboardReport.trimmed().isEmpty())
            return QStringLiteral("--dashboard-report needs a file name, e.g. --dashboard-report report.pdf");
        if (o->dashboard || parser.isSet(d.screenshot))
            return QStringLiteral("--dashboard-report writes a PDF and exits; it does not go with --dashboard or "
                                  "--screenshot");
    }
    return QString();
}

ParseResult failed(const QString &message)
{
    ParseResult result;
    result.error = message;
    result.exitCode = ExitBadInput;
    return result;
}

} // namespace

ParseResult parse(const QStringList &arguments)
{
    const Definitions d;
    QCommandLineParser parser;
    d.addTo(parser);
    if (!parser.parse(arguments))
        return failed(parser.errorText() + QStringLiteral(" (see --help)"));

    ParseResult result;
    Options &o = result.options;
    o.help = parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
    o.version = parser.isSet(QStringLiteral("version"));
    if (o.help || o.version)
        return result; // like every program: --help and --version win over the rest

    if (!parser.positionalArguments().isEmpty())
        return failed(QStringLiteral("unexpected argument '%1' (see --help)")
                          .arg(parser.positionalArguments().constFirst()));

    o.developmentDir = parser.value(d.development);
    o.db = parser.value(d.db);
    o.screenshot = parser.value(d.screenshot);
    o.kiosk = parser.isSet(d.kiosk) || parser.isSet(d.config);
    o.config = parser.value(d.config);
    if (parser.isSet(d.robot)) {
        bool isNumber = false;
        o.robot = parser.value(d.robot).trimmed().toInt(&isNumber);
        if (!isNumber || o.robot < 1 || o.robot > 100000)
            return failed(QStringLiteral("--robot '%1': expected a number of sessions from 1 to 100000, e.g. --robot 20")
                              .arg(parser.value(d.robot)));
        if (!o.kiosk)
            return failed(QStringLiteral("--robot drives the kiosk: give it with --kiosk"));
        if (!parser.isSet(d.db))
            return failed(QStringLiteral("--robot %1 needs --db FILE: the robot's database (never the real one by "
                                         "accident)")
                              .arg(o.robot));
        if (parser.isSet(d.screenshot))
            return failed(QStringLiteral("--robot runs visitor sessions and exits; it does not go with --screenshot"));
    }
    if (parser.isSet(d.kioskState)) {
        o.kioskState = parser.value(d.kioskState).trimmed();
        if (o.kioskState != QLatin1String("attract") && o.kioskState != QLatin1String("still-there") &&
            o.kioskState != QLatin1String("staff"))
            return failed(QStringLiteral("--kiosk-state '%1': choose one of: attract, still-there, staff").arg(o.kioskState));
        if (!o.kiosk || !parser.isSet(d.screenshot))
            return failed(QStringLiteral("--kiosk-state is a still of the kiosk: give it with --kiosk and --screenshot FILE"));
    }
    o.select = parser.value(d.select);
    o.building = parser.value(d.building);
    o.preset = parser.value(d.preset);
    o.stackingPlan = parser.value(d.stackingPlan);
    o.inside = parser.value(d.inside);
    o.room = parser.value(d.room);
    o.balcony = parser.value(d.balcony);
    o.stage = parser.value(d.stage);
    if (parser.isSet(d.time)) {
        static const QRegularExpression hhmm(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
        const auto m = hhmm.match(parser.value(d.time).trimmed());
        if (!m.hasMatch())
            return failed(QStringLiteral("--time '%1': expected a 24-hour time as HH:MM, e.g. --time 17:30")
                              .arg(parser.value(d.time)));
        o.time = QTime(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(d.sunAt)) {
        o.sunAt = QDateTime::fromString(parser.value(d.sunAt).trimmed(), QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!o.sunAt.isValid())
            return failed(QStringLiteral("--sun-at '%1': expected a local date and time as YYYY-MM-DDTHH:MM, e.g. "
                                         "--sun-at 2026-06-21T12:00")
                              .arg(parser.value(d.sunAt)));
    }
    if (parser.isSet(d.date)) {
        o.date = QDate::fromString(parser.value(d.date).trimmed(), Qt::ISODate);
        if (!o.date.isValid())
            return failed(QStringLiteral("--date '%1': expected a day as YYYY-MM-DD, e.g. --date 2026-06-21")
                              .arg(parser.value(d.date)));
    }
    if (parser.isSet(d.room) && !parser.isSet(d.inside))
        return failed(QStringLiteral("--room %1 needs --inside: a room is a room of one home, e.g. --inside "
                                     "A_0304 --room %1")
                          .arg(o.room));
    if (parser.isSet(d.filter)) {
        o.filter = parser.value(d.filter);
        // The expression's own syntax needs no development (its ids are checked in validateAgainst).
        if (const auto read = core::parseFilterExpression(*o.filter); !read.ok())
            return failed(QStringLiteral("--filter: %1").arg(read.error));
    }
    if (parser.isSet(d.language)) {
        o.language = parser.value(d.language).trimmed().toLower();
        if (!core::languageCodes().contains(o.language))
            return failed(QStringLiteral("--lang '%1': choose one of: %2")
                              .arg(parser.value(d.language), core::languageCodes().join(QStringLiteral(", "))));
    }
    o.reducedMotion = parser.isSet(d.reducedMotion);
    o.brochure = parser.value(d.brochure);
    o.out = parser.value(d.out);
    o.resume = parser.value(d.resume).trimmed();
    if (parser.isSet(d.finishes)) {
        o.finishes = parser.value(d.finishes);
        if (!parser.isSet(d.brochure) && !parser.isSet(d.select) && !parser.isSet(d.inside) && !parser.isSet(d.balcony))
            return failed(QStringLiteral("--finishes are a home's: give it with --brochure, --select, --inside or "
                                         "--balcony UNIT"));
    }
    if (parser.isSet(d.brochure) && o.out.isEmpty())
        return failed(QStringLiteral("--brochure %1 needs --out FILE.pdf: where to write the brochure").arg(o.brochure));
    if (parser.isSet(d.out) && !parser.isSet(d.brochure))
        return failed(QStringLiteral("--out only applies to --brochure UNIT"));
    if (parser.isSet(d.brochure) && parser.isSet(d.screenshot))
        return failed(QStringLiteral("--brochure makes a PDF and exits; it does not go with --screenshot"));
    o.lead = parser.value(d.lead);
    o.leadSample = parser.value(d.leadSample);
    if (parser.isSet(d.leadSample) && !parser.isSet(d.lead))
        return failed(QStringLiteral("--lead-sample fills the lead form: give it with --lead UNIT"));
    if (parser.isSet(d.leadSample) &&
        !QStringList{"filled", "errors", "typing", "sent"}.contains(o.leadSample))
        return failed(QStringLiteral("--lead-sample '%1': choose one of: filled, errors, typing, sent").arg(o.leadSample));
    o.dashboard = parser.isSet(d.dashboard);
    o.dashboardPage = parser.value(d.dashboardPage).trimmed();
    o.dashboardReport = parser.value(d.dashboardReport);
    if (const QString wrong = checkDashboard(parser, d, &o); !wrong.isEmpty())
        return failed(wrong);
    o.listUnits = parser.isSet(d.listUnits);
    o.listStages = parser.isSet(d.listStages);
    o.listPresets = parser.isSet(d.listPresets);

    const auto size = parseSize(parser.value(d.size));
    if (!size)
        return failed(QStringLiteral("--size '%1': expected WIDTHxHEIGHT between 64x64 and 8192x8192, "
                                     "e.g. 1280x800")
                          .arg(parser.value(d.size)));
    o.size = *size;
    if (parser.isSet(d.size) && !parser.isSet(d.screenshot))
        return failed(QStringLiteral("--size only applies to --screenshot"));

    if (parser.isSet(d.floor)) {
        bool isNumber = false;
        const QString text = parser.value(d.floor);
        const int level = text.trimmed().toInt(&isNumber);
        if (!isNumber)
            return failed(QStringLiteral("--floor '%1': expected a floor number, e.g. --floor 3 "
                                         "(0 = ground floor)")
                              .arg(text));
        if (!parser.isSet(d.building))
            return failed(QStringLiteral("--floor %1 needs --building: a floor is a floor of one building, "
                                         "e.g. --building A --floor %1")
                              .arg(level));
        o.floor = level;
    }

    // One subject per still: a unit, a building (and floor) or a camera preset.
    QStringList subjects;
    if (parser.isSet(d.select))
        subjects << QStringLiteral("--select");
    if (parser.isSet(d.building))
        subjects << QStringLiteral("--building");
    if (parser.isSet(d.preset))
        subjects << QStringLiteral("--preset");
    if (parser.isSet(d.stackingPlan))
        subjects << QStringLiteral("--stacking-plan");
    if (parser.isSet(d.inside))
        subjects << QStringLiteral("--inside");
    if (parser.isSet(d.balcony))
        subjects << QStringLiteral("--balcony");
    if (parser.isSet(d.date))
        subjects << QStringLiteral("--date");
    if (parser.isSet(d.stage))
        subjects << QStringLiteral("--stage");
    if (parser.isSet(d.brochure))
        subjects << QStringLiteral("--brochure");
    if (parser.isSet(d.resume))
        subjects << QStringLiteral("--resume");
    if (parser.isSet(d.lead))
        subjects << QStringLiteral("--lead");
    if (parser.isSet(d.time) && !parser.isSet(d.date) && !parser.isSet(d.stage))
        subjects << QStringLiteral("--time");
    if (parser.isSet(d.dashboard))
        subjects << QStringLiteral("--dashboard");
    if (subjects.size() > 1)
        return failed(QStringLiteral("%1 each choose where the view starts; give only one of --select, "
                                     "--building [--floor], --preset, --stacking-plan, --inside [--room], "
                                     "--balcony, --date, --stage, --brochure, --resume or --dashboard")
                          .arg(subjects.join(QStringLiteral(" and "))));
    // --filter shows the finder (with --select: and that unit's card) or fades a --stacking-plan; a
    // building or a preset would show something else.
    if (o.filter && needsWindow(o) &&
        (parser.isSet(d.building) || parser.isSet(d.preset) || parser.isSet(d.inside) || parser.isSet(d.balcony) ||
         parser.isSet(d.date) || parser.isSet(d.stage)))
        return failed(QStringLiteral("--filter shows the unit finder; it goes with --select or "
                                     "--stacking-plan, not %1")
                          .arg(subjects.constFirst()));

    // The listings print and exit; options that only matter to a window would be silently ignored.
    // (--db is tolerated: wrapper scripts pass it to every run.)
    if (!needsWindow(o)) {
        QStringList windowOnly;
        for (const QCommandLineOption *option : {&d.screenshot, &d.size, &d.kiosk, &d.config, &d.robot, &d.kioskState, &d.select, &d.building,
                                                 &d.floor, &d.preset, &d.stackingPlan, &d.inside, &d.room,
                                                 &d.balcony, &d.date, &d.stage, &d.time,
                                                 &d.brochure, &d.out, &d.resume, &d.lead, &d.leadSample,
                                                 &d.dashboard, &d.dashboardPage, &d.dashboardReport, &d.central, &d.office}) {
            if (parser.isSet(*option))
                windowOnly << QStringLiteral("--") + option->names().constFirst();
        }
        if (!windowOnly.isEmpty())
            return failed(QStringLiteral("--list-units, --list-stages and --list-presets print and exit; "
                                         "they take only --development, not %1")
                              .arg(windowOnly.join(QStringLiteral(", "))));
        if (o.filter && !o.listUnits)
            return failed(QStringLiteral("--filter chooses units: use it with --list-units (or a window), "
                                         "not with --list-stages or --list-presets alone"));
    }
    return result;
}

bool needsWindow(const Options &options)
{
    return !(options.help || options.version || options.listUnits || options.listStages ||
             options.listPresets || options.sunAt.isValid());
}

QString helpText()
{
    const Definitions d;
    QCommandLineParser parser;
    d.addTo(parser);
    // Qt writes the program as it was started (or a placeholder before any application object exists).
    QString text = parser.helpText();
    const int endOfUsage = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: showroom [options]") + text.mid(endOfUsage);
}

QString versionText()
{
    return QStringLiteral("showroom %1\n").arg(QStringLiteral(SHOWROOM_VERSION));
}

} // namespace showroom::cli
