// The two or three homes the visitor lays side by side (the compare page): a list model of unit ids
// with the unit's facts as roles (UnitList), at most `maximum` of them. Adding a fourth is refused
// politely: add() returns false and emits refused(), and the screen says why. Emptied when a new
// visitor's session starts, like the favourites. Also says which facts differ and which home is best
// at one, so the page marks them without arithmetic of its own.
#pragma once

#include "shell/UnitList.h"

class QQmlEngine;
class QJSEngine;

namespace showroom::shell {

// The base named in full: Qt 6.4's qmltyperegistrar resolves only that (else QML sees no `count`).
class CompareList : public showroom::shell::UnitList
{
    Q_OBJECT
    QML_NAMED_ELEMENT(CompareList)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    Q_PROPERTY(int maximum READ maximum CONSTANT)
    // Two or more: there is something to compare.
    Q_PROPERTY(bool canCompare READ canCompare NOTIFY countChanged)

public:
    static constexpr int Maximum = 3;

    static CompareList *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    explicit CompareList(core::Development *development, QObject *parent = nullptr);

    int maximum() const { return Maximum; }
    bool canCompare() const { return count() >= 2; }

    // True when the home is in the list afterwards (already there: true, nothing changes). False for
    // an unknown id, or when the list is full (then refused(unitId) is emitted).
    Q_INVOKABLE bool add(const QString &unitId);
    // False if it was not in the list.
    Q_INVOKABLE bool remove(const QString &unitId);
    Q_INVOKABLE void clear();

    // Whether the homes in the list differ in a fact (a role name: "price", "area", "bedrooms",
    // "status", …). False with fewer than two homes.
    Q_INVOKABLE bool differs(const QString &fact) const;
    // The one home that is best at a fact: the lowest "price"; the largest "area", "balconyArea",
    // "bedrooms", "bathrooms". Empty for other facts, when they do not differ, or when the best is
    // shared by two homes (a tie marks nobody).
    Q_INVOKABLE QString bestAt(const QString &fact) const;

signals:
    void refused(const QString &unitId);

private:
    QVariantList values(const QString &fact) const;
};

} // namespace showroom::shell
