// The showroom executable's command line without any window: every option parses into Options, every
// mistake is exit 2 with a message that names what to type instead, and the listings print one line
// per unit / stage / preset of the bundled demo.
#include "commandline/CommandLine.h"
#include "core/ManifestLoader.h"

#include <QTest>

using namespace showroom;
using namespace showroom::cli;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaults();
    void everyOption();
    void helpAndVersionNeedNoWindow();
    void listingsNeedNoWindow();
    void parseErrors_data();
    void parseErrors();
    void helpNamesEveryOption();
    void validDemoChoicesPass();
    void unknownBuildingNamesTheBuildings();
    void unknownFloorNamesTheFloors();
    void unknownPresetNamesThePresets();
    void unknownUnitGivesCountExamplesAndListing();
    void listUnitsOfTheDemo();
    void listUnitsFormatsAreaAndPrice();
    void listStagesOfTheDemo();
    void listPresetsOfTheDemo();
    void filterAndStackingPlanParse();
    void malformedFilterNamesThePart();
    void unknownStackingPlanBuildingNamesTheBuildings();
    void filterIdsAreCheckedAgainstTheDevelopment();
    void listUnitsWithAFilterListsOnlyTheMatches();

private:
    static ParseResult parseArgs(const QStringList &args) { return parse(QStringList{"showroom"} + args); }
    static QStringList lines(const QString &text);

    core::DevelopmentData m_demo;
};

QStringList tst_CommandLine::lines(const QString &text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast(); // every line ends in '\n'
    return result;
}

void tst_CommandLine::initTestCase()
{
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
    QVERIFY(m_demo.units.size() > 12);
    QVERIFY(m_demo.building("A"));
    QVERIFY(!m_demo.cameraPresets.isEmpty());
}

void tst_CommandLine::defaults()
{
    const ParseResult r = parseArgs({});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.exitCode, 0);
    const Options &o = r.options;
    QVERIFY(o.developmentDir.isEmpty());
    QVERIFY(o.db.isEmpty());
    QVERIFY(o.screenshot.isEmpty());
    QCOMPARE(o.size, QSize(1280, 800));
    QVERIFY(!o.kiosk);
    QVERIFY(o.select.isEmpty() && o.building.isEmpty() && o.preset.isEmpty());
    QVERIFY(!o.floor);
    QVERIFY(!o.listUnits && !o.listStages && !o.listPresets && !o.help && !o.version);
    QVERIFY(needsWindow(o));
}

