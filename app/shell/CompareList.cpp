#include "shell/CompareList.h"
#include "shell/QmlSingletons.h"

namespace showroom::shell {

CompareList *CompareList::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<CompareList>::create(engine, scriptEngine);
}

CompareList::CompareList(core::Development *development, QObject *parent) : UnitList(development, parent) {}

bool CompareList::add(const QString &unitId)
{
    if (contains(unitId))
        return true;
    if (!isKnownUnit(unitId))
        return false;
    if (count() >= Maximum) {
        emit refused(unitId);
        return false;
    }
    append(unitId);
    return true;
}

bool CompareList::remove(const QString &unitId)
{
    return removeOne(unitId);
}

void CompareList::clear()
{
    reset({});
}

QVariantList CompareList::values(const QString &fact) const
{
    const QByteArray name = fact.toUtf8();
    const int role = roleNames().key(name, -1);
    QVariantList out;
    if (role < 0)
        return out;
    for (int row = 0; row < count(); ++row)
        out.append(data(index(row), role));
    return out;
}

bool CompareList::differs(const QString &fact) const
{
    const QVariantList v = values(fact);
    if (v.size() < 2)
        return false;
    for (const QVariant &x : v)
        if (x != v.constFirst())
            return true;
    return false;
}

QString CompareList::bestAt(const QString &fact) const
{
    static const QStringList lowestWins{QStringLiteral("price")};
    static const QStringList highestWins{QStringLiteral("area"), QStringLiteral("balconyArea"),
                                         QStringLiteral("bedrooms"), QStringLiteral("bathrooms")};
    const bool lowest = lowestWins.contains(fact);
    if ((!lowest && !highestWins.contains(fact)) || !differs(fact))
        return {};
    const QVariantList v = values(fact);
    int best = 0;
    bool tie = false;
    for (int i = 1; i < v.size(); ++i) {
        const double a = v.at(i).toDouble(), b = v.at(best).toDouble();
        if (a == b) {
            tie = true;
        } else if (lowest ? a < b : a > b) {
            best = i;
            tie = false;
        }
    }
    return tie ? QString() : unitIds().at(best);
}

} // namespace showroom::shell
