// The staff PIN: an Argon2id hash (libsodium's crypto_pwhash_str, "$argon2id$v=19$m=...") and the
// lockout after wrong PINs, in one row of the table staff_pin of the telemetry database. Plain
// functions over a connection: slow (a check takes ~0.1-0.5 s by design), so callers run them off the
// GUI thread (StaffAccess does). Never stores or logs the PIN itself.
#pragma once

#include "telemetry/Sqlite.h"

#include <QString>

#include <cstddef>

namespace showroom::staff {

// Five wrong PINs in a row lock for 30 s; each further wrong PIN doubles it, up to an hour. The right
// PIN, or a new one set with showroom-admin set-pin, clears the count.
struct LockoutPolicy
{
    int freeAttempts = 5;
    qint64 firstLockMs = 30 * 1000;
    qint64 maxLockMs = 60 * 60 * 1000;
    // How long `failures` wrong PINs in a row lock for (0 while below freeAttempts).
    qint64 lockFor(int failures) const;
};

// Argon2id cost (docs/staff.md: ~0.2 s on the 2-core reference machine).
struct PinHashCost
{
    unsigned long long opsLimit = 3;
    std::size_t memLimitBytes = std::size_t(64) << 20;
};

struct PinState
{
    bool pinSet = false;
    int failures = 0;           // wrong PINs in a row
    qint64 lockedUntilUtcMs = 0;
    qint64 setUtcMs = 0;        // when the PIN was set
    bool lockedAt(qint64 nowUtcMs) const { return lockedUntilUtcMs > nowUtcMs; }
    // Wrong PINs still allowed before a lock (0 while locked; 1 after a lock ran out: the next wrong PIN
    // locks again, for longer).
    int attemptsLeftAt(qint64 nowUtcMs, const LockoutPolicy &policy) const;
};

enum class PinCheck
{
    Accepted,
    Wrong,    // wrong PIN, not (yet) locked
    LockedOut, // this wrong PIN started a lock
    Locked,   // already locked: the PIN was not even checked
    NoPin,    // no PIN set on this database
    Failed    // the database failed (error says why)
};

struct PinCheckResult
{
    PinCheck outcome = PinCheck::Failed;
    PinState state; // after the check
    QString error;
};

namespace pin {

inline constexpr int kMinDigits = 4;
inline constexpr int kMaxDigits = 12;

bool ensureTables(telemetry::sql::Connection &db, QString *error);
// The stored state; a database without the table has no PIN (not an error).
bool readState(telemetry::sql::Connection &db, PinState *out, QString *error);
// Empty when pin is acceptable (4-12 ASCII digits), else why not, in a sentence.
QString problemWith(const QString &pin);
// The "$argon2id$..." string for pin (empty + error on failure, e.g. out of memory).
QByteArray hash(const QString &pin, const PinHashCost &cost, QString *error);
// Checks pin against an "$argon2id$..." string (slow).
bool verify(const QByteArray &hashString, const QString &pin);
// Stores a new PIN (hash only) and clears any lockout. Refuses a PIN problemWith() objects to.
bool setPin(telemetry::sql::Connection &db, const QString &pin, qint64 nowUtcMs, const PinHashCost &cost,
            QString *error);
// Makes an Argon2id string made elsewhere the PIN (a kiosk's configuration file: docs/kiosk.md), unless
// it is the stored one already; a new one clears the lockout like setPin. *changed: it was stored.
bool adoptHash(telemetry::sql::Connection &db, const QByteArray &hashString, qint64 nowUtcMs, bool *changed,
               QString *error);
// Checks pin unless locked, then counts the failure or clears the count, in a write transaction taken
// after the (slow) hash comparison so the database is never held during it.
PinCheckResult check(telemetry::sql::Connection &db, const QString &pin, qint64 nowUtcMs,
                     const LockoutPolicy &policy);

} // namespace pin

} // namespace showroom::staff
