#include "core/DevelopmentData.h"

#include <QDir>

namespace showroom::core {

namespace {
template <typename T, typename Pred> const T *findIn(const QList<T> &list, Pred pred)
{
    for (const T &item : list) {
        if (pred(item))
            return &item;
    }
    return nullptr;
}
} // namespace

QString statusKey(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Available:
        return QStringLiteral("available");
    case UnitStatus::Reserved:
        return QStringLiteral("reserved");
    case UnitStatus::Sold:
        return QStringLiteral("sold");
    }
    return {};
}

const Unit *DevelopmentData::unit(const QString &id) const
{
    return findIn(units, [&](const Unit &u) { return u.id == id; });
}

const Unit *DevelopmentData::unitForNode(const QString &nodeName) const
{
    if (nodeName.isEmpty())
        return nullptr;
    return findIn(units, [&](const Unit &u) { return u.node == nodeName; });
}

const Building *DevelopmentData::building(const QString &id) const
{
    return findIn(buildings, [&](const Building &b) { return b.id == id; });
}

const UnitType *DevelopmentData::unitType(const QString &id) const
{
    return findIn(unitTypes, [&](const UnitType &t) { return t.id == id; });
}

const Stage *DevelopmentData::stage(const QString &id) const
{
    return findIn(stages, [&](const Stage &s) { return s.id == id; });
}

const Floor *DevelopmentData::floor(const QString &buildingId, int level) const
{
    return findIn(floors, [&](const Floor &f) { return f.building == buildingId && f.level == level; });
}

QString DevelopmentData::absolutePath(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    return QDir::cleanPath(QDir(packageDir).filePath(relativePath));
}

} // namespace showroom::core
