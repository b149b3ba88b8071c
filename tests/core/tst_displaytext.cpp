// The facts on a card as a buyer reads them in their language: prices in the development's currency
// with the locale's grouping and symbol position, areas with one decimal and the locale's decimal sign,
// whatever the process's default locale is.
#include "core/DisplayText.h"

#include <QTest>

using namespace showroom::core;

class tst_DisplayText : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); } // the kiosk's LANG may be anything
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void prices_data();
    void prices();
    void areas_data();
    void areas();
    void dates();
};

namespace {
const QLocale english(QLocale::English, QLocale::Ireland);
const QLocale german(QLocale::German, QLocale::Germany);
const QString nbsp = QString(QChar(0x00a0));
} // namespace

void tst_DisplayText::prices_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 385,000 EUR") << english << 385000.0 << "EUR" << QString("€385,000");
    QTest::newRow("de 385.000 EUR") << german << 385000.0 << "EUR" << QString("385.000" + nbsp + "€");
    QTest::newRow("de 1.250.000 EUR") << german << 1250000.0 << "EUR" << QString("1.250.000" + nbsp + "€");
    QTest::newRow("en cents") << english << 412500.5 << "EUR" << QString("€412,500.50");
    QTest::newRow("de cents") << german << 412500.5 << "EUR" << QString("412.500,50" + nbsp + "€");
    QTest::newRow("de pounds") << german << 385000.0 << "GBP" << QString("385.000" + nbsp + "£");
}

void tst_DisplayText::prices()
{
    QFETCH(QLocale, locale);
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(formatPrice(amount, currency, locale), expected);
}

void tst_DisplayText::areas_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("squareMetres");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en living") << english << 71.5 << QString("71.5 m²");
    QTest::newRow("de living") << german << 71.5 << QString("71,5 m²");
    // a balcony reads like the living area: one decimal even when whole, never rounded to metres
    QTest::newRow("en balcony 8.4") << english << 8.4 << QString("8.4 m²");
    QTest::newRow("de balcony 8,4") << german << 8.4 << QString("8,4 m²");
    QTest::newRow("en whole") << english << 8.0 << QString("8.0 m²");
    QTest::newRow("de whole") << german << 72.0 << QString("72,0 m²");
    QTest::newRow("en rounded to tenths") << english << 79.66 << QString("79.7 m²");
    QTest::newRow("de large") << german << 1234.5 << QString("1.234,5 m²");
}

void tst_DisplayText::areas()
{
    QFETCH(QLocale, locale);
    QFETCH(double, squareMetres);
    QFETCH(QString, expected);
    QCOMPARE(formatArea(squareMetres, locale), expected);
}

void tst_DisplayText::dates()
{
    QCOMPARE(formatDate(QDate(2026, 3, 15), english), QString("15 March 2026"));
    QCOMPARE(formatDate(QDate(2026, 3, 15), german), QString("15. März 2026"));
    QCOMPARE(formatDate(QDate(2026, 3, 15), localeForLanguage("de")).contains("März"), true);
}

QTEST_APPLESS_MAIN(tst_DisplayText)
#include "tst_displaytext.moc"
