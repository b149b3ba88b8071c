// No way out for the public: an event filter on the application that, in kiosk mode, swallows every
// way a visitor could leave or reach the desktop (Alt+F4, Ctrl+Q/W, Escape, F11, the Meta key, right and
// middle clicks, context menus from a long press, a close request from the window system) and puts the
// window back to full screen if anything takes it out. Every other input is reported as activity; the
// touch that wakes the attract loop is swallowed so it does not also press what is under it.
// The hidden staff gesture: press and hold the top-left corner (cornerPx square) for holdMs.
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTimer>

class QWindow;
class QEvent;

namespace showroom::kiosk {

class KioskSession;

class KioskGuard : public QObject
{
    Q_OBJECT

public:
    explicit KioskGuard(KioskSession *session, QObject *parent = nullptr);
    ~KioskGuard() override;

    // Installs the filter on the application and keeps `window` full screen and frameless.
    void guard(QWindow *window);
    // Staff chose "Leave kiosk": the next close request goes through.
    void allowExit() { m_exitAllowed = true; }
    bool exitAllowed() const { return m_exitAllowed; }

    int cornerPx() const { return m_cornerPx; }
    void setHoldMs(int ms) { m_holdMs = ms; }
    int holdMs() const { return m_holdMs; }
    // How many inputs were swallowed (tests, the robot's sanity check).
    int blocked() const { return m_blocked; }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void staffGesture();
    void escapeBlocked(const QString &what); // e.g. "Alt+F4" (logged at debug level only)

private:
    bool isEscapeKey(QEvent *event, QString *what) const;
    void pressAt(const QPointF &pos);
    void moveTo(const QPointF &pos);
    void released();
    void restoreFullScreen();
    void showFullScreen(QWindow *window);

    KioskSession *m_session;
    QPointer<QWindow> m_window;
    QTimer m_hold;
    QPointF m_pressPos;
    bool m_holding = false;
    bool m_swallowing = false; // the touch that woke the attract loop, until it is released
    bool m_exitAllowed = false;
    bool m_restorePending = false;
    int m_cornerPx = 96;
    int m_holdMs = 3000;
    int m_blocked = 0;
};

} // namespace showroom::kiosk
