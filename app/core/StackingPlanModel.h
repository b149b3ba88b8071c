// One building's stacking plan: its homes as a grid of floors x units, the way a sales office prints it
// (top floor on top), each cell with the unit's number, sales status and whether the finder's filter
// matches it. A list model of cells (one row per unit); each cell knows its grid `row` and `column`.
//
// Grid rule: the rows are the building's floors that have homes, top floor first (row 0), the same
// floors Navigation offers. Within a floor the units are sorted by id, and a unit's column is its
// position on its floor: the 3rd unit (by id) of floor 5 stands above the 3rd unit of floor 4. `columns`
// is the most units any floor has; a floor with fewer units leaves its last columns empty.
//
// Cells are listed row by row (top floor first), left to right. `matches` follows the filter's
// resultsChanged (only changed cells are reported); without a filter every cell matches.
#pragma once

#include "core/Development.h"
#include "core/UnitFilterModel.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {

class StackingPlanModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(showroom::core::Development *development READ development WRITE setDevelopment NOTIFY
                   developmentChanged)
    Q_PROPERTY(QString buildingId READ buildingId WRITE setBuildingId NOTIFY buildingIdChanged)
    // The finder's filter (the `Finder` singleton in the app); null: every cell matches.
    Q_PROPERTY(showroom::core::UnitFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    // Grid size: floors with homes (rows) and the most homes on one floor (columns).
    Q_PROPERTY(int floors READ floors NOTIFY gridChanged)
    Q_PROPERTY(int columns READ columns NOTIFY gridChanged)
    // The floor levels of the rows, top floor first (row i shows level floorLevels[i]).
    Q_PROPERTY(QList<int> floorLevels READ floorLevels NOTIFY gridChanged)
    Q_PROPERTY(int count READ count NOTIFY gridChanged)
    // How many cells the filter matches.
    Q_PROPERTY(int matchCount READ matchCount NOTIFY matchCountChanged)

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1, // "unitId": "A_0304"
        FloorRole,                     // "floor": the level (0 = ground)
        RowRole,                       // "row": grid row, 0 = top floor
        ColumnRole,                    // "column": position on its floor (units sorted by id)
        StatusRole,                    // "status": "available" | "reserved" | "sold"
        MatchesRole,                   // "matches": the filter keeps it (true without a filter)
        LabelRole,                     // "label": the unit number as printed, "0304" for A_0304
        BedroomsRole,                  // "bedrooms"
    };
    Q_ENUM(Role)

    explicit StackingPlanModel(QObject *parent = nullptr);

    Development *development() const { return m_development; }
    void setDevelopment(Development *development);
    QString buildingId() const { return m_buildingId; }
    void setBuildingId(const QString &buildingId);
    UnitFilterModel *filter() const { return m_filter; }
    void setFilter(UnitFilterModel *filter);

    int floors() const { return int(m_levels.size()); }
    int columns() const { return m_columns; }
    QList<int> floorLevels() const { return m_levels; }
    int count() const { return int(m_cells.size()); }
    int matchCount() const { return m_matchCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The cell's roles by name (tests, delegates outside views); empty if out of range.
    Q_INVOKABLE QVariantMap get(int index) const;
    // The list index of a unit's cell, -1 if it is not in this building.
    Q_INVOKABLE int indexOfUnit(const QString &unitId) const;

signals:
    void developmentChanged();
    void buildingIdChanged();
    void filterChanged();
    void gridChanged(); // floors, columns, floorLevels, count
    void matchCountChanged();

private:
    struct Cell
    {
        QString unitId;
        QString label;
        QString status;
        int floor = 0;
        int row = 0;
        int column = 0;
        int bedrooms = 0;
        bool matches = true;
    };
    void rebuild();
    void updateMatches();
    bool isMatch(const QString &unitId) const;

    QPointer<Development> m_development;
    QPointer<UnitFilterModel> m_filter;
    QString m_buildingId;
    QList<Cell> m_cells;
    QList<int> m_levels;
    int m_columns = 0;
    int m_matchCount = 0;
};

} // namespace showroom::core
