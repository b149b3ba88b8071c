// The brochure's resume code: it reopens the same home with the same finishes, it is short enough to type,
// a typing mistake is caught as one, and a code of another development (or of an older list of homes) is
// refused saying so instead of opening some other home.
#include "core/ManifestLoader.h"
#include "core/ResumeCode.h"

#include <QRegularExpression>
#include <QTest>

using namespace showroom::core;

class tst_ResumeCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsEveryHomeAndFinish();
    void isShortAndReadable();
    void readsWhatPeopleType();
    void catchesEveryMistypedCharacter();
    void catchesSwappedNeighbours();
    void refusesAnotherDevelopment();
    void refusesAnOlderListOfHomes();
    void refusesWhatIsNotACode();

private:
    DevelopmentData m_demo;
};

void tst_ResumeCode::initTestCase()
{
    const ManifestResult manifest = loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
    QVERIFY(m_demo.units.size() > 100);
    QVERIFY(surfaceClasses(m_demo).size() >= 4);
}

void tst_ResumeCode::roundTripsEveryHomeAndFinish()
{
    const QStringList classes = surfaceClasses(m_demo);
    int n = 0;
    for (const Unit &unit : m_demo.units) {
        // A different mix of palettes for each home, every palette of every class coming round.
        FinishChoice choice;
        for (int c = 0; c < classes.size(); ++c) {
            const QStringList palettes = paletteIdsFor(m_demo, classes.at(c));
            choice.insert(classes.at(c), palettes.at((n + c) % palettes.size()));
        }
        ++n;
        const ResumePoint point{unit.id, normalizedFinishChoice(m_demo, choice)};
        const QString code = makeResumeCode(m_demo, point);
        QString error;
        const auto read = readResumeCode(m_demo, code, &error);
        QVERIFY2(read, qPrintable(code + ": " + error));
        QCOMPARE(read->unitId, unit.id);
        QCOMPARE(read->finishes, point.finishes);
    }
    // All standard: no finishes come back.
    const auto read = readResumeCode(m_demo, makeResumeCode(m_demo, {QStringLiteral("A_0304"), {}}), nullptr);
    QVERIFY(read);
    QVERIFY(read->finishes.isEmpty());
    // Different choices give different codes.
    const QString floorOnly = makeResumeCode(m_demo, {QStringLiteral("A_0304"), {{"floor", "urban"}}});
    QVERIFY(floorOnly != makeResumeCode(m_demo, {QStringLiteral("A_0304"), {}}));
    QVERIFY(floorOnly != makeResumeCode(m_demo, {QStringLiteral("A_0305"), {{"floor", "urban"}}}));
    QVERIFY(makeResumeCode(m_demo, {QStringLiteral("Z_9999"), {}}).isEmpty());
}

void tst_ResumeCode::isShortAndReadable()
{
    const QString code =
        makeResumeCode(m_demo, {QStringLiteral("B_0602"), {{"floor", "urban"}, {"wall", "sage"}}});
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{3,4}(-[0-9A-HJKMNP-TV-Z]{3,4})+$"))
                 .match(code)
                 .hasMatch(),
             qPrintable(code));
    QVERIFY2(QString(code).remove(u'-').size() <= 10, qPrintable(code));
}

void tst_ResumeCode::readsWhatPeopleType()
{
    const ResumePoint point{QStringLiteral("T_0003"), {{"kitchen", "sage"}}};
    const QString code = makeResumeCode(m_demo, point);
    QVERIFY(!code.isEmpty());
    QString plain = code, spaced = code, misread = code;
    plain.remove(u'-');
    spaced.replace(u'-', u' ');
    misread.replace(u'0', u'O').replace(u'1', u'l');
    const QStringList typedCodes{
        code.toLower(), plain, spaced, resumeUri(code), QStringLiteral("  ") + code + QStringLiteral(" "),
        misread};
    for (const QString &typed : typedCodes) {
        QString error;
        const auto read = readResumeCode(m_demo, typed, &error);
        QVERIFY2(read, qPrintable(typed + ": " + error));
        QCOMPARE(*read, point);
    }
}

