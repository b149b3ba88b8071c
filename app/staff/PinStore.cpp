#include "staff/PinStore.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>

namespace showroom::staff {

namespace sql = telemetry::sql;

qint64 LockoutPolicy::lockFor(int failures) const
{
    if (failures < freeAttempts)
        return 0;
    qint64 ms = firstLockMs;
    for (int i = freeAttempts; i < failures && ms < maxLockMs; ++i)
        ms *= 2;
    return qMin(ms, maxLockMs);
}

int PinState::attemptsLeftAt(qint64 nowUtcMs, const LockoutPolicy &policy) const
{
    if (lockedAt(nowUtcMs))
        return 0;
    return qMax(1, policy.freeAttempts - failures);
}

namespace pin {

namespace {

const char *const kCreate = "CREATE TABLE IF NOT EXISTS staff_pin("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " hash TEXT NOT NULL,"         // crypto_pwhash_str: $argon2id$v=19$m=..,t=..,p=1$salt$hash
                            " set_utc INTEGER NOT NULL,"
                            " failures INTEGER NOT NULL DEFAULT 0,"
                            " locked_until_utc INTEGER NOT NULL DEFAULT 0,"
                            " last_failure_utc INTEGER)";

bool fail(sql::Connection &db, QString *error)
{
    if (error)
        *error = db.errorText();
    return false;
}

bool sodiumReady(QString *error)
{
    if (sodium_init() < 0) {
        if (error)
            *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    return true;
}

// The stored row; *found false without a PIN.
bool readRow(sql::Connection &db, PinState *state, QByteArray *hashString, bool *found, QString *error)
{
    *state = PinState{};
    *found = false;
    bool ok = false;
    const qint64 exists =
        db.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='staff_pin'", -1, &ok);
    if (!ok)
        return fail(db, error);
    if (exists == 0)
        return true;
    sql::Statement q(db, "SELECT hash, set_utc, failures, locked_until_utc FROM staff_pin WHERE id = 1");
    if (!q.isValid())
        return fail(db, error);
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW)
        return fail(db, error);
    *found = true;
    if (hashString)
        *hashString = q.text(0).toUtf8();
    state->pinSet = true;
    state->setUtcMs = q.int64(1);
    state->failures = int(q.int64(2));
    state->lockedUntilUtcMs = q.int64(3);
    return true;
}

} // namespace

bool ensureTables(sql::Connection &db, QString *error)
{
    return db.exec(kCreate) || fail(db, error);
}

bool readState(sql::Connection &db, PinState *out, QString *error)
{
    bool found = false;
    return readRow(db, out, nullptr, &found, error);
}

QString problemWith(const QString &pin)
{
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QStringLiteral("the PIN must be digits 0-9 only");
    }
    if (pin.size() < kMinDigits)
        return QStringLiteral("the PIN must have at least %1 digits").arg(kMinDigits);
    if (pin.size() > kMaxDigits)
        return QStringLiteral("the PIN must have at most %1 digits").arg(kMaxDigits);
    return QString();
}

QByteArray hash(const QString &pin, const PinHashCost &cost, QString *error)
{
    if (!sodiumReady(error))
        return {};
    QByteArray secret = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, secret.constData(), std::size_t(secret.size()), cost.opsLimit,
                                         cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    if (rc != 0) {
        if (error)
            *error = QStringLiteral("the PIN could not be hashed (out of memory?)");
        return {};
    }
    return QByteArray(out);
}

bool verify(const QByteArray &hashString, const QString &pin)
{
    // Only our own kind of hash: a row edited to a weaker scheme is never accepted.
    if (!hashString.startsWith("$argon2id$") || hashString.size() >= crypto_pwhash_STRBYTES ||
        !sodiumReady(nullptr))
        return false;
    char stored[crypto_pwhash_STRBYTES] = {};
    std::memcpy(stored, hashString.constData(), std::size_t(hashString.size()));
    QByteArray secret = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored, secret.constData(), std::size_t(secret.size())) == 0;
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    return ok;
}