void tst_CommandLine::everyOption()
{
    ParseResult r = parseArgs({"--development", "/pkg", "--db", "/tmp/t.db", "--screenshot", "out.png",
                               "--size", "640x400", "--kiosk", "--building", "B", "--floor", "3"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.developmentDir, QStringLiteral("/pkg"));
    QCOMPARE(r.options.db, QStringLiteral("/tmp/t.db"));
    QCOMPARE(r.options.screenshot, QStringLiteral("out.png"));
    QCOMPARE(r.options.size, QSize(640, 400));
    QVERIFY(r.options.kiosk);
    QCOMPARE(r.options.building, QStringLiteral("B"));
    QCOMPARE(r.options.floor, std::optional<int>(3));
    QVERIFY(needsWindow(r.options));

    r = parseArgs({"--building", "T", "--floor", "0"}); // ground floor is a floor, not "no floor"
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.floor, std::optional<int>(0));

    r = parseArgs({"--select", "B_0502", "--screenshot", "card.png"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.select, QStringLiteral("B_0502"));

    r = parseArgs({"--preset", "courtyard"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.preset, QStringLiteral("courtyard"));
    QVERIFY(needsWindow(r.options));
}

void tst_CommandLine::helpAndVersionNeedNoWindow()
{
    for (const char *flag : {"--help", "-h", "--help-all"}) {
        const ParseResult r = parseArgs({flag});
        QVERIFY2(r.ok(), flag);
        QVERIFY2(r.options.help, flag);
        QVERIFY2(!needsWindow(r.options), flag);
    }
    for (const char *flag : {"--version", "-v"}) {
        const ParseResult r = parseArgs({flag});
        QVERIFY2(r.ok() && r.options.version, flag);
        QVERIFY2(!needsWindow(r.options), flag);
    }
    // --help wins over a value that would otherwise be a mistake, as in every program.
    QVERIFY(parseArgs({"--floor", "x", "--help"}).options.help);
    QVERIFY(versionText().startsWith(QStringLiteral("showroom " SHOWROOM_VERSION)));
}

void tst_CommandLine::listingsNeedNoWindow()
{
    ParseResult r = parseArgs({"--list-units", "--development", "/pkg"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.options.listUnits && !r.options.listStages && !r.options.listPresets);
    QCOMPARE(r.options.developmentDir, QStringLiteral("/pkg"));
    QVERIFY(!needsWindow(r.options));

    r = parseArgs({"--list-stages", "--list-presets", "--db", "/tmp/t.db"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.options.listUnits && r.options.listStages && r.options.listPresets);
    QVERIFY(!needsWindow(r.options));
}

void tst_CommandLine::parseErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << QStringList{"frobnicate", "--help"};
    QTest::newRow("missing value") << QStringList{"--building"} << QStringList{"building"};
    QTest::newRow("positional") << QStringList{"extra"} << QStringList{"'extra'"};
    QTest::newRow("bad size") << QStringList{"--screenshot", "x.png", "--size", "800by600"}
                              << QStringList{"800by600", "WIDTHxHEIGHT", "1280x800"};
    QTest::newRow("tiny size") << QStringList{"--screenshot", "x.png", "--size", "10x10"}
                               << QStringList{"10x10", "64x64"};
    QTest::newRow("size without screenshot")
        << QStringList{"--size", "800x600"} << QStringList{"--screenshot"};
    QTest::newRow("floor not a number") << QStringList{"--building", "A", "--floor", "x"}
                                        << QStringList{"--floor 'x'", "floor number", "--floor 3"};
    QTest::newRow("floor half a number")
        << QStringList{"--building", "A", "--floor", "3rd"} << QStringList{"'3rd'", "floor number"};
    QTest::newRow("floor without building")
        << QStringList{"--floor", "3"} << QStringList{"--floor 3", "--building", "--building A --floor 3"};
    QTest::newRow("unit and building") << QStringList{"--select", "A_0001", "--building", "A"}
                                       << QStringList{"--select", "--building", "only one"};
    QTest::newRow("building and preset") << QStringList{"--building", "A", "--preset", "overview"}
                                         << QStringList{"--building", "--preset", "only one"};
    QTest::newRow("list with screenshot") << QStringList{"--list-units", "--screenshot", "x.png"}
                                          << QStringList{"--list-units", "--screenshot", "--development"};
    QTest::newRow("list with building")
        << QStringList{"--list-presets", "--building", "A"} << QStringList{"--building", "--development"};
    QTest::newRow("list with stacking plan") << QStringList{"--list-units", "--stacking-plan", "A"}
                                             << QStringList{"--stacking-plan", "--development"};
    QTest::newRow("stacking plan and unit") << QStringList{"--stacking-plan", "A", "--select", "A_0001"}
                                            << QStringList{"--select", "--stacking-plan", "only one"};
    QTest::newRow("stacking plan and building") << QStringList{"--stacking-plan", "A", "--building", "B"}
                                                << QStringList{"--building", "--stacking-plan", "only one"};
    QTest::newRow("filter and preset") << QStringList{"--filter", "bedrooms>=3", "--preset", "overview"}
                                       << QStringList{"--filter", "finder", "--preset"};
    QTest::newRow("filter with list-stages")
        << QStringList{"--list-stages", "--filter", "bedrooms>=3"} << QStringList{"--filter", "--list-units"};
    QTest::newRow("filter without value") << QStringList{"--filter"} << QStringList{"filter"};
}

void tst_CommandLine::parseErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const ParseResult r = parseArgs(args);
    QVERIFY(!r.ok());
    QCOMPARE(r.exitCode, ExitBadInput);
    QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error)); // one line on stderr
    for (const QString &m : mentions)
        QVERIFY2(r.error.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, r.error)));
}

