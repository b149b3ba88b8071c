#include "sync/Pg.h"

#include "sync/Settings.h"

#include <libpq-fe.h>

#include <cstring>
#include <vector>

namespace showroom::sync::pg {

Result::Result(pg_result *r) : m_result(r, PQclear) {}

int Result::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

QByteArray Result::value(int row, int column) const
{
    if (!m_result || PQgetisnull(m_result.get(), row, column))
        return QByteArray();
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

bool Result::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column);
}

Connection::~Connection()
{
    close();
}

bool Connection::open(const QList<QPair<QByteArray, QByteArray>> &params, const QString &redacted,
                      QString *error)
{
    close();
    m_server = redacted;
    std::vector<const char *> keys, values;
    for (const auto &p : params) {
        keys.push_back(p.first.constData());
        values.push_back(p.second.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        // libpq's messages name the host and the user, never the password.
        const QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                                   : QStringLiteral("out of memory");
        *error = QStringLiteral("cannot connect to the central store %1: %2").arg(redacted, why);
        close();
        return false;
    }
    // NOTICEs (CREATE … IF NOT EXISTS) are noise on a staff tool's terminal; errors come back in results.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    return true;
}

void Connection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool Connection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) == CONNECTION_BAD;
}

QString Connection::lastError(const char *what) const
{
    const QString why =
        m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("not connected");
    if (isBroken())
        return QStringLiteral("lost the connection to the central store %1 during %2: %3")
            .arg(m_server, QLatin1String(what), why);
    return QStringLiteral("central store %1: %2 failed: %3").arg(m_server, QLatin1String(what), why);
}

namespace {

bool succeeded(pg_result *r)
{
    const ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

} // namespace

bool Connection::exec(const char *sql, QString *error)
{
    if (!m_conn) {
        *error = lastError("a command");
        return false;
    }
    Result r(PQexec(m_conn, sql));
    if (!succeeded(r.m_result.get())) {
        *error = lastError("a command");
        return false;
    }
    return true;
}

bool Connection::query(const char *sql, const QList<QByteArray> &params, Result *out, QString *error)
{
    if (!m_conn) {
        *error = lastError("a query");
        return false;
    }
    std::vector<const char *> values;
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    Result r(PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    if (!succeeded(r.m_result.get())) {
        *error = lastError("a query");
        return false;
    }
    if (out)
        *out = r;
    return true;
}

bool Connection::command(const char *sql, const QList<QByteArray> &params, QString *error, qint64 *affected)
{
    Result r;
    if (!query(sql, params, &r, error))
        return false;
    if (affected)
        *affected = QByteArray(PQcmdTuples(r.m_result.get())).toLongLong();
    return true;
}

bool Connection::copyBegin(const char *copySql, QString *error)
{
    if (!m_conn) {
        *error = lastError("COPY");
        return false;
    }
    Result r(PQexec(m_conn, copySql));
    if (!r.isValid() || PQresultStatus(r.m_result.get()) != PGRES_COPY_IN) {
        *error = lastError("COPY");
        return false;
    }
    return true;
}

bool Connection::copyPut(const QByteArray &chunk, QString *error)
{
    if (PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1) {
        *error = lastError("COPY");
        return false;
    }
    return true;
}

bool Connection::copyEnd(QString *error, qint64 *rows)
{
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        *error = lastError("COPY");
        return false;
    }
    bool fine = true;
    while (pg_result *raw = PQgetResult(m_conn)) {
        Result r(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK) {
            if (fine)
                *error = lastError("COPY");
            fine = false;
        } else if (rows) {
            *rows = QByteArray(PQcmdTuples(raw)).toLongLong();
        }
    }
    return fine;
}

void copyField(QByteArray &out, const char *s, qsizetype n, bool last)
{
    // Text format: backslash, tab, newline and carriage return are the only bytes that need escaping.
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = s[i];
        const char *esc = nullptr;
        switch (c) {
        case '\\':
            esc = "\\\\";
            break;
        case '\t':
            esc = "\\t";
            break;
        case '\n':
            esc = "\\n";
            break;
        case '\r':
            esc = "\\r";
            break;
        default:
            continue;
        }
        out.append(s + start, i - start);
        out.append(esc, 2);
        start = i + 1;
    }
    out.append(s + start, n - start);
    out.append(last ? '\n' : '\t');
}

void copyInt(QByteArray &out, qint64 v, bool last)
{
    char buf[24];
    char *p = buf + sizeof buf;
    const bool negative = v < 0;
    quint64 u = negative ? quint64(0) - quint64(v) : quint64(v);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    out.append(p, buf + sizeof buf - p);
    out.append(last ? '\n' : '\t');
}

void copyNull(QByteArray &out, bool last)
{
    out.append(last ? "\\N\n" : "\\N\t");
}

bool openStore(const CentralSettings &settings, Connection &db, QString *error)
{
    if (!namesServer(settings)) {
        *error = QStringLiteral("no central store named: give a postgresql:// URL, a config file, or PGHOST");
        return false;
    }
    return db.open(connectParams(settings), describeServer(settings), error);
}

} // namespace showroom::sync::pg
