// The central store read back into a local, read-only mirror for the dashboard (`showroom --dashboard
// --central URL [--office NAME]`): a SQLite file in the telemetry schema, so the dashboard's rollups and
// queries (app/dashboard) run on it exactly as on a device's own file. Pulled incrementally: a cursor per
// device and kind (in the same SQLite transaction as the rows), erasures applied, open sessions and
// leads without a brochure read again until they are final, the central unit statuses copied.
#pragma once

#include "sync/Settings.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace showroom::sync {

struct MirrorRequest
{
    CentralSettings central;
    QString path;            // the mirror file (created; a file of another store or office is started afresh)
    QString office;          // empty: every office; else only that office's devices
    int batchRows = 20000;   // rows per query and per SQLite transaction
    int retentionDays = 365; // the devices' rule, applied to the mirror too (0: none)
    const std::atomic<bool> *cancel = nullptr;
};

struct MirrorReport
{
    bool ok = false;
    QString error;                // one line, never a password
    bool unknownOffice = false;   // the office asked for is not in the store (error names the offices)
    QStringList offices, devices; // what the store holds (devices: those mirrored, "office/device")
    qint64 visitors = 0, sessions = 0, events = 0, leads = 0, consents = 0; // new rows here
    qint64 updated = 0;           // sessions ended / brochures attached since the last pull
    qint64 erased = 0;            // visitors erased centrally, deleted here
    double seconds = 0;
    QString summary() const;
};

MirrorReport pullMirror(const MirrorRequest &request);

// <AppDataLocation>/central/<office or "all-offices">.db
QString defaultMirrorPath(const QString &office);

// The dashboard's mirror kept fresh: pulls on a worker thread of its own now and every interval; the GUI
// thread never waits. `pulled(ok)` after each pull (the dashboard refreshes then).
class MirrorService : public QObject
{
    Q_OBJECT
public:
    MirrorService(const MirrorRequest &request, int intervalSeconds, QObject *parent = nullptr);
    ~MirrorService() override; // cancels a pull under way and joins

    void start();
    const MirrorReport &lastReport() const { return m_report; }
    int pulls() const { return m_pulls; }

signals:
    void pulled(bool ok);

private:
    void pullNow();

    MirrorRequest m_request;
    QThread m_thread;
    QObject *m_worker = nullptr;
    QTimer m_timer;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    int m_pulls = 0;
    MirrorReport m_report;
};

} // namespace showroom::sync
