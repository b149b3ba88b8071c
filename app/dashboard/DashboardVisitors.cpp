// Visitors: the list (from dash_visitors, by lead score or last visit) and one visitor's page (their
// profile from app/profiles, their sessions, events, consents and leads: one visitor's rows, by index).
#include "dashboard/DashboardQueries.h"

#include "dashboard/DashboardBuckets.h"
#include "dashboard/DashboardTimeline.h"
#include "profiles/InterestModel.h"
#include "profiles/ProfileStore.h"
#include "profiles/Recommendations.h"
#include "profiles/Stmt.h"
#include "profiles/VisitorProfile.h"

#include <cmath>
#include <sqlite3.h>

namespace showroom::dashboard {

using namespace detail;
using profiles::Stmt;

namespace {

// profiles::leadScore's number at asOf from the stored raw score and the instant it was last seen.
int decayedScore(qint64 raw, qint64 seenUtcMs, qint64 asOfUtcMs)
{
    if (raw <= 0 || seenUtcMs <= 0)
        return 0;
    const qint64 since = qMax<qint64>(0, asOfUtcMs - seenUtcMs);
    return int(std::lround(double(raw) * std::exp2(-double(since) / double(profiles::kHalfLifeMs))));
}

QString sqlError(telemetry::sql::Connection &db)
{
    return QStringLiteral("dashboard: %1").arg(QString::fromUtf8(sqlite3_errmsg(db.handle())));
}

} // namespace

bool visitors(telemetry::sql::Connection &db, const DashboardRange &range, VisitorSort sort, int limit, int offset,
              VisitorList *out, QString *error, qint64 nowUtcMs)
{
    *out = VisitorList();
    out->asOfUtcMs = nowOr(nowUtcMs);
    if (!beginQuery(db, error))
        return false;
    const DayRange days = daysOf(range);
    OverviewFigures counted;
    if (!countVisitors(db, range, days, &counted, nullptr, nullptr)) {
        *error = sqlError(db);
        endRead(db);
        return false;
    }
    out->total = counted.visitors;
    const QByteArray sql =
        QByteArray("SELECT v.uuid, d.raw_score, d.score_ts, d.first_ts, d.last_ts, d.sessions, d.engaged_ms,"
                   " coalesce(d.top_unit, ''), d.has_lead, coalesce(d.last_device, '')"
                   " FROM dash_visitors d JOIN visitors v ON v.id = d.visitor_id"
                   " WHERE d.last_ts >= ?1 AND d.first_ts < ?2") +
        (range.includeStaffAndDemo ? "" : " AND d.demo = 0") +
        " AND EXISTS (SELECT 1 FROM dash_visitor_days x WHERE x.visitor_id = d.visitor_id"
        " AND x.day BETWEEN ?3 AND ?4 AND x." +
        demoClause(range) + (range.device.isEmpty() ? ")" : " AND x.device = ?7)") +
        (sort == VisitorSort::LeadScore ? " ORDER BY d.score_key DESC, d.last_ts DESC"
                                        : " ORDER BY d.last_ts DESC, d.score_key DESC") +
        " LIMIT ?5 OFFSET ?6";
    Stmt q(db.handle(), sql.constData());
    if (!q.isValid()) {
        *error = sqlError(db);
        endRead(db);
        return false;
    }
    q.bind(1, Rollups::dayStartMs(days.first)).bind(2, Rollups::dayStartMs(days.last + 1));
    q.bind(3, days.first).bind(4, days.last).bind(5, qint64(qMax(0, limit))).bind(6, qint64(qMax(0, offset)));
    if (!range.device.isEmpty())
        q.bind(7, range.device);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        VisitorListRow r;
        r.visitor = q.text(0);
        r.leadScore = decayedScore(q.int64(1), q.int64(2), out->asOfUtcMs);
        r.firstVisitUtcMs = q.int64(3);
        r.lastVisitUtcMs = q.int64(4);
        r.sessions = int(q.int64(5));
        r.engagedMs = q.int64(6);
        r.topUnit = q.text(7);
        r.hasLead = q.int64(8) != 0;
        r.lastDevice = q.text(9);
        out->rows << r;
    }
    q.reset();
    if (rc != SQLITE_DONE)
        *error = sqlError(db);
    endRead(db);
    return rc == SQLITE_DONE;
}

