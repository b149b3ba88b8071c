#include "core/FinishChoice.h"

#include <QSet>

namespace showroom::core {

QStringList surfaceClasses(const DevelopmentData &data)
{
    static const QStringList kRoomOrder{QStringLiteral("floor"),    QStringLiteral("wall"),
                                        QStringLiteral("kitchen"),  QStringLiteral("worktop"),
                                        QStringLiteral("bathroom"), QStringLiteral("door")};
    QSet<QString> all;
    for (const FinishPalette &p : data.finishPalettes)
        for (auto it = p.surfaces.cbegin(); it != p.surfaces.cend(); ++it)
            all.insert(it.key());
    QStringList classes;
    for (const QString &c : kRoomOrder)
        if (all.remove(c))
            classes << c;
    QStringList others(all.cbegin(), all.cend());
    others.sort();
    return classes + others;
}

QString standardPaletteId(const DevelopmentData &data)
{
    for (const FinishPalette &p : data.finishPalettes)
        if (p.standard)
            return p.id;
    return data.finishPalettes.isEmpty() ? QString() : data.finishPalettes.first().id;
}

const FinishPalette *finishPalette(const DevelopmentData &data, const QString &paletteId)
{
    for (const FinishPalette &p : data.finishPalettes)
        if (p.id == paletteId)
            return &p;
    return nullptr;
}

QString standardPaletteIdFor(const DevelopmentData &data, const QString &surfaceClass)
{
    const FinishPalette *standard = finishPalette(data, standardPaletteId(data));
    if (standard && standard->surfaces.contains(surfaceClass))
        return standard->id;
    const QStringList offering = paletteIdsFor(data, surfaceClass);
    return offering.isEmpty() ? QString() : offering.first();
}

QStringList paletteIdsFor(const DevelopmentData &data, const QString &surfaceClass)
{
    QStringList ids;
    for (const FinishPalette &p : data.finishPalettes)
        if (p.surfaces.contains(surfaceClass))
            ids << p.id;
    return ids;
}

FinishChoice parseFinishChoice(const QString &text, const DevelopmentData &data, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return FinishChoice{};
    };
    if (error)
        error->clear();
    FinishChoice choice;
    QSet<QString> seen;
    const QStringList classes = surfaceClasses(data);
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const QString where = QStringLiteral("finishes part %1 '%2'").arg(i + 1).arg(part);
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            return fail(where + QStringLiteral(": expected CLASS=PALETTE; classes: ") +
                        classes.join(QStringLiteral(", ")));
        const QString surfaceClass = part.left(eq).trimmed();
        const QString paletteId = part.mid(eq + 1).trimmed();
        if (!classes.contains(surfaceClass))
            return fail(
                where +
                QStringLiteral(": unknown surface '%1'; classes: %2")
                    .arg(surfaceClass, classes.isEmpty()
                                           ? QStringLiteral("(none: the development has no finish palettes)")
                                           : classes.join(QStringLiteral(", "))));
        const QStringList offering = paletteIdsFor(data, surfaceClass);
        if (!offering.contains(paletteId))
            return fail(where + QStringLiteral(": unknown palette '%1' for %2; palettes: %3")
                                    .arg(paletteId, surfaceClass, offering.join(QStringLiteral(", "))));
        if (seen.contains(surfaceClass))
            return fail(where + QStringLiteral(": %1 is chosen twice").arg(surfaceClass));
        seen.insert(surfaceClass);
        if (paletteId != standardPaletteIdFor(data, surfaceClass))
            choice.insert(surfaceClass, paletteId);
    }
    return choice;
}

QString formatFinishChoice(const FinishChoice &choice)
{
    QStringList parts;
    for (auto it = choice.cbegin(); it != choice.cend(); ++it) // QMap: sorted by class
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(','));
}

FinishChoice normalizedFinishChoice(const DevelopmentData &data, const FinishChoice &choice)
{
    FinishChoice normalized;
    for (auto it = choice.cbegin(); it != choice.cend(); ++it) {
        const FinishPalette *p = finishPalette(data, it.value());
        if (p && p->surfaces.contains(it.key()) && it.value() != standardPaletteIdFor(data, it.key()))
            normalized.insert(it.key(), it.value());
    }
    return normalized;
}

double finishPriceDelta(const DevelopmentData &data, const FinishChoice &choice)
{
    double sum = 0;
    for (auto it = choice.cbegin(); it != choice.cend(); ++it)
        if (const FinishPalette *p = finishPalette(data, it.value()))
            if (auto s = p->surfaces.constFind(it.key()); s != p->surfaces.cend())
                sum += s->priceDelta;
    return sum;
}

const Surface *chosenSurface(const DevelopmentData &data, const FinishChoice &choice,
                             const QString &surfaceClass)
{
    if (const FinishPalette *p = finishPalette(data, choice.value(surfaceClass)))
        if (auto s = p->surfaces.constFind(surfaceClass); s != p->surfaces.cend())
            return &*s;
    if (const FinishPalette *p = finishPalette(data, standardPaletteIdFor(data, surfaceClass)))
        if (auto s = p->surfaces.constFind(surfaceClass); s != p->surfaces.cend())
            return &*s;
    return nullptr;
}

} // namespace showroom::core
