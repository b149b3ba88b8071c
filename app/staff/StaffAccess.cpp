#include "staff/StaffAccess.h"

#include "staff/AuditLog.h"
#include "staff/StaffWorker.h"

#include <QDateTime>
#include <QThread>

#include <sqlite3.h>

namespace showroom::staff {

namespace sql = telemetry::sql;

// --- the worker thread ---

StaffWorker::StaffWorker(QString path, QString device, std::function<qint64()> clock, LockoutPolicy policy)
    : m_path(std::move(path)), m_device(std::move(device)), m_clock(std::move(clock)), m_policy(policy)
{
}

StaffWorker::~StaffWorker() = default;

bool StaffWorker::ensureOpen(QString *error)
{
    if (m_db.isOpen())
        return true;
    const bool memory = m_path.isEmpty() || m_path == QLatin1String(":memory:");
    // Never creates the telemetry database: the app's recorder does (and recognises foreign files).
    const int flags = memory ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READWRITE;
    if (!m_db.open(memory ? QStringLiteral(":memory:") : m_path, flags, error)) {
        if (error)
            *error = QStringLiteral("database '%1': %2").arg(m_path, *error);
        return false;
    }
    m_db.exec("PRAGMA busy_timeout=5000"); // the app's writer holds the lock for one batch at most
    if (m_device.isEmpty()) {
        sql::Statement q(m_db, "SELECT value FROM device WHERE key = 'install_id'");
        if (q.isValid() && q.step() == SQLITE_ROW)
            m_device = q.text(0);
    }
    // The kiosk's configured PIN wins over the one set on the device (and comes back in a recreated file).
    if (!m_configuredHash.isEmpty()) {
        bool changed = false;
        QString adoptError;
        if (!pin::adoptHash(m_db, m_configuredHash, m_clock(), &changed, &adoptError))
            emit failed(QStringLiteral("database '%1': the configured staff PIN could not be stored: %2")
                            .arg(m_path, adoptError));
        else if (changed)
            audit(QLatin1String(action::kPinConfigured), QString(), QStringLiteral("from the kiosk configuration"), nullptr);
    }
    return true;
}

bool StaffWorker::audit(const QString &action, const QString &subject, const QString &detail, QString *error)
{
    AuditEntry e;
    e.tsUtcMs = m_clock();
    e.device = m_device;
    e.actor = QStringLiteral("staff"); // one PIN for the office: the log cannot tell who held it
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    return AuditLog::record(m_db, e, error);
}

void StaffWorker::readState()
{
    PinState state;
    QString error;
    if (ensureOpen(&error))
        pin::readState(m_db, &state, &error);
    emit stateRead(state, error);
}

void StaffWorker::check(const QString &pinText)
{
    PinCheckResult r;
    if (!ensureOpen(&r.error)) {
        emit checked(r);
        return;
    }
    const qint64 now = m_clock();
    r = pin::check(m_db, pinText, now, m_policy);
    QString error;
    bool logged = true;
    if (r.outcome == PinCheck::Accepted)
        logged = audit(QLatin1String(action::kStaffUnlocked), QString(), QString(), &error);
    else if (r.outcome == PinCheck::LockedOut)
        logged = audit(QLatin1String(action::kStaffLockedOut), QString(),
                       QStringLiteral("%1 wrong PINs in a row; locked for %2 s")
                           .arg(r.state.failures)
                           .arg((r.state.lockedUntilUtcMs - now + 999) / 1000),
                       &error);
    if (!logged)
        emit failed(QStringLiteral("database '%1': the audit log failed: %2").arg(m_path, error));
    emit checked(r);
}

void StaffWorker::record(const QString &action, const QString &subject, const QString &detail)
{
    QString error;
    if (!ensureOpen(&error) || !audit(action, subject, detail, &error))
        emit failed(QStringLiteral("database '%1': the audit log failed: %2").arg(m_path, error));
}

// --- the GUI thread ---

StaffAccess::StaffAccess(QObject *parent) : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<PinState>();
    qRegisterMetaType<PinCheckResult>();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &StaffAccess::updateLockedSeconds);
}

StaffAccess::~StaffAccess()
{
    if (m_thread) {
        // Quit from the worker's own queue: the audit entries posted before are written first.
        QThread *thread = m_thread;
        QMetaObject::invokeMethod(m_worker, [thread] { thread->quit(); }, Qt::QueuedConnection);
        m_thread->wait();
    }
}

void StaffAccess::setClock(std::function<qint64()> nowUtcMs)
{
    m_clock = std::move(nowUtcMs);
}

void StaffAccess::setPolicy(const LockoutPolicy &policy)
{
    m_policy = policy;
}

qint64 StaffAccess::now() const
{
    return m_clock();
}

