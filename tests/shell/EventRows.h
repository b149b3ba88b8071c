// The telemetry rows a shell test checks, read back from the real SQLite file the recorder wrote.
#pragma once

#include "telemetry/Telemetry.h"

#include <QJsonDocument>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace showroom::testing {

struct EventRow
{
    QString name, target;
    QVariantMap properties;
    qint64 elapsedMs = 0;
    qint64 engagedMs = 0;
};

// Flushes the writer, then reads `events` rows matching the SQL condition `where`, in write order.
inline QList<EventRow> readEvents(telemetry::Telemetry &telemetry, const QString &databaseFile,
                                  const QString &where = QStringLiteral("1"))
{
    QList<EventRow> out;
    if (!telemetry.flush(5000))
        return out;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("event-rows"));
        db.setDatabaseName(databaseFile);
        if (!db.open())
            return out;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name, target, properties, elapsed_ms, engaged_ms FROM events WHERE %1 "
                              "ORDER BY id")
                   .arg(where));
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(),
                        QJsonDocument::fromJson(q.value(2).toByteArray()).toVariant().toMap(),
                        q.value(3).toLongLong(), q.value(4).toLongLong()});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("event-rows"));
    return out;
}

} // namespace showroom::testing
