// The words and numbers a buyer reads on a card: prices in the development's currency, areas, unit
// status, floor labels. Pure functions so models and tests format the same way.
#pragma once

#include "core/DevelopmentData.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace showroom::core {

// The symbol for an ISO 4217 code ("EUR" -> "€"), or the code itself when Qt's locale data has none.
QString currencySymbol(const QString &isoCode, const QLocale &locale = QLocale());
// "€385,000" / "385.000 €" depending on `locale`; whole amounts without decimals.
QString formatPrice(double amount, const QString &isoCode, const QLocale &locale = QLocale());
// "78.5 m²", "8.0 m²", "71,5 m²" in German: always one decimal, the locale's decimal sign.
QString formatArea(double squareMetres, const QLocale &locale = QLocale());
// A day as a buyer writes it: "15 March 2026", "15. März 2026" (the locale's month names).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// "Available" / "Reserved" / "Sold".
QString statusText(UnitStatus status);
// The floors[] name if the manifest gives one, else "Ground floor" / "Floor 3".
QString floorLabel(const DevelopmentData &data, const QString &buildingId, int level);

// The languages the showroom speaks, as ISO 639-1 codes, the source language (English) first.
QStringList languageCodes();
// The locale a language's numbers, prices, areas and dates are written in: the system's own variant
// when it speaks that language (de_AT stays de_AT), else the one a buyer of euros expects (en_IE:
// "€385,000"; de_DE: "385.000 €"). An unknown code gives the English one.
QLocale localeForLanguage(const QString &code);
// The supported language of a locale name or code ("de_AT" -> "de"), else "" (C, fr_FR, ...).
QString languageCodeOf(const QString &localeName);

} // namespace showroom::core
