#include "sun/LocalTime.h"

#include <algorithm>
#include <cmath>

namespace showroom::sun {

int fallbackOffsetHours(double longitudeDeg)
{
    if (!std::isfinite(longitudeDeg))
        return 0;
    return std::clamp(int(std::lround(longitudeDeg / 15.0)), -12, 12);
}

QString fallbackZoneName(double longitudeDeg)
{
    const int hours = fallbackOffsetHours(longitudeDeg);
    if (hours == 0)
        return QStringLiteral("UTC");
    return QStringLiteral("UTC%1%2")
        .arg(hours > 0 ? QStringLiteral("+") : QStringLiteral("-"))
        .arg(std::abs(hours));
}

QTimeZone zoneOrFallback(const QString &ianaId, double longitudeDeg)
{
    if (!ianaId.isEmpty()) {
        const QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(fallbackOffsetHours(longitudeDeg) * 3600);
}

// A wall-clock time inside the spring-forward gap: the moment the clocks change, which lies between the
// readings with the later and the earlier offset.
qint64 gapMoment(const QTimeZone &zone, qint64 earliest, qint64 latest)
{
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData change =
            zone.nextTransition(QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC));
        if (change.atUtc.isValid() && change.atUtc.toMSecsSinceEpoch() <= latest)
            return change.atUtc.toMSecsSinceEpoch();
    }
    return latest;
}

QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // The wall-clock reading as if it were UTC; the real instant is that minus the offset in force then.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const qint64 day = 86400000;
    const auto offsetAt = [&](qint64 ms) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))) * 1000;
    };
    // Real zones change their offset at most once within a day either side, so the offsets a day before
    // and a day after are the only candidates.
    const qint64 before = offsetAt(wall - day);
    const qint64 after = offsetAt(wall + day);
    const bool beforeFits = offsetAt(wall - before) == before;
    const bool afterFits = offsetAt(wall - after) == after;
    qint64 utc;
    if (beforeFits && afterFits)
        utc = std::min(wall - before, wall - after); // the overlap (or no change): the first occurrence
    else if (beforeFits)
        utc = wall - before;
    else if (afterFits)
        utc = wall - after;
    else
        utc = gapMoment(zone, wall - after, wall - before);
    return QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC);
}

} // namespace showroom::sun
