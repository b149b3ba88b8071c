// The words and numbers a buyer reads on a card: prices in the development's currency, areas, unit
// status, floor labels. Pure functions so models and tests format the same way.
#pragma once

#include "core/DevelopmentData.h"

#include <QLocale>
#include <QString>

namespace showroom::core {

// The symbol for an ISO 4217 code ("EUR" -> "€"), or the code itself when Qt's locale data has none.
QString currencySymbol(const QString &isoCode, const QLocale &locale = QLocale());
// "€385,000" / "385.000 €" depending on `locale`; whole amounts without decimals.
QString formatPrice(double amount, const QString &isoCode, const QLocale &locale = QLocale());
// "78.5 m²", "8.0 m²", "71,5 m²" in German: always one decimal, the locale's decimal sign.
QString formatArea(double squareMetres, const QLocale &locale = QLocale());
// "Available" / "Reserved" / "Sold".
QString statusText(UnitStatus status);
// The floors[] name if the manifest gives one, else "Ground floor" / "Floor 3".
QString floorLabel(const DevelopmentData &data, const QString &buildingId, int level);

} // namespace showroom::core
