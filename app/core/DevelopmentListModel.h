// Common base of the development's list models: they all show one list out of a shared, immutable
// DevelopmentData snapshot and are reset together when Development::setData() applies a new one.
#pragma once

#include "core/DevelopmentData.h"

#include <QAbstractListModel>
#include <QLocale>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace showroom::core {

using DevelopmentDataPtr = std::shared_ptr<const DevelopmentData>;

// Subclasses name this base fully qualified (showroom::core::DevelopmentListModel): Qt 6.4's
// qmltyperegistrar drops the QML prototype (and with it count / get for qmllint) otherwise.
class DevelopmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // Replaces the snapshot (model reset). Must be called on the model's thread.
    void setDevelopmentData(DevelopmentDataPtr data, const QLocale &locale = QLocale());
    // The same items with changed facts (unit statuses): no reset, dataChanged for `rows` (every row
    // when empty). The snapshot must have as many items as the current one.
    void updateDevelopmentData(DevelopmentDataPtr data, const QList<int> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int count() const { return rowCount(); }

    // Every role of `row` by role name (for cards and delegates outside views); empty if out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

protected:
    explicit DevelopmentListModel(QObject *parent);
    virtual int itemCount(const DevelopmentData &data) const = 0;
    virtual void rebuildIndex() {} // inside the reset: recompute lookups
    virtual void applied() {}      // after the reset: emit derived property changes
    const DevelopmentData &development() const { return *m_data; }
    const QLocale &locale() const { return m_locale; }
    bool validRow(const QModelIndex &index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() >= 0 && index.row() < rowCount();
    }

private:
    DevelopmentDataPtr m_data;
    QLocale m_locale;
};

} // namespace showroom::core
