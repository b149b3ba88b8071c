// The telemetry pipeline: callers enqueue records in constant time; one writer thread, with its own
// SQLite connection, batches them into transactions by count and by time. What each record becomes in
// the database is RowWriter's business (RowWriter.h); this is the queue, the batching and the thread.
#pragma once

#include "telemetry/Database.h"
#include "telemetry/Records.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace showroom::telemetry {

// The writer's nice value when RecorderOptions::background is set: the lowest share CFS gives (weight 15
// against 1,024 for a normal thread), which still guarantees progress, unlike SCHED_IDLE.
constexpr int kBackgroundNice = 19;

struct RecorderOptions
{
    QString path = QStringLiteral(":memory:");
    OpenOptions open;
    // A transaction commits at this many records ... Under a flood, fewer and larger commits mean fewer
    // fsyncs (docs/benchmarks.md § Telemetry).
    int batchMaxRecords = 5000;
    int batchMaxDelayMs = 250; // ... or when the oldest queued record is this old, whichever first
    // Bound of events held in memory (queued + waiting for a retry). Beyond it new events are dropped and
    // counted; the count is written to `drops` by the next successful transaction.
    int maxPendingEvents = 100000;
    int retryDelayMs = 250; // first retry after a failed write or open; doubles up to 8 s
    int retentionDays = 0;  // > 0: purge anonymous events older than this when the database opens
    std::function<qint64()> wallClockMs; // default: QDateTime::currentMSecsSinceEpoch
    // Run the writer as a background thread (Linux: SCHED_BATCH at nice kBackgroundNice) so that, on a
    // machine whose cores are busy drawing frames, rendering gets the CPU first and the writer catches
    // up in the gaps. The app sets this; staff tools and tests write at normal priority.
    bool background = false;
    // Called on the writer thread after every commit with the total events committed so far.
    std::function<void(qint64 committedEvents)> onCommitted;
    // Called on the writer thread when writing starts failing (message) and when it recovers (empty).
    std::function<void(const QString &error)> onErrorChanged;
    // Work for the writer when it is idle: called on the writer thread with its own connection (no
    // transaction open) once nothing has been recorded for idleAfterMs (and once after the database opens),
    // then every cycle (batchMaxDelayMs) while it returns true (more to do) and nothing new arrives. A
    // record arriving stops it until the next idle spell. The app folds the dashboard's rollups here
    // (dashboard::foldWhenIdle), so they are kept up to date without competing with a busy writer.
    std::function<bool(sql::Connection &db)> onIdle;
    int idleAfterMs = 5000;
};

class Recorder
{
public:
    explicit Recorder(RecorderOptions options);
    ~Recorder(); // flushes (up to 3 s) and joins the writer
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    // Starts the writer thread and waits for its first attempt to open the database (start-up, before
    // the first frame). On failure the writer keeps retrying and events wait in the bounded queue.
    bool start(QString *error = nullptr);
    void stop(int flushTimeoutMs = 3000);

    // O(1), never touches disk; the lock is held only for a push_back. Returns false when the event was
    // dropped because maxPendingEvents are already waiting. Sessions and leads are never dropped.
    bool record(Record record);

    void requestFlush();       // asks the writer to commit now; does not wait
    bool flush(int timeoutMs); // waits until everything recorded before the call is committed

    qint64 committedEvents() const { return m_committed.load(); }
    qint64 droppedEvents() const { return m_dropped.load(); }
    qint64 pendingEvents() const { return m_pending.load(); }
    QString lastError() const;
    OpenResult openResult() const;
    // This install's returning visitor (desktop mode), read when the database opened; empty if none.
    QString storedVisitor() const;
    const RecorderOptions &options() const { return m_options; }

private:
    void run();
    bool tryOpen();
    bool writeHeld();
    void setError(const QString &error);

    RecorderOptions m_options;
    std::thread m_thread;

    mutable std::mutex m_mutex; // guards everything below up to the writer-only section
    std::condition_variable m_wake;
    std::condition_variable m_done;
    // A deque: push_back never moves queued records, so a long queue (writer stuck behind a full disk)
    // costs the caller no reallocation stalls.
    std::deque<Record> m_queue;
    bool m_stop = false;
    bool m_opened = false; // first open attempt finished
    quint64 m_flushRequested = 0;
    quint64 m_flushDone = 0;
    bool m_lastWriteOk = true;
    QString m_lastError;
    OpenResult m_openResult;
    QString m_storedVisitor;

    std::atomic<qint64> m_committed{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_pending{0};

    // Writer thread only: its RowWriter (RowWriter.h, the SQL of each row) and the records it holds.
    struct Writer;
    Writer *m_writer = nullptr;
};

} // namespace showroom::telemetry
