// Per-unit state for the site's units shader, one RGBA8 texel per unit number (UnitPacking.h): texel n
// (1-based, texel 0 unused) at x = n % 256, y = n / 256 of a 256-wide texture. RGB = the unit's status
// colour (sRGB bytes), A = flags: Tinted (status colours are on), Dimmed (filtered out: in dimmedUnits
// or not matched by the finder's filter), Hidden (above
// the cut floor of its building). Rebuilt on the GUI thread whenever anything it reads changes: a few
// microseconds per thousand units. The QML side samples it with nearest filtering.
#pragma once

#include "core/Development.h"
#include "core/UnitFilterModel.h"
#include "scene/SiteModel.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QQuick3DTextureData>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::scene {

class UnitStateTexture : public QQuick3DTextureData
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(showroom::scene::SiteModel *site READ site WRITE setSite NOTIFY siteChanged)
    Q_PROPERTY(showroom::core::Development *development READ development WRITE setDevelopment NOTIFY
                   developmentChanged)
    Q_PROPERTY(bool showStatus READ showStatus WRITE setShowStatus NOTIFY showStatusChanged)
    Q_PROPERTY(QColor availableColor READ availableColor WRITE setAvailableColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor reservedColor READ reservedColor WRITE setReservedColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor soldColor READ soldColor WRITE setSoldColor NOTIFY colorsChanged)
    // Colours by unit id that replace the status colours while not empty, tinted whatever showStatus
    // says (the sales dashboard's interest heat); units not in it keep their status state.
    Q_PROPERTY(QVariantMap colorOverrides READ colorOverrides WRITE setColorOverrides NOTIFY colorsChanged)
    // Units filtered out (drawn dimmed).
    Q_PROPERTY(QStringList dimmedUnits READ dimmedUnits WRITE setDimmedUnits NOTIFY dimmedUnitsChanged)
    // The finder's filter: while set, every unit it does not match is dimmed too (rebuilt on its
    // resultsChanged, one pass over the units: no per-unit QML). Null: no filter.
    Q_PROPERTY(showroom::core::UnitFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    // The floor cut-away: with a building and a floor >= 0, that building's units above it are hidden.
    Q_PROPERTY(QString cutBuilding READ cutBuilding WRITE setCutBuilding NOTIFY cutChanged)
    Q_PROPERTY(int cutFloor READ cutFloor WRITE setCutFloor NOTIFY cutChanged)
    // Texels per row (256) and rows: what the shader divides by.
    Q_PROPERTY(int textureWidth READ textureWidth NOTIFY textureChanged)
    Q_PROPERTY(int textureHeight READ textureHeight NOTIFY textureChanged)

public:
    enum Flag
    {
        Tinted = 1,
        Dimmed = 2,
        Hidden = 4
    };
    Q_ENUM(Flag)
    static constexpr int Width = 256;

    explicit UnitStateTexture(QQuick3DObject *parent = nullptr);

    SiteModel *site() const { return m_site; }
    core::Development *development() const { return m_development; }
    bool showStatus() const { return m_showStatus; }
    QColor availableColor() const { return m_available; }
    QColor reservedColor() const { return m_reserved; }
    QColor soldColor() const { return m_sold; }
    QStringList dimmedUnits() const { return m_dimmed; }
    QVariantMap colorOverrides() const { return m_overrides; }
    core::UnitFilterModel *filter() const { return m_filter; }
    QString cutBuilding() const { return m_cutBuilding; }
    int cutFloor() const { return m_cutFloor; }
    int textureWidth() const { return Width; }
    int textureHeight() const { return m_height; }
    void setSite(SiteModel *site);
    void setDevelopment(core::Development *development);
    void setShowStatus(bool show);
    void setAvailableColor(const QColor &c);
    void setReservedColor(const QColor &c);
    void setSoldColor(const QColor &c);
    void setDimmedUnits(const QStringList &units);
    void setColorOverrides(const QVariantMap &colors);
    void setFilter(core::UnitFilterModel *filter);
    void setCutBuilding(const QString &buildingId);
    void setCutFloor(int floor);

    // What the unit's texel says (also for units without a number): flags 0 / invalid colour if unknown.
    Q_INVOKABLE int flagsOf(const QString &unitId) const;
    Q_INVOKABLE QColor colorOf(const QString &unitId) const;

signals:
    void siteChanged();
    void developmentChanged();
    void showStatusChanged();
    void colorsChanged();
    void dimmedUnitsChanged();
    void filterChanged();
    void cutChanged();
    void textureChanged(); // the bytes were rebuilt

private:
    struct State
    {
        QColor color;
        int flags = 0;
    };
    State stateOf(const core::Unit &unit) const;
    void rebuild();

    QPointer<SiteModel> m_site;
    QPointer<core::Development> m_development;
    bool m_showStatus = true;
    QColor m_available{0x3f, 0x9b, 0x5f};
    QColor m_reserved{0xe0, 0xa0, 0x30};
    QColor m_sold{0xc0, 0x50, 0x4d};
    QStringList m_dimmed;
    QVariantMap m_overrides;
    QPointer<core::UnitFilterModel> m_filter;
    QString m_cutBuilding;
    int m_cutFloor = -1;
    int m_height = 1;
    QHash<QString, State> m_states; // by unit id, as last built
};

} // namespace showroom::scene
