// The Telemetry singleton QML sees: sessions, events, camera samples, leads; owns the Recorder and the
// visitor's Attention. It knows targets only as strings ("unit:A_0304"), never 3D or screens.
#pragma once

#include "telemetry/Attention.h"
#include "telemetry/Recorder.h"

#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace showroom::telemetry {

class Telemetry : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString visitorId READ visitorId NOTIFY sessionChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY sessionChanged)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(qint64 droppedEvents READ droppedEvents NOTIFY droppedEventsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    struct Options
    {
        RecorderOptions recorder; // path ":memory:" by default
        QString deviceId;         // kiosk name; empty: a random id of this install (never the host name)
        QString mode = QStringLiteral("desktop"); // "kiosk": a new visitor per session; "desktop": returning; "robot": a kiosk's robot visitor
        QString language;
        MonotonicClock clock;                // default: steadyClock()
        std::function<qint64()> wallClockMs; // default: QDateTime::currentMSecsSinceEpoch
        qint64 engagementWindowMs = 30000;
        qint64 cameraIntervalMs = 500; // camera samples at most 2 Hz
        // Kiosk: after this long without input the session ends ("idle_timeout") and idleTimedOut() is
        // emitted (the UI goes back to its attract screen); the next input starts a new visitor's
        // session. 0 = off.
        qint64 idleTimeoutMs = 0;
        // Install the input event filter on the application and follow its state (focus, minimise).
        bool watchApplication = true;
    };

    // No default constructor on purpose: QML must get its instance from create(), never build its own.
    explicit Telemetry(Options options, QObject *parent = nullptr);
    ~Telemetry() override;

    // Starts the writer and opens the database (see Recorder::start). Call once, before QML loads.
    bool open(QString *error = nullptr);

    // QML singleton plumbing: main.cpp provide()s the instance it built; create() hands it to the
    // engine (C++ keeps ownership). Without one, QML gets a harmless in-memory instance.
    static void provide(Telemetry *telemetry);
    static Telemetry *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString visitorId() const { return m_visitor; }
    QString sessionId() const { return m_session; }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    qint64 droppedEvents() const { return m_recorder.droppedEvents(); }
    QString lastError() const { return m_lastError; }
    QString mode() const { return m_options.mode; }
    QString language() const { return m_options.language; }
    void setLanguage(const QString &language);

    // An interest action: "filter_changed", "unit_selected", "favourite", "compare", "finish_chosen",
    // "stage_explored", "time_of_day", "tour_started", "tour_finished", "brochure_requested", ...
    // A "target" key in properties goes to the target column. Contact details are stripped.
    Q_INVOKABLE void track(const QString &name, const QVariantMap &properties = QVariantMap());
    Q_INVOKABLE void noteActivity();
    // Camera position and direction; recorded at most every cameraIntervalMs and only when it moved.
    // target: what the camera is in or looks at ("site", later "unit:A_0304" while walking inside).
    Q_INVOKABLE void cameraSample(const QVector3D &position, const QVector3D &direction,
                                  const QString &target = QStringLiteral("site"));
    // Begins a visitor session (ending the current one as "new_visitor"). Kiosk: a new visitor each
    // time; desktop: this install's returning visitor.
    Q_INVOKABLE void startSession(const QString &language = QString());
    // Kiosk: the visitor proved who they are (their brochure's code, or the e-mail they left with the
    // contact consent: telemetry/Returning.h). Ends the current session ("new_visitor") and starts one
    // under their pseudonym, so what they do now joins their own history. False (no change) on a
    // desktop (the install's visitor is already theirs), for an empty id or the visitor on already.
    bool continueVisitor(const QString &visitor);
    // Staff mode (the staff PIN accepted, app/staff): what happens now is a salesperson's, not a
    // visitor's. beginStaffSession() ends the current session ("staff") and starts one whose
    // sessions.mode is "staff" (the dashboard leaves those out); endStaffSession() ends it ("exit") and,
    // on a desktop, starts the install's ordinary session again (a kiosk's next visit starts its own).
    // A session's mode is fixed when it starts: the dashboard's rollups never see one change.
    Q_INVOKABLE void beginStaffSession();
    Q_INVOKABLE void endStaffSession();
    bool staffSession() const { return m_staffSession; }
    // reason: "idle_timeout", "exit", "new_visitor" or "staff". Asks the writer to commit now.
    Q_INVOKABLE void endSession(const QString &reason = QStringLiteral("exit"));
    // The visitor submitted a lead with consent: the only way contact details are stored. This short
    // form stores one consent (no version) and writes a `lead_submitted` event itself; the lead form
    // uses storeLead(), and the interest recorder writes its events.
    Q_INVOKABLE void submitLead(const QVariantMap &contact, const QString &consentText,
                                const QString &request = QString(), const QString &purpose = QString());
    // Stores a lead with its consents (each with its exact text, version and language) under the current
    // visitor and session (starting one if needed), stamped now; language defaults to the session's.
    // Writes no event. Returns the lead's id (a UUID) for attachBrochure(), or "" (nothing stored) when a
    // consent has no text or there is none.
    QString storeLead(Lead lead);
    // Records the path of the brochure made for a lead (it is written after the lead, off the GUI thread).
    void attachBrochure(const QString &leadId, const QString &path);

    // C++ side.
    void recordDwell(const QString &name, const QString &target, qint64 engagedMs, qint64 elapsedMs,
                     const QVariantMap &properties = QVariantMap());
    bool flush(int timeoutMs = 3000) { return m_recorder.flush(timeoutMs); }
    // Ends the session ("exit") and flushes; connected to QCoreApplication::aboutToQuit.
    void shutdown();
    Attention &attention() { return m_attention; }
    const Attention &attention() const { return m_attention; }
    Recorder &recorder() { return m_recorder; }
    qint64 monotonicNow() const { return m_attention.now(); }

public slots:
    // Focus loss and minimise pause every dwell clock.
    void setApplicationState(Qt::ApplicationState state);
    // Ends the session if the idle timeout has passed; runs on a 1 s timer, public for tests.
    void checkIdle();

signals:
    void sessionChanged();
    void sessionEnding(const QString &reason); // dwell trackers close their open dwell before this ends
    void enabledChanged();
    void droppedEventsChanged();
    void lastErrorChanged();
    void languageChanged();
    void pausedChanged(bool paused);
    void idleTimedOut();

private:
    Event makeEvent(const QString &name, const QString &target) const;
    void submit(Event &&event);

    Options m_options;
    bool m_staffSession = false; // sessions start in mode "staff" (beginStaffSession)
    Attention m_attention;
    Recorder m_recorder;
    QString m_visitor;
    QString m_session;
    QString m_continuedVisitor; // the next kiosk session's visitor (continueVisitor)
    QString m_lastError;
    bool m_enabled = true;
    bool m_everActive = false;
    bool m_endedByIdle = false;
    QTimer m_idleTimer;
    bool m_haveCamera = false;
    QVector3D m_cameraPos, m_cameraDir;
    qint64 m_cameraAt = 0;
    std::unique_ptr<QObject> m_activityFilter;
};

} // namespace showroom::telemetry