void StaffAccess::open(const QString &databasePath, const QString &device)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sr-staff"));
    m_worker = new StaffWorker(databasePath, device, m_clock, m_policy);
    m_worker->setConfiguredHash(m_configuredHash);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StaffWorker::stateRead, this,
            [this](const PinState &state, const QString &error) {
                applyState(state, true);
                if (!error.isEmpty())
                    emit failed(error);
            },
            Qt::QueuedConnection);
    connect(m_worker, &StaffWorker::checked, this, &StaffAccess::onChecked, Qt::QueuedConnection);
    connect(m_worker, &StaffWorker::failed, this, &StaffAccess::failed, Qt::QueuedConnection);
    m_thread->start();
    refresh();
}

void StaffAccess::setConfiguredHash(const QByteArray &hashString)
{
    m_configuredHash = hashString;
    if (!m_worker)
        return; // open() hands it over
    StaffWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, hashString] {
            worker->setConfiguredHash(hashString);
            worker->reopen(); // stored when the connection opens again
        },
        Qt::QueuedConnection);
    refresh();
}

void StaffAccess::reopen()
{
    if (!m_worker)
        return;
    StaffWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->reopen(); }, Qt::QueuedConnection);
    refresh();
}

void StaffAccess::refresh()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &StaffWorker::readState, Qt::QueuedConnection);
}

int StaffAccess::attemptsLeft() const
{
    return m_lockedSeconds > 0 ? 0 : m_state.attemptsLeftAt(now(), m_policy);
}

void StaffAccess::tryPin(const QString &pin)
{
    if (m_checking)
        return;
    if (!m_worker) {
        emit rejected(tr("Staff access is not available on this device."));
        return;
    }
    m_checking = true;
    emit checkingChanged();
    StaffWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, pin] { worker->check(pin); }, Qt::QueuedConnection);
}

void StaffAccess::lock()
{
    if (!m_unlocked)
        return;
    m_unlocked = false;
    emit unlockedChanged();
    recordAudit(QLatin1String(action::kStaffLocked), QString());
}

void StaffAccess::recordAudit(const QString &actionName, const QString &subject, const QString &detail)
{
    if (!m_worker || actionName.isEmpty())
        return;
    StaffWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, actionName, subject, detail] { worker->record(actionName, subject, detail); },
        Qt::QueuedConnection);
}

void StaffAccess::applyState(const PinState &state, bool ready)
{
    m_state = state;
    m_ready = m_ready || ready;
    emit stateChanged();
    updateLockedSeconds();
}

void StaffAccess::updateLockedSeconds()
{
    const qint64 left = m_state.lockedUntilUtcMs - now();
    const int seconds = left > 0 ? int((left + 999) / 1000) : 0;
    if (seconds > 0 && !m_tick.isActive())
        m_tick.start();
    else if (seconds == 0)
        m_tick.stop();
    if (seconds == m_lockedSeconds)
        return;
    const bool wasLocked = m_lockedSeconds > 0;
    m_lockedSeconds = seconds;
    emit lockedSecondsChanged();
    if (wasLocked != (seconds > 0))
        emit stateChanged(); // locked and attemptsLeft follow
}

namespace {
QString inWords(int seconds)
{
    // No English catalogue: plurals are chosen here, not with %n.
    if (seconds < 60)
        return seconds == 1 ? StaffAccess::tr("1 second") : StaffAccess::tr("%1 seconds").arg(seconds);
    const int minutes = (seconds + 59) / 60;
    return minutes == 1 ? StaffAccess::tr("1 minute") : StaffAccess::tr("%1 minutes").arg(minutes);
}
} // namespace

void StaffAccess::onChecked(const PinCheckResult &r)
{
    m_checking = false;
    emit checkingChanged();
    applyState(r.state, true);
    switch (r.outcome) {
    case PinCheck::Accepted:
        if (!m_unlocked) {
            m_unlocked = true;
            emit unlockedChanged();
        }
        emit accepted();
        return;
    case PinCheck::Wrong:
        emit rejected(attemptsLeft() == 1 ? tr("Wrong PIN. 1 attempt left.")
                                          : tr("Wrong PIN. %1 attempts left.").arg(attemptsLeft()));
        return;
    case PinCheck::LockedOut:
        emit rejected(tr("Too many wrong PINs: locked for %1.").arg(inWords(m_lockedSeconds)));
        return;
    case PinCheck::Locked:
        emit rejected(tr("Locked: try again in %1.").arg(inWords(m_lockedSeconds)));
        return;
    case PinCheck::NoPin:
        emit rejected(tr("No staff PIN is set on this device (showroom-admin set-pin)."));
        return;
    case PinCheck::Failed:
        emit rejected(tr("The PIN could not be checked: %1").arg(r.error));
        emit failed(r.error);
        return;
    }
}

} // namespace showroom::staff
