#include "shell/FinishSelection.h"

#include "core/Development.h"
#include "core/UnitSelection.h"
#include "shell/QmlSingletons.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

namespace showroom::shell {

using core::FinishChoice;

namespace {

// What a buyer calls each surface class; classes a manifest invents read as their own word.
struct ClassWords
{
    const char *key;
    const char *label;   // a heading in the panel
    const char *summary; // one part of "Urban Walnut floor, Stone & Sage kitchen" (%1: the palette's name)
};
const ClassWords kClassWords[] = {
    {"floor", QT_TRANSLATE_NOOP("FinishSelection", "Floor"),
     QT_TRANSLATE_NOOP("FinishSelection", "%1 floor")},
    {"wall", QT_TRANSLATE_NOOP("FinishSelection", "Walls"), QT_TRANSLATE_NOOP("FinishSelection", "%1 walls")},
    {"kitchen", QT_TRANSLATE_NOOP("FinishSelection", "Kitchen"),
     QT_TRANSLATE_NOOP("FinishSelection", "%1 kitchen")},
    {"worktop", QT_TRANSLATE_NOOP("FinishSelection", "Worktop"),
     QT_TRANSLATE_NOOP("FinishSelection", "%1 worktop")},
    {"bathroom", QT_TRANSLATE_NOOP("FinishSelection", "Bathroom"),
     QT_TRANSLATE_NOOP("FinishSelection", "%1 bathroom")},
    {"door", QT_TRANSLATE_NOOP("FinishSelection", "Doors"), QT_TRANSLATE_NOOP("FinishSelection", "%1 doors")},
};

const ClassWords *wordsFor(const QString &surfaceClass)
{
    for (const ClassWords &w : kClassWords)
        if (surfaceClass == QLatin1String(w.key))
            return &w;
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FinishSelection", text);
}

} // namespace

FinishSelection *FinishSelection::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<FinishSelection>::create(engine, scriptEngine);
}

FinishSelection::FinishSelection(core::Development *development, core::UnitSelection *selection,
                                 QObject *parent)
    : QAbstractListModel(parent), m_development(development), m_selection(selection)
{
    // A reload or a language change (it sets the development's locale) re-reads classes and words.
    connect(development, &core::Development::developmentChanged, this,
            &FinishSelection::onDevelopmentChanged);
    connect(selection, &core::UnitSelection::selectedUnitIdChanged, this,
            &FinishSelection::onSelectionChanged);
    m_classes = core::surfaceClasses(development->data());
    m_unitId = selection->selectedUnitId();
}

void FinishSelection::onDevelopmentChanged()
{
    const QStringList classes = core::surfaceClasses(m_development->data());
    // Choices the new development does not know go; the rest stay.
    for (auto it = m_choices.begin(); it != m_choices.end();) {
        const FinishChoice kept = m_development->hasUnit(it.key())
                                      ? core::normalizedFinishChoice(m_development->data(), it.value())
                                      : FinishChoice{};
        const QString unitId = it.key();
        const bool differs = kept != it.value();
        if (kept.isEmpty())
            it = m_choices.erase(it);
        else
            *it++ = kept;
        if (differs)
            emit choiceChanged(unitId);
    }
    if (classes != m_classes) {
        beginResetModel();
        m_classes = classes;
        endResetModel();
    } else {
        refreshRows();
    }
    emit changed();
}

void FinishSelection::onSelectionChanged()
{
    const QString unitId = m_selection->selectedUnitId();
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    refreshRows();
    emit changed();
}

void FinishSelection::refreshRows()
{
    if (!m_classes.isEmpty())
        emit dataChanged(index(0), index(m_classes.size() - 1));
}

FinishChoice FinishSelection::choiceFor(const QString &unitId) const
{
    return m_choices.value(unitId);
}

void FinishSelection::setChoice(const QString &unitId, const FinishChoice &choice)
{
    if (!m_development->hasUnit(unitId))
        return;
    const FinishChoice normalized = core::normalizedFinishChoice(m_development->data(), choice);
    if (normalized == m_choices.value(unitId))
        return;
    if (normalized.isEmpty())
        m_choices.remove(unitId);
    else
        m_choices.insert(unitId, normalized);
    emit choiceChanged(unitId);
    if (unitId == m_unitId) {
        refreshRows();
        emit changed();
    }
}

void FinishSelection::clear()
{
    const QStringList units = m_choices.keys();
    m_choices.clear();
    for (const QString &unitId : units)
        emit choiceChanged(unitId);
    if (units.contains(m_unitId)) {
        refreshRows();
        emit changed();
    }
}

bool FinishSelection::choose(const QString &surfaceClass, const QString &paletteId)
{
    if (m_unitId.isEmpty() || !m_classes.contains(surfaceClass) ||
        !core::paletteIdsFor(m_development->data(), surfaceClass).contains(paletteId))
        return false;
    FinishChoice choice = choiceFor(m_unitId);
    const QString before =
        choice.value(surfaceClass, core::standardPaletteIdFor(m_development->data(), surfaceClass));
    if (before == paletteId)
        return true;
    choice.insert(surfaceClass, paletteId);
    setChoice(m_unitId, choice);
    emit chosen(m_unitId, surfaceClass, paletteId);
    return true;
}

void FinishSelection::resetToStandard()
{
    if (m_unitId.isEmpty() || isStandard())
        return;
    const QString unitId = m_unitId;
    setChoice(unitId, {});
    emit wasReset(unitId);
}

bool FinishSelection::available() const
{
    return !m_classes.isEmpty();
}

double FinishSelection::priceDelta() const
{
    return core::finishPriceDelta(m_development->data(), choiceFor(m_unitId));
}

