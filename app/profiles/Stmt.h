// A prepared statement over the sqlite3 C API for the profile store: doubles and text bound without a
// copy (telemetry's sql::Statement has no double). Internal to app/profiles.
#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <cstring>

namespace showroom::profiles {

class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Stmt &bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Stmt &bind(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    Stmt &bind(int i, const QString &v)
    {
        QByteArray &kept = m_text[i & 15];
        kept = v.toUtf8();
        sqlite3_bind_text(m_stmt, i, kept.constData(), int(kept.size()), SQLITE_STATIC);
        return *this;
    }
    Stmt &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    int step() { return sqlite3_step(m_stmt); }
    // Runs a statement without results; true when it finished.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    // The column's text is exactly latin1 (no conversion, no copy).
    bool textIs(int c, const char *latin1, int size) const
    {
        return sqlite3_column_bytes(m_stmt, c) == size &&
               std::memcmp(sqlite3_column_text(m_stmt, c), latin1, size_t(size)) == 0;
    }
    QString text(int c) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c)),
                                 sqlite3_column_bytes(m_stmt, c));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_text[16]; // bound text stays alive until rebound (parameters 1-15)
};

} // namespace showroom::profiles
