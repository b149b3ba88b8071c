#include "ExportCommands.h"

#include "AdminCommon.h"

#include "profiles/ProfileStore.h"
#include "profiles/VisitorProfile.h"
#include "telemetry/Database.h"
#include "telemetry/Returning.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

#include <cstdio>

namespace showroom::admin {

namespace pr = showroom::profiles;
namespace tel = showroom::telemetry;

namespace {

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

// Personal data: readable by the file's owner only (set on the temporary file, kept by the rename).
bool openOutput(QSaveFile &out, QString *error)
{
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write '%1': %2").arg(out.fileName(), out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool finish(QSaveFile &out, QString *error)
{
    if (out.error() != QFileDevice::NoError || !out.commit()) {
        *error = QStringLiteral("cannot write '%1': %2 (nothing was written)").arg(out.fileName(), out.errorString());
        return false;
    }
    return true;
}

// The end of an export: the file takes the place of the old one only when every row was read and written
// (else it is left as it was); the line staff see says how many rows went where.
ExportOutcome finishExport(QSaveFile &out, int rc, tel::sql::Connection &db, const ExportRequest &r,
                           ExportOutcome outcome, const char *what)
{
    QString error;
    if (rc != SQLITE_DONE) {
        out.cancelWriting();
        outcome.exitCode = failure(QStringLiteral("database '%1': export failed: %2").arg(r.db, db.errorText()));
    } else if (!finish(out, &error)) {
        outcome.exitCode = failure(error);
    } else {
        std::printf("exported %lld %s to %s\n", static_cast<long long>(outcome.rows), what,
                    qPrintable(QDir::toNativeSeparators(r.file)));
        outcome.exitCode = 0;
    }
    return outcome;
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

// A JSON string literal, for the hand-built lines (millions of events: no QJsonDocument per line).
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                out += escaped;
            } else {
                out += c; // UTF-8 passes through: JSON text is UTF-8
            }
        }
    }
    out += '"';
}

} // namespace

QString csvCell(const QString &value)
{
    // OWASP "CSV injection": = + - @ TAB CR start a formula in Excel, LibreOffice and Google Sheets; the
    // full-width (U+FF1D, FF0B, FF0D, FF20) and small (U+FE66, FE62, FE63, FE6B) forms are normalised to
    // them by some spreadsheets. Leading blanks or a line break do not make a formula safe either.
    static const QString formula = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B");
    QString v = value;
    int i = 0;
    while (i < v.size() && (v.at(i) == QLatin1Char(' ') || v.at(i) == QLatin1Char('\n') ||
                            v.at(i) == QChar(0x00A0) || v.at(i) == QChar(0x3000)))
        ++i;
    if (i < v.size() && formula.contains(v.at(i)))
        v.prepend(QLatin1Char('\''));
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

bool outputPathUsable(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = QStringLiteral("the output file name is empty");
        return false;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("'%1' is a folder; give a file name inside it").arg(path);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = QStringLiteral("the folder of '%1' does not exist").arg(path);
        return false;
    }
    return true;
}