void tst_CommandLine::helpNamesEveryOption()
{
    const QString help = helpText();
    QVERIFY2(help.startsWith(QStringLiteral("Usage: showroom [options]\n")), qPrintable(help));
    for (const char *option : {"--development", "--db", "--screenshot", "--size", "--kiosk", "--select",
                               "--building", "--floor", "--preset", "--stacking-plan", "--filter",
                               "--list-units", "--list-stages", "--list-presets", "--help", "--version"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void tst_CommandLine::validDemoChoicesPass()
{
    Options o;
    QCOMPARE(validateAgainst(o, m_demo), QString());
    o.select = m_demo.units.constLast().id;
    QCOMPARE(validateAgainst(o, m_demo), QString());
    o = {};
    o.building = QStringLiteral("A");
    o.floor = m_demo.building("A")->floors - 1; // the top floor
    QCOMPARE(validateAgainst(o, m_demo), QString());
    o.floor = 0;
    QCOMPARE(validateAgainst(o, m_demo), QString());
    o = {};
    o.preset = m_demo.cameraPresets.constLast().id;
    QCOMPARE(validateAgainst(o, m_demo), QString());
}

void tst_CommandLine::unknownBuildingNamesTheBuildings()
{
    Options o;
    o.building = QStringLiteral("Q");
    const QString message = validateAgainst(o, m_demo);
    QVERIFY2(message.startsWith(QStringLiteral("--building 'Q': no such building; choose one of: ")),
             qPrintable(message));
    for (const core::Building &b : m_demo.buildings) {
        const QString choice = QStringLiteral("%1 (%2)").arg(b.id, b.name);
        QVERIFY2(message.contains(choice), qPrintable(choice + " not in: " + message));
    }
    o.building = QStringLiteral("a"); // ids are exact: "a" is not "A"
    QVERIFY(!validateAgainst(o, m_demo).isEmpty());
}

void tst_CommandLine::unknownFloorNamesTheFloors()
{
    const core::Building *a = m_demo.building("A");
    QVERIFY(a);
    Options o;
    o.building = QStringLiteral("A");
    for (int level : {a->floors, -1, 99}) {
        o.floor = level;
        const QString message = validateAgainst(o, m_demo);
        QVERIFY2(message.startsWith(QStringLiteral("--floor %1: ").arg(level)), qPrintable(message));
        const QString range = QStringLiteral("floors 0-%1").arg(a->floors - 1);
        QVERIFY2(message.contains(range), qPrintable(range + " not in: " + message));
        QVERIFY2(message.contains(QStringLiteral("A (%1)").arg(a->name)), qPrintable(message));
    }
    // Floors are those with homes, as the floor stepper offers them: gaps are named, not bridged.
    core::DevelopmentData gaps;
    gaps.buildings.append(core::Building{QStringLiteral("H"), QStringLiteral("House"), {}, 8, {}});
    for (int level : {0, 2, 3, 4, 7}) {
        core::Unit u;
        u.id = QStringLiteral("H_%1").arg(level);
        u.building = QStringLiteral("H");
        u.floor = level;
        gaps.units.append(u);
    }
    o.building = QStringLiteral("H");
    o.floor = 1;
    QCOMPARE(validateAgainst(o, gaps),
             QStringLiteral("--floor 1: no such floor in building H (House); it has "
                            "floors 0, 2-4, 7"));
    o.floor = 7;
    QCOMPARE(validateAgainst(o, gaps), QString());
    gaps.units.resize(1);
    o.floor = 1;
    QVERIFY2(validateAgainst(o, gaps).endsWith(QStringLiteral("it has only floor 0")),
             qPrintable(validateAgainst(o, gaps)));
}

void tst_CommandLine::unknownPresetNamesThePresets()
{
    Options o;
    o.preset = QStringLiteral("balloon");
    const QString message = validateAgainst(o, m_demo);
    QVERIFY2(message.startsWith(QStringLiteral("--preset 'balloon': no such camera preset; choose one of: ")),
             qPrintable(message));
    for (const core::CameraPreset &p : m_demo.cameraPresets)
        QVERIFY2(message.contains(QStringLiteral("%1 (%2)").arg(p.id, p.name)), qPrintable(message));

    core::DevelopmentData none;
    QVERIFY(validateAgainst(o, none).contains(QStringLiteral("has none")));
}

void tst_CommandLine::unknownUnitGivesCountExamplesAndListing()
{
    const QString count = QString::number(m_demo.units.size());
    Options o;
    o.select = QStringLiteral("Z_9999");
    QString message = validateAgainst(o, m_demo);
    QVERIFY2(message.startsWith(QStringLiteral("--select 'Z_9999': no such unit; ")), qPrintable(message));
    QVERIFY2(message.contains(count + QStringLiteral(" units")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--list-units")), qPrintable(message));
    for (const core::Building &b : m_demo.buildings) // an example from every building
        QVERIFY2(message.contains(QStringLiteral(", ") + b.id + QStringLiteral("_")) ||
                     message.contains(QStringLiteral("e.g. ") + b.id + QStringLiteral("_")),
                 qPrintable(b.id + ": " + message));

    // An id that looks like one of building A's: that building's ids as examples, and their count.
    o.select = QStringLiteral("A_9999");
    message = validateAgainst(o, m_demo);
    int ofA = 0;
    for (const core::Unit &u : m_demo.units)
        ofA += u.building == QLatin1String("A");
    QVERIFY2(
        message.contains(
            QStringLiteral("building A (%1) has %2 units, e.g. A_").arg(m_demo.building("A")->name).arg(ofA)),
        qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("B_")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("--list-units")), qPrintable(message));

    // Few units: all of them are the choices.
    core::DevelopmentData small;
    small.units.append(core::Unit{});
    small.units.last().id = QStringLiteral("H_1");
    small.units.append(core::Unit{});
    small.units.last().id = QStringLiteral("H_2");
    o.select = QStringLiteral("H_3");
    QCOMPARE(validateAgainst(o, small),
             QStringLiteral("--select 'H_3': no such unit; choose one of: H_1, H_2"));
}

void tst_CommandLine::listUnitsOfTheDemo()
{
    const QStringList rows = lines(listUnits(m_demo, QLocale(QLocale::English, QLocale::Ireland)));
    QCOMPARE(rows.size(), m_demo.units.size() + 1);
    QCOMPARE(rows.constFirst(), QStringLiteral("id\tbuilding\tfloor\ttype\tbedrooms\tarea\tprice\tstatus"));
    for (int i = 0; i < m_demo.units.size(); ++i) {
        const core::Unit &u = m_demo.units.at(i);
        const QStringList fields = rows.at(i + 1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 8);
        QCOMPARE(fields.at(0), u.id);
        QCOMPARE(fields.at(1), u.building);
        QCOMPARE(fields.at(2).toInt(), u.floor);
        QCOMPARE(fields.at(3), u.type);
        QCOMPARE(fields.at(4).toInt(), u.bedrooms);
        QVERIFY2(fields.at(5).endsWith(QStringLiteral(" m²")), qPrintable(fields.at(5)));
        QVERIFY2(fields.at(6).startsWith(QStringLiteral("€")), qPrintable(fields.at(6)));
        QCOMPARE(fields.at(7), core::statusKey(u.status));
    }
}

void tst_CommandLine::listUnitsFormatsAreaAndPrice()
{
    core::DevelopmentData d;
    d.development.currency = QStringLiteral("EUR");
    core::Unit u;
    u.id = QStringLiteral("A_0304");
    u.building = QStringLiteral("A");
    u.floor = 3;
    u.type = QStringLiteral("2B");
    u.bedrooms = 2;
    u.area = 78;
    u.price = 385000;
    u.status = core::UnitStatus::Reserved;
    d.units.append(u);
    u.id = QStringLiteral("A_0305");
    u.area = 91.26;
    u.price = 412500.5;
    u.status = core::UnitStatus::Available;
    d.units.append(u);

    QStringList rows = lines(listUnits(d, QLocale(QLocale::English, QLocale::Ireland)));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1), QStringLiteral("A_0304\tA\t3\t2B\t2\t78.0 m²\t€385,000\treserved"));
    QCOMPARE(rows.at(2), QStringLiteral("A_0305\tA\t3\t2B\t2\t91.3 m²\t€412,500.50\tavailable"));
    // The locale decides separators and the symbol's place, as on the sales screen.
    rows = lines(listUnits(d, QLocale(QLocale::German, QLocale::Germany)));
    QVERIFY2(rows.at(1).contains(QStringLiteral("\t78,0 m²\t")), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).contains(QStringLiteral("385.000")), qPrintable(rows.at(1)));
}

void tst_CommandLine::listStagesOfTheDemo()
{
    const QStringList rows = lines(listStages(m_demo, QDate(2026, 11, 30)));
    QCOMPARE(rows.size(), m_demo.stages.size() + 1);
    QCOMPARE(rows.constFirst(),
             QStringLiteral("id\tname\tplanned start\tplanned end\tactual start\tactual end\tprogress"));
    bool sawUnstarted = false;
    for (int i = 0; i < m_demo.stages.size(); ++i) {
        const core::Stage &s = m_demo.stages.at(i);
        const QStringList fields = rows.at(i + 1).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0), s.id);
        QCOMPARE(fields.at(1), s.name);
        QCOMPARE(fields.at(2), s.plannedStart.toString(Qt::ISODate));
        QCOMPARE(QDate::fromString(fields.at(3), Qt::ISODate), s.plannedEnd);
        if (!s.actualStart.isValid()) {
            QCOMPARE(fields.at(4), QStringLiteral("-"));
            sawUnstarted = true;
        } else {
            QCOMPARE(QDate::fromString(fields.at(4), Qt::ISODate), s.actualStart);
        }
        QCOMPARE(fields.at(5),
                 s.actualEnd.isValid() ? s.actualEnd.toString(Qt::ISODate) : QStringLiteral("-"));
    }
    QVERIFY(sawUnstarted); // the demo is under construction: some stage has not started
    // Progress on 30 November 2026: foundations done (3 days late), the envelope under way, gardens not begun.
    QCOMPARE(rows.at(1).section('\t', 6), QStringLiteral("100% (3 days late)"));
    const int envelope = rows.at(3).section('\t', 6).chopped(1).toInt();
    QVERIFY2(envelope > 0 && envelope < 100, qPrintable(rows.at(3)));
    QCOMPARE(rows.constLast().section('\t', 6), QStringLiteral("0%"));
}

