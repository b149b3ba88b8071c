// The rollups' worker: a low-priority thread with its own connection that folds what the telemetry writer
// added, every intervalMs, so a dashboard query finds little left to fold.
#include "dashboard/Rollups.h"

#include "telemetry/Database.h"

#include <QTimer>

namespace showroom::dashboard {

namespace {

// Lives on the worker thread: a connection belongs to the thread that opened it.
class Folder : public QObject
{
public:
    Folder(QString path, RollupWorker *owner) : m_path(std::move(path)), m_owner(owner) {}

    void foldNow()
    {
        if (!m_rollups) {
            telemetry::OpenOptions o;
            o.mode = telemetry::OpenOptions::ExistingOnly;
            o.busyTimeoutMs = 2000;
            const telemetry::OpenResult r = telemetry::openDatabase(m_db, m_path, o);
            QString error = r.error;
            if (r.ok) {
                m_rollups = std::make_unique<Rollups>(m_db);
                if (!m_rollups->open(&error))
                    m_rollups.reset();
            }
            if (!m_rollups) {
                emit m_owner->failed(error);
                return;
            }
        }
        // Bounded folds: the thread yields between them and stops promptly when asked.
        const RollupStats r = m_rollups->fold(20000);
        if (!r.ok)
            emit m_owner->failed(r.error);
        else if (r.events > 0 || r.visitors > 0)
            emit m_owner->folded(r.events);
        if (r.ok && r.more)
            QTimer::singleShot(0, this, &Folder::foldNow);
    }

private:
    QString m_path;
    RollupWorker *m_owner;
    telemetry::sql::Connection m_db;
    std::unique_ptr<Rollups> m_rollups;
};

} // namespace

std::function<bool(telemetry::sql::Connection &)> foldWhenIdle(qint64 maxEvents)
{
    return [maxEvents](telemetry::sql::Connection &db) {
        // Rollups and the profile store tune a connection for themselves: the writer's settings come back.
        const QByteArray restore = "PRAGMA synchronous=" + QByteArray::number(db.scalar("PRAGMA synchronous", 2)) +
                                   "; PRAGMA wal_autocheckpoint=" +
                                   QByteArray::number(db.scalar("PRAGMA wal_autocheckpoint", 1000)) +
                                   "; PRAGMA cache_size=" + QByteArray::number(db.scalar("PRAGMA cache_size", -2000));
        // Made for this call only: nothing of it outlives the call, so the writer may close or reopen its
        // connection at any time (as every dashboard query does, opening costs a few prepared statements).
        Rollups rollups(db);
        QString error;
        RollupStats r;
        if (rollups.open(&error))
            r = rollups.fold(maxEvents);
        else
            r.error = error;
        db.exec(restore.constData());
        if (!r.ok) // tried again at the next idle spell; the dashboard's queries fold what is left anyway
            qWarning("dashboard: rollups not folded by the writer: %s", qPrintable(r.error));
        return r.ok && r.more;
    };
}

struct RollupWorker::Impl
{
    QString path;
    int intervalMs = 5000;
    QThread thread;
    Folder *folder = nullptr;
};

RollupWorker::RollupWorker(const QString &databasePath, int intervalMs, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    d->path = databasePath;
    d->intervalMs = intervalMs;
    d->thread.setObjectName(QStringLiteral("sr-rollups"));
}

RollupWorker::~RollupWorker()
{
    d->thread.quit();
    d->thread.wait();
}

void RollupWorker::start()
{
    if (d->folder)
        return;
    d->folder = new Folder(d->path, this);
    d->folder->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->folder, &QObject::deleteLater);
    d->thread.start(QThread::LowestPriority);
    const int interval = d->intervalMs;
    Folder *folder = d->folder;
    QMetaObject::invokeMethod(folder, [folder, interval] {
        auto *timer = new QTimer(folder);
        QObject::connect(timer, &QTimer::timeout, folder, &Folder::foldNow);
        timer->start(interval);
        folder->foldNow();
    });
}

void RollupWorker::fold()
{
    if (d->folder)
        QMetaObject::invokeMethod(d->folder, &Folder::foldNow, Qt::QueuedConnection);
}

} // namespace showroom::dashboard