namespace {
// Stores hashString as the PIN and clears any lockout.
bool storeHash(sql::Connection &db, const QByteArray &hashString, qint64 nowUtcMs, QString *error)
{
    if (!ensureTables(db, error))
        return false;
    sql::Statement q(db, "INSERT INTO staff_pin(id, hash, set_utc, failures, locked_until_utc)"
                         " VALUES (1, ?1, ?2, 0, 0) ON CONFLICT(id) DO UPDATE SET hash = excluded.hash,"
                         " set_utc = excluded.set_utc, failures = 0, locked_until_utc = 0,"
                         " last_failure_utc = NULL");
    if (!q.isValid())
        return fail(db, error);
    q.bindUtf8(1, hashString);
    q.bind(2, nowUtcMs);
    return q.step() == SQLITE_DONE || fail(db, error);
}
} // namespace

bool setPin(sql::Connection &db, const QString &pin, qint64 nowUtcMs, const PinHashCost &cost, QString *error)
{
    if (const QString problem = problemWith(pin); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QByteArray stored = hash(pin, cost, error);
    return !stored.isEmpty() && storeHash(db, stored, nowUtcMs, error);
}

bool adoptHash(sql::Connection &db, const QByteArray &hashString, qint64 nowUtcMs, bool *changed, QString *error)
{
    if (changed)
        *changed = false;
    if (!hashString.startsWith("$argon2id$")) {
        if (error)
            *error = QStringLiteral("not an Argon2id hash string ($argon2id$...)");
        return false;
    }
    if (!ensureTables(db, error))
        return false;
    PinState state;
    QByteArray current;
    bool found = false;
    if (!readRow(db, &state, &current, &found, error))
        return false;
    if (found && current == hashString)
        return true; // the same PIN: its lockout count stays (a restart must not clear it)
    if (!storeHash(db, hashString, nowUtcMs, error))
        return false;
    if (changed)
        *changed = true;
    return true;
}

PinCheckResult check(sql::Connection &db, const QString &pin, qint64 now, const LockoutPolicy &policy)
{
    PinCheckResult r;
    QByteArray stored;
    bool found = false;
    if (!readRow(db, &r.state, &stored, &found, &r.error))
        return r;
    if (!found) {
        r.outcome = PinCheck::NoPin;
        return r;
    }
    if (r.state.lockedAt(now)) {
        r.outcome = PinCheck::Locked;
        return r;
    }
    const bool right = verify(stored, pin); // slow, and outside any transaction

    if (!db.exec("BEGIN IMMEDIATE")) {
        r.error = db.errorText();
        return r;
    }
    QByteArray current;
    if (!readRow(db, &r.state, &current, &found, &r.error)) {
        db.exec("ROLLBACK");
        return r;
    }
    if (!found || current != stored) { // set or removed meanwhile (set-pin): this try counts for nothing
        db.exec("ROLLBACK");
        r.outcome = found ? PinCheck::Wrong : PinCheck::NoPin;
        return r;
    }
    PinState next = r.state;
    if (right) {
        next.failures = 0;
        next.lockedUntilUtcMs = 0;
    } else {
        next.failures = r.state.failures + 1;
        const qint64 lock = policy.lockFor(next.failures);
        next.lockedUntilUtcMs = lock > 0 ? now + lock : 0;
    }
    sql::Statement q(db, "UPDATE staff_pin SET failures = ?1, locked_until_utc = ?2,"
                         " last_failure_utc = CASE WHEN ?3 THEN last_failure_utc ELSE ?4 END WHERE id = 1");
    q.bind(1, qint64(next.failures));
    q.bind(2, next.lockedUntilUtcMs);
    q.bind(3, qint64(right ? 1 : 0));
    q.bind(4, now);
    if (!q.isValid() || q.step() != SQLITE_DONE || !db.exec("COMMIT")) {
        r.error = db.errorText();
        db.exec("ROLLBACK");
        return r;
    }
    r.state = next;
    r.outcome = right ? PinCheck::Accepted : next.lockedAt(now) ? PinCheck::LockedOut : PinCheck::Wrong;
    return r;
}

} // namespace pin

} // namespace showroom::staff
