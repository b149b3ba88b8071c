// One row of a role-based list model as a QVariantMap keyed by role name, for QML cards and tests.
#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

namespace showroom::core {

inline QVariantMap rowAsMap(const QAbstractItemModel &model, int row)
{
    QVariantMap map;
    if (row < 0 || row >= model.rowCount())
        return map;
    const QModelIndex idx = model.index(row, 0);
    const auto names = model.roleNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        if (it.key() >= Qt::UserRole)
            map.insert(QString::fromUtf8(it.value()), model.data(idx, it.key()));
    }
    return map;
}

} // namespace showroom::core
