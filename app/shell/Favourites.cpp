#include "shell/Favourites.h"
#include "shell/QmlSingletons.h"

namespace showroom::shell {

Favourites *Favourites::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<Favourites>::create(engine, scriptEngine);
}

Favourites::Favourites(core::Development *development, QObject *parent) : UnitList(development, parent) {}

bool Favourites::toggle(const QString &unitId)
{
    if (removeOne(unitId)) {
        emit removed(unitId);
        return false;
    }
    if (!isKnownUnit(unitId))
        return false;
    append(unitId);
    emit added(unitId);
    return true;
}

void Favourites::clear()
{
    const QStringList ids = unitIds();
    reset({});
    for (const QString &id : ids)
        emit removed(id);
}

void Favourites::restore(const QStringList &unitIds)
{
    for (const QString &id : unitIds)
        if (isKnownUnit(id) && !contains(id))
            append(id);
}

} // namespace showroom::shell
