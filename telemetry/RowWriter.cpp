#include "telemetry/RowWriter.h"

#include "telemetry/Privacy.h"
#include "telemetry/PropertiesJson.h"
#include "telemetry/Pseudonymity.h"

#include <QUuid>

#include <sqlite3.h>

namespace showroom::telemetry {

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

OpenResult RowWriter::open(const QString &path, const OpenOptions &options, int retentionDays,
                           const std::function<qint64()> &wallClockMs, QString *storedVisitor)
{
    m_path = path;
    const OpenResult result = openDatabase(m_db, path, options);
    QString visitor;
    if (result.ok) {
        prepare();
        sql::Statement q(m_db, "SELECT value FROM device WHERE key='desktop_visitor'");
        if (q.step() == SQLITE_ROW)
            visitor = q.text(0);
        // This install's name in sessions when the app gives none: random, made once per database. Not
        // the host name, which on a buyer's laptop is often its owner's name ("Anna-Muellers-MacBook").
        sql::Statement make(m_db, "INSERT OR IGNORE INTO device(key, value) VALUES('install_id', ?)");
        make.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        make.step();
        sql::Statement read(m_db, "SELECT value FROM device WHERE key='install_id'");
        m_installId = read.step() == SQLITE_ROW ? read.text(0) : QString();
        if (retentionDays > 0) {
            const PurgeResult purged = purgeAnonymousEvents(m_db, retentionDays, wallClockMs());
            if (!purged.ok)
                qCWarning(lcRecorder).noquote() << "telemetry: retention purge failed:" << purged.error;
        }
    }
    if (storedVisitor)
        *storedVisitor = visitor;
    return result;
}

void RowWriter::close()
{
    unprepare();
    m_db.close();
}

void RowWriter::prepare()
{
    auto make = [this](const char *sql) { return std::make_unique<sql::Statement>(m_db, sql); };
    m_insertEvent =
        make("INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties,"
             " engaged_ms, elapsed_ms) VALUES(?,?,?,?,?,?,?,?,?)");
    m_findVisitor = make("SELECT id FROM visitors WHERE uuid=?");
    m_insertVisitor = make("INSERT INTO visitors(uuid, first_seen_utc, device_id) VALUES(?,?,?)");
    m_findSession = make("SELECT id FROM sessions WHERE uuid=?");
    m_insertSession = make("INSERT INTO sessions(uuid, visitor_id, device_id, mode, language, start_utc)"
                           " VALUES(?,?,?,?,?,?)");
    m_endSession = make("UPDATE sessions SET end_utc=?, end_reason=? WHERE uuid=? AND end_utc IS NULL");
    m_rememberVisitor = make("INSERT OR REPLACE INTO device(key, value) VALUES('desktop_visitor', ?)");
    m_insertLead =
        make("INSERT INTO leads(visitor_id, session_id, created_utc, contact, request, uuid, target,"
             " preferred_contact, language, brochure_path) VALUES(?,?,?,?,?,?,?,?,?,?)");
    m_insertConsent =
        make("INSERT INTO consents(visitor_id, lead_id, given_utc, text, purpose, version, language)"
             " VALUES(?,?,?,?,?,?,?)");
    m_attachBrochure = make("UPDATE leads SET brochure_path=? WHERE uuid=?");
    m_insertDrops = make("INSERT INTO drops(recorded_utc, count, reason) VALUES(?,?,?)");
    m_dataVersion = make("PRAGMA data_version");
    forgetKeys();
}

void RowWriter::unprepare()
{
    for (auto *s : {&m_insertEvent, &m_findVisitor, &m_insertVisitor, &m_findSession, &m_insertSession,
                    &m_endSession, &m_rememberVisitor, &m_insertLead, &m_insertConsent, &m_attachBrochure,
                    &m_insertDrops, &m_dataVersion})
        s->reset();
    forgetKeys();
}

void RowWriter::forgetKeys()
{
    m_visitorKeys.clear();
    m_sessionKeys.clear();
}

bool RowWriter::begin()
{
    return m_db.exec("BEGIN IMMEDIATE") && checkDataVersion();
}

// Inside a write transaction: drops the cached keys if another connection changed the file since.
bool RowWriter::checkDataVersion()
{
    if (m_dataVersion->step() != SQLITE_ROW)
        return false;
    const qint64 version = m_dataVersion->int64(0);
    m_dataVersion->reset();
    if (version != m_seenDataVersion)
        forgetKeys();
    m_seenDataVersion = version;
    return true;
}

bool RowWriter::write(const Record &record, int *events)
{
    if (const auto *e = std::get_if<Event>(&record)) {
        const qint64 visitor = visitorKey(e->visitor, e->tsUtcMs, QString());
        const qint64 session = sessionKey(e->session, visitor, e->tsUtcMs);
        if (visitor < 0 || session < 0)
            return false;
        sql::Statement &s = *m_insertEvent;
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
        const QString &device = s->device.isEmpty() ? m_installId : s->device;
        const qint64 visitor = visitorKey(s->visitor, s->tsUtcMs, device);
        if (sessionKey(s->session, visitor, s->tsUtcMs, s, device) < 0)
            return false;
        if (s->rememberVisitor) {
            m_rememberVisitor->bind(1, s->visitor);
            return stepOnce(*m_rememberVisitor) == SQLITE_OK;
        }
        return true;
    }
    if (const auto *s = std::get_if<SessionEnd>(&record)) {
        sql::Statement &q = *m_endSession;
        q.bind(1, s->tsUtcMs);
        q.bind(2, s->reason);
        q.bind(3, s->session);
        return stepOnce(q) == SQLITE_OK;
    }
    if (const auto *b = std::get_if<LeadBrochure>(&record)) {
        // A lead erased meanwhile (staff ran forget) matches no row: nothing to attach, not an error.
        m_attachBrochure->bind(1, b->path);
        m_attachBrochure->bind(2, b->lead);
        return stepOnce(*m_attachBrochure) == SQLITE_OK;
    }
    const auto &lead = std::get<Lead>(record);
    const qint64 visitor = visitorKey(lead.visitor, lead.tsUtcMs, QString());
    const qint64 session = sessionKey(lead.session, visitor, lead.tsUtcMs);
    if (visitor <= 0 || session < 0)
        return false;
    // Every value is bound, never spliced into SQL: a visitor's text is data whatever it looks like.
    auto orNull = [](const QString &v) { return v.isEmpty() ? QString() : v; };
    sql::Statement &q = *m_insertLead;
    q.bind(1, visitor);
    bindKey(q, 2, session);
    q.bind(3, lead.tsUtcMs);
    q.bindUtf8(4, propertiesJson(lead.contact));
    q.bind(5, lead.request);
    q.bind(6, orNull(lead.id));
    q.bind(7, orNull(lead.target));
    q.bind(8, orNull(lead.preferredContact));
    q.bind(9, orNull(lead.language));
    q.bind(10, orNull(lead.brochurePath));
    if (stepOnce(q) != SQLITE_OK)
        return false;
    const qint64 leadId = sqlite3_last_insert_rowid(m_db.handle());
    for (const Consent &consent : lead.consents) {
        sql::Statement &c = *m_insertConsent;
        c.bind(1, visitor);
        c.bind(2, leadId);
        c.bind(3, lead.tsUtcMs);
        c.bind(4, consent.text);
        c.bind(5, consent.purpose);
        c.bind(6, orNull(consent.version));
        c.bind(7, orNull(consent.language));
        if (stepOnce(c) != SQLITE_OK)
            return false;
    }
    return true;
}

bool RowWriter::writeDrops(qint64 count, qint64 recordedUtcMs)
{
    m_insertDrops->bind(1, recordedUtcMs);
    m_insertDrops->bind(2, count);
    m_insertDrops->bind(3, QStringLiteral("queue full while the database could not be written"));
    return stepOnce(*m_insertDrops) == SQLITE_OK;
}

bool RowWriter::commit()
{
    return m_db.exec("COMMIT");
}

QString RowWriter::fail()
{
    const int code = m_db.errorCode();
    QString why = QStringLiteral("cannot write to '%1': %2").arg(m_path, m_db.errorText());
    if (sql::describe(code) != m_db.errorText())
        why += QStringLiteral(" (%1)").arg(sql::describe(code));
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        m_db.exec("ROLLBACK");
    forgetKeys(); // keys made in the rolled-back transaction name no row now
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        // The file was damaged or replaced under us: reopen, which moves it aside.
        close();
    }
    return why;
}

