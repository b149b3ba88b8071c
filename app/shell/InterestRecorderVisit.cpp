// The interest recorder's part for visits to a home: walking through it and standing on its balcony
// (docs/events.md, "Inside a home").
#include "shell/InterestRecorder.h"

#include "core/Development.h"
#include "interior/WalkController.h"
#include "shell/Navigation.h"
#include "shell/UnitVisit.h"
#include "telemetry/DwellTracker.h"

namespace showroom::shell {

void InterestRecorder::watchVisit(UnitVisit *visit)
{
    m_visit = visit;
    connect(m_navigation, &Navigation::insideEntered, this, [this](const QString &unitId, const QString &via) {
        finishInsideVisit(); // another home straight from this one
        const core::Unit *unit = m_development ? m_development->data().unit(unitId) : nullptr;
        record(QStringLiteral("inside_entered"), targets::unit(unitId),
               {{QStringLiteral("via"), via}, {QStringLiteral("typeId"), unit ? unit->type : QString()}});
        m_insideUnit = unitId;
        m_path.clear();
        onRoomChanged(); // an interior already loaded places the walker at once
    });
    // Written once the visit knows where it stands (at once when the interior was loaded already).
    connect(m_navigation, &Navigation::balconyShown, this, [this](const QString &unitId, const QString &via) {
        m_balconyVia = via;
        if (m_visit->status() == UnitVisit::Ready && m_visit->unitId() == unitId)
            recordBalconyView();
    });
    // Leaving the home (back, the exit button, home) ends its path.
    connect(m_navigation, &Navigation::changed, this, [this] {
        if (!m_insideUnit.isEmpty() &&
            (m_navigation->mode() != Navigation::Inside || m_navigation->visitedUnitId() != m_insideUnit))
            finishInsideVisit();
    });
    connect(visit, &UnitVisit::ready, this, [this] {
        if (m_navigation->mode() == Navigation::Inside) {
            onRoomChanged();
        } else if (m_navigation->mode() == Navigation::Balcony) {
            recordBalconyView();
        }
        updateVisitDwell();
    });
    connect(visit, &UnitVisit::changed, this, &InterestRecorder::updateVisitDwell);
    connect(visit->walker(), &interior::WalkController::roomChanged, this, &InterestRecorder::onRoomChanged);
}

void InterestRecorder::recordBalconyView()
{
    if (m_balconyVia.isEmpty())
        return;
    const QString unitId = m_visit->unitId();
    const core::Unit *unit = m_development ? m_development->data().unit(unitId) : nullptr;
    record(QStringLiteral("balcony_viewed"), targets::unit(unitId),
           {{QStringLiteral("via"), m_balconyVia},
            {QStringLiteral("spot"), m_visit->standingSpot()},
            {QStringLiteral("floor"), unit ? unit->floor : 0}});
    m_balconyVia.clear();
}

void InterestRecorder::onRoomChanged()
{
    if (!m_visit || m_insideUnit.isEmpty() || !m_visit->inside())
        return;
    const QString room = m_visit->walker()->roomId();
    if (!room.isEmpty() && (m_path.isEmpty() || m_path.constLast() != room)) {
        record(QStringLiteral("room_entered"), targets::room(m_insideUnit, room),
               {{QStringLiteral("from"), m_path.isEmpty() ? QString() : m_path.constLast()},
                {QStringLiteral("roomName"), m_visit->walker()->roomName()},
                {QStringLiteral("storey"), m_visit->walker()->storey()}});
        m_path << room;
    }
    updateVisitDwell();
}

void InterestRecorder::finishInsideVisit()
{
    if (m_insideUnit.isEmpty())
        return;
    const QString unitId = m_insideUnit;
    m_insideUnit.clear();
    QStringList distinct = m_path;
    distinct.removeDuplicates();
    record(QStringLiteral("inside_left"), targets::unit(unitId),
           {{QStringLiteral("path"), m_path}, {QStringLiteral("roomsSeen"), int(distinct.size())}});
    m_path.clear();
    updateVisitDwell();
}

void InterestRecorder::updateVisitDwell()
{
    if (!m_roomDwell || !m_balconyDwell)
        return;
    const QString unitId = m_navigation ? m_navigation->visitedUnitId() : QString();
    const bool inside = m_visit && m_visit->inside() && !m_insideUnit.isEmpty();
    const QString room = inside ? targets::room(unitId, m_visit->walker()->roomId()) : QString();
    m_roomDwell->setTarget(room);
    m_roomDwell->setActive(m_siteShown && !room.isEmpty());
    const bool balcony = m_visit && m_visit->onBalcony() && !unitId.isEmpty();
    m_balconyDwell->setTarget(balcony ? targets::balcony(unitId) : QString());
    m_balconyDwell->setActive(m_siteShown && balcony);
}

} // namespace showroom::shell
