// The rollup tables' whole content as text, to compare an incrementally folded database with a rebuild.
#pragma once

#include "telemetry/Sqlite.h"

#include <QStringList>

#include <sqlite3.h>

namespace fixture {

// Every row of every rollup table, "table|col|col|...", sorted. dash_unit_types (which unit is of which type,
// a fact about the homes, not about visitors) and dash_meta's bookkeeping are left out.
inline QStringList dumpRollups(showroom::telemetry::sql::Connection &db)
{
    QStringList rows;
    for (const char *table : {"dash_sessions", "dash_days", "dash_visitor_days", "dash_visitor_hist",
                              "dash_visitor_counts", "dash_visitors", "dash_units", "dash_cells", "dash_rooms",
                              "dash_steps", "dash_dirty"}) {
        const QByteArray sql = QByteArray("SELECT * FROM ") + table;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK)
            return {QStringLiteral("cannot read ") + QLatin1String(table)};
        while (sqlite3_step(s) == SQLITE_ROW) {
            QString row = QLatin1String(table);
            for (int c = 0; c < sqlite3_column_count(s); ++c)
                row += QLatin1Char('|') + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c)));
            rows << row;
        }
        sqlite3_finalize(s);
    }
    rows.sort();
    return rows;
}

inline qint64 count(showroom::telemetry::sql::Connection &db, const char *sql)
{
    return db.scalar(sql, -1);
}

} // namespace fixture
