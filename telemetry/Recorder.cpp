#include "telemetry/Recorder.h"

#include "telemetry/Privacy.h"
#include "telemetry/PropertiesJson.h"
#include "telemetry/Pseudonymity.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <memory>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcRecorder, "showroom.telemetry.recorder")

namespace showroom::telemetry {

using Clock = std::chrono::steady_clock;

struct Recorder::Writer
{
    sql::Connection db;
    std::unique_ptr<sql::Statement> insertEvent, findVisitor, insertVisitor, findSession, insertSession,
        endSession, rememberVisitor, insertLead, insertConsent, insertDrops, dataVersion;
    std::deque<Record> held; // taken from the queue, not yet committed (kept across failed attempts)
    QString installId;       // device id of sessions that name none (RecorderOptions / device table)
    // Integer keys of the visitors' and sessions' UUIDs, so a flood of events costs one hash lookup each,
    // not a query. Forgotten whenever a transaction rolls back (the rows it made are gone) or another
    // connection committed (staff may have erased a visitor: PRAGMA data_version tells).
    QHash<QString, qint64> visitorKeys, sessionKeys;
    qint64 seenDataVersion = -1;
    qint64 dropsRecorded = 0;
    Clock::time_point retryAt{};
    int retryDelayMs = 0;
    bool failing = false;

    void prepare()
    {
        auto make = [this](const char *sql) { return std::make_unique<sql::Statement>(db, sql); };
        insertEvent =
            make("INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
                 " engaged_ms, elapsed_ms) VALUES(?,?,?,?,?,?,?,?,?)");
        findVisitor = make("SELECT id FROM visitors WHERE uuid=?");
        insertVisitor = make("INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES(?,?,?)");
        findSession = make("SELECT id FROM sessions WHERE uuid=?");
        insertSession = make("INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc)"
                             " VALUES(?,?,?,?,?,?)");
        endSession = make("UPDATE sessions SET end_utc=?, end_reason=? WHERE uuid=? AND end_utc IS NULL");
        rememberVisitor = make("INSERT OR REPLACE INTO device(key, value) VALUES('desktop_visitor', ?)");
        insertLead = make(
            "INSERT INTO leads(visitor_id, session_id, created_utc, contact, request) VALUES(?,?,?,?,?)");
        insertConsent =
            make("INSERT INTO consents(visitor_id, lead_id, given_utc, text, purpose) VALUES(?,?,?,?,?)");
        insertDrops = make("INSERT INTO drops(recorded_utc, count, reason) VALUES(?,?,?)");
        dataVersion = make("PRAGMA data_version");
        forgetKeys();
    }
    void unprepare()
    {
        for (auto *s : {&insertEvent, &findVisitor, &insertVisitor, &findSession, &insertSession, &endSession,
                        &rememberVisitor, &insertLead, &insertConsent, &insertDrops, &dataVersion})
            s->reset();
        forgetKeys();
    }
    void forgetKeys()
    {
        visitorKeys.clear();
        sessionKeys.clear();
    }
    // Inside a write transaction: drops the cached keys if another connection changed the file since.
    bool checkDataVersion()
    {
        if (dataVersion->step() != SQLITE_ROW)
            return false;
        const qint64 version = dataVersion->int64(0);
        dataVersion->reset();
        if (version != seenDataVersion)
            forgetKeys();
        seenDataVersion = version;
        return true;
    }

