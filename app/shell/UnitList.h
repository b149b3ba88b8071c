// A short list of homes the visitor has picked (favourites, the compare list): unit ids in the order
// they were added, each row with the unit's facts as roles (the same names as core's UnitModel, plus
// `balconyAreaText`). Plain logic on a Development; the lists are visitor state, so they live here
// with the shell's services and start again for each new visitor (startVisit).
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {
class Development;
}

namespace showroom::shell {

class UnitList : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The ids in order; QML bindings on membership read this (it notifies, contains() cannot).
    Q_PROPERTY(QStringList unitIds READ unitIds NOTIFY countChanged)

public:
    explicit UnitList(core::Development *development, QObject *parent = nullptr);

    int count() const { return int(m_ids.size()); }
    QStringList unitIds() const { return m_ids; }
    Q_INVOKABLE bool contains(const QString &unitId) const { return m_ids.contains(unitId); }
    // The row's facts by role name (empty map outside the list).
    Q_INVOKABLE QVariantMap get(int row) const;

    // A new visitor's session (kiosk: a new visitor id each session) starts with an empty list; the
    // same visitor coming back (desktop) keeps it. Silent: no added/removed signals, because what the
    // previous visitor liked is no event of the new one. Remembering an identified visitor's
    // favourites across visits is issue 14's.
    void startVisit(const QString &visitorId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

protected:
    core::Development *development() const { return m_development; }
    bool isKnownUnit(const QString &unitId) const;
    void append(const QString &unitId);
    bool removeOne(const QString &unitId);
    void reset(const QStringList &ids);

private:
    void dropUnknownUnits();

    QPointer<core::Development> m_development;
    QStringList m_ids;
    QString m_visitorId;
    int m_balconyAreaTextRole = 0;
};

} // namespace showroom::shell
