#include "kiosk/KioskRobot.h"

#include "kiosk/KioskMode.h"
#include "kiosk/KioskSession.h"
#include "kiosk/ObjectCensus.h"
#include "shell/ShowroomServices.h"
#include "telemetry/Sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QQuickWindow>

#include <sqlite3.h>

#include <atomic>
#include <malloc.h>
#include <memory>

namespace showroom::kiosk {

namespace {

std::atomic<int> g_qmlWarnings{0};
QtMessageHandler g_previousHandler = nullptr;

// QML's own warnings (binding loops, undefined properties, type errors) name a .qml file.
void countQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        (QByteArray(context.file ? context.file : "").endsWith(".qml") || message.contains(QLatin1String(".qml:"))))
        ++g_qmlWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

QString RobotResult::line() const
{
    return QStringLiteral("robot: sessions %1 events %2 rss_start_kb %3 rss_end_kb %4")
        .arg(sessions)
        .arg(events)
        .arg(rssStartKb)
        .arg(rssEndKb);
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

KioskRobot::KioskRobot(shell::ShowroomServices &services, KioskMode &kiosk, QQuickWindow *window, quint32 seed)
    : m_services(services), m_kiosk(kiosk), m_window(window),
      m_random(seed ? seed : QRandomGenerator::global()->generate())
{
    // The session's clock runs in real time plus what the robot skips when it idles out.
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_kiosk.session().setClock([this, started] { return started->elapsed() + m_clockOffset; });
    // A sent lead would photograph a brochure; the robot's thank-you needs none.
    m_services.leadForm().setBrochureRequester([](const QString &) {});
}

void KioskRobot::pause(int ms)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // The robot runs outside any event loop (before app.exec()): objects the UI hands to deleteLater()
        // from the robot's own calls (a page or delegate a Loader or Repeater lets go of) would wait for
        // an event loop that never comes. A running kiosk's loop deletes them; do what it does.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    } while (t.elapsed() < ms);
}

QPointF KioskRobot::somewhere()
{
    // Clear of the top-left corner: the staff gesture's square is not the robot's to hold.
    const qreal w = m_window->width(), h = m_window->height();
    return {120 + m_random.bounded(std::max(1.0, w - 140)), 120 + m_random.bounded(std::max(1.0, h - 140))};
}

void KioskRobot::tap(QPointF at)
{
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent e(type, at, m_window->mapToGlobal(at), Qt::LeftButton,
                      type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &e);
    }
}