    // The key of a visitor (0: no visitor, -1: failed), made on first sight.
    qint64 visitorKey(const QString &uuid, qint64 tsUtcMs, const QString &device)
    {
        if (uuid.isEmpty())
            return 0;
        if (const auto it = visitorKeys.constFind(uuid); it != visitorKeys.cend())
            return *it;
        qint64 key = lookUp(*findVisitor, uuid);
        if (key == 0) {
            insertVisitor->bind(1, uuid);
            insertVisitor->bind(2, tsUtcMs);
            if (!device.isEmpty())
                insertVisitor->bind(3, device);
            key = inserted(*insertVisitor);
        }
        if (key > 0)
            remember(visitorKeys, uuid, key);
        return key;
    }
    // The key of a session (0: none, -1: failed). start, if given, makes a missing session with its
    // details; an event of an unknown session (its row erased meanwhile) makes a bare one, so the event
    // stays linked to its visitor's pseudonym and a later erasure still finds it.
    qint64 sessionKey(const QString &uuid, qint64 visitor, qint64 tsUtcMs,
                      const SessionStart *start = nullptr, const QString &device = QString())
    {
        if (visitor < 0)
            return -1;
        if (uuid.isEmpty())
            return 0;
        if (const auto it = sessionKeys.constFind(uuid); it != sessionKeys.cend())
            return *it;
        qint64 key = lookUp(*findSession, uuid);
        if (key == 0 && visitor > 0) {
            sql::Statement &q = *insertSession;
            q.bind(1, uuid);
            q.bind(2, visitor);
            if (start) {
                q.bind(3, device);
                q.bind(4, start->mode);
                q.bind(5, start->language);
            }
            q.bind(6, tsUtcMs);
            key = inserted(q);
        }
        if (key > 0)
            remember(sessionKeys, uuid, key);
        return key;
    }
    // A kiosk that runs for months sees a new visitor every few minutes: the caches stay small.
    static void remember(QHash<QString, qint64> &keys, const QString &uuid, qint64 key)
    {
        if (keys.size() >= 1024)
            keys.clear();
        keys.insert(uuid, key);
    }
    qint64 lookUp(sql::Statement &find, const QString &uuid)
    {
        find.bind(1, uuid);
        const int rc = find.step();
        const qint64 key = rc == SQLITE_ROW ? find.int64(0) : rc == SQLITE_DONE ? 0 : -1;
        find.reset();
        return key;
    }
    qint64 inserted(sql::Statement &insert)
    {
        const int rc = insert.step();
        insert.reset();
        return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(db.handle()) : -1;
    }
};

static void bindKey(sql::Statement &s, int index, qint64 key)
{
    if (key > 0)
        s.bind(index, key);
    else
        s.bindNull(index);
}

static int stepOnce(sql::Statement &s)
{
    const int rc = s.step();
    s.reset();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

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
    Writer &w = *m_writer;
    const OpenResult result = openDatabase(w.db, m_options.path, m_options.open);
    QString visitor;
    if (result.ok) {
        w.prepare();
        sql::Statement q(w.db, "SELECT value FROM device WHERE key='desktop_visitor'");
        if (q.step() == SQLITE_ROW)
            visitor = q.text(0);
        // This install's name in sessions when the app gives none: random, made once per database. Not
        // the host name, which on a buyer's laptop is often its owner's name ("Anna-Muellers-MacBook").
        sql::Statement make(w.db, "INSERT OR IGNORE INTO device(key, value) VALUES('install_id', ?)");
        make.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        make.step();
        sql::Statement read(w.db, "SELECT value FROM device WHERE key='install_id'");
        w.installId = read.step() == SQLITE_ROW ? read.text(0) : QString();
        if (m_options.retentionDays > 0) {
            const PurgeResult purged =
                purgeAnonymousEvents(w.db, m_options.retentionDays, m_options.wallClockMs());
            if (!purged.ok)
                qCWarning(lcRecorder).noquote() << "telemetry: retention purge failed:" << purged.error;
        }
    }
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

bool Recorder::writeOne(const Record &record, int *events)
{
    Writer &w = *m_writer;
    if (const auto *e = std::get_if<Event>(&record)) {
        const qint64 visitor = w.visitorKey(e->visitor, e->tsUtcMs, QString());
        const qint64 session = w.sessionKey(e->session, visitor, e->tsUtcMs);
        if (visitor < 0 || session < 0)
            return false;
        sql::Statement &s = *w.insertEvent;
        bindKey(s, 1, session);
        bindKey(s, 2, visitor);
        s.bind(3, e->tsUtcMs);
        s.bind(4, e->monoMs);
        s.bind(5, e->name);
        s.bind(6, e->target.isEmpty() ? QString() : e->target);
        QStringList removed;
        const QVariantMap clean = withoutPersonalData(e->properties, &removed);
        if (!removed.isEmpty())
            qCWarning(lcRecorder).noquote()
                << "telemetry: removed personal data" << removed << "from event" << e->name;
        // A "target" property is the target column; it is not repeated in the JSON.
        const QString targetKey = QStringLiteral("target");
        if (clean.isEmpty() || (clean.size() == 1 && clean.contains(targetKey)))
            s.bindNull(7);
        else
            s.bindUtf8(7, propertiesJson(clean, targetKey));
        if (e->engagedMs >= 0)
            s.bind(8, e->engagedMs);
        if (e->elapsedMs >= 0)
            s.bind(9, e->elapsedMs);
        ++*events;
        return stepOnce(s) == SQLITE_OK;
    }
    if (const auto *s = std::get_if<SessionStart>(&record)) {
        const QString &device = s->device.isEmpty() ? w.installId : s->device;
        const qint64 visitor = w.visitorKey(s->visitor, s->tsUtcMs, device);
        if (w.sessionKey(s->session, visitor, s->tsUtcMs, s, device) < 0)
            return false;
        if (s->rememberVisitor) {
            w.rememberVisitor->bind(1, s->visitor);
            return stepOnce(*w.rememberVisitor) == SQLITE_OK;
        }
        return true;
    }
    if (const auto *s = std::get_if<SessionEnd>(&record)) {
        sql::Statement &q = *w.endSession;
        q.bind(1, s->tsUtcMs);
        q.bind(2, s->reason);
        q.bind(3, s->session);
        return stepOnce(q) == SQLITE_OK;
    }
    const auto &lead = std::get<Lead>(record);
    const qint64 visitor = w.visitorKey(lead.visitor, lead.tsUtcMs, QString());
    const qint64 session = w.sessionKey(lead.session, visitor, lead.tsUtcMs);
    if (visitor <= 0 || session < 0)
        return false;
    sql::Statement &q = *w.insertLead;
    q.bind(1, visitor);
    bindKey(q, 2, session);
    q.bind(3, lead.tsUtcMs);
    q.bindUtf8(4, propertiesJson(lead.contact));
    q.bind(5, lead.request);
    if (stepOnce(q) != SQLITE_OK)
        return false;
    const qint64 leadId = sqlite3_last_insert_rowid(w.db.handle());
    sql::Statement &c = *w.insertConsent;
    c.bind(1, visitor);
    c.bind(2, leadId);
    c.bind(3, lead.tsUtcMs);
    c.bind(4, lead.consentText);
    c.bind(5, lead.consentPurpose);
    return stepOnce(c) == SQLITE_OK;
}

// Writes everything held, one transaction per batchMaxRecords. Stops at the first failure and keeps the
// failed batch for the next attempt, so nothing is lost while the disk is full or the file is locked.
bool Recorder::writeHeld()
{
    Writer &w = *m_writer;
    while (!w.held.empty() || m_dropped.load() > w.dropsRecorded) {
        const size_t n = std::min(w.held.size(), size_t(m_options.batchMaxRecords));
        int events = 0;
        bool ok = w.db.exec("BEGIN IMMEDIATE") && w.checkDataVersion();
        for (size_t i = 0; ok && i < n; ++i)
            ok = writeOne(w.held[i], &events);
        const qint64 dropped = m_dropped.load();
        if (ok && dropped > w.dropsRecorded) {
            w.insertDrops->bind(1, m_options.wallClockMs());
            w.insertDrops->bind(2, dropped - w.dropsRecorded);
            w.insertDrops->bind(3, QStringLiteral("queue full while the database could not be written"));
            ok = stepOnce(*w.insertDrops) == SQLITE_OK;
        }
        if (ok)
            ok = w.db.exec("COMMIT");
        if (!ok) {
            const int code = w.db.errorCode();
            QString why = QStringLiteral("cannot write to '%1': %2").arg(m_options.path, w.db.errorText());
            if (sql::describe(code) != w.db.errorText())
                why += QStringLiteral(" (%1)").arg(sql::describe(code));
            if (sqlite3_get_autocommit(w.db.handle()) == 0)
                w.db.exec("ROLLBACK");
            w.forgetKeys(); // keys made in the rolled-back transaction name no row now
            const int primary = code & 0xff;
            if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
                // The file was damaged or replaced under us: reopen, which moves it aside.
                w.unprepare();
                w.db.close();
            }
            setError(why);
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
        if (mayTry && (!w.held.empty() || m_dropped.load() > w.dropsRecorded || !w.db.isOpen())) {
            ok = (w.db.isOpen() || tryOpen()) && writeHeld();
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
    w.unprepare();
    w.db.close();
}

} // namespace showroom::telemetry
