// A filtered, sorted view of a UnitModel: the unit finder's result list ("available two-bedroom homes in
// Building A, cheapest first"). The filter state lives here, in one UnitFilter value, not in QML bindings.
// Create it in QML: UnitFilterModel { sourceModel: CurrentDevelopment.units }.
//
// A new model shows every unit (UnitFilter::everything(), so plain lists keep working); clear() ("clear
// filters") goes to the finder's default, UnitFilter{}: available units only. Every filter property
// notifies `changed`, which fires once per actual change: setFilter() sets many at once.
#pragma once

#include "core/UnitFilter.h"

#include <QSortFilterProxyModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {

class UnitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    // The one building to keep; empty when any (or several, see buildings).
    Q_PROPERTY(QString building READ building WRITE setBuilding NOTIFY changed)
    Q_PROPERTY(QStringList buildings READ buildings WRITE setBuildings NOTIFY changed)
    // The one unit type to keep; empty when any (or several, see unitTypes).
    Q_PROPERTY(QString unitType READ unitType WRITE setUnitType NOTIFY changed)
    Q_PROPERTY(QStringList unitTypes READ unitTypes WRITE setUnitTypes NOTIFY changed)
    // statuses == ["available"]; false means any status.
    Q_PROPERTY(bool availableOnly READ availableOnly WRITE setAvailableOnly NOTIFY changed)
    // "available" "reserved" "sold"; empty = any.
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY changed)
    // "N" "NE" "E" "SE" "S" "SW" "W" "NW"; empty = any.
    Q_PROPERTY(QStringList orientations READ orientations WRITE setOrientations NOTIFY changed)
    // Ranges: a minimum of 0 is "any"; a maximum of 0 (price, area) or -1 (bedrooms, floor) is "any".
    Q_PROPERTY(int minBedrooms READ minBedrooms WRITE setMinBedrooms NOTIFY changed)
    Q_PROPERTY(int maxBedrooms READ maxBedrooms WRITE setMaxBedrooms NOTIFY changed)
    Q_PROPERTY(double minPrice READ minPrice WRITE setMinPrice NOTIFY changed)
    Q_PROPERTY(double maxPrice READ maxPrice WRITE setMaxPrice NOTIFY changed)
    Q_PROPERTY(double minArea READ minArea WRITE setMinArea NOTIFY changed)
    Q_PROPERTY(double maxArea READ maxArea WRITE setMaxArea NOTIFY changed)
    Q_PROPERTY(int minFloor READ minFloor WRITE setMinFloor NOTIFY changed)
    Q_PROPERTY(int maxFloor READ maxFloor WRITE setMaxFloor NOTIFY changed)
    // The filter as its canonical expression (FilterExpression.h), "" at the finder's default.
    Q_PROPERTY(QString expression READ expression NOTIFY changed)
    // True at the finder's default (nothing to clear).
    Q_PROPERTY(bool isDefault READ isDefault NOTIFY changed)
    // "price" | "area" | "floor" | "bedrooms" | "unitId"; empty keeps the manifest order.
    Q_PROPERTY(QString sortBy READ sortBy WRITE setSortBy NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    // The live result count.
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit UnitFilterModel(QObject *parent = nullptr);

    const UnitFilter &filter() const { return m_filter; }
    // Applies every constraint at once (normalised): one `changed`, one re-filter. No-op if equal.
    void setFilter(const UnitFilter &filter);

    QString building() const;
    void setBuilding(const QString &building);
    QStringList buildings() const { return m_filter.buildings; }
    void setBuildings(const QStringList &buildings);
    QString unitType() const;
    void setUnitType(const QString &unitType);
    QStringList unitTypes() const { return m_filter.unitTypes; }
    void setUnitTypes(const QStringList &unitTypes);
    bool availableOnly() const;
    void setAvailableOnly(bool availableOnly);
    QStringList statuses() const { return m_filter.statuses; }
    void setStatuses(const QStringList &statuses);
    QStringList orientations() const { return m_filter.orientations; }
    void setOrientations(const QStringList &orientations);
    int minBedrooms() const { return m_filter.minBedrooms; }
    void setMinBedrooms(int minBedrooms);
    int maxBedrooms() const { return m_filter.maxBedrooms; }
    void setMaxBedrooms(int maxBedrooms);
    double minPrice() const { return m_filter.minPrice; }
    void setMinPrice(double minPrice);
    double maxPrice() const { return m_filter.maxPrice; }
    void setMaxPrice(double maxPrice);
    double minArea() const { return m_filter.minArea; }
    void setMinArea(double minArea);
    double maxArea() const { return m_filter.maxArea; }
    void setMaxArea(double maxArea);
    int minFloor() const { return m_filter.minFloor; }
    void setMinFloor(int minFloor);
    int maxFloor() const { return m_filter.maxFloor; }
    void setMaxFloor(int maxFloor);
    QString expression() const;
    bool isDefault() const { return m_filter == UnitFilter(); }

    QString sortBy() const { return m_sortBy; }
    void setSortBy(const QString &sortBy);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int count() const { return rowCount(); }

    // "Clear filters": back to the finder's default (available units, nothing else).
    Q_INVOKABLE void clear();
    // Parses a filter expression (e.g. "bedrooms>=3,orientation=S|SW") and applies it; on error keeps
    // the current filter and returns the message (which names the part it could not read), else "".
    Q_INVOKABLE QString applyExpression(const QString &expression);
    // The ids of the units in this view, in its order (for the 3D highlight and the stacking plan).
    Q_INVOKABLE QStringList matchingUnitIds() const;
    // Whether the unit with this id is in this view.
    Q_INVOKABLE bool isMatch(const QString &unitId) const;
    // The unit at `row` of this view by role name (as UnitModel::get), empty if out of range.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    // The filter changed (once per change, whatever set it).
    void changed();
    void sortChanged();
    void countChanged();
    // Which units match may have changed: after a filter change (once) or a reload of the source.
    // Sorting does not emit it.
    void resultsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void resort();
    void reportCount();
    void reportChanges(); // count, then results

    UnitFilter m_filter = UnitFilter::everything();
    QString m_sortBy;
    bool m_descending = false;
    int m_lastCount = 0;
    bool m_applying = false; // inside setFilter(): row signals are one change
};

} // namespace showroom::core
