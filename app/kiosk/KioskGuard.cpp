#include "kiosk/KioskGuard.h"

#include "kiosk/KioskSession.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QScreen>
#include <QTouchEvent>
#include <QWindow>

namespace showroom::kiosk {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

KioskGuard::KioskGuard(KioskSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        m_holding = false;
        emit staffGesture();
    });
}

KioskGuard::~KioskGuard()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskGuard::guard(QWindow *window)
{
    m_window = window;
    // Closing the last window must never end the kiosk (the close is refused anyway; belt and braces).
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QCoreApplication::instance()->installEventFilter(this);
    if (window) {
        window->setFlags(window->flags() | Qt::FramelessWindowHint);
        // A change made in the program (showNormal()) sends no WindowStateChange event: watch the signal too.
        connect(window, &QWindow::windowStateChanged, this, [this](Qt::WindowState) { restoreFullScreen(); });
        connect(window, &QWindow::visibilityChanged, this, [this](QWindow::Visibility) { restoreFullScreen(); });
        showFullScreen(window);
    }
}

void KioskGuard::showFullScreen(QWindow *window)
{
    window->showFullScreen();
    // Without a window manager (a bare X server) nobody grants the full-screen state its size: cover the
    // screen ourselves. A compositor (cage) or window manager gives the same geometry anyway.
    if (QScreen *screen = window->screen(); screen && window->geometry() != screen->geometry())
        window->setGeometry(screen->geometry());
}

bool KioskGuard::isEscapeKey(QEvent *event, QString *what) const
{
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers();
    const int k = key->key();
    if (k == Qt::Key_Escape)
        *what = QStringLiteral("Escape");
    else if (k == Qt::Key_F4 && (mods & Qt::AltModifier))
        *what = QStringLiteral("Alt+F4");
    else if ((k == Qt::Key_Q || k == Qt::Key_W) && (mods & Qt::ControlModifier))
        *what = k == Qt::Key_Q ? QStringLiteral("Ctrl+Q") : QStringLiteral("Ctrl+W");
    else if (k == Qt::Key_F11 || k == Qt::Key_Meta || k == Qt::Key_Super_L || k == Qt::Key_Super_R ||
             k == Qt::Key_Menu || (mods & Qt::MetaModifier))
        *what = QStringLiteral("system key");
    else if ((mods & Qt::AltModifier) && (k == Qt::Key_Tab || (k >= Qt::Key_F1 && k <= Qt::Key_F12)))
        *what = QStringLiteral("Alt+Tab/Alt+F");
    else if ((mods & Qt::ControlModifier) && (mods & Qt::AltModifier))
        *what = QStringLiteral("Ctrl+Alt"); // Ctrl+Alt+Backspace, Ctrl+Alt+Fn
    else
        return false;
    return true;
}

void KioskGuard::pressAt(const QPointF &pos)
{
    m_pressPos = pos;
    if (pos.x() <= m_cornerPx && pos.y() <= m_cornerPx) {
        m_holding = true;
        m_hold.start(m_holdMs);
    }
}

void KioskGuard::moveTo(const QPointF &pos)
{
    if (m_holding && (pos - m_pressPos).manhattanLength() > 40) {
        m_holding = false;
        m_hold.stop();
    }
}

void KioskGuard::released()
{
    m_holding = false;
    m_hold.stop();
}

void KioskGuard::restoreFullScreen()
{
    if (!m_window || m_exitAllowed || m_restorePending)
        return;
    if ((m_window->windowStates() & Qt::WindowFullScreen) && m_window->isVisible())
        return;
    m_restorePending = true;
    QTimer::singleShot(0, this, [this] {
        m_restorePending = false;
        if (m_window && !m_exitAllowed)
            showFullScreen(m_window);
    });
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Only what the window system hands the window: Qt Quick sends the same events on to items.
    if (!m_session || !m_session->isEnabled())
        return QObject::eventFilter(watched, event);
    // Shortcuts are matched before the key reaches the window: a ShortcutOverride sent to the focused
    // item, accepted here, keeps any Shortcut {} from firing; the key press itself is then blocked below.
    if (event->type() == QEvent::ShortcutOverride) {
        QString what;
        if (isEscapeKey(event, &what)) {
            event->accept();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    auto *window = qobject_cast<QWindow *>(watched);
    if (!window)
        return QObject::eventFilter(watched, event);
    auto block = [&](const QString &what) {
        ++m_blocked;
        emit escapeBlocked(what);
        qCDebug(lcKiosk).noquote() << "blocked" << what;
        return true;
    };
    switch (event->type()) {
    case QEvent::Close:
        if (m_exitAllowed)
            break;
        event->ignore();
        return block(QStringLiteral("close request"));
    case QEvent::WindowStateChange:
        if (window == m_window)
            restoreFullScreen();
        break;
    case QEvent::ContextMenu:
        return block(QStringLiteral("context menu"));
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        QString what;
        if (isEscapeKey(event, &what))
            return block(what);
        m_session->noteActivity();
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const Qt::MouseButtons others = Qt::RightButton | Qt::MiddleButton | Qt::BackButton | Qt::ForwardButton;
        if ((mouse->button() & others) || (mouse->buttons() & others))
            return block(QStringLiteral("right or middle click"));
        const bool wasAttract = m_session->isAttract();
        if (event->type() == QEvent::MouseButtonPress) {
            pressAt(mouse->position());
            m_session->noteActivity();
            if (wasAttract) {
                m_swallowing = true; // the touch that wakes the kiosk only wakes it
                return true;
            }
        } else if (event->type() == QEvent::MouseButtonRelease) {
            released();
            if (m_swallowing) {
                m_swallowing = false;
                return true;
            }
        } else {
            if (mouse->buttons() != Qt::NoButton) {
                moveTo(mouse->position());
                m_session->noteActivity();
            }
            if (m_swallowing)
                return true;
        }
        break;
    }
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        auto *touch = static_cast<QTouchEvent *>(event);
        const QPointF at = touch->points().isEmpty() ? QPointF() : touch->points().constFirst().position();
        const bool wasAttract = m_session->isAttract();
        if (event->type() == QEvent::TouchBegin) {
            pressAt(at);
            m_session->noteActivity();
            if (wasAttract)
                m_swallowing = true;
        } else if (event->type() == QEvent::TouchUpdate) {
            moveTo(at);
            m_session->noteActivity();
        } else {
            released();
        }
        if (m_swallowing) {
            if (event->type() == QEvent::TouchEnd || event->type() == QEvent::TouchCancel)
                m_swallowing = false;
            return true;
        }
        // Long presses with more than one finger (a three-finger swipe to the desktop) go nowhere.
        if (touch->points().size() >= 3)
            return block(QStringLiteral("three-finger gesture"));
        break;
    }
    case QEvent::Wheel:
        m_session->noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace showroom::kiosk
