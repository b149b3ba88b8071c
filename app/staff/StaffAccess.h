// Staff mode behind the PIN (QML singleton Staff, published by the shell: QmlSingletons.h). The PIN
// check (Argon2id, ~0.2 s) and every database read or write run on a worker thread with its own
// connection; results come back to the GUI thread by queued signals, so tryPin() returns at once.
// The lockout lives in the database (PinStore.h): a restart does not clear it.
#pragma once

#include "staff/PinStore.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QThread;

namespace showroom::staff {

class StaffWorker;

class StaffAccess : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS // published under the name Staff by the shell (QmlSingletons.h)
    // A PIN is set on this device's database (without one, staff mode cannot be opened).
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY stateChanged)
    // Too many wrong PINs: no PIN is checked until lockedSeconds runs out.
    Q_PROPERTY(bool locked READ isLocked NOTIFY stateChanged)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY lockedSecondsChanged)
    // Wrong PINs still allowed before the next lock.
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY stateChanged)
    // Staff mode is open (the right PIN was entered and lock() not called since).
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY unlockedChanged)
    // A PIN is being checked (the pad shows it and takes no other).
    Q_PROPERTY(bool checking READ isChecking NOTIFY checkingChanged)
    // The stored state has been read (before that: no PIN, not locked).
    Q_PROPERTY(bool ready READ isReady NOTIFY stateChanged)

public:
    explicit StaffAccess(QObject *parent = nullptr);
    ~StaffAccess() override; // waits for a check under way (at most one Argon2id verification)

    // Before open(): the wall clock (called on the worker and GUI threads: must be thread-safe),
    // the lockout policy and the device named in audit entries.
    void setClock(std::function<qint64()> nowUtcMs);
    void setPolicy(const LockoutPolicy &policy);
    // Starts the worker on databasePath (an existing telemetry database; empty or ":memory:": a private
    // in-memory one, with no PIN) and reads the state. device: names this device in the audit log
    // (empty: the database's install id).
    void open(const QString &databasePath, const QString &device = QString());
    // An Argon2id string ("$argon2id$...", a kiosk's [staff] pin_hash) that is the PIN, whatever the
    // device had; stored whenever the database is opened (recorded as pin_configured when it changed).
    // Before or after open() (after: the state is read again).
    void setConfiguredHash(const QByteArray &hashString);
    // The database file was deleted and recreated: drop the connection and read the state again (the
    // configured PIN is stored in the new file; without one there is no PIN until set-pin).
    void reopen();

    bool pinSet() const { return m_state.pinSet; }
    bool isLocked() const { return m_lockedSeconds > 0; }
    int lockedSeconds() const { return m_lockedSeconds; }
    int attemptsLeft() const;
    bool isUnlocked() const { return m_unlocked; }
    bool isChecking() const { return m_checking; }
    bool isReady() const { return m_ready; }
    const PinState &state() const { return m_state; }

    // Checks pin off the GUI thread: accepted() or rejected(why). Ignored while a check is under way.
    Q_INVOKABLE void tryPin(const QString &pin);
    // Leaves staff mode (records staff_locked when it was open).
    Q_INVOKABLE void lock();
    // Reads the stored state again (a PIN set by showroom-admin meanwhile).
    Q_INVOKABLE void refresh();
    // Adds an audit entry off the GUI thread (e.g. "visitor_opened", the visitor's UUID).
    Q_INVOKABLE void recordAudit(const QString &action, const QString &subject, const QString &detail = QString());

signals:
    void accepted();
    void rejected(const QString &why);
    void stateChanged();
    void lockedSecondsChanged();
    void unlockedChanged();
    void checkingChanged();
    // An audit entry or the state could not be written/read (the message names the database).
    void failed(const QString &error);

private:
    void applyState(const showroom::staff::PinState &state, bool ready);
    void onChecked(const showroom::staff::PinCheckResult &result);
    void updateLockedSeconds();
    qint64 now() const;

    QThread *m_thread = nullptr;
    StaffWorker *m_worker = nullptr;
    std::function<qint64()> m_clock;
    LockoutPolicy m_policy;
    QByteArray m_configuredHash;
    PinState m_state;
    QTimer m_tick; // counts lockedSeconds down while locked
    int m_lockedSeconds = 0;
    bool m_unlocked = false;
    bool m_checking = false;
    bool m_ready = false;
};

} // namespace showroom::staff
