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
    const double tenths = std::round(squareMetres * 10.0) / 10.0;
    const int decimals = std::floor(tenths) == tenths ? 0 : 1;
    return locale.toString(tenths, 'f', decimals) + QStringLiteral(" m²");
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

} // namespace showroom::core
