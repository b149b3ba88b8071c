// The privacy operations a property developer in the EU must be able to run: retention, erasure, access.
#pragma once

#include "telemetry/Sqlite.h"

#include <QJsonObject>
#include <QString>

namespace showroom::telemetry {

struct PurgeResult
{
    bool ok = false;
    QString error;
    qint64 events = 0, sessions = 0, visitors = 0;
};

// Retention: removes events of anonymous visitors (no lead on file) older than days, their sessions
// that ended before the cut-off, and visitors left with nothing. Identified visitors' history is kept
// under their consent.
PurgeResult purgeAnonymousEvents(sql::Connection &db, int days, qint64 nowUtcMs);

struct ErasureResult
{
    bool ok = false;
    QString error;
    qint64 events = 0, sessions = 0, leads = 0, consents = 0, visitors = 0;
    qint64 brochures = 0;      // the PDF files made for the visitor's leads, deleted
    bool walTruncated = false; // false if a reader kept old pages in the WAL; they go at the next checkpoint
    qint64 total() const { return events + sessions + leads + consents + visitors; }
};

// Erasure: deletes the visitor and everything linked (events, sessions, leads, consents, the device's
// memory of them, the brochure PDFs made for their leads) with secure_delete on, then checkpoints and
// truncates the WAL so the bytes are gone from the files, not just unlinked.
ErasureResult forgetVisitor(sql::Connection &db, const QString &visitor);

// Access: everything held about the visitor, as one JSON object. found is false if nothing is held.
bool exportVisitor(sql::Connection &db, const QString &visitor, QJsonObject *out, QString *error,
                   bool *found = nullptr);

} // namespace showroom::telemetry
