// The kiosk composed over the shell's services (app/main.cpp builds one for --kiosk): the visitor cycle
// (KioskSession, owned by ShowroomServices so QML always has a `Kiosk`) turned into what a buyer sees —
// a new anonymous telemetry session at the first touch; at the end of a visit every trace cleared
// (favourites, compare, lead form, selection, finder, finishes, language back to the default, welcome,
// timeline and sun, the camera back to the overview) and the attract loop (a slow guided tour with the
// sales colours on). Also the guard (no way out), the staff gesture, staff commands (reload the
// development, leave) and keeping the telemetry database (recreated if deleted between visits).
#pragma once

#include "kiosk/KioskConfig.h"
#include "kiosk/KioskGuard.h"
#include "core/DevelopmentData.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

class QQuickWindow;

namespace showroom::shell {
class ShowroomServices;
}

namespace showroom::kiosk {

class KioskSession;

class KioskMode : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        KioskConfig config;
        QString developmentDir; // what a staff "reload" reads again
        QString importWorker;   // showroom-import, for the reloaded site (crash isolation)
        QString databasePath;   // watched between visits; empty or ":memory:" = not watched
        QStringList problems;   // configuration problems: staff-visible notes
    };

    KioskMode(shell::ShowroomServices &services, Options options, QObject *parent = nullptr);
    ~KioskMode() override;

    // After startTelemetry(false): the kiosk starts in the attract loop with no session. Call once.
    void begin();
    // Keeps the window full screen and guarded (a screenshot's window is only guarded, not full screen).
    void guard(QQuickWindow *window, bool fullScreen = true);

    KioskSession &session();
    KioskGuard &guardFilter() { return m_guard; }
    const Options &options() const { return m_options; }

    // The configured first view against the development (a wrong id: a note, the overview instead).
    bool checkFirstView(const core::DevelopmentData &data);
    // Stills (--kiosk-state): "attract" starts the tour at once; "still-there" a visit idled out to the
    // countdown, frozen at its full seconds; "staff" the staff gate (the PIN pad) after the gesture.
    void showState(const QString &state);

    // A staff command: reads the development package again (it may have been replaced) and reloads the
    // site; a bad package keeps the one on show, with a note. True if the new package is on show.
    bool reloadDevelopment();
    // Between visits: the database file still there? If not, the writer reopens it (recreating it).
    bool checkDatabase();

signals:
    void exitApproved();

private:
    void startVisit();
    void endVisit(const QString &reason);
    void startAttract();
    void showFirstView();

    shell::ShowroomServices &m_services;
    Options m_options;
    KioskGuard m_guard;
    QTimer m_dbWatch;
    int m_normalHoldMs = 0;
    int m_normalFlightMs = 0;
    QDate m_sunDate;
    int m_sunMinutes = 0;
};

} // namespace showroom::kiosk
