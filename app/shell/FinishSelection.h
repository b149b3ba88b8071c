// The visitor's interior finishes: per home, the palette chosen for each surface class (floor, walls,
// kitchen, ...), the rest standard. Kept for the visitor's session and cleared when it ends. For the
// home on show (the selected one: its card, or the home walked through) it is also a list model of the
// surface classes with what is chosen, the price difference, and the materials the interior draws.
// The interest recorder writes finish_chosen / finishes_reset from chosen() / wasReset().
#pragma once

#include "core/FinishChoice.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {
class Development;
class UnitSelection;
} // namespace showroom::core

namespace showroom::shell {

class FinishSelection : public QAbstractListModel
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Finishes)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    // The home on show: follows the unit selection ("" when none).
    Q_PROPERTY(QString unitId READ unitId NOTIFY changed)
    // The development offers finish palettes (the configurator is offered only then).
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    // Everything standard for the home on show.
    Q_PROPERTY(bool isStandard READ isStandard NOTIFY changed)
    // EUR added to the home's price by its choice; "+€4,200" / "−€200" in the display locale, "" for 0.
    Q_PROPERTY(double priceDelta READ priceDelta NOTIFY changed)
    Q_PROPERTY(QString priceDeltaText READ priceDeltaText NOTIFY changed)
    // "Urban Walnut floor, Stone & Sage kitchen"; "Nordic Light (standard)" when nothing is chosen.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // "floor=urban,kitchen=sage" ("" = standard): what --finishes takes.
    Q_PROPERTY(QString choiceText READ choiceText NOTIFY changed)
    // What the interior draws: material name "Finish_<class>" -> { baseColor (color), roughness,
    // metallic, texture (url, empty if none) } for every class, chosen or standard.
    Q_PROPERTY(QVariantMap materials READ materials NOTIFY changed)

public:
    enum Roles
    {
        SurfaceClassRole = Qt::UserRole + 1, // "floor"
        LabelRole,                           // "Floor" (translated)
        PaletteIdRole,                       // the chosen (or standard) palette
        PaletteNameRole,                     // "Urban Walnut"
        SwatchColorRole,                     // the surface's colour
        SurfaceNameRole,                     // "Dark walnut boards"
        PriceDeltaRole,                      // number, EUR
        PriceDeltaTextRole,                  // "+€2,800", "" for 0
        StandardRole,                        // the class shows its standard palette
        OptionsRole, // [{ paletteId, paletteName, surfaceName, color, priceDelta, priceDeltaText, chosen,
                     // standard }]
    };

    static FinishSelection *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    FinishSelection(core::Development *development, core::UnitSelection *selection,
                    QObject *parent = nullptr);

    // The session's choices, by home (used by --finishes and --resume). setChoice keeps only entries
    // the development knows that are not standard; unknown homes are ignored.
    core::FinishChoice choiceFor(const QString &unitId) const;
    void setChoice(const QString &unitId, const core::FinishChoice &choice);
    // Every home back to standard, silently (the visitor's session ended).
    void clear();

    // The home on show; the visitor's own actions (the panel): false for an unknown class or palette,
    // or when no home is on show.
    Q_INVOKABLE bool choose(const QString &surfaceClass, const QString &paletteId);
    Q_INVOKABLE void resetToStandard();
    // Any home: for cards, lists and the brochure.
    Q_INVOKABLE QString summaryFor(const QString &unitId) const;
    Q_INVOKABLE QString priceDeltaTextFor(const QString &unitId) const;
    Q_INVOKABLE QVariantMap get(int row) const;

    QString unitId() const { return m_unitId; }
    bool available() const;
    int count() const { return m_classes.size(); }
    bool isStandard() const { return choiceFor(m_unitId).isEmpty(); }
    double priceDelta() const;
    QString priceDeltaText() const { return priceDeltaTextFor(m_unitId); }
    QString summary() const { return summaryFor(m_unitId); }
    QString choiceText() const { return core::formatFinishChoice(choiceFor(m_unitId)); }
    QVariantMap materials() const;

    // A surface class as the buyer reads it: "Floor", "Walls", "Kitchen" ... (translated).
    static QString classLabel(const QString &surfaceClass);
    // "+€2,800", "−€200", "" for 0, in the development's currency and locale.
    QString signedPrice(double amount) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // Anything shown for the home on show (its choice, the home, the development, the locale).
    void changed();
    // A home's choice changed, by any means.
    void choiceChanged(const QString &unitId);
    // The visitor chose a palette for a surface (the panel), or reset a home to standard.
    void chosen(const QString &unitId, const QString &surfaceClass, const QString &paletteId);
    void wasReset(const QString &unitId);

private:
    void onDevelopmentChanged();
    void onSelectionChanged();
    void refreshRows();
    QVariantList optionsFor(const QString &surfaceClass, const core::FinishChoice &choice) const;

    QPointer<core::Development> m_development;
    QPointer<core::UnitSelection> m_selection;
    QStringList m_classes;
    QString m_unitId;
    QHash<QString, core::FinishChoice> m_choices; // home -> its choice (normalized: no standard entries)
};

} // namespace showroom::shell
