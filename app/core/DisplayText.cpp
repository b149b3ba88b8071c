#include "core/DisplayText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <cmath>

namespace showroom::core {

QString currencySymbol(const QString &isoCode, const QLocale &locale)
{
    if (isoCode.isEmpty())
        return {};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == isoCode)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // Qt maps a locale to its currency, not a code to a symbol: search once per code, then remember.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(isoCode);
    if (it != cache.constEnd())
        return *it;
    QString symbol = isoCode;
    const auto all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &candidate : all) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
            const QString s = candidate.currencySymbol(QLocale::CurrencySymbol);
            if (!s.isEmpty()) {
                symbol = s;
                break;
            }
        }
    }
    cache.insert(isoCode, symbol);
    return symbol;
}

QString formatPrice(double amount, const QString &isoCode, const QLocale &locale)
{
    const int decimals = std::floor(amount) == amount ? 0 : 2;
    return locale.toCurrencyString(amount, currencySymbol(isoCode, locale), decimals);
}

QString formatArea(double squareMetres, const QLocale &locale)
{
    // Always one decimal, so a column of areas (card, compare table, listings) lines up and the
    // living area and the balcony read alike ("71.5 m²", "8.0 m²").
    return locale.toString(std::round(squareMetres * 10.0) / 10.0, 'f', 1) + QStringLiteral(" m²");
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    // Qt's LongFormat adds the weekday ("Sonntag, 15. März 2026"); a date on a card needs only the day.
    const bool dotted = locale.language() == QLocale::German;
    return locale.toString(date, dotted ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

QString statusText(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return QCoreApplication::translate("Unit", "Available");
    case UnitStatus::Reserved:
        return QCoreApplication::translate("Unit", "Reserved");
    case UnitStatus::Sold:
        return QCoreApplication::translate("Unit", "Sold");
    }
    return {};
}

QString floorLabel(const DevelopmentData &data, const QString &buildingId, int level)
{
    if (const Floor *f = data.floor(buildingId, level); f && !f->name.isEmpty())
        return f->name;
    if (level == 0)
        return QCoreApplication::translate("Unit", "Ground floor");
    return QCoreApplication::translate("Unit", "Floor %1").arg(level);
}

QStringList languageCodes()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QLocale localeForLanguage(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code == QLatin1String("de"))
        return system.language() == QLocale::German ? system : QLocale(QLocale::German, QLocale::Germany);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::Ireland);
}

QString languageCodeOf(const QString &localeName)
{
    const QString code = localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return languageCodes().contains(code) ? code : QString();
}

} // namespace showroom::core
