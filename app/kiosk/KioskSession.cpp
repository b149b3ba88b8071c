#include "kiosk/KioskSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

namespace showroom::kiosk {

Q_LOGGING_CATEGORY(lcKiosk, "showroom.kiosk")

KioskSession::KioskSession(QObject *parent) : QObject(parent)
{
    setClock({});
    connect(&m_timer, &QTimer::timeout, this, &KioskSession::tick);
}

void KioskSession::setClock(Clock clock)
{
    if (!clock) {
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        clock = [started] { return started->elapsed(); };
    }
    m_clock = std::move(clock);
    m_lastActivity = now();
}

qint64 KioskSession::now() const
{
    return m_clock();
}

void KioskSession::setEnabled(bool enabled, int tickMs)
{
    if (enabled && tickMs > 0)
        m_timer.start(tickMs);
    else
        m_timer.stop();
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged();
}

void KioskSession::setTimeouts(int idleTimeoutMs, int stillThereMs)
{
    m_idleMs = std::max(1000, idleTimeoutMs);
    m_stillMs = std::max(1000, stillThereMs);
    emit timingChanged();
}

int KioskSession::secondsLeft() const
{
    return m_secondsLeft;
}

void KioskSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void KioskSession::noteActivity()
{
    if (!m_enabled)
        return;
    m_lastActivity = now();
    switch (m_state) {
    case Attract:
        ++m_visits;
        setState(Active);
        emit visitStarted();
        break;
    case StillThere:
        // "Any touch keeps the session": the same visitor carries on.
        m_secondsLeft = 0;
        emit secondsLeftChanged();
        setState(Active);
        break;
    case Active:
        break;
    }
}

void KioskSession::tick()
{
    if (!m_enabled)
        return;
    const qint64 t = now();
    if (m_state == Active && t - m_lastActivity >= m_idleMs) {
        m_stillSince = t;
        m_secondsLeft = (m_stillMs + 999) / 1000;
        emit secondsLeftChanged();
        setState(StillThere);
        return;
    }
    if (m_state != StillThere)
        return;
    const qint64 left = m_stillMs - (t - m_stillSince);
    if (left <= 0) {
        endVisit(QStringLiteral("idle_timeout"));
        return;
    }
    const int seconds = int((left + 999) / 1000);
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        emit secondsLeftChanged();
    }
}

void KioskSession::expireIdle()
{
    if (m_state != Active)
        return;
    m_lastActivity = now() - m_idleMs;
    tick();
}

void KioskSession::endVisit(const QString &reason)
{
    if (m_state == Attract)
        return;
    // Staff mode and an open PIN pad go with the visit: nothing is left open for the next person.
    if (m_staffOpen || m_staffRequested) {
        m_staffOpen = m_staffRequested = false;
        emit staffOpenChanged();
    }
    emit visitEnding(reason);
    m_secondsLeft = 0;
    emit secondsLeftChanged();
    setState(Attract);
    emit attractStarted();
}

void KioskSession::requestStaff()
{
    if (!m_enabled || m_staffRequested || m_staffOpen)
        return;
    m_staffRequested = true;
    emit staffOpenChanged();
}

void KioskSession::cancelStaff()
{
    if (!m_staffRequested)
        return;
    m_staffRequested = false;
    emit staffOpenChanged();
}

void KioskSession::openStaff()
{
    if (!m_staffRequested)
        return; // only through the gesture and the PIN pad
    m_staffRequested = false;
    m_staffOpen = true;
    emit staffOpenChanged();
}

void KioskSession::closeStaff()
{
    if (!m_staffOpen && !m_staffRequested)
        return;
    m_staffOpen = m_staffRequested = false;
    emit staffOpenChanged();
}

QUrl KioskSession::pinPadUrl()
{
    static const QString file = QStringLiteral(":/qt/qml/Showroom/Staff/PinPad.qml");
    return QFile::exists(file) ? QUrl(QStringLiteral("qrc") + file) : QUrl();
}

void KioskSession::addNote(const QString &note)
{
    qCWarning(lcKiosk).noquote() << note;
    if (m_notes.contains(note))
        return;
    m_notes.append(note);
    emit notesChanged();
}

void KioskSession::clearNotes()
{
    if (m_notes.isEmpty())
        return;
    m_notes.clear();
    emit notesChanged();
}

} // namespace showroom::kiosk
