// The development's clock: its IANA time zone, or a fixed offset from its longitude when the manifest
// names none, and local wall-clock times turned into UTC instants across daylight-saving changes.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace showroom::sun {

// The fallback without a time zone: UTC + round(longitude / 15) hours, no daylight saving
// (Graz, 15.44 E -> UTC+1; Denver, 105.18 W -> UTC-7). Clamped to UTC-12..UTC+12.
int fallbackOffsetHours(double longitudeDeg);

// "UTC+1", "UTC-7", "UTC": how the fallback is named in messages.
QString fallbackZoneName(double longitudeDeg);

// The zone named by `ianaId` ("Europe/Vienna") when it is valid, else the longitude's fixed offset.
QTimeZone zoneOrFallback(const QString &ianaId, double longitudeDeg);

// The UTC instant at which clocks in `zone` show `date` `time`. Daylight-saving rule:
// - a time in the spring-forward gap (02:00-02:59 on 2026-03-29 in Europe/Vienna do not exist) is the
//   moment the clocks change (03:00 CEST = 01:00 UTC): a time slider dragged through the night holds the
//   sun still for that hour and never moves it backwards;
// - a time that happens twice in the autumn overlap (02:30 on 2026-10-25) is its first occurrence,
//   still on summer time (02:30 CEST = 00:30 UTC).
// An invalid date, time or zone gives an invalid QDateTime.
QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone);

} // namespace showroom::sun