void KioskRobot::drag(QPointF from, QPointF to)
{
    QMouseEvent press(QEvent::MouseButtonPress, from, m_window->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &press);
    for (int i = 1; i <= 8; ++i) {
        const QPointF at = from + (to - from) * (i / 8.0);
        QMouseEvent move(QEvent::MouseMove, at, m_window->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(m_window, &move);
        pause(8);
    }
    QMouseEvent release(QEvent::MouseButtonRelease, to, m_window->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &release);
}

QString KioskRobot::someUnit(bool withInterior)
{
    // SHOWROOM_ROBOT_UNIT=A_0101: always that home (with SHOWROOM_ROBOT_ACTIONS, what one home costs).
    static const QString fixed = qEnvironmentVariable("SHOWROOM_ROBOT_UNIT");
    if (!fixed.isEmpty())
        return fixed;
    const QList<core::Unit> &units = m_services.development().data().units;
    if (units.isEmpty())
        return {};
    for (int tries = 0; tries < 20; ++tries) {
        const QString id = units.at(int(m_random.bounded(units.size()))).id;
        if (!withInterior || m_services.navigation().hasInterior(id))
            return id;
    }
    return {};
}

void KioskRobot::act()
{
    shell::ShowroomServices &s = m_services;
    const QString via = QStringLiteral("robot");
    // SHOWROOM_ROBOT_ACTIONS=2,3,6 keeps to those kinds of action (finding what a kind of visit leaves
    // behind, docs/kiosk.md); the numbers are the cases below.
    static const QList<int> only = [] {
        QList<int> kinds;
        for (const QString &k : qEnvironmentVariable("SHOWROOM_ROBOT_ACTIONS").split(u',', Qt::SkipEmptyParts))
            kinds << k.toInt();
        return kinds;
    }();
    const int kind = only.isEmpty() ? int(m_random.bounded(14)) : only.at(int(m_random.bounded(only.size())));
    switch (kind) {
    case 0:
        tap(somewhere());
        break;
    case 1:
        drag(somewhere(), somewhere());
        break;
    case 2:
        s.finder().setMinBedrooms(1 + int(m_random.bounded(3)));
        s.navigation().showFinder(via);
        break;
    case 3:
        s.navigation().selectUnit(someUnit(), via);
        break;
    case 4:
        s.favourites().toggle(someUnit());
        break;
    case 5:
        s.compareList().add(someUnit());
        if (m_random.bounded(2))
            s.navigation().showCompare(via);
        break;
    case 6: {
        const QString unit = someUnit(true);
        if (unit.isEmpty() || !s.navigation().walkInside(unit, via))
            break;
        QElapsedTimer waited;
        waited.start();
        while (s.visit().status() != shell::UnitVisit::Ready && waited.elapsed() < 5000)
            pause(20);
        s.visit().walker()->setMoveForward(1);
        pause(150);
        s.visit().walker()->setMoveForward(0);
        const QStringList rooms = s.visit().roomIds();
        if (!rooms.isEmpty())
            s.visit().goToRoom(rooms.at(int(m_random.bounded(rooms.size()))));
        break;
    }
    case 7:
        s.navigation().showBalconyView(someUnit(), via);
        break;
    case 8:
        s.navigation().showTimeline(via);
        s.timeline().setDate(QDate::currentDate().addDays(int(m_random.bounded(900)) - 450));
        break;
    case 9:
        s.sun().setMinutes(6 * 60 + int(m_random.bounded(14 * 60)));
        break;
    case 10: {
        const QString unit = someUnit();
        if (!s.navigation().selectUnit(unit, via))
            break;
        const QList<core::FinishPalette> &palettes = s.development().data().finishPalettes;
        if (palettes.isEmpty())
            break;
        const core::FinishPalette &p = palettes.at(int(m_random.bounded(palettes.size())));
        if (!p.surfaces.isEmpty())
            s.finishes().choose(p.surfaces.firstKey(), p.id);
        break;
    }
    case 11: {
        lead::LeadForm &form = s.leadForm();
        form.open(someUnit(), via);
        pause(30);
        form.setFirstName(QStringLiteral("Robot"));
        form.setLastName(QStringLiteral("Visitor %1").arg(m_random.bounded(1000)));
        form.setEmail(QStringLiteral("robot%1@example.com").arg(m_random.bounded(100000)));
        if (m_random.bounded(4) == 0) {
            form.setContactConsent(true);
            form.submit();
        } else {
            form.close();
        }
        break;
    }
    case 12:
        s.navigation().back();
        break;
    default: {
        const QStringList codes = shell::LanguageSwitch::codes();
        s.language().setCode(codes.at(int(m_random.bounded(codes.size()))));
        break;
    }
    }
    pause(20 + int(m_random.bounded(40)));
}

void KioskRobot::visit()
{
    KioskSession &session = m_kiosk.session();
    // The waking touch (the guard takes it): a new anonymous visitor.
    tap(somewhere());
    pause(30);
    if (!session.isAttract())
        m_sessionIds << m_services.telemetry().sessionId();
    const int actions = 4 + int(m_random.bounded(12));
    for (int i = 0; i < actions; ++i)
        act();
    // Idling out through the real path: "Are you still there?" on screen, then the end of the visit.
    m_clockOffset += session.idleTimeoutMs();
    session.tick();
    pause(30);
    m_clockOffset += session.stillThereMs();
    session.tick();
    pause(60);
}

qint64 KioskRobot::countStored(const QStringList &sessionIds, QString *error) const
{
    telemetry::sql::Connection db;
    if (!db.open(m_kiosk.options().databasePath, SQLITE_OPEN_READONLY, error))
        return -1;
    telemetry::sql::Statement q(db, "SELECT s.mode, s.end_reason, (SELECT count(*) FROM events e WHERE "
                                    "e.session_id = s.id) FROM sessions s WHERE s.uuid = ?1");
    qint64 total = 0;
    for (const QString &id : sessionIds) {
        q.reset();
        q.bind(1, id);
        if (q.step() != SQLITE_ROW) {
            *error = QStringLiteral("session %1 is not in the database").arg(id);
            return -1;
        }
        if (q.text(0) != QLatin1String("robot") || q.text(1) != QLatin1String("idle_timeout")) {
            *error = QStringLiteral("session %1 stored as mode '%2' ended '%3' (expected robot, idle_timeout)")
                         .arg(id, q.text(0), q.text(1));
            return -1;
        }
        total += q.int64(2);
    }
    return total;
}

RobotResult KioskRobot::run(int sessions, int reportEvery)
{
    RobotResult r;
    g_qmlWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countQmlWarnings);
    telemetry::Telemetry &telemetry = m_services.telemetry();
    telemetry.flush(10000);
    const qint64 committed0 = telemetry.recorder().committedEvents();
    const qint64 dropped0 = telemetry.recorder().droppedEvents();
    QElapsedTimer clock;
    clock.start();
    r.rssStartKb = residentKb();
    const int warmUp = std::max(1, sessions / 10);
    QHash<QByteArray, int> census = ObjectCensus::count();
    for (int i = 1; i <= sessions; ++i) {
        visit();
        if (i == warmUp)
            r.rssWarmKb = residentKb();
        if (reportEvery > 0 && i % reportEvery == 0) {
            // What malloc hands out vs what it keeps free: tells a leak (in use grows) from the allocator
            // holding on to freed memory in its per-thread arenas (free grows).
            const struct mallinfo2 heap = mallinfo2();
            std::fprintf(stderr, "robot: after %d sessions rss_kb %lld heap_in_use_kb %zu heap_free_kb %zu (%.1f s)\n",
                         i, residentKb(), (heap.uordblks + heap.hblkhd) / 1024, heap.fordblks / 1024,
                         clock.elapsed() / 1000.0);
            if (ObjectCensus::running()) {
                const QHash<QByteArray, int> now = ObjectCensus::count();
                std::fprintf(stderr, "robot: objects grown since the last count: %s\n",
                             ObjectCensus::growth(census, now).constData());
                census = now;
            }
        }
    }
    if (!telemetry.flush(30000))
        r.error = QStringLiteral("the writer did not finish within 30 s: %1").arg(telemetry.recorder().lastError());
    r.rssEndKb = residentKb();
    r.seconds = clock.elapsed() / 1000.0;
    r.sessions = int(m_sessionIds.size());
    r.events = telemetry.recorder().committedEvents() - committed0 + telemetry.recorder().droppedEvents() - dropped0;
    qInstallMessageHandler(g_previousHandler);
    r.qmlWarnings = g_qmlWarnings;
    if (r.sessions != sessions && r.error.isEmpty())
        r.error = QStringLiteral("only %1 of %2 touches started a visit").arg(r.sessions).arg(sessions);
    QString error;
    r.eventsStored = countStored(m_sessionIds, &error);
    if (r.error.isEmpty() && r.eventsStored < 0)
        r.error = error;
    else if (r.error.isEmpty() && r.eventsStored != r.events)
        r.error = QStringLiteral("%1 events caused but %2 found in the database under the robot's sessions")
                      .arg(r.events)
                      .arg(r.eventsStored);
    return r;
}

} // namespace showroom::kiosk

namespace showroom::kiosk {

RobotResult runRobot(shell::ShowroomServices &services, KioskMode &kiosk, QQuickWindow *window, int sessions)
{
    QElapsedTimer waited;
    waited.start();
    while (!window->property("settled").toBool()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (services.site().status() == scene::SiteModel::Error || waited.elapsed() > 180'000) {
            RobotResult r;
            r.error = QStringLiteral("the site did not come on screen: %1").arg(services.site().errorString());
            return r;
        }
    }
    KioskRobot robot(services, kiosk, window, quint32(qEnvironmentVariableIntValue("SHOWROOM_ROBOT_SEED")));
    const int every = qEnvironmentVariableIntValue("SHOWROOM_ROBOT_REPORT_EVERY");
    RobotResult r = robot.run(sessions, every > 0 ? every : sessions >= 100 ? 50 : 0);
    std::fprintf(stderr,
                 "robot: qml_warnings %d rss_warm_kb %lld seconds %.1f sessions_per_minute %.1f events_stored %lld\n",
                 r.qmlWarnings, r.rssWarmKb, r.seconds, r.seconds > 0 ? r.sessions * 60.0 / r.seconds : 0.0,
                 r.eventsStored);
    return r;
}

} // namespace showroom::kiosk
