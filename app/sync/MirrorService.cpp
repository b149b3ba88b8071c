#include "sync/Mirror.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace showroom::sync {

Q_LOGGING_CATEGORY(lcMirror, "showroom.sync.mirror")

MirrorService::MirrorService(const MirrorRequest &request, int intervalSeconds, QObject *parent)
    : QObject(parent), m_request(request)
{
    m_request.cancel = &m_cancel;
    m_thread.setObjectName(QStringLiteral("sr-mirror"));
    m_worker = new QObject; // the queued pulls' context on the worker thread
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_timer.setInterval(std::max(1, intervalSeconds) * 1000);
    connect(&m_timer, &QTimer::timeout, this, &MirrorService::pullNow);
}

MirrorService::~MirrorService()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void MirrorService::start()
{
    m_timer.start();
    pullNow();
}

void MirrorService::pullNow()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [this, request = m_request] {
        const MirrorReport report = pullMirror(request);
        QMetaObject::invokeMethod(this, [this, report] {
            m_running = false;
            if (report.ok)
                qCInfo(lcMirror).noquote() << "central store:" << report.summary();
            else if (report.error != m_report.error)
                qCWarning(lcMirror).noquote() << "central store: pull failed, will retry:" << report.error;
            m_report = report;
            ++m_pulls;
            emit pulled(report.ok);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace showroom::sync
