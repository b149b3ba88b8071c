#include "telemetry/Recorder.h"

#include "telemetry/RowWriter.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcRecorder, "showroom.telemetry.recorder")

namespace showroom::telemetry {

using Clock = std::chrono::steady_clock;

// The writer thread's state: its rows, and what it took from the queue and has not committed yet.
struct Recorder::Writer
{
    RowWriter rows;
    std::deque<Record> held; // taken from the queue, not yet committed (kept across failed attempts)
    qint64 dropsRecorded = 0;
    Clock::time_point retryAt{};
    int retryDelayMs = 0;
    bool failing = false;
};

Recorder::Recorder(RecorderOptions options) : m_options(std::move(options))
{
    if (!m_options.wallClockMs)
        m_options.wallClockMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_options.batchMaxRecords = qMax(1, m_options.batchMaxRecords);
}

Recorder::~Recorder()
{
    stop();
}

bool Recorder::start(QString *error)
{
    if (m_thread.joinable())
        return true;
    {
        // Again after stop(): the kiosk reopens a database deleted while it ran (app/kiosk).
        std::lock_guard lk(m_mutex);
        m_stop = false;
        m_opened = false;
    }
    m_writer = new Writer;
    m_thread = std::thread([this] { run(); });
    std::unique_lock lk(m_mutex);
    m_done.wait(lk, [this] { return m_opened; });
    if (!m_openResult.ok && error)
        *error = m_openResult.error;
    return m_openResult.ok;
}

void Recorder::stop(int flushTimeoutMs)
{
    if (!m_thread.joinable())
        return;
    flush(flushTimeoutMs);
    {
        std::lock_guard lk(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    delete m_writer;
    m_writer = nullptr;
}

bool Recorder::record(Record record)
{
    const bool isEvent = std::holds_alternative<Event>(record);
    if (isEvent && m_pending.load(std::memory_order_relaxed) >= m_options.maxPendingEvents) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    size_t queued;
    {
        std::lock_guard lk(m_mutex);
        m_queue.push_back(std::move(record));
        queued = m_queue.size();
    }
    if (isEvent)
        m_pending.fetch_add(1, std::memory_order_relaxed);
    // Wake the writer only when a full batch is waiting; otherwise its timer picks the batch up.
    if (queued == size_t(m_options.batchMaxRecords))
        m_wake.notify_one();
    return true;
}

void Recorder::requestFlush()
{
    {
        std::lock_guard lk(m_mutex);
        ++m_flushRequested;
    }
    m_wake.notify_one();
}

bool Recorder::flush(int timeoutMs)
{
    std::unique_lock lk(m_mutex);
    if (!m_thread.joinable())
        return m_queue.empty();
    const quint64 ticket = ++m_flushRequested;
    m_wake.notify_one();
    const bool done =
        m_done.wait_for(lk, std::chrono::milliseconds(timeoutMs), [&] { return m_flushDone >= ticket; });
    return done && m_lastWriteOk;
}

QString Recorder::lastError() const
{
    std::lock_guard lk(m_mutex);
    return m_lastError;
}

OpenResult Recorder::openResult() const
{
    std::lock_guard lk(m_mutex);
    return m_openResult;
}

QString Recorder::storedVisitor() const
{
    std::lock_guard lk(m_mutex);
    return m_storedVisitor;
}

void Recorder::setError(const QString &error)
{
    {
        std::lock_guard lk(m_mutex);
        if (m_lastError == error)
            return;
        m_lastError = error;
    }
    if (!error.isEmpty())
        qCWarning(lcRecorder).noquote() << "telemetry:" << error;
    else
        qCInfo(lcRecorder) << "telemetry: writing works again";
    if (m_options.onErrorChanged)
        m_options.onErrorChanged(error);
}

bool Recorder::tryOpen()
{
    QString visitor;
    const OpenResult result = m_writer->rows.open(m_options.path, m_options.open, m_options.retentionDays,
                                                  m_options.wallClockMs, &visitor);
    {
        std::lock_guard lk(m_mutex);
        m_openResult = result;
        m_storedVisitor = visitor;
        m_opened = true;
    }
    m_done.notify_all();
    setError(result.ok ? QString() : result.error);
    return result.ok;
}

// Writes everything held, one transaction per batchMaxRecords. Stops at the first failure and keeps the
// failed batch for the next attempt, so nothing is lost while the disk is full or the file is locked.
bool Recorder::writeHeld()
{
    Writer &w = *m_writer;
    while (!w.held.empty() || m_dropped.load() > w.dropsRecorded) {
        const size_t n = std::min(w.held.size(), size_t(m_options.batchMaxRecords));
        int events = 0;
        bool ok = w.rows.begin();
        for (size_t i = 0; ok && i < n; ++i)
            ok = w.rows.write(w.held[i], &events);
        const qint64 dropped = m_dropped.load();
        if (ok && dropped > w.dropsRecorded)
            ok = w.rows.writeDrops(dropped - w.dropsRecorded, m_options.wallClockMs());
        if (ok)
            ok = w.rows.commit();
        if (!ok) {
            setError(w.rows.fail());
            return false;
        }
        w.held.erase(w.held.begin(), w.held.begin() + qsizetype(n));
        w.dropsRecorded = dropped;
        const qint64 total = m_committed.fetch_add(events) + events;
        m_pending.fetch_sub(events);
        if (events > 0 && m_options.onCommitted)
            m_options.onCommitted(total);
    }
    setError(QString());
    return true;
}

// Names the writer thread (so profilers and `top -H` show it) and, for the app, makes it a background
// thread: SCHED_BATCH (a wake-up never preempts a render thread) at nice 19. Against a CPU-bound normal
// thread that is 1.4 % of a core, still ~2,000 events/s at ~7 us each, 40x a visitor's real rate; on a
// kiosk drawing frames it mostly runs in the gaps between them. Nice 10 cost the orbiting demo ~4 % at
// the p99 frame under a 10,000 events/s flood, nice 19 ~1 % (docs/benchmarks.md). Not SCHED_IDLE: that
// starved the writer outright while a build ran beside the app (25,000 events queued, 43 s to catch
// up). An unprivileged thread cannot undo either, which is fine: it never needs to.
static void setUpWriterThread(bool background)
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), "sr-telemetry");
    if (background) {
        sched_param param{};
        const bool batch = pthread_setschedparam(pthread_self(), SCHED_BATCH, &param) == 0;
        // Linux keeps a nice value per thread: this changes the writer only. Never lower than it was
        // (an app started with `nice` stays as nice as asked).
        const id_t self = id_t(gettid());
        const bool nice =
            setpriority(PRIO_PROCESS, self, std::max(getpriority(PRIO_PROCESS, self), kBackgroundNice)) == 0;
        if (!batch || !nice)
            qCWarning(lcRecorder) << "telemetry: cannot lower the writer's priority; it competes with frames";
    }
#else
    Q_UNUSED(background)
#endif
}