bool visitorPage(telemetry::sql::Connection &db, const QString &visitor, const core::DevelopmentData &development,
                 VisitorPage *out, QString *error, qint64 nowUtcMs)
{
    *out = VisitorPage();
    out->asOfUtcMs = nowOr(nowUtcMs);
    out->visitor = visitor;
    // The profile first: the store folds what is new in its own transaction.
    profiles::ProfileStore store(db);
    profiles::StoredProfile stored;
    bool found = false;
    if (!store.open(error) || !store.load(visitor, &stored, &found, error))
        return false;
    const profiles::VisitorProfile profile =
        profiles::buildProfile(stored, development.isEmpty() ? nullptr : &development, out->asOfUtcMs);
    const profiles::LeadScore score = profiles::leadScore(profile);
    out->leadScore = found ? score.score : 0;
    out->leadScoreWords = found ? score.explanation : QString();
    for (const profiles::Interest &u : profile.units) {
        if (out->topUnits.size() < 5)
            out->topUnits << u.key;
        if (!u.finishes.isEmpty())
            out->finishes.append({u.key, u.finishes});
    }
    out->favourites = profile.favourites;

    if (!db.exec("BEGIN")) {
        *error = sqlError(db);
        return false;
    }
    Stmt key(db.handle(), "SELECT id FROM visitors WHERE uuid = ?1");
    key.bind(1, visitor);
    const qint64 visitorKey = key.step() == SQLITE_ROW ? key.int64(0) : 0;
    key.reset();
    out->found = visitorKey > 0;
    bool ok = true;
    if (out->found) {
        Stmt sessions(db.handle(), "SELECT uuid, coalesce(device_id, ''), coalesce(mode, ''), coalesce(language, ''),"
                                   " start_utc, coalesce(end_utc, 0), coalesce(end_reason, '') FROM sessions"
                                   " WHERE visitor_id = ?1 ORDER BY start_utc, id");
        sessions.bind(1, visitorKey);
        while (sessions.step() == SQLITE_ROW)
            out->sessions.append({sessions.text(0), sessions.text(1), sessions.text(2), sessions.text(3),
                                  sessions.int64(4), sessions.int64(5), sessions.text(6)});
        // The newest events first (the limit keeps those), shown oldest first.
        Stmt events(db.handle(), "SELECT e.ts_utc, coalesce(s.uuid, ''), e.name, coalesce(e.target, ''),"
                                 " coalesce(e.properties, ''), coalesce(e.engaged_ms, 0) FROM events e"
                                 " LEFT JOIN sessions s ON s.id = e.session_id"
                                 " WHERE e.visitor_id = ?1 AND e.name NOT IN ('camera', 'enter')"
                                 " ORDER BY e.ts_utc DESC, e.id DESC LIMIT ?2");
        events.bind(1, visitorKey).bind(2, qint64(VisitorPage::kTimelineLimit));
        while (events.step() == SQLITE_ROW) {
            TimelineEntry t;
            t.tsUtcMs = events.int64(0);
            t.session = events.text(1);
            t.what = events.text(2);
            t.target = events.text(3);
            t.engagedMs = events.int64(5);
            t.words = timelineWords(t.what, t.target, events.text(4), t.engagedMs);
            out->timeline.prepend(t);
        }
        Stmt consents(db.handle(), "SELECT given_utc, coalesce(purpose, ''), coalesce(version, ''),"
                                   " coalesce(language, ''), text FROM consents WHERE visitor_id = ?1"
                                   " ORDER BY given_utc, id");
        consents.bind(1, visitorKey);
        while (consents.step() == SQLITE_ROW)
            out->consents.append(
                {consents.int64(0), consents.text(1), consents.text(2), consents.text(3), consents.text(4)});
        Stmt leads(db.handle(), "SELECT created_utc, coalesce(target, ''), coalesce(request, ''),"
                                " coalesce(preferred_contact, ''), coalesce(language, ''), coalesce(brochure_path, ''),"
                                " contact FROM leads WHERE visitor_id = ?1 ORDER BY created_utc, id");
        leads.bind(1, visitorKey);
        while (leads.step() == SQLITE_ROW)
            out->leads.append({leads.int64(0), leads.text(1), leads.text(2), leads.text(3), leads.text(4),
                               leads.text(5), leads.text(6)});
        ok = sessions.isValid() && events.isValid() && consents.isValid() && leads.isValid();
        if (!ok)
            *error = sqlError(db);
    }
    db.exec("COMMIT");
    if (!ok)
        return false;
    if (out->found) {
        profiles::Recommendations recommendations;
        if (!development.isEmpty())
            recommendations = profiles::recommend(profile, development, 3, 1);
        out->nextAction = nextAction(profile, recommendations, out->leads, out->timeline);
    }
    return true;
}

} // namespace showroom::dashboard
