// A thin RAII layer over the sqlite3 C API. The writer uses the C API directly (not Qt SQL) because it
// needs the exact result codes (SQLITE_FULL, SQLITE_BUSY, SQLITE_NOTADB) to decide between retrying,
// moving a file aside and giving up, and because binding through QVariant costs a third of the
// throughput on the hot insert path.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace showroom::telemetry::sql {

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // flags are SQLITE_OPEN_* values; returns false and fills error on failure.
    bool open(const QString &path, int flags, QString *error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements without results. On failure returns false; see errorCode()/errorText().
    bool exec(const char *sql);
    bool exec(const QString &sql) { return exec(sql.toUtf8().constData()); }
    int errorCode() const; // extended result code of the last failure
    QString errorText() const;
    // Single integer result of a query such as "PRAGMA user_version"; fallback on error.
    qint64 scalar(const char *sql, qint64 fallback = -1, bool *ok = nullptr);

private:
    sqlite3 *m_db = nullptr;
    int m_lastCode = 0;
};

class Statement
{
public:
    Statement(Connection &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, const QString &value); // a null QString binds NULL
    void bindUtf8(int index, QByteArray utf8);  // text already in UTF-8 (kept until reset())
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Returns SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();
    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    int columnType(int column) const;

private:
    void keep(int index, QByteArray &&utf8);

    sqlite3_stmt *m_stmt = nullptr;
    // Bound text stays here, in UTF-8, until reset(): SQLite then neither copies nor converts it.
    std::vector<QByteArray> m_bound;
};

// "database is locked (SQLITE_BUSY)" style text for a result code.
QString describe(int code);

} // namespace showroom::telemetry::sql
