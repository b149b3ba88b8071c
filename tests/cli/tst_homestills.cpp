// The command line of the home stills (--inside UNIT [--room NAME], --balcony UNIT) without a window:
// they parse, they are one subject like --select or --building, and every mistake is exit 2 naming what
// to type instead: an unknown home, a home whose type has no interior, a room the home does not have.
#include "commandline/CommandLine.h"
#include "core/ManifestLoader.h"

#include <QTest>

using namespace showroom;
using namespace showroom::cli;

class tst_HomeStills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parses();
    void parseErrors_data();
    void parseErrors();
    void validAgainstTheDemo();
    void unknownHomesNameTheChoices();
    void aHomeWithoutInteriorNamesTypesThatHaveOne();
    void anUnknownRoomNamesTheRooms();

private:
    static ParseResult parseArgs(const QStringList &args) { return parse(QStringList{"showroom"} + args); }
    core::DevelopmentData m_demo;
};

void tst_HomeStills::initTestCase()
{
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
}

void tst_HomeStills::parses()
{
    ParseResult r = parseArgs({"--screenshot", "x.png", "--inside", "A_0304", "--room", "Bedroom 1"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.inside, QStringLiteral("A_0304"));
    QCOMPARE(r.options.room, QStringLiteral("Bedroom 1"));
    QVERIFY(needsWindow(r.options));
    r = parseArgs({"--balcony", "A_0704"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.balcony, QStringLiteral("A_0704"));
    QVERIFY(r.options.inside.isEmpty());
}

void tst_HomeStills::parseErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("room without inside") << QStringList{"--room", "Living"}
                                         << QStringList{"--room Living", "--inside", "--inside A_0304 --room Living"};
    QTest::newRow("room with balcony") << QStringList{"--balcony", "A_0304", "--room", "Living"}
                                       << QStringList{"--room", "--inside"};
    QTest::newRow("inside and balcony") << QStringList{"--inside", "A_0304", "--balcony", "A_0304"}
                                        << QStringList{"--inside", "--balcony", "only one"};
    QTest::newRow("inside and select") << QStringList{"--inside", "A_0304", "--select", "A_0304"}
                                       << QStringList{"--select", "--inside", "only one"};
    QTest::newRow("filter and inside") << QStringList{"--filter", "bedrooms>=2", "--inside", "A_0304"}
                                       << QStringList{"--filter", "finder", "--inside"};
    QTest::newRow("inside with a listing") << QStringList{"--list-units", "--inside", "A_0304"}
                                           << QStringList{"--inside", "--development"};
    QTest::newRow("inside without value") << QStringList{"--inside"} << QStringList{"inside"};
}

void tst_HomeStills::parseErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const ParseResult r = parseArgs(args);
    QVERIFY(!r.ok());
    QCOMPARE(r.exitCode, ExitBadInput);
    QVERIFY2(!r.error.contains(QLatin1Char('\n')), qPrintable(r.error));
    for (const QString &m : mentions)
        QVERIFY2(r.error.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, r.error)));
}

void tst_HomeStills::validAgainstTheDemo()
{
    for (const QStringList &args : {QStringList{"--inside", "A_0304"}, QStringList{"--inside", "A_0304", "--room", "bedroom"},
                                    QStringList{"--inside", "A_0304", "--room", "Living / dining"},
                                    QStringList{"--inside", "T_0007", "--room", "Bedroom_1"},
                                    QStringList{"--balcony", "A_0704"}}) {
        const ParseResult r = parseArgs(args);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(validateAgainst(r.options, m_demo).isEmpty(), qPrintable(validateAgainst(r.options, m_demo)));
    }
}

void tst_HomeStills::unknownHomesNameTheChoices()
{
    for (const char *option : {"--inside", "--balcony"}) {
        const ParseResult r = parseArgs({option, "A_9999"});
        QVERIFY(r.ok());
        const QString error = validateAgainst(r.options, m_demo);
        QVERIFY2(error.startsWith(QStringLiteral("%1 'A_9999': no such unit").arg(option)), qPrintable(error));
        QVERIFY2(error.contains("A_0001") && error.contains("--list-units"), qPrintable(error));
    }
}

void tst_HomeStills::aHomeWithoutInteriorNamesTypesThatHaveOne()
{
    core::DevelopmentData data = m_demo;
    for (core::UnitType &type : data.unitTypes)
        if (type.id == "TH")
            type.interior.clear();
    const QString error = validateAgainst(parseArgs({"--inside", "T_0007"}).options, data);
    QVERIFY2(error.contains("T_0007") && error.contains("type TH") && error.contains("no interior"), qPrintable(error));
    QVERIFY2(error.contains("2B (e.g. ") && error.contains("3B"), qPrintable(error));
    // The balcony view needs no interior.
    QVERIFY(validateAgainst(parseArgs({"--balcony", "T_0007"}).options, data).isEmpty());
    for (core::UnitType &type : data.unitTypes)
        type.interior.clear();
    QVERIFY(validateAgainst(parseArgs({"--inside", "A_0304"}).options, data).contains("no interiors"));
}

void tst_HomeStills::anUnknownRoomNamesTheRooms()
{
    const QString error = validateAgainst(parseArgs({"--inside", "A_0304", "--room", "Attic"}).options, m_demo);
    QVERIFY2(error.startsWith("--room 'Attic': no such room in home A_0304"), qPrintable(error));
    QVERIFY2(error.contains("Living (Living / dining)") && error.contains("Bedroom"), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_HomeStills)
#include "tst_homestills.moc"
