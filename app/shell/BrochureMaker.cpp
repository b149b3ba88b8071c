#include "shell/BrochureMaker.h"

#include "brochure/Brochure.h"
#include "core/ResumeCode.h"
#include "shell/QmlSingletons.h"
#include "shell/ShowroomServices.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QQuickWindow>

namespace showroom::shell {

namespace {

const QString Via = QStringLiteral("brochure");
constexpr int FramesBeforeGrab = 4; // shadows and anti-aliasing come back once the view rests
constexpr int RestMsBeforeGrab = 400;

QQuickItem *stageOf(QQuickWindow *window)
{
    return window ? qobject_cast<QQuickItem *>(window->property("stage").value<QObject *>()) : nullptr;
}

} // namespace

BrochureMaker *BrochureMaker::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<BrochureMaker>::create(engine, scriptEngine);
}

BrochureMaker::BrochureMaker(ShowroomServices *services, QObject *parent)
    : QObject(parent), m_services(services)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &BrochureMaker::poll);
}

BrochureMaker::~BrochureMaker() = default;

QString BrochureMaker::folder() const
{
    return brochure::brochureFolder();
}

void BrochureMaker::make(const QString &unitId)
{
    make(unitId, QString());
}

void BrochureMaker::make(const QString &unitId, const QString &path)
{
    if (busy()) {
        emit failed(unitId, QCoreApplication::translate(
                                "Brochure", "a brochure for %1 is being prepared; please wait a moment")
                                .arg(m_unitId));
        return;
    }
    if (!m_services->development().data().unit(unitId)) {
        emit failed(unitId, QCoreApplication::translate("Brochure", "there is no home %1").arg(unitId));
        return;
    }
    QQuickWindow *window = m_services->window();
    if (!stageOf(window)) {
        emit failed(unitId,
                    QCoreApplication::translate(
                        "Brochure", "the brochure's pictures come from the 3D view, which is not open"));
        return;
    }
    m_unitId = unitId;
    m_path = path;
    m_stills = {};
    m_depthBefore = m_services->navigation().historyDepth();
    m_frames = connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_framesSinceReady >= 0)
            ++m_framesSinceReady;
    });
    enter(Step::Cover);
    emit busyChanged();
    m_poll.start();
}

void BrochureMaker::enter(Step step)
{
    m_step = step;
    m_stepClock.start();
    m_framesSinceReady = -1;
    m_roomChosen = false;
    if (m_grab) // we may be inside its ready(): it must outlive the emission
        m_spent = std::move(m_grab);
    Navigation &navigation = m_services->navigation();
    const core::Unit *unit = m_services->development().data().unit(m_unitId);
    switch (step) {
    case Step::Cover:
        // The home highlighted on its building, framed as the building page frames it.
        navigation.showBuilding(unit->building, Via);
        navigation.selectUnit(m_unitId, Via);
        break;
    case Step::Inside:
        if (!navigation.hasInterior(m_unitId) || !navigation.walkInside(m_unitId, Via)) {
            stillTaken(QImage());
            return;
        }
        break;
    case Step::Balcony:
        // Without a balcony the view from a window is no "balcony view": the page says so instead.
        if (!unit->balcony || !navigation.showBalconyView(m_unitId, Via)) {
            stillTaken(QImage());
            return;
        }
        break;
    case Step::Idle:
    case Step::Writing:
        return;
    }
    m_services->cameraDirector().showCurrent(false); // a jump, never a flight caught mid-air
}

bool BrochureMaker::stepReady() const
{
    QQuickWindow *window = m_services->window();
    QQuickItem *stage = stageOf(window);
    if (!stage || !window->property("settled").toBool() || stage->property("moving").toBool())
        return false;
    const UnitVisit &visit = m_services->visit();
    switch (m_step) {
    case Step::Cover:
        return !m_services->camera().flying();
    case Step::Inside:
        return m_roomChosen && visit.inside();
    case Step::Balcony:
        return visit.onBalcony();
    default:
        return false;
    }
}

