#include "core/DevelopmentListModel.h"
#include "core/ModelRow.h"

namespace showroom::core {

DevelopmentListModel::DevelopmentListModel(QObject *parent)
    : QAbstractListModel(parent), m_data(std::make_shared<DevelopmentData>())
{
}

void DevelopmentListModel::setDevelopmentData(DevelopmentDataPtr data, const QLocale &locale)
{
    const int before = rowCount();
    beginResetModel();
    m_data = data ? std::move(data) : std::make_shared<DevelopmentData>();
    m_locale = locale;
    rebuildIndex();
    endResetModel();
    if (rowCount() != before)
        emit countChanged();
    applied();
}

void DevelopmentListModel::updateDevelopmentData(DevelopmentDataPtr data, const QList<int> &rows)
{
    Q_ASSERT(data && itemCount(*data) == rowCount());
    m_data = std::move(data);
    rebuildIndex(); // derived figures (a building's available homes) follow
    if (rows.isEmpty() && rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
    for (int row : rows)
        emit dataChanged(index(row), index(row));
}

int DevelopmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount(*m_data);
}

QVariantMap DevelopmentListModel::get(int row) const
{
    return rowAsMap(*this, row);
}

} // namespace showroom::core
