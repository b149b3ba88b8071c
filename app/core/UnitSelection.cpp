#include "core/UnitSelection.h"

#include "core/Development.h"

namespace showroom::core {

UnitSelection::UnitSelection(QObject *parent) : QObject(parent) {}

QVariantMap UnitSelection::selectedUnit() const
{
    if (m_unitId.isEmpty() || !m_development)
        return {};
    return m_development->unit(m_unitId);
}

Development *UnitSelection::development() const
{
    return m_development;
}

void UnitSelection::setDevelopment(Development *development)
{
    if (development == m_development)
        return;
    if (m_development)
        disconnect(m_development, nullptr, this, nullptr);
    m_development = development;
    if (m_development)
        connect(m_development, &Development::developmentChanged, this, &UnitSelection::onDevelopmentReloaded);
    emit developmentChanged();
    onDevelopmentReloaded();
}

bool UnitSelection::select(const QString &unitId)
{
    if (unitId.isEmpty()) {
        clear();
        return true;
    }
    if (m_development && !m_development->hasUnit(unitId))
        return false;
    if (unitId == m_unitId)
        return true;
    m_unitId = unitId;
    emit selectedUnitIdChanged();
    emit selectedUnitChanged();
    return true;
}

void UnitSelection::clear()
{
    if (m_unitId.isEmpty())
        return;
    m_unitId.clear();
    emit selectedUnitIdChanged();
    emit selectedUnitChanged();
}

void UnitSelection::onDevelopmentReloaded()
{
    if (m_unitId.isEmpty())
        return;
    if (m_development && !m_development->hasUnit(m_unitId))
        clear();
    else
        emit selectedUnitChanged(); // same id, possibly new facts (price, status)
}

} // namespace showroom::core
