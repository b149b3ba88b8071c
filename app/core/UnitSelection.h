// Which unit the visitor has selected (tapped in the 3D view or picked from a list). With a
// `development` set, ids it does not know are ignored, and a reload that drops the unit clears it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {

class Development;

class UnitSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString selectedUnitId READ selectedUnitId NOTIFY selectedUnitIdChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectedUnitIdChanged)
    // The selected unit's facts (UnitModel role names), empty map when nothing is selected.
    Q_PROPERTY(QVariantMap selectedUnit READ selectedUnit NOTIFY selectedUnitChanged)
    Q_PROPERTY(showroom::core::Development *development READ development WRITE setDevelopment NOTIFY
                   developmentChanged)

public:
    explicit UnitSelection(QObject *parent = nullptr);

    QString selectedUnitId() const { return m_unitId; }
    bool hasSelection() const { return !m_unitId.isEmpty(); }
    QVariantMap selectedUnit() const;
    Development *development() const;
    void setDevelopment(Development *development);

    // Selects `unitId`; an empty id clears. Returns false (and changes nothing) for an id the
    // development does not know.
    Q_INVOKABLE bool select(const QString &unitId);
    Q_INVOKABLE void clear();

signals:
    void selectedUnitIdChanged();
    void selectedUnitChanged();
    void developmentChanged();

private:
    void onDevelopmentReloaded();

    QString m_unitId;
    QPointer<Development> m_development;
};

} // namespace showroom::core