void Recorder::run()
{
    Writer &w = *m_writer;
    setUpWriterThread(m_options.background);
    tryOpen();
    quint64 flushSeen = 0;
    std::deque<Record> incoming;
    auto nextCycle = Clock::now() + std::chrono::milliseconds(m_options.batchMaxDelayMs);
    // Idle work (RecorderOptions::onIdle): due after opening and after every write, once idleAfterMs passed
    // without a record.
    bool idleDue = bool(m_options.onIdle);
    auto lastRecord = Clock::now();
    for (;;) {
        bool stopping;
        quint64 flushTicket;
        {
            std::unique_lock lk(m_mutex);
            m_wake.wait_until(lk, nextCycle, [&] {
                return m_stop || m_flushRequested != flushSeen ||
                       m_queue.size() >= size_t(m_options.batchMaxRecords);
            });
            stopping = m_stop;
            flushTicket = m_flushRequested;
            incoming.swap(m_queue); // O(1): the callers get an empty queue back at once
        }
        const bool flushing = flushTicket != flushSeen || stopping;
        flushSeen = flushTicket;
        if (!incoming.empty()) {
            lastRecord = Clock::now();
            idleDue = bool(m_options.onIdle);
        }
        if (w.held.empty()) {
            w.held.swap(incoming);
        } else {
            for (Record &r : incoming)
                w.held.push_back(std::move(r));
            incoming.clear();
        }

        const auto now = Clock::now();
        bool ok = true;
        const bool mayTry = flushing || !w.failing || now >= w.retryAt;
        if (mayTry && (!w.held.empty() || m_dropped.load() > w.dropsRecorded || !w.rows.isOpen())) {
            ok = (w.rows.isOpen() || tryOpen()) && writeHeld();
            if (ok) {
                w.failing = false;
                w.retryDelayMs = 0;
            } else {
                w.failing = true;
                w.retryDelayMs = qBound(m_options.retryDelayMs, w.retryDelayMs * 2, 8000);
                w.retryAt = Clock::now() + std::chrono::milliseconds(w.retryDelayMs);
            }
        } else if (w.failing) {
            ok = false;
        }
        if (idleDue && ok && !stopping && w.held.empty() && w.rows.isOpen() &&
            Clock::now() - lastRecord >= std::chrono::milliseconds(m_options.idleAfterMs)) {
            bool quiet = false;
            {
                std::lock_guard lk(m_mutex);
                quiet = m_queue.empty(); // something arrived meanwhile: it goes first
            }
            idleDue = quiet && m_options.onIdle(w.rows.connection());
        }
        nextCycle = Clock::now() + std::chrono::milliseconds(m_options.batchMaxDelayMs);
        {
            std::lock_guard lk(m_mutex);
            m_lastWriteOk = ok && w.held.empty();
            m_flushDone = flushTicket;
        }
        m_done.notify_all();
        if (stopping)
            break;
    }
    w.rows.close();
}

} // namespace showroom::telemetry
