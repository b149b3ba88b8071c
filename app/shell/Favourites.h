// The homes the visitor has hearted, in the order they were hearted: a list model of unit ids with the
// unit's facts as roles (UnitList). Kept for the visitor's session and emptied when a new visitor's
// session starts (kiosk); remembering them for an identified visitor across visits is issue 14's.
// The interest recorder writes favourite_added / favourite_removed from added() / removed().
#pragma once

#include "shell/UnitList.h"

class QQmlEngine;
class QJSEngine;

namespace showroom::shell {

// The base named in full: Qt 6.4's qmltyperegistrar resolves only that (else QML sees no `count`).
class Favourites : public showroom::shell::UnitList
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Favourites)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON

public:
    static Favourites *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    explicit Favourites(core::Development *development, QObject *parent = nullptr);

    // Hearts or un-hearts a home; returns whether it is a favourite now (false for an unknown id,
    // which changes nothing).
    Q_INVOKABLE bool toggle(const QString &unitId);
    // The visitor empties the list: removed() for each home.
    Q_INVOKABLE void clear();
    // A recognised visitor's favourites from an earlier visit (WelcomeBack), added after those already
    // here, known homes only. Silent: no added(), because hearting them again is no new interest.
    void restore(const QStringList &unitIds);

signals:
    void added(const QString &unitId);
    void removed(const QString &unitId);
};

} // namespace showroom::shell
