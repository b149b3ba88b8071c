#include "sync/CentralSchema.h"

#include "sync/Pg.h"

namespace showroom::sync {
namespace {

// v1: every device's visitors, sessions, events, leads and consents, each row named by its origin
// (device, local_id) and, where the device has one, its UUID; the device's office on every row so
// dashboards filter by office without a join. Erasures (tombstones) and unit statuses carry a sequence
// number from one counter so devices pull "everything after n". Sync cursors live here, written in the
// same transaction as the rows they cover: what the server has and how far it got cannot disagree.
const char *const kStepTo1 = R"sql(
CREATE TABLE devices(
    device text PRIMARY KEY,
    office text,
    first_sync_utc bigint NOT NULL,
    last_sync_utc bigint,
    file_id text); -- the device's database file: one name, one file
CREATE TABLE sync_cursors(
    device text NOT NULL,
    kind text NOT NULL,
    last_id bigint NOT NULL,
    last_ts bigint,
    PRIMARY KEY (device, kind));
CREATE TABLE visitors(
    uuid text PRIMARY KEY,
    device text NOT NULL,
    office text,
    local_id bigint NOT NULL,
    first_seen_utc bigint NOT NULL,
    device_id text);
CREATE TABLE sessions(
    uuid text PRIMARY KEY,
    visitor text NOT NULL,
    device text NOT NULL,
    office text,
    local_id bigint NOT NULL,
    device_id text,
    mode text,
    language text,
    start_utc bigint NOT NULL,
    end_utc bigint,
    end_reason text);
CREATE INDEX sessions_visitor ON sessions(visitor);
CREATE INDEX sessions_start ON sessions(start_utc);
-- An event is (device, local_id, ts_utc): SQLite may give a deleted event's id to a new one, never
-- with the same time stamp as well.
CREATE TABLE events(
    device text NOT NULL,
    local_id bigint NOT NULL,
    ts_utc bigint NOT NULL,
    office text,
    session text,
    visitor text,
    mono_ms bigint,
    name text NOT NULL,
    target text,
    properties text,
    engaged_ms bigint,
    elapsed_ms bigint,
    PRIMARY KEY (device, local_id, ts_utc));
CREATE INDEX events_visitor ON events(visitor);
CREATE INDEX events_ts ON events(ts_utc);
CREATE TABLE leads(
    gid text PRIMARY KEY,
    uuid text,
    device text NOT NULL,
    office text,
    local_id bigint NOT NULL,
    visitor text NOT NULL,
    session text,
    created_utc bigint NOT NULL,
    contact text NOT NULL,
    request text,
    target text,
    preferred_contact text,
    language text,
    brochure_path text);
CREATE INDEX leads_visitor ON leads(visitor);
CREATE INDEX leads_origin ON leads(device, local_id);
CREATE TABLE consents(
    device text NOT NULL,
    local_id bigint NOT NULL,
    given_utc bigint NOT NULL,
    office text,
    visitor text NOT NULL,
    lead text,
    text text NOT NULL,
    purpose text,
    version text,
    language text,
    PRIMARY KEY (device, local_id, given_utc));
CREATE INDEX consents_visitor ON consents(visitor);
CREATE SEQUENCE change_seq;
CREATE TABLE erasures(
    visitor text PRIMARY KEY,
    erased_utc bigint NOT NULL,
    origin text NOT NULL,
    seq bigint NOT NULL DEFAULT nextval('change_seq'));
CREATE INDEX erasures_seq ON erasures(seq);
CREATE TABLE unit_status(
    development text NOT NULL,
    unit text NOT NULL,
    status text NOT NULL CHECK (status IN ('available', 'reserved', 'sold')),
    changed_utc bigint NOT NULL,
    changed_by text,
    seq bigint NOT NULL,
    PRIMARY KEY (development, unit));
CREATE INDEX unit_status_seq ON unit_status(seq);
)sql";

const char *const kSteps[] = {kStepTo1};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == kCentralSchemaVersion, "one migration step per version");

// 0x5352544c ("SRTL"): pg_advisory_xact_lock serialises two devices creating the schema at once.
const char *const kLock = "SELECT pg_advisory_xact_lock(1397904460)";

} // namespace

bool migrateCentral(pg::Connection &db, int *from, QString *error)
{
    *from = 0;
    pg::Result r;
    if (!db.exec("BEGIN", error) || !db.query(kLock, {}, nullptr, error) ||
        !db.exec("CREATE TABLE IF NOT EXISTS showroom_schema(version integer NOT NULL, migrated_utc bigint NOT NULL)",
                 error) ||
        !db.query("SELECT max(version) FROM showroom_schema", {}, &r, error)) {
        db.exec("ROLLBACK", error);
        return false;
    }
    *from = r.isNull(0, 0) ? 0 : int(r.int64(0, 0));
    if (*from > kCentralSchemaVersion) {
        QString ignored;
        db.exec("ROLLBACK", &ignored);
        *error = QStringLiteral("the central store's schema v%1 is newer than this build understands (v%2); "
                                "not touching it: update this device")
                     .arg(*from)
                     .arg(kCentralSchemaVersion);
        return false;
    }
    for (int v = *from; v < kCentralSchemaVersion; ++v) {
        QString why;
        if (!db.exec(kSteps[v], &why)) {
            *error = QStringLiteral("central schema migration to v%1 failed: %2").arg(v + 1).arg(why);
            QString ignored;
            db.exec("ROLLBACK", &ignored);
            return false;
        }
    }
    if (*from < kCentralSchemaVersion &&
        !db.command("INSERT INTO showroom_schema(version, migrated_utc)"
                    " VALUES ($1, (extract(epoch FROM now()) * 1000)::bigint)",
                    {QByteArray::number(kCentralSchemaVersion)}, error)) {
        QString ignored;
        db.exec("ROLLBACK", &ignored);
        return false;
    }
    return db.exec("COMMIT", error);
}

} // namespace showroom::sync