QString FinishSelection::signedPrice(double amount) const
{
    if (std::abs(amount) < 0.5)
        return QString();
    // U+2212 MINUS SIGN: a hyphen reads as a dash next to a currency symbol.
    return (amount > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) +
           m_development->formatPrice(std::abs(amount));
}

QString FinishSelection::priceDeltaTextFor(const QString &unitId) const
{
    return signedPrice(core::finishPriceDelta(m_development->data(), choiceFor(unitId)));
}

QString FinishSelection::summaryFor(const QString &unitId) const
{
    const core::DevelopmentData &data = m_development->data();
    const FinishChoice choice = choiceFor(unitId);
    if (choice.isEmpty()) {
        const core::FinishPalette *standard = core::finishPalette(data, core::standardPaletteId(data));
        return standard ? QCoreApplication::translate("FinishSelection", "%1 (standard)").arg(standard->name)
                        : QString();
    }
    QStringList parts;
    for (const QString &surfaceClass : m_classes) { // the rooms' order, not the map's
        if (!choice.contains(surfaceClass))
            continue;
        const core::FinishPalette *p = core::finishPalette(data, choice.value(surfaceClass));
        const ClassWords *words = wordsFor(surfaceClass);
        parts << (words ? translated(words->summary).arg(p->name)
                        : QStringLiteral("%1 %2").arg(p->name, surfaceClass));
    }
    return parts.join(QStringLiteral(", "));
}

QString FinishSelection::classLabel(const QString &surfaceClass)
{
    if (const ClassWords *words = wordsFor(surfaceClass))
        return translated(words->label);
    QString word = surfaceClass;
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

QVariantMap FinishSelection::materials() const
{
    const core::DevelopmentData &data = m_development->data();
    const FinishChoice choice = choiceFor(m_unitId);
    QVariantMap materials;
    for (const QString &surfaceClass : m_classes) {
        const core::Surface *s = core::chosenSurface(data, choice, surfaceClass);
        if (!s)
            continue;
        const bool textured = !s->texture.isEmpty();
        // A texture carries the look itself (the colour is its swatch): multiplying would darken it.
        materials.insert(
            QStringLiteral("Finish_") + surfaceClass,
            QVariantMap{{QStringLiteral("baseColor"), textured ? QColor(Qt::white) : s->color},
                        {QStringLiteral("roughness"), s->roughness},
                        {QStringLiteral("metallic"), s->metallic},
                        {QStringLiteral("texture"),
                         textured ? QUrl::fromLocalFile(data.absolutePath(s->texture)) : QUrl()}});
    }
    return materials;
}

QVariantList FinishSelection::optionsFor(const QString &surfaceClass, const FinishChoice &choice) const
{
    const core::DevelopmentData &data = m_development->data();
    const QString standardId = core::standardPaletteIdFor(data, surfaceClass);
    const QString shownId = choice.value(surfaceClass, standardId);
    QVariantList options;
    for (const core::FinishPalette &p : data.finishPalettes) {
        const auto s = p.surfaces.constFind(surfaceClass);
        if (s == p.surfaces.cend())
            continue;
        options << QVariantMap{{QStringLiteral("paletteId"), p.id},
                               {QStringLiteral("paletteName"), p.name},
                               {QStringLiteral("surfaceName"), s->name},
                               {QStringLiteral("color"), s->color},
                               {QStringLiteral("priceDelta"), s->priceDelta},
                               {QStringLiteral("priceDeltaText"), signedPrice(s->priceDelta)},
                               {QStringLiteral("chosen"), p.id == shownId},
                               {QStringLiteral("standard"), p.id == standardId}};
    }
    return options;
}

int FinishSelection::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_classes.size();
}

QVariant FinishSelection::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_classes.size())
        return {};
    const core::DevelopmentData &data = m_development->data();
    const QString &surfaceClass = m_classes.at(index.row());
    const FinishChoice choice = choiceFor(m_unitId);
    const QString paletteId = choice.value(surfaceClass, core::standardPaletteIdFor(data, surfaceClass));
    const core::FinishPalette *palette = core::finishPalette(data, paletteId);
    const core::Surface *surface = core::chosenSurface(data, choice, surfaceClass);
    switch (role) {
    case SurfaceClassRole:
        return surfaceClass;
    case LabelRole:
        return classLabel(surfaceClass);
    case PaletteIdRole:
        return paletteId;
    case PaletteNameRole:
        return palette ? palette->name : QString();
    case SwatchColorRole:
        return surface ? surface->color : QColor();
    case SurfaceNameRole:
        return surface ? surface->name : QString();
    case PriceDeltaRole:
        return choice.contains(surfaceClass) && surface ? surface->priceDelta : 0.0;
    case PriceDeltaTextRole:
        return choice.contains(surfaceClass) && surface ? signedPrice(surface->priceDelta) : QString();
    case StandardRole:
        return !choice.contains(surfaceClass);
    case OptionsRole:
        return optionsFor(surfaceClass, choice);
    default:
        return {};
    }
}

QHash<int, QByteArray> FinishSelection::roleNames() const
{
    return {{SurfaceClassRole, "surfaceClass"}, {LabelRole, "label"},
            {PaletteIdRole, "paletteId"},       {PaletteNameRole, "paletteName"},
            {SwatchColorRole, "swatchColor"},   {SurfaceNameRole, "surfaceName"},
            {PriceDeltaRole, "priceDelta"},     {PriceDeltaTextRole, "priceDeltaText"},
            {StandardRole, "standard"},         {OptionsRole, "options"}};
}

QVariantMap FinishSelection::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_classes.size())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace showroom::shell