ExportOutcome exportLeads(const ExportRequest &r)
{
    ExportOutcome outcome;
    tel::sql::Connection db;
    QString error;
    if (!openExisting(db, r.db, &error)) {
        outcome.exitCode = failure(error);
        return outcome;
    }
    // Scores come from the interest profiles: fold what is new first (the store is a cache).
    pr::ProfileStore store(db);
    if (!store.open(&error)) {
        outcome.exitCode = failure(QStringLiteral("database '%1': lead scores failed: %2").arg(r.db, error));
        return outcome;
    }
    store.catchUp();
    // Only leads whose visitor gave the contact consent; per visitor the latest of them.
    tel::sql::Statement q(db, "SELECT v.uuid, l.contact, l.preferred_contact, c.version, c.given_utc"
                              " FROM leads l JOIN visitors v ON v.id = l.visitor_id"
                              " JOIN consents c ON c.lead_id = l.id AND c.purpose = ?1"
                              " ORDER BY l.visitor_id, l.created_utc DESC, l.id DESC, c.given_utc DESC");
    if (!q.isValid()) {
        outcome.exitCode = failure(QStringLiteral("database '%1': export failed: %2").arg(r.db, db.errorText()));
        return outcome;
    }
    q.bind(1, QString::fromLatin1(tel::kContactConsentPurpose));

    QSaveFile out(r.file);
    if (!openOutput(out, &error)) {
        outcome.exitCode = failure(error);
        return outcome;
    }
    auto writeRow = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvCell(c);
        out.write((quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    };
    out.write("\xEF\xBB\xBF"); // UTF-8 BOM: spreadsheets then read umlauts right
    writeRow({QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
              QStringLiteral("Phone Number"), QStringLiteral("Preferred Contact"), QStringLiteral("Consent Given"),
              QStringLiteral("Consent Text Version"), QStringLiteral("Consent Time"), QStringLiteral("Lead Score"),
              QStringLiteral("Top Units"), QStringLiteral("Last Visit")});
    const qint64 now = r.asOfUtcMs > 0 ? r.asOfUtcMs : QDateTime::currentMSecsSinceEpoch();
    QString previous;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const QString visitor = q.text(0);
        if (visitor == previous)
            continue; // an older lead of the same visitor
        previous = visitor;
        const QJsonObject contact = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        QString score, topUnits, lastVisit;
        pr::StoredProfile stored;
        bool found = false;
        if (store.load(visitor, &stored, &found, &error) && found) {
            const pr::VisitorProfile profile = pr::buildProfile(stored, nullptr, now);
            score = QString::number(pr::leadScore(profile).score);
            QStringList units;
            for (int i = 0; i < qMin(3, int(profile.units.size())); ++i)
                units << profile.units.at(i).key;
            topUnits = units.join(QStringLiteral("; "));
            lastVisit = isoUtc(profile.lastSeenUtcMs);
        }
        writeRow({contact.value(QStringLiteral("first_name")).toString(),
                  contact.value(QStringLiteral("last_name")).toString(),
                  contact.value(QStringLiteral("email")).toString(),
                  contact.value(QStringLiteral("phone")).toString(), capitalised(q.text(2)),
                  QStringLiteral("Yes"), q.text(3), isoUtc(q.int64(4)), score, topUnits, lastVisit});
        ++outcome.rows;
    }
    return finishExport(out, rc, db, r, outcome, "leads with contact consent");
}

ExportOutcome exportEvents(const ExportRequest &r)
{
    ExportOutcome outcome;
    tel::sql::Connection db;
    QString error;
    if (!openExisting(db, r.db, &error)) {
        outcome.exitCode = failure(error);
        return outcome;
    }
    QSaveFile out(r.file);
    if (!openOutput(out, &error)) {
        outcome.exitCode = failure(error);
        return outcome;
    }
    // One snapshot while the app goes on writing: a read transaction.
    db.exec("BEGIN");
    tel::sql::Statement q(db, "SELECT e.id, e.ts_utc, v.uuid, s.uuid, s.device_id, s.mode, e.name, e.target,"
                              " e.properties, e.engaged_ms, e.elapsed_ms FROM events e"
                              " LEFT JOIN sessions s ON s.id = e.session_id"
                              " LEFT JOIN visitors v ON v.id = e.visitor_id ORDER BY e.id");
    if (!q.isValid()) {
        out.cancelWriting();
        outcome.exitCode = failure(QStringLiteral("database '%1': export failed: %2").arg(r.db, db.errorText()));
        return outcome;
    }
    QByteArray line;
    auto text = [&](const char *key, int column) {
        line += ",\"";
        line += key;
        line += "\":";
        if (q.isNull(column))
            line += "null";
        else
            appendJsonString(line, q.text(column));
    };
    auto number = [&](const char *key, int column) {
        line += ",\"";
        line += key;
        line += "\":";
        line += q.isNull(column) ? QByteArray("null") : QByteArray::number(q.int64(column));
    };
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        line = "{\"id\":" + QByteArray::number(q.int64(0));
        line += ",\"time\":\"" +
                QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC).toString(Qt::ISODateWithMs).toLatin1() + '"';
        number("ts_utc", 1);
        text("visitor", 2);
        text("session", 3);
        text("device", 4);
        text("mode", 5);
        text("name", 6);
        text("target", 7);
        // properties is a JSON object already (telemetry writes it); anything else goes out as a string.
        line += ",\"properties\":";
        const QByteArray props = q.isNull(8) ? QByteArray() : q.text(8).toUtf8().trimmed();
        if (props.isEmpty())
            line += "{}";
        else if (props.startsWith('{') && props.endsWith('}'))
            line += props;
        else
            appendJsonString(line, QString::fromUtf8(props));
        number("engaged_ms", 9);
        number("elapsed_ms", 10);
        line += "}\n";
        out.write(line);
        ++outcome.rows;
    }
    db.exec("COMMIT");
    return finishExport(out, rc, db, r, outcome, "events");
}

} // namespace showroom::admin
