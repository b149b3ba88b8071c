// The central PostgreSQL schema: created and migrated by the sync tool itself, versioned in
// showroom_schema (one row), like the devices' SQLite user_version. docs/central-store.md.
#pragma once

#include <QString>

namespace showroom::sync {

namespace pg {
class Connection;
}

inline constexpr int kCentralSchemaVersion = 1;

// Creates or migrates the schema in one transaction, serialised against other devices doing the same
// (an advisory lock). *from: the version found (0: a fresh database). A newer schema than this build
// knows is refused, untouched.
bool migrateCentral(pg::Connection &db, int *from, QString *error);

} // namespace showroom::sync
