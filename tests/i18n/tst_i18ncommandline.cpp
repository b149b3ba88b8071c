// The command line's language and motion options: --lang en|de (anything else is exit 2 naming the
// choices), --reduced-motion, and listings that write prices in the chosen language.
#include "commandline/CommandLine.h"
#include "core/DisplayText.h"
#include "core/ManifestLoader.h"

#include <QTest>

using namespace showroom;

class tst_I18nCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void languages();
    void unknownLanguageNamesTheChoices();
    void reducedMotion();
    void listingsInGerman();
};

void tst_I18nCommandLine::languages()
{
    cli::ParseResult r =
        cli::parse({"showroom", "--lang", "de", "--screenshot", "x.png", "--select", "A_0304"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.language, QStringLiteral("de"));
    r = cli::parse({"showroom", "--lang", "EN"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.language, QStringLiteral("en"));
    r = cli::parse({"showroom"});
    QVERIFY(r.options.language.isEmpty()); // the system's
    QVERIFY(cli::helpText().contains("--lang"));
}

void tst_I18nCommandLine::unknownLanguageNamesTheChoices()
{
    const cli::ParseResult r = cli::parse({"showroom", "--lang", "fr"});
    QVERIFY(!r.ok());
    QCOMPARE(r.exitCode, cli::ExitBadInput);
    QVERIFY2(r.error.contains("--lang 'fr'") && r.error.contains("en, de"), qPrintable(r.error));
}

void tst_I18nCommandLine::reducedMotion()
{
    QVERIFY(!cli::parse({"showroom"}).options.reducedMotion);
    const cli::ParseResult r = cli::parse({"showroom", "--reduced-motion"});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.options.reducedMotion);
}

void tst_I18nCommandLine::listingsInGerman()
{
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    const QString german = cli::listUnits(manifest.data, core::localeForLanguage("de"));
    const QString english = cli::listUnits(manifest.data, core::localeForLanguage("en"));
    QVERIFY2(german.contains(QStringLiteral("\u00a0€")), qPrintable(german.left(300)));
    QVERIFY2(english.contains(QStringLiteral("\t€")), qPrintable(english.left(300)));
    QCOMPARE(core::languageCodeOf("de_AT"), QStringLiteral("de"));
    QCOMPARE(core::languageCodeOf("C"), QString());
    QCOMPARE(core::localeForLanguage("de").language(), QLocale::German);
}

QTEST_GUILESS_MAIN(tst_I18nCommandLine)
#include "tst_i18ncommandline.moc"
