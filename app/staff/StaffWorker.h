// Internal to StaffAccess: the worker thread's side. Owns its own connection (a connection belongs to
// the thread that opened it); every slow or database step happens here, never on the GUI thread.
#pragma once

#include "staff/PinStore.h"

#include <QObject>

#include <functional>

namespace showroom::staff {

class StaffWorker : public QObject
{
    Q_OBJECT

public:
    StaffWorker(QString path, QString device, std::function<qint64()> clock, LockoutPolicy policy);
    ~StaffWorker() override;

    // Called through queued invocations on the worker thread only.
    void readState();
    void check(const QString &pin);
    void record(const QString &action, const QString &subject, const QString &detail);
    // Drops the connection; the next call opens the file again (it was deleted and recreated).
    void reopen() { m_db.close(); }
    // An Argon2id string made the PIN whenever the database is opened (worker thread, or before it starts).
    void setConfiguredHash(const QByteArray &hashString) { m_configuredHash = hashString; }

signals:
    void stateRead(const showroom::staff::PinState &state, const QString &error);
    void checked(const showroom::staff::PinCheckResult &result);
    void failed(const QString &error);

private:
    bool ensureOpen(QString *error);
    bool audit(const QString &action, const QString &subject, const QString &detail, QString *error);

    QString m_path;
    QString m_device;
    std::function<qint64()> m_clock;
    LockoutPolicy m_policy;
    QByteArray m_configuredHash;
    telemetry::sql::Connection m_db;
};

} // namespace showroom::staff

Q_DECLARE_METATYPE(showroom::staff::PinState)
Q_DECLARE_METATYPE(showroom::staff::PinCheckResult)
