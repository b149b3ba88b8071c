#include "scene/UnitStateTexture.h"

#include <QByteArray>
#include <QSet>
#include <QSize>
#include <algorithm>

namespace showroom::scene {

UnitStateTexture::UnitStateTexture(QQuick3DObject *parent) : QQuick3DTextureData(parent)
{
    setFormat(Format::RGBA8);
    setHasTransparency(false); // alpha holds flags, not coverage
    rebuild();
}

void UnitStateTexture::setSite(SiteModel *site)
{
    if (site == m_site)
        return;
    if (m_site)
        m_site->disconnect(this);
    m_site = site;
    if (site) {
        // Unit numbers change with every load; statusChanged also covers a failed reload (no change).
        connect(site, &SiteModel::loaded, this, &UnitStateTexture::rebuild);
        connect(site, &SiteModel::statusChanged, this, &UnitStateTexture::rebuild);
        connect(site, &QObject::destroyed, this, &UnitStateTexture::rebuild, Qt::QueuedConnection);
    }
    rebuild();
    emit siteChanged();
}

void UnitStateTexture::setDevelopment(core::Development *development)
{
    if (development == m_development)
        return;
    if (m_development)
        m_development->disconnect(this);
    m_development = development;
    if (development) {
        connect(development, &core::Development::developmentChanged, this, &UnitStateTexture::rebuild);
        connect(development, &core::Development::unitStatusesChanged, this, &UnitStateTexture::rebuild);
        connect(development, &QObject::destroyed, this, &UnitStateTexture::rebuild, Qt::QueuedConnection);
    }
    rebuild();
    emit developmentChanged();
}

void UnitStateTexture::setShowStatus(bool show)
{
    if (show == m_showStatus)
        return;
    m_showStatus = show;
    rebuild();
    emit showStatusChanged();
}

void UnitStateTexture::setAvailableColor(const QColor &c)
{
    if (c == m_available)
        return;
    m_available = c;
    rebuild();
    emit colorsChanged();
}

void UnitStateTexture::setReservedColor(const QColor &c)
{
    if (c == m_reserved)
        return;
    m_reserved = c;
    rebuild();
    emit colorsChanged();
}

void UnitStateTexture::setSoldColor(const QColor &c)
{
    if (c == m_sold)
        return;
    m_sold = c;
    rebuild();
    emit colorsChanged();
}

void UnitStateTexture::setDimmedUnits(const QStringList &units)
{
    if (units == m_dimmed)
        return;
    m_dimmed = units;
    rebuild();
    emit dimmedUnitsChanged();
}

void UnitStateTexture::setColorOverrides(const QVariantMap &colors)
{
    if (colors == m_overrides)
        return;
    m_overrides = colors;
    rebuild();
    emit colorsChanged();
}

void UnitStateTexture::setFilter(core::UnitFilterModel *filter)
{
    if (filter == m_filter)
        return;
    if (m_filter)
        m_filter->disconnect(this);
    m_filter = filter;
    if (filter) {
        // resultsChanged: once per filter change or reload of the units, not on sorting.
        connect(filter, &core::UnitFilterModel::resultsChanged, this, &UnitStateTexture::rebuild);
        connect(filter, &QObject::destroyed, this, &UnitStateTexture::rebuild, Qt::QueuedConnection);
    }
    rebuild();
    emit filterChanged();
}

void UnitStateTexture::setCutBuilding(const QString &buildingId)
{
    if (buildingId == m_cutBuilding)
        return;
    m_cutBuilding = buildingId;
    rebuild();
    emit cutChanged();
}

void UnitStateTexture::setCutFloor(int floor)
{
    floor = std::max(-1, floor);
    if (floor == m_cutFloor)
        return;
    m_cutFloor = floor;
    rebuild();
    emit cutChanged();
}

int UnitStateTexture::flagsOf(const QString &unitId) const
{
    return m_states.value(unitId).flags;
}

QColor UnitStateTexture::colorOf(const QString &unitId) const
{
    return m_states.value(unitId).color;
}

UnitStateTexture::State UnitStateTexture::stateOf(const core::Unit &unit) const
{
    State state;
    switch (unit.status) {
    case core::UnitStatus::Available:
        state.color = m_available;
        break;
    case core::UnitStatus::Reserved:
        state.color = m_reserved;
        break;
    case core::UnitStatus::Sold:
        state.color = m_sold;
        break;
    }
    if (m_showStatus)
        state.flags |= Tinted;
    const auto own = m_overrides.constFind(unit.id);
    if (own != m_overrides.cend()) {
        state.color = own->value<QColor>();
        state.flags |= Tinted;
    }
    if (!m_cutBuilding.isEmpty() && m_cutFloor >= 0 && unit.building == m_cutBuilding &&
        unit.floor > m_cutFloor)
        state.flags |= Hidden;
    return state;
}

void UnitStateTexture::rebuild()
{
    m_states.clear();
    if (m_development) {
        const QSet<QString> dimmed(m_dimmed.cbegin(), m_dimmed.cend());
        for (const core::Unit &unit : m_development->data().units) {
            State state = stateOf(unit);
            if (dimmed.contains(unit.id) || (m_filter && !m_filter->isMatch(unit.id)))
                state.flags |= Dimmed;
            m_states.insert(unit.id, state);
        }
    }
    const QHash<QString, int> numbers = m_site ? m_site->unitNumbers() : QHash<QString, int>{};
    int maxNumber = 0;
    for (int n : numbers)
        maxNumber = std::max(maxNumber, n);
    // Texel 0 is never a unit; one row more only when the numbers reach past the first.
    m_height = std::max(1, (maxNumber + 1 + Width - 1) / Width);
    QByteArray bytes(Width * m_height * 4, '\0');
    auto *texels = reinterpret_cast<uchar *>(bytes.data());
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        const auto state = m_states.constFind(it.key());
        if (state == m_states.cend() || it.value() <= 0)
            continue; // not in the manifest: untinted, shown as modelled
        uchar *t = texels + std::size_t(it.value()) * 4;
        t[0] = uchar(state->color.red());
        t[1] = uchar(state->color.green());
        t[2] = uchar(state->color.blue());
        t[3] = uchar(state->flags);
    }
    // Unchanged texels are not sent again (a finder result that matches the same homes, a colour set to
    // what it was): Qt Quick 3D 6.4 makes a new texture for every new texture data, and each model
    // drawing with it new shader resource bindings that it never frees (app/shell/InteriorShelf.h).
    if (size() == QSize(Width, m_height) && textureData() == bytes)
        return;
    setSize(QSize(Width, m_height));
    setTextureData(bytes);
    emit textureChanged();
}

} // namespace showroom::scene
