// What the brochure says: the home's facts, the finishes, the development and whom to call, in the
// visitor's language (tr) and locale (numbers, prices, dates). Also where brochures are kept.
#include "brochure/Brochure.h"

#include "brochure/BrochurePages.h"
#include "core/DisplayText.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace showroom::brochure {

namespace {

QString unitLabel(const QString &unitId)
{
    return QString(unitId).replace(u'_', u' ');
}

QString statusWord(core::UnitStatus status)
{
    switch (status) {
    case core::UnitStatus::Available:
        return QCoreApplication::translate("Brochure", "Available");
    case core::UnitStatus::Reserved:
        return QCoreApplication::translate("Brochure", "Reserved");
    case core::UnitStatus::Sold:
        return QCoreApplication::translate("Brochure", "Sold");
    }
    return {};
}

QString orientationWord(const QString &o)
{
    static const char *const keys[] = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    const QString words[] = {QCoreApplication::translate("Brochure", "North"),
                             QCoreApplication::translate("Brochure", "North-east"),
                             QCoreApplication::translate("Brochure", "East"),
                             QCoreApplication::translate("Brochure", "South-east"),
                             QCoreApplication::translate("Brochure", "South"),
                             QCoreApplication::translate("Brochure", "South-west"),
                             QCoreApplication::translate("Brochure", "West"),
                             QCoreApplication::translate("Brochure", "North-west")};
    for (int i = 0; i < 8; ++i)
        if (o == QLatin1String(keys[i]))
            return words[i];
    return o.isEmpty() ? QStringLiteral("–") : o;
}

QString surfaceWord(const QString &surfaceClass)
{
    if (surfaceClass == QLatin1String("floor"))
        return QCoreApplication::translate("Brochure", "Floors");
    if (surfaceClass == QLatin1String("wall"))
        return QCoreApplication::translate("Brochure", "Walls");
    if (surfaceClass == QLatin1String("kitchen"))
        return QCoreApplication::translate("Brochure", "Kitchen");
    if (surfaceClass == QLatin1String("worktop"))
        return QCoreApplication::translate("Brochure", "Worktop");
    if (surfaceClass == QLatin1String("bathroom"))
        return QCoreApplication::translate("Brochure", "Bathroom");
    if (surfaceClass == QLatin1String("door"))
        return QCoreApplication::translate("Brochure", "Doors");
    QString word = surfaceClass;
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

QString signedPrice(double amount, const QString &currency, const QLocale &locale)
{
    if (qFuzzyIsNull(amount))
        return QCoreApplication::translate("Brochure", "included");
    const QString magnitude = core::formatPrice(std::abs(amount), currency, locale);
    return (amount > 0 ? QStringLiteral("+ ") : QStringLiteral("− ")) + magnitude;
}

// The end of the last construction stage (actual dates win), else the manifest's completion date.
QDate expectedCompletion(const core::DevelopmentData &data)
{
    QDate last;
    for (const core::Stage &s : data.stages) {
        const QDate end = s.actualEnd.isValid() ? s.actualEnd : s.plannedEnd;
        if (end.isValid() && (!last.isValid() || end > last))
            last = end;
    }
    return last.isValid() ? last : data.development.completion;
}

QImage imageAt(const core::DevelopmentData &data, const QString &relativePath)
{
    return relativePath.isEmpty() ? QImage() : QImage(data.absolutePath(relativePath));
}

} // namespace

BrochureContent composeBrochure(const core::DevelopmentData &data, const core::ResumePoint &point,
                                const QLocale &locale, const Stills &stills)
{
    BrochureContent c;
    const core::Unit *unit = data.unit(point.unitId);
    if (!unit)
        return c;
    const core::DevelopmentInfo &dev = data.development;
    const core::UnitType *type = data.unitType(unit->type);
    const core::Building *building = data.building(unit->building);
    const QString currency = dev.currency;
    const core::FinishChoice finishes = core::normalizedFinishChoice(data, point.finishes);

    c.language = locale.name().section(u'_', 0, 0);
    c.developmentName = dev.name;
    c.address = dev.address;
    c.description = dev.description;
    if (const QDate done = expectedCompletion(data); done.isValid())
        c.completionText = QCoreApplication::translate("Brochure", "Expected completion: %1")
                               .arg(locale.toString(done, QStringLiteral("MMMM yyyy")));
    c.unitTitle = QCoreApplication::translate("Brochure", "Unit %1").arg(unitLabel(unit->id));
    const QString floor = core::floorLabel(data, unit->building, unit->floor);
    QStringList subtitle;
    if (type)
        subtitle << type->name;
    subtitle << floor;
    if (building)
        subtitle << building->name;
    c.unitSubtitle = subtitle.join(QStringLiteral(" · "));

    const double delta = core::finishPriceDelta(data, finishes);
    c.priceText = core::formatPrice(unit->price + delta, currency, locale);
    c.statusText = statusWord(unit->status);
    const QString area = core::formatArea(unit->area, locale);
    c.keyFacts = {{QCoreApplication::translate("Brochure", "Price"), c.priceText},
                  {QCoreApplication::translate("Brochure", "Living area"), area},
                  {QCoreApplication::translate("Brochure", "Bedrooms"), locale.toString(unit->bedrooms)},
                  {QCoreApplication::translate("Brochure", "Floor"), floor}};

    c.highlights << QCoreApplication::translate("Brochure", "Facing %1")
                        .arg(orientationWord(unit->orientation).toLower());
    if (unit->balcony)
        c.highlights << (unit->balconyArea > 0
                             ? QCoreApplication::translate("Brochure", "Balcony or terrace %1")
                                   .arg(core::formatArea(unit->balconyArea, locale))
                             : QCoreApplication::translate("Brochure", "Balcony or terrace"));
    c.highlights << (unit->bathrooms == 1 ? QCoreApplication::translate("Brochure", "One bathroom")
                                          : QCoreApplication::translate("Brochure", "%1 bathrooms")
                                                .arg(locale.toString(unit->bathrooms)));
    if (!finishes.isEmpty())
        c.highlights << QCoreApplication::translate("Brochure", "Your own finishes");
    c.facts << Fact{QCoreApplication::translate("Brochure", "Unit"), unitLabel(unit->id)};
    if (type)
        c.facts << Fact{QCoreApplication::translate("Brochure", "Type"), type->name};
    if (building)
        c.facts << Fact{QCoreApplication::translate("Brochure", "Building"), building->name};
    c.facts << Fact{QCoreApplication::translate("Brochure", "Floor"), floor}
            << Fact{QCoreApplication::translate("Brochure", "Bedrooms"), locale.toString(unit->bedrooms)}
            << Fact{QCoreApplication::translate("Brochure", "Bathrooms"), locale.toString(unit->bathrooms)}
            << Fact{QCoreApplication::translate("Brochure", "Living area"), area};
    if (unit->balcony)
        c.facts << Fact{QCoreApplication::translate("Brochure", "Balcony or terrace"),
                        unit->balconyArea > 0 ? core::formatArea(unit->balconyArea, locale)
                                              : QCoreApplication::translate("Brochure", "Yes")};
    c.facts << Fact{QCoreApplication::translate("Brochure", "Facing"), orientationWord(unit->orientation)}
            << Fact{QCoreApplication::translate("Brochure", "Status"), c.statusText}
            << Fact{QCoreApplication::translate("Brochure", "Price"),
                    core::formatPrice(unit->price, currency, locale)};
    if (!qFuzzyIsNull(delta)) {
        c.facts << Fact{QCoreApplication::translate("Brochure", "Your finishes"),
                        signedPrice(delta, currency, locale)}
                << Fact{QCoreApplication::translate("Brochure", "Price with your finishes"), c.priceText};
    }

    c.cover = stills.cover;
    c.plan = imageAt(data, !unit->plan.isEmpty() ? unit->plan : (type ? type->plan : QString()));
    c.inside = stills.inside;
    c.balcony = stills.balcony;
    if (c.inside.isNull())
        c.insideNote =
            type && !type->interior.isEmpty()
                ? QCoreApplication::translate("Brochure", "A view inside this home could not be rendered.")
                : QCoreApplication::translate("Brochure",
                                              "A view inside is not yet available for this type of home.");
    if (c.balcony.isNull())
        c.balconyNote =
            unit->balcony
                ? QCoreApplication::translate("Brochure", "The view from the balcony could not be rendered.")
                : QCoreApplication::translate(
                      "Brochure", "This home has no balcony; ask us about the view from its windows.");

    for (const QString &surfaceClass : core::surfaceClasses(data)) {
        const core::Surface *surface = core::chosenSurface(data, finishes, surfaceClass);
        if (!surface)
            continue;
        const QString paletteId = finishes.contains(surfaceClass)
                                      ? finishes.value(surfaceClass)
                                      : core::standardPaletteIdFor(data, surfaceClass);
        const core::FinishPalette *palette = core::finishPalette(data, paletteId);
        FinishLine line;
        line.surface = surfaceWord(surfaceClass);
        line.palette = palette ? palette->name : QString();
        line.finish = !surface->name.isEmpty() ? surface->name : line.palette;
        line.color = surface->color;
        line.texture = imageAt(data, surface->texture);
        line.priceText = finishes.contains(surfaceClass)
                             ? signedPrice(surface->priceDelta, currency, locale)
                             : QCoreApplication::translate("Brochure", "standard");
        c.finishes << line;
    }
    if (finishes.isEmpty())
        c.finishesNote = QCoreApplication::translate(
            "Brochure",
            "The standard finishes this home comes with; choose your own at any Showroom screen.");
    else
        c.finishesNote =
            QCoreApplication::translate("Brochure", "Your choice changes the price by %1, to %2.")
                .arg(signedPrice(delta, currency, locale), c.priceText);

    const core::SalesOffice &office = dev.salesOffice;
    c.officeName = !office.name.isEmpty()
                       ? office.name
                       : QCoreApplication::translate("Brochure", "%1 sales team").arg(dev.name);
    for (const QString &line :
         {!office.address.isEmpty() ? office.address : dev.address,
          office.phone.isEmpty() ? QString()
                                 : QCoreApplication::translate("Brochure", "Phone %1").arg(office.phone),
          office.email})
        if (!line.isEmpty())
            c.officeLines << line;

    c.resumeCode = core::makeResumeCode(data, {unit->id, finishes});
    c.qrText = core::resumeUri(c.resumeCode);
    const QString dayFormat =
        locale.language() == QLocale::German ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy");
    c.smallPrint =
        QCoreApplication::translate("Brochure", "Prices and availability as of %1, subject to change. "
                                                "Finishes are shown as samples; the sales office has "
                                                "them to see and touch.")
            .arg(locale.toString(QDate::currentDate(), dayFormat));
    c.madeOnText = QCoreApplication::translate("Brochure", "Prepared on %1")
                       .arg(locale.toString(QDate::currentDate(), dayFormat));
    return c;
}

QString writeBrochure(const BrochureContent &content, const QString &path)
{
    return writeBrochurePages(content, path);
}

QFuture<QString> writeBrochureInBackground(const BrochureContent &content, const QString &path)
{
    return QtConcurrent::run([content, path] { return writeBrochurePages(content, path); });
}

QFuture<QString> makeBrochureInBackground(const core::DevelopmentData &data, const core::ResumePoint &point,
                                          const QLocale &locale, const Stills &stills, const QString &path)
{
    return QtConcurrent::run([data, point, locale, stills, path] {
        return writeBrochurePages(composeBrochure(data, point, locale, stills), path);
    });
}

QString brochureFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/brochures");
}

QString brochureFileName(const QDate &date, const QString &unitId, const QString &code)
{
    return QStringLiteral("%1-%2-%3.pdf").arg(date.toString(Qt::ISODate), unitId, code);
}

} // namespace showroom::brochure
