// showroom-admin export-leads / export-events (issue 15): the files staff hand to a CRM or an analyst.
// Both write to a temporary file beside the target and rename it into place when complete (QSaveFile):
// a failure leaves no half-written file. Formats: docs/staff.md.
#pragma once

#include <QString>

namespace showroom::admin {

struct ExportRequest
{
    QString db;
    QString file;
    qint64 asOfUtcMs = 0; // lead scores decay to this instant; 0: now
};

// What an export did, for the audit log.
struct ExportOutcome
{
    int exitCode = 1;
    qint64 rows = 0;
};

// Leads with recorded contact consent (purpose sales_contact), one row per visitor (their latest such
// lead), as CSV for CRMs: UTF-8 with BOM, RFC 4180, every cell safe from formula injection.
ExportOutcome exportLeads(const ExportRequest &request);
// Every event as JSON Lines, visitors and sessions by their pseudonymous UUIDs (no personal data).
ExportOutcome exportEvents(const ExportRequest &request);

// A CSV cell as written: quoted, quotes doubled, and a leading character a spreadsheet would read as a
// formula (= + - @ tab CR, their full-width and small forms, also after leading blanks) neutralised
// with a single quote inside the quotes (OWASP CSV injection). "+49 30 1234" becomes "'+49 30 1234".
QString csvCell(const QString &value);

// Checks an output path before anything is read: empty, a folder, or in a folder that does not exist
// is a usage error (message in *error).
bool outputPathUsable(const QString &path, QString *error);

} // namespace showroom::admin
