// The visitor's language switch (shell::LanguageSwitch, QML singleton Language): German shows German
// words from the built-in catalogue, prices, areas and dates in German form ("349.000 €", "78,5 m²"),
// QML bindings follow without a reload, the telemetry session's language follows (with a
// language_changed event), and a language the showroom does not speak changes nothing.
#include "core/DisplayText.h"
#include "shell/ShowroomServices.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace showroom;

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QLocale::setDefault(QLocale::c()); } // whatever LANG the machine has
    void cleanup();

    void startsInTheRequestedLanguage();
    void germanTranslatesAndFormats();
    void backToEnglish();
    void unknownLanguagesChangeNothing();
    void qmlFollowsWithoutReload();
    void telemetryFollows();

private:
    void start(const QString &language);
    QString unitFact(const QString &role) const;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

void tst_LanguageSwitch::start(const QString &language)
{
    telemetry::Telemetry::Options options = shell::ShowroomServices::inMemoryTelemetry();
    options.language = language;
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
}

void tst_LanguageSwitch::cleanup()
{
    m_services.reset();
    QLocale::setDefault(QLocale::c());
}

QString tst_LanguageSwitch::unitFact(const QString &role) const
{
    const QString id = m_services->development().data().units.constFirst().id;
    return m_services->development().unit(id).value(role).toString();
}

void tst_LanguageSwitch::startsInTheRequestedLanguage()
{
    start(QStringLiteral("de"));
    QCOMPARE(m_services->language().code(), QStringLiteral("de"));
    QVERIFY(m_services->language().catalogueLoaded());
    QCOMPARE(QCoreApplication::translate("Unit", "Available"), QStringLiteral("Verfügbar"));
    QCOMPARE(m_services->development().locale().language(), QLocale::German);
}

void tst_LanguageSwitch::germanTranslatesAndFormats()
{
    start(QStringLiteral("en"));
    shell::LanguageSwitch &language = m_services->language();
    QCOMPARE(language.code(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Unit", "Available"), QStringLiteral("Available"));
    QCOMPARE(m_services->development().formatPrice(349000), QStringLiteral("€349,000"));
    QVERIFY2(unitFact("areaText").contains(u'.'), qPrintable(unitFact("areaText")));

    QSignalSpy changed(&language, &shell::LanguageSwitch::changed);
    language.setCode(QStringLiteral("de"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(language.code(), QStringLiteral("de"));
    QVERIFY(language.catalogueLoaded());
    QCOMPARE(QLocale().language(), QLocale::German); // the default locale: Qt.locale() in QML too
    // The catalogue's words, and the card's facts as the unit model writes them.
    QCOMPARE(QCoreApplication::translate("Unit", "Available"), QStringLiteral("Verfügbar"));
    QCOMPARE(QCoreApplication::translate("Unit", "Ground floor"), QStringLiteral("Erdgeschoss"));
    QCOMPARE(m_services->development().formatPrice(349000), QStringLiteral("349.000\u00a0€"));
    QCOMPARE(core::formatArea(78.5, language.locale()), QStringLiteral("78,5 m²"));
    QVERIFY2(unitFact("priceText").endsWith(QStringLiteral("\u00a0€")), qPrintable(unitFact("priceText")));
    QVERIFY2(unitFact("areaText").contains(u','), qPrintable(unitFact("areaText")));
    const QStringList words{QStringLiteral("Verfügbar"), QStringLiteral("Reserviert"),
                            QStringLiteral("Verkauft")};
    QVERIFY2(words.contains(unitFact("statusText")), qPrintable(unitFact("statusText")));
    // The same language again is no change.
    language.setCode(QStringLiteral("de"));
    QCOMPARE(changed.count(), 1);
}

void tst_LanguageSwitch::backToEnglish()
{
    start(QStringLiteral("de"));
    m_services->language().setCode(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Unit", "Available"), QStringLiteral("Available"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(m_services->development().formatPrice(349000), QStringLiteral("€349,000"));
    QCOMPARE(unitFact("statusText").isEmpty(), false);
    QVERIFY(!unitFact("priceText").endsWith(u'€'));
}

void tst_LanguageSwitch::unknownLanguagesChangeNothing()
{
    start(QStringLiteral("de"));
    QSignalSpy changed(&m_services->language(), &shell::LanguageSwitch::changed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("language 'fr' is not offered.*en, de"));
    m_services->language().setCode(QStringLiteral("fr"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_services->language().code(), QStringLiteral("de"));
    QCOMPARE(shell::LanguageSwitch::codes(), (QStringList{"en", "de"}));
    QCOMPARE(shell::LanguageSwitch::nativeName("de"), QStringLiteral("Deutsch"));
    QCOMPARE(shell::LanguageSwitch::nativeName("en"), QStringLiteral("English"));
}

void tst_LanguageSwitch::qmlFollowsWithoutReload()
{
    start(QStringLiteral("en"));
    m_services->publish();
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    // Its context is "StatusChip", like qml/unitcard/StatusChip.qml's strings.
    component.setData(
        "import QtQml\n"
        "import Showroom.Shell\n"
        "QtObject {\n"
        "    property string word: qsTr(\"Sold\")\n"
        "    property string code: Language.code\n"
        "    property string number: Number(1234.5).toLocaleString(Qt.locale(Language.localeName), 'f', 1)\n"
        "}\n",
        QUrl(QStringLiteral("file:///language/StatusChip.qml")));
    std::unique_ptr<QObject> object(component.create());
    QVERIFY2(object, qPrintable(component.errorString()));
    QCOMPARE(object->property("word").toString(), QStringLiteral("Sold"));
    QCOMPARE(object->property("number").toString(), QStringLiteral("1,234.5"));

    m_services->language().setCode(QStringLiteral("de")); // reaches this engine through the singleton
    QCOMPARE(object->property("word").toString(), QStringLiteral("Verkauft"));
    QCOMPARE(object->property("code").toString(), QStringLiteral("de"));
    QCOMPARE(object->property("number").toString(), QStringLiteral("1.234,5"));
}

void tst_LanguageSwitch::telemetryFollows()
{
    start(QStringLiteral("en"));
    QString error;
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
    QCOMPARE(m_services->telemetry().language(), QStringLiteral("en"));
    QSignalSpy languageChanged(&m_services->telemetry(), &telemetry::Telemetry::languageChanged);
    m_services->language().setCode(QStringLiteral("de"));
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(m_services->telemetry().language(), QStringLiteral("de"));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
