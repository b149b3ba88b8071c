#include "shell/UnitList.h"

#include "core/Development.h"
#include "core/DisplayText.h"
#include "core/UnitModel.h"

namespace showroom::shell {

UnitList::UnitList(core::Development *development, QObject *parent)
    : QAbstractListModel(parent), m_development(development)
{
    const auto roles = development->units()->roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        m_balconyAreaTextRole = std::max(m_balconyAreaTextRole, it.key() + 1);
    // Another development on show: its homes are not the ones picked.
    connect(development, &core::Development::developmentChanged, this, &UnitList::dropUnknownUnits);
}

QVariantMap UnitList::get(int row) const
{
    QVariantMap facts;
    if (row < 0 || row >= count())
        return facts;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        facts.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return facts;
}

void UnitList::startVisit(const QString &visitorId)
{
    if (visitorId == m_visitorId)
        return;
    const bool first = m_visitorId.isEmpty();
    m_visitorId = visitorId;
    if (!first)
        reset({});
}

int UnitList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant UnitList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count() || !m_development)
        return {};
    const QString &id = m_ids.at(index.row());
    const core::Unit *unit = m_development->data().unit(id);
    if (!unit)
        return {};
    if (role == m_balconyAreaTextRole)
        return unit->balcony && unit->balconyArea > 0
                   ? core::formatArea(unit->balconyArea, m_development->locale())
                   : QString();
    const int row = m_development->units()->indexOfUnit(id);
    return m_development->units()->data(m_development->units()->index(row), role);
}

QHash<int, QByteArray> UnitList::roleNames() const
{
    QHash<int, QByteArray> roles =
        m_development ? m_development->units()->roleNames() : QHash<int, QByteArray>();
    roles.insert(m_balconyAreaTextRole, "balconyAreaText");
    return roles;
}

bool UnitList::isKnownUnit(const QString &unitId) const
{
    return m_development && m_development->hasUnit(unitId);
}

void UnitList::append(const QString &unitId)
{
    beginInsertRows({}, count(), count());
    m_ids.append(unitId);
    endInsertRows();
    emit countChanged();
}

bool UnitList::removeOne(const QString &unitId)
{
    const int row = int(m_ids.indexOf(unitId));
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

void UnitList::reset(const QStringList &ids)
{
    if (ids == m_ids)
        return;
    beginResetModel();
    m_ids = ids;
    endResetModel();
    emit countChanged();
}

void UnitList::dropUnknownUnits()
{
    QStringList kept;
    for (const QString &id : std::as_const(m_ids))
        if (isKnownUnit(id))
            kept.append(id);
    // Same ids, new facts (prices, status): every row changes.
    if (kept == m_ids) {
        if (count() > 0)
            emit dataChanged(index(0), index(count() - 1));
        return;
    }
    reset(kept);
}

} // namespace showroom::shell
