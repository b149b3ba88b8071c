// The interest recorder's part for the construction timeline (docs/events.md, "Timeline"): which dates
// visitors settle on (not every step of a drag), and the time spent there.
#include "shell/InterestRecorder.h"

#include "shell/ConstructionTimeline.h"
#include "shell/Navigation.h"
#include "shell/SunStudy.h"
#include "telemetry/DwellTracker.h"

namespace showroom::shell {

void InterestRecorder::watchTimeline(ConstructionTimeline *timeline)
{
    m_timeline = timeline;
    m_lastSettledDate = timeline->date().toString(Qt::ISODate);
    connect(m_navigation, &Navigation::timelineShown, this, [this](const QString &via) {
        record(QStringLiteral("timeline_opened"), targets::timeline(),
               {{QStringLiteral("via"), via}, {QStringLiteral("date"), m_timeline->date().toString(Qt::ISODate)}});
    });
    connect(timeline, &ConstructionTimeline::dateChanged, this, [this] {
        if (m_navigation->mode() == Navigation::Timeline)
            m_dateSettle.start();
    });
    // Leaving the timeline settles the date it shows.
    connect(m_navigation, &Navigation::changed, this, [this] {
        if (m_dateSettle.isActive() && m_navigation->mode() != Navigation::Timeline)
            recordSettledDate();
    });
}

void InterestRecorder::watchSun(SunStudy *sun)
{
    m_sun = sun;
    m_sunSettle.setSingleShot(true);
    m_sunSettle.setInterval(1500);
    connect(&m_sunSettle, &QTimer::timeout, this, &InterestRecorder::recordSettledSun);
    m_lastSettledSun = sun->date().toString(Qt::ISODate) + QLatin1Char(' ') + sun->timeText();
    connect(sun, &SunStudy::changed, this, [this] {
        if (m_navigation->mode() == Navigation::Timeline)
            m_sunSettle.start();
    });
    connect(m_navigation, &Navigation::changed, this, [this] {
        if (m_sunSettle.isActive() && m_navigation->mode() != Navigation::Timeline)
            recordSettledSun();
    });
}

void InterestRecorder::recordSettledSun()
{
    m_sunSettle.stop();
    if (!m_sun)
        return;
    const QString when = m_sun->date().toString(Qt::ISODate) + QLatin1Char(' ') + m_sun->timeText();
    if (when == m_lastSettledSun)
        return;
    m_lastSettledSun = when;
    record(QStringLiteral("sun_time_settled"), targets::timeline(),
           {{QStringLiteral("date"), m_sun->date().toString(Qt::ISODate)},
            {QStringLiteral("time"), m_sun->timeText()},
            {QStringLiteral("elevation"), qRound(m_sun->elevation() * 10) / 10.0}});
}

void InterestRecorder::recordSettledDate()
{
    m_dateSettle.stop();
    if (!m_timeline)
        return;
    const QString date = m_timeline->date().toString(Qt::ISODate);
    if (date == m_lastSettledDate)
        return;
    m_lastSettledDate = date;
    QString building; // the stage under way, else the last one done
    QString done;
    for (const QVariant &v : m_timeline->stages()) {
        const QVariantMap stage = v.toMap();
        if (stage.value(QStringLiteral("state")) == QLatin1String("inProgress") && building.isEmpty())
            building = stage.value(QStringLiteral("stageId")).toString();
        if (stage.value(QStringLiteral("state")) == QLatin1String("done"))
            done = stage.value(QStringLiteral("stageId")).toString();
    }
    record(QStringLiteral("timeline_date_settled"), targets::timeline(),
           {{QStringLiteral("date"), date},
            {QStringLiteral("inProgress"), building},
            {QStringLiteral("lastDone"), done},
            {QStringLiteral("finished"), m_timeline->finished()},
            {QStringLiteral("today"), m_timeline->showingToday()}});
}

} // namespace showroom::shell
