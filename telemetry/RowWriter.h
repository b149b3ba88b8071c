// The rows the telemetry writer thread writes: prepared SQLite statements that turn queued records into
// rows of events, visitors, sessions, leads, consents and drops, and the caches of the visitors' and
// sessions' integer keys. Internal to Recorder (its writer thread owns one): it knows nothing of the
// queue, of batch sizes, retries or threads; Recorder decides when a transaction starts and ends.
#pragma once

#include "telemetry/Database.h"
#include "telemetry/Records.h"
#include "telemetry/Sqlite.h"

#include <QHash>
#include <QLoggingCategory>
#include <QString>

#include <functional>
#include <memory>

// "showroom.telemetry.recorder": the recorder and its row writer log under one category.
Q_DECLARE_LOGGING_CATEGORY(lcRecorder)

namespace showroom::telemetry {

class RowWriter
{
public:
    // Opens (creates, migrates, or moves aside) the database at path, prepares the statements, reads this
    // install's returning visitor into storedVisitor (empty if none) and makes the install id once per
    // database. retentionDays > 0 purges anonymous events older than that (wallClockMs is "now").
    OpenResult open(const QString &path, const OpenOptions &options, int retentionDays,
                    const std::function<qint64()> &wallClockMs, QString *storedVisitor);
    bool isOpen() const { return m_db.isOpen(); }
    sql::Connection &connection() { return m_db; } // the writer's own (Recorder's idle work)
    void close(); // finalises the statements, then closes the connection

    // One transaction: begin(), write() each record, writeDrops() if events were dropped, commit().
    // After any of them returned false, fail() ends the transaction.
    bool begin(); // BEGIN IMMEDIATE; forgets the cached keys if another connection committed meanwhile
    bool write(const Record &record, int *events); // counts the events it wrote into *events
    bool writeDrops(qint64 count, qint64 recordedUtcMs);
    bool commit();
    // Rolls back and returns one line saying why the transaction failed. A damaged or replaced file
    // closes the connection, so that the next open() moves it aside.
    QString fail();

private:
    void prepare();
    void unprepare();
    void forgetKeys();
    bool checkDataVersion();
    qint64 visitorKey(const QString &uuid, qint64 tsUtcMs, const QString &device);
    qint64 sessionKey(const QString &uuid, qint64 visitor, qint64 tsUtcMs,
                      const SessionStart *start = nullptr, const QString &device = QString());
    static void remember(QHash<QString, qint64> &keys, const QString &uuid, qint64 key);
    qint64 lookUp(sql::Statement &find, const QString &uuid);
    qint64 inserted(sql::Statement &insert);

    sql::Connection m_db;
    QString m_path; // names the file in error messages
    std::unique_ptr<sql::Statement> m_insertEvent, m_findVisitor, m_insertVisitor, m_findSession,
        m_insertSession, m_endSession, m_rememberVisitor, m_insertLead, m_insertConsent, m_attachBrochure,
        m_insertDrops, m_dataVersion;
    QString m_installId; // device id of sessions that name none (RecorderOptions / device table)
    // Integer keys of the visitors' and sessions' UUIDs, so a flood of events costs one hash lookup each,
    // not a query. Forgotten whenever a transaction rolls back (the rows it made are gone) or another
    // connection committed (staff may have erased a visitor: PRAGMA data_version tells).
    QHash<QString, qint64> m_visitorKeys, m_sessionKeys;
    qint64 m_seenDataVersion = -1;
};

} // namespace showroom::telemetry
