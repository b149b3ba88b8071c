#include "dashboard/DashboardRowsModel.h"

#include <algorithm>
#include <utility>

namespace showroom::dashboard {

DashboardRowsModel::DashboardRowsModel(const QStringList &roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(roles)
{
}

void DashboardRowsModel::setRows(const QList<QVariantMap> &rows)
{
    const int before = count();
    beginResetModel();
    m_rows = rows;
    applySort();
    endResetModel();
    if (before != count())
        emit countChanged();
}

bool DashboardRowsModel::sortBy(const QString &key)
{
    if (!m_roles.contains(key))
        return false;
    if (key == m_sortKey)
        return sort(key, !m_descending);
    // Text reads A to Z first; numbers and times largest first.
    bool text = false;
    for (const QVariantMap &row : std::as_const(m_rows)) {
        const QVariant v = row.value(key);
        if (v.isValid()) {
            text = v.typeId() == QMetaType::QString;
            break;
        }
    }
    return sort(key, !text);
}

bool DashboardRowsModel::sort(const QString &key, bool descending)
{
    if (!m_roles.contains(key))
        return false;
    const bool changed = key != m_sortKey || descending != m_descending;
    m_sortKey = key;
    m_descending = descending;
    beginResetModel();
    applySort();
    endResetModel();
    if (changed)
        emit sortChanged();
    return true;
}

void DashboardRowsModel::applySort()
{
    if (m_sortKey.isEmpty())
        return;
    const QString key = m_sortKey;
    const bool desc = m_descending;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const QVariantMap &a, const QVariantMap &b) {
        const QVariant va = a.value(key), vb = b.value(key);
        int order = 0;
        if (va.typeId() == QMetaType::QString || vb.typeId() == QMetaType::QString)
            order = QString::localeAwareCompare(va.toString(), vb.toString());
        else
            order = va.toDouble() < vb.toDouble() ? -1 : va.toDouble() > vb.toDouble() ? 1 : 0;
        return desc ? order > 0 : order < 0;
    });
}

QVariantMap DashboardRowsModel::get(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row) : QVariantMap();
}

int DashboardRowsModel::indexOf(const QString &key, const QVariant &value) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_rows.at(i).value(key) == value)
            return i;
    }
    return -1;
}

int DashboardRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DashboardRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int at = role - (Qt::UserRole + 1);
    if (at < 0 || at >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(m_roles.at(at));
}

QHash<int, QByteArray> DashboardRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i).toUtf8());
    return names;
}

} // namespace showroom::dashboard
