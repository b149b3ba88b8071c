// The command line of the timeline and sun study without a window: --date, --stage and --time parse
// (bad forms exit 2 with the expected form), they are one subject, an unknown stage names the stages, and
// --sun-at prints the sun's place at the development for a local time.
#include "commandline/CommandLine.h"
#include "core/ManifestLoader.h"

#include <QTest>

using namespace showroom;
using namespace showroom::cli;

class tst_TimelineStills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parses();
    void parseErrors_data();
    void parseErrors();
    void unknownStageNamesTheStages();
    void sunAtPrintsTheSunsPlace();

private:
    static ParseResult parseArgs(const QStringList &args) { return parse(QStringList{"showroom"} + args); }
    core::DevelopmentData m_demo;
};

void tst_TimelineStills::initTestCase()
{
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
}

void tst_TimelineStills::parses()
{
    ParseResult r = parseArgs({"--screenshot", "x.png", "--date", "2026-03-15", "--time", "17:30"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.date, QDate(2026, 3, 15));
    QCOMPARE(r.options.time, QTime(17, 30));
    r = parseArgs({"--stage", "structure"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(validateAgainst(r.options, m_demo).isEmpty());
    r = parseArgs({"--sun-at", "2026-06-21T12:00"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!needsWindow(r.options));
}

void tst_TimelineStills::parseErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("bad date") << QStringList{"--date", "15.03.2026"} << QStringList{"'15.03.2026'", "YYYY-MM-DD"};
    QTest::newRow("no such day") << QStringList{"--date", "2026-02-30"} << QStringList{"YYYY-MM-DD"};
    QTest::newRow("bad time") << QStringList{"--time", "5pm"} << QStringList{"'5pm'", "HH:MM", "17:30"};
    QTest::newRow("hour 24") << QStringList{"--time", "24:00"} << QStringList{"HH:MM"};
    QTest::newRow("bad sun-at") << QStringList{"--sun-at", "2026-06-21 12:00"}
                                << QStringList{"YYYY-MM-DDTHH:MM", "2026-06-21T12:00"};
    QTest::newRow("date and stage") << QStringList{"--date", "2026-03-15", "--stage", "structure"}
                                    << QStringList{"--date", "--stage", "only one"};
    QTest::newRow("date and unit") << QStringList{"--date", "2026-03-15", "--select", "A_0304"}
                                   << QStringList{"--select", "--date", "only one"};
    QTest::newRow("date with a listing") << QStringList{"--list-units", "--date", "2026-03-15"}
                                         << QStringList{"--date", "--development"};
}

void tst_TimelineStills::parseErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const ParseResult r = parseArgs(args);
    QVERIFY(!r.ok());
    QCOMPARE(r.exitCode, ExitBadInput);
    for (const QString &m : mentions)
        QVERIFY2(r.error.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, r.error)));
}

void tst_TimelineStills::unknownStageNamesTheStages()
{
    const QString error = validateAgainst(parseArgs({"--stage", "roof"}).options, m_demo);
    QVERIFY2(error.startsWith("--stage 'roof': no such stage"), qPrintable(error));
    QVERIFY2(error.contains("structure (Structure)") && error.contains("landscape"), qPrintable(error));
}

void tst_TimelineStills::sunAtPrintsTheSunsPlace()
{
    QString error;
    // Graz, midsummer noon in summer time: high in the south-south-east (checked against app/sun's tests).
    const QString line = sunAtLine(m_demo, QDateTime(QDate(2026, 6, 21), QTime(12, 0)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(line, QStringLiteral("sun: azimuth 147.80 elevation 63.47\n"));
    core::DevelopmentData nowhere = m_demo;
    nowhere.development.hasLocation = false;
    QVERIFY(sunAtLine(nowhere, QDateTime(QDate(2026, 6, 21), QTime(12, 0)), &error).isEmpty());
    QVERIFY(error.contains("latitude"));
}

QTEST_GUILESS_MAIN(tst_TimelineStills)
#include "tst_timelinestills.moc"
