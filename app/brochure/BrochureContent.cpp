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

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Brochure", text, disambiguation, n);
}

QString unitLabel(const QString &unitId)
{
    return QString(unitId).replace(u'_', u' ');
}

QString statusWord(core::UnitStatus status)
{
    switch (status) {
    case core::UnitStatus::Available:
        return tr("Available");
    case core::UnitStatus::Reserved:
        return tr("Reserved");
    case core::UnitStatus::Sold:
        return tr("Sold");
    }
    return {};
}

QString orientationWord(const QString &o)
{
    static const char *const keys[] = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
    const QString words[] = {tr("North"), tr("North-east"), tr("East"), tr("South-east"),
                             tr("South"), tr("South-west"), tr("West"), tr("North-west")};
    for (int i = 0; i < 8; ++i)
        if (o == QLatin1String(keys[i]))
            return words[i];
    return o.isEmpty() ? QStringLiteral("–") : o;
}

QString surfaceWord(const QString &surfaceClass)
{
    if (surfaceClass == QLatin1String("floor"))
        return tr("Floors");
    if (surfaceClass == QLatin1String("wall"))
        return tr("Walls");
    if (surfaceClass == QLatin1String("kitchen"))
        return tr("Kitchen");
    if (surfaceClass == QLatin1String("worktop"))
        return tr("Worktop");
    if (surfaceClass == QLatin1String("bathroom"))
        return tr("Bathroom");
    if (surfaceClass == QLatin1String("door"))
        return tr("Doors");
    QString word = surfaceClass;
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

QString signedPrice(double amount, const QString &currency, const QLocale &locale)
{
    if (qFuzzyIsNull(amount))
        return tr("included");
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
        c.completionText =
            tr("Expected completion: %1").arg(locale.toString(done, QStringLiteral("MMMM yyyy")));
    c.unitTitle = tr("Unit %1").arg(unitLabel(unit->id));
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
    c.keyFacts = {{tr("Price"), c.priceText},
                  {tr("Living area"), area},
                  {tr("Bedrooms"), locale.toString(unit->bedrooms)},
                  {tr("Floor"), floor}};

    c.facts << Fact{tr("Unit"), unitLabel(unit->id)};
    if (type)
        c.facts << Fact{tr("Type"), type->name};
    if (building)
        c.facts << Fact{tr("Building"), building->name};
    c.facts << Fact{tr("Floor"), floor} << Fact{tr("Bedrooms"), locale.toString(unit->bedrooms)}
            << Fact{tr("Bathrooms"), locale.toString(unit->bathrooms)} << Fact{tr("Living area"), area};
    if (unit->balcony)
        c.facts << Fact{tr("Balcony or terrace"),
                        unit->balconyArea > 0 ? core::formatArea(unit->balconyArea, locale) : tr("Yes")};
    c.facts << Fact{tr("Facing"), orientationWord(unit->orientation)} << Fact{tr("Status"), c.statusText}
            << Fact{tr("Price"), core::formatPrice(unit->price, currency, locale)};
    if (!qFuzzyIsNull(delta)) {
        c.facts << Fact{tr("Your finishes"), signedPrice(delta, currency, locale)}
                << Fact{tr("Price with your finishes"), c.priceText};
    }

    c.cover = stills.cover;
    c.plan = imageAt(data, !unit->plan.isEmpty() ? unit->plan : (type ? type->plan : QString()));
    c.inside = stills.inside;
    c.balcony = stills.balcony;
    if (c.inside.isNull())
        c.insideNote = type && !type->interior.isEmpty()
                           ? tr("A view inside this home could not be rendered.")
                           : tr("A view inside is not yet available for this type of home.");
    if (c.balcony.isNull())
        c.balconyNote = unit->balcony
                            ? tr("The view from the balcony could not be rendered.")
                            : tr("This home has no balcony; ask us about the view from its windows.");

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
        line.priceText = finishes.contains(surfaceClass) ? signedPrice(surface->priceDelta, currency, locale)
                                                         : tr("standard");
        c.finishes << line;
    }
    if (finishes.isEmpty())
        c.finishesNote =
            tr("The standard finishes this home comes with; choose your own at any Showroom screen.");
    else
        c.finishesNote = tr("Your choice changes the price by %1, to %2.")
                             .arg(signedPrice(delta, currency, locale), c.priceText);

    const core::SalesOffice &office = dev.salesOffice;
    c.officeName = !office.name.isEmpty() ? office.name : tr("%1 sales team").arg(dev.name);
    for (const QString &line :
         {!office.address.isEmpty() ? office.address : dev.address,
          office.phone.isEmpty() ? QString() : tr("Phone %1").arg(office.phone), office.email})
        if (!line.isEmpty())
            c.officeLines << line;

    c.resumeCode = core::makeResumeCode(data, {unit->id, finishes});
    c.qrText = core::resumeUri(c.resumeCode);
    const QString dayFormat =
        locale.language() == QLocale::German ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy");
    c.madeOnText = tr("Prepared on %1").arg(locale.toString(QDate::currentDate(), dayFormat));
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
