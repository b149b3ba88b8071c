// A filtered, sorted view of a UnitModel for lists in the UI ("available two-bedroom homes in
// Building A, cheapest first"). Create it in QML: UnitFilterModel { sourceModel: CurrentDevelopment.units }.
#pragma once

#include <QSortFilterProxyModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {

class UnitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    // Building id to keep; empty keeps all buildings.
    Q_PROPERTY(QString building READ building WRITE setBuilding NOTIFY filterChanged)
    Q_PROPERTY(bool availableOnly READ availableOnly WRITE setAvailableOnly NOTIFY filterChanged)
    // 0 = any.
    Q_PROPERTY(int minBedrooms READ minBedrooms WRITE setMinBedrooms NOTIFY filterChanged)
    // 0 = any.
    Q_PROPERTY(double maxPrice READ maxPrice WRITE setMaxPrice NOTIFY filterChanged)
    // "price" | "area" | "floor" | "bedrooms" | "unitId"; empty keeps the manifest order.
    Q_PROPERTY(QString sortBy READ sortBy WRITE setSortBy NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit UnitFilterModel(QObject *parent = nullptr);

    QString building() const { return m_building; }
    void setBuilding(const QString &building);
    bool availableOnly() const { return m_availableOnly; }
    void setAvailableOnly(bool availableOnly);
    int minBedrooms() const { return m_minBedrooms; }
    void setMinBedrooms(int minBedrooms);
    double maxPrice() const { return m_maxPrice; }
    void setMaxPrice(double maxPrice);
    QString sortBy() const { return m_sortBy; }
    void setSortBy(const QString &sortBy);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int count() const { return rowCount(); }

    // The unit at `row` of this view by role name (as UnitModel::get), empty if out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void filterChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void resort();

    QString m_building;
    bool m_availableOnly = false;
    int m_minBedrooms = 0;
    double m_maxPrice = 0;
    QString m_sortBy;
    bool m_descending = false;
    int m_lastCount = 0;
};

} // namespace showroom::core