void tst_ResumeCode::catchesEveryMistypedCharacter()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const QString code = makeResumeCode(m_demo, {QStringLiteral("A_0704"), {{"floor", "nordic"}}});
    for (int i = 0; i < code.size(); ++i) {
        if (code.at(i) == u'-')
            continue;
        for (const QChar c : alphabet) {
            if (c == code.at(i))
                continue;
            QString typo = code;
            typo[i] = c;
            QString error;
            QVERIFY2(!readResumeCode(m_demo, typo, &error), qPrintable(typo));
            QVERIFY2(error.contains(QStringLiteral("typing mistake")), qPrintable(error));
        }
    }
}

void tst_ResumeCode::catchesSwappedNeighbours()
{
    for (const Unit &unit : m_demo.units) {
        const QString plain = makeResumeCode(m_demo, {unit.id, {{"wall", "urban"}}}).remove(u'-');
        for (int i = 0; i + 1 < plain.size(); ++i) {
            if (plain.at(i) == plain.at(i + 1))
                continue;
            QString swapped = plain;
            std::swap(swapped[i], swapped[i + 1]);
            QVERIFY2(!readResumeCode(m_demo, swapped, nullptr), qPrintable(plain + " -> " + swapped));
        }
    }
}

void tst_ResumeCode::refusesAnotherDevelopment()
{
    DevelopmentData other = m_demo;
    other.development.id = QStringLiteral("harbour-view");
    other.development.name = QStringLiteral("Harbour View");
    const QString foreign = makeResumeCode(other, {QStringLiteral("A_0304"), {}});
    QVERIFY(!foreign.isEmpty());
    QString error;
    QVERIFY(!readResumeCode(m_demo, foreign, &error));
    QVERIFY2(error.contains(QStringLiteral("another development")), qPrintable(error));
    QVERIFY2(error.contains(m_demo.development.name), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("typing")), qPrintable(error));
}

void tst_ResumeCode::refusesAnOlderListOfHomes()
{
    // The same development after a home was added in front: index 0 would now be another home.
    DevelopmentData newer = m_demo;
    Unit added = newer.units.first();
    added.id = QStringLiteral("A_0000");
    newer.units.prepend(added);
    const QString old = makeResumeCode(m_demo, {m_demo.units.first().id, {}});
    QString error;
    QVERIFY(!readResumeCode(newer, old, &error));
    QVERIFY2(error.contains(QStringLiteral("earlier list")), qPrintable(error));
    // ... and after a palette was added.
    DevelopmentData morePalettes = m_demo;
    FinishPalette extra = morePalettes.finishPalettes.first();
    extra.id = QStringLiteral("coastal");
    extra.standard = false;
    morePalettes.finishPalettes << extra;
    QVERIFY(!readResumeCode(morePalettes, old, &error));
    QVERIFY2(error.contains(QStringLiteral("earlier list")), qPrintable(error));
}

void tst_ResumeCode::refusesWhatIsNotACode()
{
    QString error;
    QVERIFY(!readResumeCode(m_demo, QStringLiteral("K7Q-M2X-D9#"), &error));
    QVERIFY2(error.contains(QStringLiteral("'#'")), qPrintable(error));
    QVERIFY(!readResumeCode(m_demo, QStringLiteral("K7Q"), &error));
    QVERIFY2(error.contains(QStringLiteral("too short")), qPrintable(error));
    QVERIFY(!readResumeCode(m_demo, QString(), &error));
    QVERIFY(!readResumeCode(m_demo, QStringLiteral("000-000-000"), &error));
}

QTEST_GUILESS_MAIN(tst_ResumeCode)
#include "tst_resumecode.moc"
