// A list model of the dashboard's table rows (units, visitors, funnel steps, a visitor's timeline, the
// audit log): each row a map of named values, each name a role (QML delegates read them as
// `required property`). Sorting happens here, in C++, on the raw values (a number sorts as a number,
// "2 min 5 s" is only the text beside it), so every column of a table sorts the way a reader expects.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::dashboard {

class DashboardRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The dashboard makes its tables (Dashboard.units, Dashboard.visitors, ...)")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The role the rows are sorted by ("" = as given) and the direction.
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending NOTIFY sortChanged)

public:
    // roles: every row's names, in role order (rows may leave some out: they read as undefined).
    explicit DashboardRowsModel(const QStringList &roles, QObject *parent = nullptr);

    // Replaces the rows; keeps the current sort.
    void setRows(const QList<QVariantMap> &rows);
    const QList<QVariantMap> &rows() const { return m_rows; }

    int count() const { return int(m_rows.size()); }
    QString sortKey() const { return m_sortKey; }
    bool descending() const { return m_descending; }

    // Sorts by a role: the same key again reverses it; a new key starts most/largest first (numbers,
    // times) or A to Z (text). False (no change) for a name that is not a role.
    Q_INVOKABLE bool sortBy(const QString &key);
    // Sorts by key in the given direction (tests, the command line, the report).
    bool sort(const QString &key, bool descending);
    // A row's values by name (empty out of range).
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row whose `key` equals value, -1 if none.
    Q_INVOKABLE int indexOf(const QString &key, const QVariant &value) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void sortChanged();

private:
    void applySort();

    QStringList m_roles;
    QList<QVariantMap> m_rows;
    QString m_sortKey;
    bool m_descending = true;
};

} // namespace showroom::dashboard
