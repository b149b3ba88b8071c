// The interest recorder's part for the construction timeline (docs/events.md, "Timeline"): which dates
// visitors settle on (not every step of a drag), and the time spent there.
#include "shell/InterestRecorder.h"

#include "shell/ConstructionTimeline.h"
#include "shell/Navigation.h"
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