// The key of a visitor (0: no visitor, -1: failed), made on first sight.
qint64 RowWriter::visitorKey(const QString &uuid, qint64 tsUtcMs, const QString &device)
{
    if (uuid.isEmpty())
        return 0;
    if (const auto it = m_visitorKeys.constFind(uuid); it != m_visitorKeys.cend())
        return *it;
    qint64 key = lookUp(*m_findVisitor, uuid);
    if (key == 0) {
        m_insertVisitor->bind(1, uuid);
        m_insertVisitor->bind(2, tsUtcMs);
        if (!device.isEmpty())
            m_insertVisitor->bind(3, device);
        key = inserted(*m_insertVisitor);
    }
    if (key > 0)
        remember(m_visitorKeys, uuid, key);
    return key;
}

// The key of a session (0: none, -1: failed). start, if given, makes a missing session with its details;
// an event of an unknown session (its row erased meanwhile) makes a bare one, so the event stays linked
// to its visitor's pseudonym and a later erasure still finds it.
qint64 RowWriter::sessionKey(const QString &uuid, qint64 visitor, qint64 tsUtcMs, const SessionStart *start,
                             const QString &device)
{
    if (visitor < 0)
        return -1;
    if (uuid.isEmpty())
        return 0;
    if (const auto it = m_sessionKeys.constFind(uuid); it != m_sessionKeys.cend())
        return *it;
    qint64 key = lookUp(*m_findSession, uuid);
    if (key == 0 && visitor > 0) {
        sql::Statement &q = *m_insertSession;
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
        remember(m_sessionKeys, uuid, key);
    return key;
}

// A kiosk that runs for months sees a new visitor every few minutes: the caches stay small.
void RowWriter::remember(QHash<QString, qint64> &keys, const QString &uuid, qint64 key)
{
    if (keys.size() >= 1024)
        keys.clear();
    keys.insert(uuid, key);
}

qint64 RowWriter::lookUp(sql::Statement &find, const QString &uuid)
{
    find.bind(1, uuid);
    const int rc = find.step();
    const qint64 key = rc == SQLITE_ROW ? find.int64(0) : rc == SQLITE_DONE ? 0 : -1;
    find.reset();
    return key;
}

qint64 RowWriter::inserted(sql::Statement &insert)
{
    const int rc = insert.step();
    insert.reset();
    return rc == SQLITE_DONE ? sqlite3_last_insert_rowid(m_db.handle()) : -1;
}

} // namespace showroom::telemetry
