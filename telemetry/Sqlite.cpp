#include "telemetry/Sqlite.h"

#include <sqlite3.h>

namespace showroom::telemetry::sql {

Connection::~Connection()
{
    close();
}

bool Connection::open(const QString &path, int flags, QString *error)
{
    close();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : describe(rc);
        sqlite3_close_v2(db);
        return false;
    }
    sqlite3_extended_result_codes(db, 1);
    m_db = db;
    return true;
}

void Connection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool Connection::exec(const char *sql)
{
    m_lastCode = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    return m_lastCode == SQLITE_OK;
}

int Connection::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : m_lastCode;
}

QString Connection::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : describe(m_lastCode);
}

qint64 Connection::scalar(const char *sql, qint64 fallback, bool *ok)
{
    Statement q(*this, sql);
    const bool good = q.isValid() && q.step() == SQLITE_ROW;
    if (ok)
        *ok = good;
    return good ? q.int64(0) : fallback;
}

Statement::Statement(Connection &db, const char *sql)
{
    if (db.handle())
        sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // The database is UTF-8: converting once here beats SQLite copying UTF-16 and converting it again.
    keep(index, value.toUtf8());
}

void Statement::bindUtf8(int index, QByteArray utf8)
{
    keep(index, std::move(utf8));
}

void Statement::keep(int index, QByteArray &&utf8)
{
    if (index < 1)
        return;
    if (m_bound.size() < size_t(index))
        m_bound.resize(size_t(index));
    QByteArray &slot = m_bound[size_t(index - 1)];
    slot = std::move(utf8);
    // SQLITE_STATIC: the bytes live in m_bound until the next bind of this index or reset().
    sqlite3_bind_text(m_stmt, index, slot.isNull() ? "" : slot.constData(), int(slot.size()), SQLITE_STATIC);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int Statement::step()
{
    return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    for (QByteArray &b : m_bound)
        b.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return QString();
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QString describe(int code)
{
    return QString::fromUtf8(sqlite3_errstr(code));
}

} // namespace showroom::telemetry::sql
