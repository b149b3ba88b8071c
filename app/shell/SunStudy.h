// Where the sun stands over the development at a local date and time of day (its own time zone,
// daylight saving included): azimuth and elevation from the NREL algorithm (app/sun), the direction of
// the sunlight in the site model's frame for the stage's sun, and how the day looks (daylight, the dusk
// glow, night) for the light and the sky. Sunrise and sunset of the chosen day for the page.
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {
class Development;
}

namespace showroom::shell {

class SunStudy : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sun)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    // Minutes after local midnight (0..1439) of the chosen day.
    Q_PROPERTY(int minutes READ minutes WRITE setMinutes NOTIFY changed)
    // The chosen day as days from today (QML has no QDate in 6.4's tooling); `dateText` shows it.
    Q_PROPERTY(int dayOffset READ dayOffset WRITE setDayOffset NOTIFY changed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)
    // The chosen day's parts for the date picker (qml/timeline/DatePicker.qml): month 1..12, its name in
    // the development's locale, its length. Any day of the years firstYear..lastYear can be chosen.
    Q_PROPERTY(int year READ year NOTIFY changed)
    Q_PROPERTY(int month READ month NOTIFY changed)
    Q_PROPERTY(int day READ day NOTIFY changed)
    Q_PROPERTY(QString monthName READ monthName NOTIFY changed)
    Q_PROPERTY(int daysInMonth READ daysInMonth NOTIFY changed)
    Q_PROPERTY(int firstYear READ firstYear CONSTANT)
    Q_PROPERTY(int lastYear READ lastYear CONSTANT)
    Q_PROPERTY(QString timeText READ timeText NOTIFY changed)
    Q_PROPERTY(QString sunriseText READ sunriseText NOTIFY changed)
    Q_PROPERTY(QString sunsetText READ sunsetText NOTIFY changed)
    Q_PROPERTY(double azimuth READ azimuth NOTIFY changed)     // degrees clockwise from true north
    Q_PROPERTY(double elevation READ elevation NOTIFY changed) // degrees, geometric
    // A DirectionalLight's eulerRotation (x: down-tilt, y: turn) that shines the way the sunlight travels.
    Q_PROPERTY(QVector3D lightRotation READ lightRotation NOTIFY changed)
    // 0 at night .. 1 with the sun high; the light's strength and the sky's brightness follow it.
    Q_PROPERTY(double daylight READ daylight NOTIFY changed)
    // 0 .. 1: the warm glow of a low sun (dawn, dusk).
    Q_PROPERTY(double glow READ glow NOTIFY changed)
    // The model's north as a bearing on screen: the north arrow turns by it.
    Q_PROPERTY(double northAngle READ northAngle NOTIFY changed)
    Q_PROPERTY(QString zoneName READ zoneName NOTIFY changed)

public:
    static SunStudy *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    explicit SunStudy(core::Development *development, QObject *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);
    int dayOffset() const { return int(QDate::currentDate().daysTo(m_date)); }
    void setDayOffset(int days) { setDate(QDate::currentDate().addDays(days)); }
    QString dateText() const;
    QString timeText() const;
    int year() const { return m_date.year(); }
    int month() const { return m_date.month(); }
    int day() const { return m_date.day(); }
    QString monthName() const;
    int daysInMonth() const { return m_date.daysInMonth(); }
    static constexpr int firstYear() { return 1900; }
    static constexpr int lastYear() { return 2100; }
    QString sunriseText() const { return m_sunrise; }
    QString sunsetText() const { return m_sunset; }
    double azimuth() const { return m_azimuth; }
    double elevation() const { return m_elevation; }
    QVector3D lightRotation() const { return m_lightRotation; }
    double daylight() const;
    double glow() const;
    double northAngle() const;
    QString zoneName() const;

    // Summer and winter: the solstices of the chosen day's year (in the development's hemisphere).
    Q_INVOKABLE void showSummer();
    Q_INVOKABLE void showWinter();
    // The date picker. setDay: false, and no change, for a day that does not exist (31 April) or lies
    // outside firstYear..lastYear. The steps never leave those years (they stop at the first or last day);
    // a month or year step keeps the day where the month has it, else takes the month's last day
    // (31 March + 1 month = 30 April, 29 February 2028 + 1 year = 28 February 2029).
    Q_INVOKABLE bool setDay(int year, int month, int day);
    Q_INVOKABLE void stepDays(int days);
    Q_INVOKABLE void stepMonths(int months);
    Q_INVOKABLE void stepYears(int years);
    // The sun's line for `showroom --sun-at`: "sun: azimuth 151.23 elevation 20.05".
    QString sunAtLine() const;

signals:
    void changed();

private:
    void update();
    void setDateWithinYears(QDate date);

    QPointer<core::Development> m_development;
    QDate m_date;
    int m_minutes = 10 * 60 + 30; // a late-morning sun models the facades
    QTimeZone m_zone;
    double m_azimuth = 0, m_elevation = 0;
    QVector3D m_lightRotation;
    QString m_sunrise, m_sunset;
    QDate m_timesDate; // the day (and zone) m_sunrise / m_sunset were computed for
    QTimeZone m_timesZone;
};

} // namespace showroom::shell
