// Opening a telemetry database: create, recognise, migrate, or move a corrupt/foreign file aside.
#pragma once

#include "telemetry/Sqlite.h"

#include <QString>

namespace showroom::telemetry {

// PRAGMA application_id of every Showroom telemetry database ("SRTL"); how we tell ours from foreign files.
constexpr int kApplicationId = 0x5352544c;
// PRAGMA user_version this build writes. Migrations in Database.cpp bring older files up to it.
constexpr int kSchemaVersion = 5;

enum class Synchronous
{
    Normal,
    Full
};

struct OpenOptions
{
    enum Mode
    {
        CreateOrRecover, // the app: create if missing; move a corrupt or foreign file aside and start fresh
        ExistingOnly,    // staff tools: never create, never move anything; report the problem instead
    };
    Mode mode = CreateOrRecover;
    int busyTimeoutMs = 2000;
    Synchronous synchronous = Synchronous::Full;
};

struct OpenResult
{
    bool ok = false;
    QString error;         // one line naming the file and the reason
    QString movedAsideTo;  // set when a corrupt or foreign file was renamed away
    int migratedFrom = -1; // schema version found before migrating (0 = new file), -1 if not opened
};

// Opens (and if needed creates/migrates) the database at path on db, which must be used only by the
// calling thread afterwards. ":memory:" gives a private in-memory database.
OpenResult openDatabase(sql::Connection &db, const QString &path, const OpenOptions &options);

} // namespace showroom::telemetry
