// The app's background sync: every interval (and on syncNow()), a worker thread of its own runs
// syncDatabase() on its own connections. The GUI thread only starts it and reads the properties; it
// never waits on the network or the disk. When statuses arrive, unitStatusesChanged() hands the app
// the statuses pulled (read on the worker, by value) to apply to the development on show.
#pragma once

#include "sync/Sync.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace showroom::sync {

class SyncService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(qint64 lastSyncUtcMs READ lastSyncUtcMs NOTIFY changed)
    Q_PROPERTY(qint64 pendingRetries READ failuresInARow NOTIFY changed)

public:
    // database: the telemetry file; settings: central store, device, office, interval.
    SyncService(const QString &database, const CentralSettings &settings, QObject *parent = nullptr);
    ~SyncService() override; // cancels a sync under way (between batches) and joins the worker

    void start();                 // first sync now, then every settings.intervalSeconds
    void stop();
    Q_INVOKABLE void syncNow();   // ignored while one runs

    bool running() const { return m_running; }
    QString lastError() const { return m_lastError; }
    qint64 lastSyncUtcMs() const { return m_lastSyncUtcMs; }
    int failuresInARow() const { return m_failures; }
    const SyncReport &lastReport() const { return m_report; }

signals:
    void changed();
    void finished(bool ok);
    void unitStatusesChanged(const showroom::sync::UnitStatuses &pulled); // development -> unit -> status
    void erasuresApplied(qint64 count); // the app may have a forgotten visitor's data on screen

private:
    void onFinished(const SyncReport &report);

    QString m_database;
    CentralSettings m_settings;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QTimer m_timer;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    QString m_lastError;
    qint64 m_lastSyncUtcMs = 0;
    int m_failures = 0;
    SyncReport m_report;
};

} // namespace showroom::sync