void tst_CommandLine::listPresetsOfTheDemo()
{
    const QStringList rows = lines(listPresets(m_demo));
    QCOMPARE(rows.size(), m_demo.cameraPresets.size() + 1);
    QCOMPARE(rows.constFirst(), QStringLiteral("id\tname"));
    for (int i = 0; i < m_demo.cameraPresets.size(); ++i) {
        const core::CameraPreset &p = m_demo.cameraPresets.at(i);
        QCOMPARE(rows.at(i + 1), p.id + QLatin1Char('\t') + p.name);
    }
    // A name with a tab cannot shift the columns.
    core::DevelopmentData d;
    d.cameraPresets.append(
        core::CameraPreset{QStringLiteral("x"), QStringLiteral("Roof\tterrace"), {}, {}, 0});
    QCOMPARE(lines(listPresets(d)).at(1), QStringLiteral("x\tRoof terrace"));
}

void tst_CommandLine::filterAndStackingPlanParse()
{
    ParseResult r =
        parseArgs({"--screenshot", "x.png", "--filter", "bedrooms>=3,status=available,price<=450000"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.filter.value_or("none"), QStringLiteral("bedrooms>=3,status=available,price<=450000"));
    QVERIFY(needsWindow(r.options));
    r = parseArgs({"--stacking-plan", "B", "--filter", "bedrooms>=2"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.stackingPlan, QStringLiteral("B"));
    QVERIFY(r.options.filter);
    r = parseArgs({"--select", "A_0001", "--filter", "status=any"}); // the finder with that card open
    QVERIFY2(r.ok(), qPrintable(r.error));
    r = parseArgs({"--list-units", "--filter", "bedrooms>=3"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!needsWindow(r.options));
    r = parseArgs({"--list-units"});
    QVERIFY(!r.options.filter); // no filter: every unit, not the finder's default
}

void tst_CommandLine::malformedFilterNamesThePart()
{
    for (const QStringList &args : {QStringList{"--screenshot", "x.png"}, QStringList{"--list-units"}}) {
        const ParseResult r = parseArgs(args + QStringList{"--filter", "bedrooms>=3,bedroms<=4"});
        QVERIFY(!r.ok());
        QCOMPARE(r.exitCode, ExitBadInput);
        QVERIFY2(r.error.startsWith(QStringLiteral("--filter: filter part 2 'bedroms<=4': unknown field "
                                                   "'bedroms'")),
                 qPrintable(r.error));
    }
    const ParseResult r = parseArgs({"--filter", "price<=cheap"});
    QVERIFY2(r.error.contains(QStringLiteral("'price<=cheap'")) && r.error.contains(QStringLiteral("number")),
             qPrintable(r.error));
}

void tst_CommandLine::unknownStackingPlanBuildingNamesTheBuildings()
{
    Options o;
    o.stackingPlan = QStringLiteral("A");
    QCOMPARE(validateAgainst(o, m_demo), QString());
    o.stackingPlan = QStringLiteral("Q");
    const QString message = validateAgainst(o, m_demo);
    QVERIFY2(message.startsWith(QStringLiteral("--stacking-plan 'Q': no such building; choose one of: ")),
             qPrintable(message));
    for (const core::Building &b : m_demo.buildings)
        QVERIFY2(message.contains(QStringLiteral("%1 (%2)").arg(b.id, b.name)), qPrintable(message));
}

void tst_CommandLine::filterIdsAreCheckedAgainstTheDevelopment()
{
    Options o;
    o.filter = QStringLiteral("building=A|B,bedrooms>=2");
    QCOMPARE(validateAgainst(o, m_demo), QString());
    o.filter = QStringLiteral("bedrooms>=2,building=Q");
    const QString message = validateAgainst(o, m_demo);
    QVERIFY2(message.startsWith(QStringLiteral("--filter: filter part 2 'building=Q'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("A")), qPrintable(message));
}

void tst_CommandLine::listUnitsWithAFilterListsOnlyTheMatches()
{
    const QLocale locale(QLocale::English, QLocale::Ireland);
    core::UnitFilter filter; // the finder's default: available, then
    filter.minBedrooms = 3;
    filter.maxPrice = 450000;
    QStringList expected;
    for (const core::Unit &u : m_demo.units) {
        if (u.status == core::UnitStatus::Available && u.bedrooms >= 3 && u.price <= 450000)
            expected << u.id;
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_demo.units.size());
    const QStringList rows = lines(listUnits(m_demo, locale, filter));
    QCOMPARE(rows.constFirst(), lines(listUnits(m_demo, locale)).constFirst()); // the same header
    QStringList listed;
    for (int i = 1; i < rows.size(); ++i) {
        listed << rows.at(i).section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(rows.at(i).section(QLatin1Char('\t'), 7, 7), QStringLiteral("available"));
    }
    QCOMPARE(listed, expected);
    // A unit's line is the same as in the full listing.
    QVERIFY(lines(listUnits(m_demo, locale)).contains(rows.at(1)));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