void BrochureMaker::poll()
{
    if (m_grab || (m_step != Step::Cover && m_step != Step::Inside && m_step != Step::Balcony))
        return;
    if (QQuickWindow *window = m_services->window())
        window->update(); // a static scene draws no frames by itself
    UnitVisit &visit = m_services->visit();
    if (m_step == Step::Inside && visit.status() == UnitVisit::Error) {
        stillTaken(QImage());
        return;
    }
    // Inside, stand where a photographer would: the living room's far corner.
    if (m_step == Step::Inside && !m_roomChosen && visit.status() == UnitVisit::Ready && visit.inside()) {
        const QStringList ids = visit.roomIds(), names = visit.roomNames();
        QString room = ids.value(0);
        for (int i = 0; i < ids.size(); ++i)
            if (ids.at(i).contains(QStringLiteral("living"), Qt::CaseInsensitive) ||
                names.value(i).contains(QStringLiteral("living"), Qt::CaseInsensitive)) {
                room = ids.at(i);
                break;
            }
        if (!room.isEmpty())
            visit.standInRoom(room);
        m_roomChosen = true;
        return;
    }
    if (m_stepClock.elapsed() > m_stillTimeoutMs) {
        qWarning("showroom: brochure: the %s still of %s did not settle in %d s; left out",
                 m_step == Step::Cover    ? "cover"
                 : m_step == Step::Inside ? "inside"
                                          : "balcony",
                 qPrintable(m_unitId), m_stillTimeoutMs / 1000);
        stillTaken(QImage());
        return;
    }
    if (!stepReady()) {
        m_framesSinceReady = -1;
        return;
    }
    if (m_framesSinceReady < 0) {
        m_framesSinceReady = 0;
        m_readyClock.start();
        return;
    }
    if (m_framesSinceReady >= FramesBeforeGrab && m_readyClock.elapsed() >= RestMsBeforeGrab)
        grab();
}

void BrochureMaker::grab()
{
    QQuickItem *stage = stageOf(m_services->window());
    const qreal dpr = m_services->window()->effectiveDevicePixelRatio();
    m_grab = stage ? stage->grabToImage(QSize(qRound(stage->width() * dpr), qRound(stage->height() * dpr)))
                   : QSharedPointer<QQuickItemGrabResult>();
    if (!m_grab) {
        stillTaken(QImage());
        return;
    }
    connect(m_grab.data(), &QQuickItemGrabResult::ready, this, [this] { stillTaken(m_grab->image()); });
}

void BrochureMaker::stillTaken(const QImage &image)
{
    switch (m_step) {
    case Step::Cover:
        m_stills.cover = image;
        enter(Step::Inside);
        break;
    case Step::Inside:
        m_stills.inside = image;
        enter(Step::Balcony);
        break;
    case Step::Balcony:
        m_stills.balcony = image;
        returnToVisitor();
        write();
        break;
    default:
        break;
    }
}

void BrochureMaker::returnToVisitor()
{
    Navigation &navigation = m_services->navigation();
    for (int guard = 0; guard < 8 && navigation.historyDepth() > m_depthBefore; ++guard)
        if (!navigation.back())
            break;
    m_services->cameraDirector().showCurrent(false);
}

void BrochureMaker::write()
{
    m_step = Step::Writing;
    m_poll.stop();
    disconnect(m_frames);
    const core::DevelopmentData &data = m_services->development().data();
    const core::ResumePoint point{
        m_unitId, core::normalizedFinishChoice(data, m_services->finishes().choiceFor(m_unitId))};
    const QString path = !m_path.isEmpty()
                             ? m_path
                             : QDir(folder()).filePath(brochure::brochureFileName(
                                   QDate::currentDate(), m_unitId, core::makeResumeCode(data, point)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        finish(error.isEmpty() ? path : QString(), error);
    });
    watcher->setFuture(
        brochure::makeBrochureInBackground(data, point, m_services->language().locale(), m_stills, path));
}

void BrochureMaker::finish(const QString &path, const QString &error)
{
    const QString unitId = m_unitId;
    m_step = Step::Idle;
    m_unitId.clear();
    m_stills = {};
    emit busyChanged();
    if (error.isEmpty())
        emit made(unitId, QFileInfo(path).absoluteFilePath());
    else
        emit failed(unitId, error);
}

} // namespace showroom::shell
