// A thin RAII layer over libpq for the central store: connect with redacted errors, commands and
// queries with bound values (text format), and COPY FROM STDIN streaming. Internal to app/sync.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace showroom::sync {
struct CentralSettings;
}

namespace showroom::sync::pg {

// One query's rows, read as text (libpq's text format); null cells are null QByteArrays.
class Result
{
public:
    Result() = default;
    explicit Result(pg_result *r);
    bool isValid() const { return m_result != nullptr; }
    int rows() const;
    QByteArray value(int row, int column) const;
    qint64 int64(int row, int column) const { return value(row, column).toLongLong(); }
    bool isNull(int row, int column) const;

private:
    friend class Connection;
    std::shared_ptr<pg_result> m_result;
};

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // keywords/values as for PQconnectdbParams with expand_dbname (the first "dbname" may be a URL).
    // error never holds a password: it names the server by redacted().
    bool open(const QList<QPair<QByteArray, QByteArray>> &params, const QString &redacted, QString *error);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    bool isBroken() const; // the server went away: the connection cannot be used again
    pg_conn *handle() const { return m_conn; }

    bool exec(const char *sql, QString *error);
    // Parameters bound as text ($1, $2 …); a null QByteArray binds NULL. Fails unless the statement
    // returns rows or completes.
    bool query(const char *sql, const QList<QByteArray> &params, Result *out, QString *error);
    bool command(const char *sql, const QList<QByteArray> &params, QString *error, qint64 *affected = nullptr);

    // COPY … FROM STDIN in text format: begin, put any number of chunks, end (which reports the
    // server's verdict on the whole stream).
    bool copyBegin(const char *copySql, QString *error);
    bool copyPut(const QByteArray &chunk, QString *error);
    bool copyEnd(QString *error, qint64 *rows = nullptr);

private:
    QString lastError(const char *what) const;

    pg_conn *m_conn = nullptr;
    QString m_server; // redacted, for messages
};

// Connects to the store the settings name ("no central store named …" when none is), errors redacted.
bool openStore(const CentralSettings &settings, Connection &db, QString *error);

// Appends one COPY text-format field (backslash escapes; a null QByteArray is \N) and a tab or newline.
void copyField(QByteArray &out, const char *utf8, qsizetype size, bool last);
inline void copyField(QByteArray &out, const QByteArray &v, bool last)
{
    if (v.isNull())
        out.append(last ? "\\N\n" : "\\N\t");
    else
        copyField(out, v.constData(), v.size(), last);
}
void copyInt(QByteArray &out, qint64 v, bool last);
void copyNull(QByteArray &out, bool last);

} // namespace showroom::sync::pg
