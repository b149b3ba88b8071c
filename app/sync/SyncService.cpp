#include "sync/SyncService.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaObject>

namespace showroom::sync {

Q_LOGGING_CATEGORY(lcSync, "showroom.sync")

SyncService::SyncService(const QString &database, const CentralSettings &settings, QObject *parent)
    : QObject(parent), m_database(database), m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("sr-sync"));
    m_worker = new QObject; // a context on the worker thread for the queued sync calls
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_timer.setInterval(std::max(1, m_settings.intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start()
{
    m_timer.start();
    syncNow();
}

void SyncService::stop()
{
    m_timer.stop();
}

void SyncService::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    emit changed();
    SyncRequest request;
    request.database = m_database;
    request.central = m_settings;
    request.cancel = &m_cancel;
    QMetaObject::invokeMethod(m_worker, [this, request] {
        const SyncReport report = syncDatabase(request);
        QMetaObject::invokeMethod(this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncService::onFinished(const SyncReport &report)
{
    m_running = false;
    m_report = report;
    if (report.ok) {
        m_lastError.clear();
        m_failures = 0;
        m_lastSyncUtcMs = QDateTime::currentMSecsSinceEpoch();
        // A line when something moved; an idle sync (most of them) only for debugging.
        if (report.rowsSent > 0 || report.tombstonesPushed > 0 || report.erasuresApplied > 0 || report.unitStatusesPulled > 0)
            qCInfo(lcSync).noquote() << "sync:" << report.summary();
        else
            qCDebug(lcSync).noquote() << "sync:" << report.summary();
    } else {
        // Offline for days is normal: one warning when the trouble starts or changes, not one per attempt.
        if (report.error != m_lastError)
            qCWarning(lcSync).noquote() << "sync failed, will retry every" << m_settings.intervalSeconds
                                        << "s:" << report.error;
        m_lastError = report.error;
        ++m_failures;
    }
    emit changed();
    if (report.unitStatusesPulled > 0)
        emit unitStatusesChanged(report.unitStatuses);
    if (report.erasuresApplied > 0)
        emit erasuresApplied(report.erasuresApplied);
    emit finished(report.ok);
}

} // namespace showroom::sync
