#include "shell/SunStudy.h"
#include "shell/QmlSingletons.h"

#include "core/Development.h"
#include "sun/LightDirection.h"
#include "sun/LocalTime.h"
#include "sun/SolarPosition.h"
#include "sun/SunTimes.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace showroom::shell {

SunStudy *SunStudy::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<SunStudy>::create(engine, scriptEngine);
}

SunStudy::SunStudy(core::Development *development, QObject *parent)
    : QObject(parent), m_development(development), m_date(QDate::currentDate())
{
    connect(development, &core::Development::developmentChanged, this, [this] {
        m_timesDate = QDate(); // another place: its own sunrise and sunset
        update();
    });
    update();
}

void SunStudy::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    update();
}

void SunStudy::setMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 24 * 60 - 1);
    if (minutes == m_minutes)
        return;
    m_minutes = minutes;
    update();
}

void SunStudy::showSummer()
{
    const bool south = m_development->data().development.latitude < 0;
    setDate(QDate(m_date.year(), south ? 12 : 6, 21));
}

void SunStudy::showWinter()
{
    const bool south = m_development->data().development.latitude < 0;
    setDate(QDate(m_date.year(), south ? 6 : 12, 21));
}

bool SunStudy::setDay(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < firstYear() || year > lastYear())
        return false;
    setDate(date);
    return true;
}

void SunStudy::setDateWithinYears(QDate date)
{
    setDate(std::clamp(date, QDate(firstYear(), 1, 1), QDate(lastYear(), 12, 31)));
}

void SunStudy::stepDays(int days)
{
    setDateWithinYears(m_date.addDays(days));
}

void SunStudy::stepMonths(int months)
{
    setDateWithinYears(m_date.addMonths(months)); // (QDate keeps the day or takes the month's last)
}

void SunStudy::stepYears(int years)
{
    setDateWithinYears(m_date.addYears(years));
}

QString SunStudy::monthName() const
{
    return m_development->locale().standaloneMonthName(m_date.month());
}

void SunStudy::update()
{
    const core::DevelopmentInfo &dev = m_development->data().development;
    m_zone = sun::zoneOrFallback(dev.timeZone, dev.longitude);
    const QDateTime utc = sun::localToUtc(m_date, QTime(m_minutes / 60, m_minutes % 60), m_zone);
    const sun::SolarPosition p = sun::compute(utc, dev.latitude, dev.longitude);
    m_azimuth = p.azimuthDeg;
    m_elevation = p.elevationDeg;
    // Below the horizon the light comes from just under it, from the same side: night keeps its shape.
    const sun::Direction d = sun::lightDirection(p.azimuthDeg, std::max(p.elevationDeg, 4.0), dev.northAngle);
    // A DirectionalLight shines along its -Z: tilt x = asin(d.y), turn y = atan2(-d.x, -d.z).
    m_lightRotation = QVector3D(float(qRadiansToDegrees(std::asin(std::clamp(d.y, -1.0, 1.0)))),
                                float(qRadiansToDegrees(std::atan2(-d.x, -d.z))), 0);
    // Sunrise and sunset are the day's (about 200 solar positions): not again for each slider step.
    if (m_timesDate != m_date || m_timesZone != m_zone) {
        const sun::SunTimes day = sun::times(m_date, m_zone, dev.latitude, dev.longitude);
        const QLocale &locale = m_development->locale();
        m_sunrise =
            day.sunrise.isValid() ? locale.toString(day.sunrise.time(), QStringLiteral("HH:mm")) : QString();
        m_sunset =
            day.sunset.isValid() ? locale.toString(day.sunset.time(), QStringLiteral("HH:mm")) : QString();
        m_timesDate = m_date;
        m_timesZone = m_zone;
    }
    emit changed();
}

double SunStudy::daylight() const
{
    // Civil twilight (-6 degrees) to a sun 20 degrees up.
    return std::clamp((m_elevation + 6.0) / 26.0, 0.0, 1.0);
}

double SunStudy::glow() const
{
    // Strongest with the sun on the horizon, gone at 15 degrees up or 6 below.
    if (m_elevation >= 15 || m_elevation <= -6)
        return 0;
    return m_elevation >= 0 ? 1.0 - m_elevation / 15.0 : 1.0 + m_elevation / 6.0;
}

double SunStudy::northAngle() const
{
    return m_development->data().development.northAngle;
}

QString SunStudy::zoneName() const
{
    return QString::fromUtf8(m_zone.id());
}

QString SunStudy::dateText() const
{
    return m_development->locale().toString(m_date, QStringLiteral("d MMMM yyyy"));
}

QString SunStudy::timeText() const
{
    return QStringLiteral("%1:%2")
        .arg(m_minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(m_minutes % 60, 2, 10, QLatin1Char('0'));
}

QString SunStudy::sunAtLine() const
{
    return QStringLiteral("sun: azimuth %1 elevation %2")
        .arg(m_azimuth, 0, 'f', 2)
        .arg(m_elevation, 0, 'f', 2);
}

} // namespace showroom::shell
