#include "profiles/ProfileService.h"

#include <QDateTime>
#include <QMutex>
#include <QTimer>

#include <memory>

namespace showroom::profiles {

// Lives on the worker thread; owns the connection (a connection belongs to the thread that opened it).
class ProfileService::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    void setDevelopment(std::shared_ptr<const core::DevelopmentData> d)
    {
        QMutexLocker lock(&m_mutex);
        m_development = std::move(d);
    }
    void setClock(std::function<qint64()> clock)
    {
        QMutexLocker lock(&m_mutex);
        m_clock = std::move(clock);
    }

    // Worker thread only.
    bool ensureOpen(QString *error)
    {
        if (m_store)
            return true;
        if (!openWorkerConnection(m_db, m_path, error))
            return false;
        auto store = std::make_unique<ProfileStore>(m_db);
        if (!store->open(error))
            return false;
        m_store = std::move(store);
        return true;
    }

    bool answer(const QString &visitor, ProfileResult *out, QString *error)
    {
        if (!ensureOpen(error))
            return false;
        std::shared_ptr<const core::DevelopmentData> dev;
        std::function<qint64()> clock;
        {
            QMutexLocker lock(&m_mutex);
            dev = m_development;
            clock = m_clock;
        }
        StoredProfile stored;
        const bool loaded = m_store->load(visitor, &stored, &out->found, error);
        scheduleWriteBack();
        if (!loaded)
            return false;
        if (!out->found)
            return true;
        const qint64 now = clock ? clock() : QDateTime::currentMSecsSinceEpoch();
        out->profile = buildProfile(stored, dev.get(), now);
        out->score = leadScore(out->profile);
        if (dev && !dev->isEmpty())
            out->recommendations = recommend(out->profile, *dev);
        return true;
    }

    bool refresh(qint64 *folded, QString *error)
    {
        if (!ensureOpen(error))
            return false;
        const FoldStats r = m_store->catchUp();
        scheduleWriteBack();
        *folded = r.folded;
        *error = r.error;
        return r.ok;
    }

    // What was folded is written back in one transaction a moment later (kWriteBackDelayMs), so folding
    // stays in memory; a failed write-back (the database busy) is tried again.
    void scheduleWriteBack()
    {
        if (!m_store || !m_store->hasUnflushed())
            return;
        if (!m_writeBack) {
            m_writeBack = std::make_unique<QTimer>();
            m_writeBack->setSingleShot(true);
            QObject::connect(m_writeBack.get(), &QTimer::timeout, this, [this] {
                if (m_store && !m_store->flush())
                    scheduleWriteBack();
            });
        }
        if (!m_writeBack->isActive())
            m_writeBack->start(kWriteBackDelayMs);
    }

    void close()
    {
        m_writeBack.reset();
        m_store.reset(); // writes back what is left
        m_db.close();
    }

private:
    QString m_path;
    telemetry::sql::Connection m_db;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QTimer> m_writeBack; // made on the worker thread, like the store
    QMutex m_mutex;
    std::shared_ptr<const core::DevelopmentData> m_development;
    std::function<qint64()> m_clock;
};

ProfileService::ProfileService(const QString &databasePath, QObject *parent)
    : QObject(parent), m_worker(new Worker(databasePath))
{
    qRegisterMetaType<showroom::profiles::ProfileResult>();
    m_thread.setObjectName(QStringLiteral("sr-profiles"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [w = m_worker] { w->close(); });
    m_thread.start(QThread::LowPriority);
}

ProfileService::~ProfileService()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ProfileService::setDevelopment(const core::DevelopmentData &development)
{
    m_worker->setDevelopment(std::make_shared<const core::DevelopmentData>(development));
}

void ProfileService::setClock(std::function<qint64()> nowUtcMs)
{
    m_worker->setClock(std::move(nowUtcMs));
}

void ProfileService::request(const QString &visitor)
{
    QMetaObject::invokeMethod(m_worker, [this, visitor, w = m_worker] {
        ProfileResult result;
        QString error;
        const bool ok = w->answer(visitor, &result, &error);
        // Back on the caller's thread; dropped if the service is gone by then.
        QMetaObject::invokeMethod(this, [this, visitor, ok, result = std::move(result), error] {
            if (ok)
                emit ready(visitor, result);
            else
                emit failed(visitor, error);
        });
    });
}

void ProfileService::refresh()
{
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker] {
        qint64 folded = 0;
        QString error;
        const bool ok = w->refresh(&folded, &error);
        QMetaObject::invokeMethod(this, [this, ok, folded, error] {
            if (ok)
                emit refreshed(folded);
            else
                emit failed(QString(), error);
        });
    });
}

} // namespace showroom::profiles
