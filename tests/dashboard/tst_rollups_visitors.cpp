// Distinct and returning visitors of any range, from the rollups' counts, against plain SQL over the raw
// sessions and events: 150 days of random visits on three devices (staff sessions and empty sessions among
// them), ranges that start and end anywhere (inside and across the 8- and 64-day buckets), every device and
// each one, staff in and out; then again after erasures, a retention purge and new visits written between
// two queries.
#include "RollupFixture.h"
#include "dashboard/DashboardQueries.h"
#include "dashboard/Rollups.h"
#include "telemetry/Privacy.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

namespace {

constexpr int kDays = 150;
const QStringList kDevices{QStringLiteral("kiosk-1"), QStringLiteral("kiosk-2"), QStringLiteral("desk")};

// The plain answer: sessions with at least one event, by the UTC day they started, one kind (demo) at a
// time; a visitor returns when their first day (in the scope) is before their last day inside the range.
struct Plain
{
    qint64 visitors = 0, returning = 0;
    QMap<qint64, qint64> perDay;
};

Plain plainCount(telemetry::sql::Connection &db, qint64 first, qint64 last, const QString &device, bool staff)
{
    Plain p;
    for (int demo = 0; demo <= (staff ? 1 : 0); ++demo) {
        const QString visits =
            QStringLiteral("SELECT s.visitor_id AS v, s.start_utc / 86400000 AS day FROM sessions s"
                           " WHERE EXISTS (SELECT 1 FROM events e WHERE e.session_id = s.id)"
                           " AND (coalesce(s.mode, '') IN ('staff', 'robot', 'demo')) = %1%2")
                .arg(demo)
                .arg(device.isEmpty() ? QString() : QStringLiteral(" AND s.device_id = '%1'").arg(device));
        const QString range = QStringLiteral("day BETWEEN %1 AND %2").arg(first).arg(last);
        p.visitors += db.scalar(
            QStringLiteral("SELECT count(DISTINCT v) FROM (%1) WHERE %2").arg(visits, range).toUtf8().constData());
        p.returning += db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT v, min(day) AS f FROM (%1) GROUP BY v) a"
                                                " JOIN (SELECT v, max(day) AS l FROM (%1) WHERE %2 GROUP BY v) b"
                                                " USING (v) WHERE a.f < b.l")
                                     .arg(visits, range)
                                     .toUtf8()
                                     .constData());
        sqlite3_stmt *s = nullptr;
        const QByteArray sql = QStringLiteral("SELECT day, count(DISTINCT v) FROM (%1) WHERE %2 GROUP BY day")
                                   .arg(visits, range)
                                   .toUtf8();
        sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW)
            p.perDay[sqlite3_column_int64(s, 0)] += sqlite3_column_int64(s, 1);
        sqlite3_finalize(s);
    }
    return p;
}

// Random visits: each visitor comes 1-5 times, on random days (often the same day again, on another device);
// one session in eight is staff, one in ten has no event at all.
void writeRandomVisits(telemetry::sql::Connection &db, QRandomGenerator &rng, int visitors, int firstDay, int days)
{
    fixture::Script s(db);
    for (int i = 0; i < visitors; ++i) {
        const qint64 day0 = fixture::D0 / fixture::day + firstDay + rng.bounded(days);
        const QString uuid = QStringLiteral("%1-0000-4000-8000-000000000000").arg(rng.generate(), 8, 16, QLatin1Char('0'));
        const qint64 v = s.visitor(uuid, day0 * fixture::day);
        const int sessions = 1 + rng.bounded(5);
        qint64 day = day0;
        for (int k = 0; k < sessions; ++k) {
            const QString mode = rng.bounded(8) == 0 ? QStringLiteral("staff") : QStringLiteral("kiosk");
            s.session(v, kDevices[rng.bounded(int(kDevices.size()))], mode, day * fixture::day + rng.bounded(20) * fixture::hour);
            if (rng.bounded(10) != 0) {
                s.event("enter", QStringLiteral("site"));
                s.event("leave", QStringLiteral("site"), QString(), 1000 + rng.bounded(30000));
            }
            if (rng.bounded(3) != 0)
                day = qMin<qint64>(fixture::D0 / fixture::day + firstDay + days - 1, day + rng.bounded(40));
        }
    }
}

} // namespace

class TestRollupsVisitors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    telemetry::sql::Connection m_db;
    QRandomGenerator m_rng{20261201};
    const qint64 m_day0 = fixture::D0 / fixture::day;

    // Every check of one range, device and staff choice; false (with the figures) on the first difference.
    void compare(qint64 first, qint64 last, const QString &device, bool staff)
    {
        const DashboardRange range{Rollups::dayStartMs(first), Rollups::dayStartMs(last + 1), device, staff};
        Overview o;
        QString error;
        QVERIFY2(overview(m_db, range, &o, &error, Rollups::dayStartMs(m_day0 + kDays)), qPrintable(error));
        const Plain p = plainCount(m_db, first, last, device, staff);
        const QByteArray where = QStringLiteral("days %1..%2 device '%3' staff %4")
                                     .arg(first - m_day0)
                                     .arg(last - m_day0)
                                     .arg(device)
                                     .arg(staff)
                                     .toUtf8();
        QVERIFY2(o.total.visitors == p.visitors,
                 (where + ": visitors " + QByteArray::number(o.total.visitors) + " != " + QByteArray::number(p.visitors)).constData());
        QVERIFY2(o.total.returningVisitors == p.returning,
                 (where + ": returning " + QByteArray::number(o.total.returningVisitors) + " != " +
                  QByteArray::number(p.returning))
                     .constData());
        for (const DayFigures &d : o.days)
            QVERIFY2(d.visitors == p.perDay.value(d.dayUtcMs / fixture::day), where.constData());
        if (device.isEmpty()) {
            for (const DeviceOverview &d : o.devices) {
                const Plain pd = plainCount(m_db, first, last, d.device, staff);
                QVERIFY2(d.figures.visitors == pd.visitors && d.figures.returningVisitors == pd.returning,
                         (where + " on " + d.device.toUtf8()).constData());
            }
        }
        VisitorList list;
        QVERIFY2(visitors(m_db, range, VisitorSort::LastVisit, 5, 0, &list, &error), qPrintable(error));
        QCOMPARE(list.total, p.visitors);
    }

    void compareMany(int ranges)
    {
        compare(m_day0, m_day0 + kDays - 1, QString(), false);
        compare(m_day0, m_day0 + kDays - 1, QString(), true);
        for (int i = 0; i < ranges; ++i) {
            const qint64 a = m_day0 + m_rng.bounded(kDays), b = m_day0 + m_rng.bounded(kDays);
            const QString device = m_rng.bounded(3) == 0 ? kDevices[m_rng.bounded(int(kDevices.size()))] : QString();
            compare(qMin(a, b), qMax(a, b), device, m_rng.bounded(2) == 0);
            if (QTest::currentTestFailed())
                return;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        telemetry::OpenOptions o;
        QVERIFY(telemetry::openDatabase(m_db, m_dir.filePath("visitors.db"), o).ok);
        QVERIFY(m_db.exec("BEGIN"));
        writeRandomVisits(m_db, m_rng, 400, 0, kDays);
        QVERIFY(m_db.exec("COMMIT"));
    }

    void rangesEqualPlainSql()
    {
        // Enough return visits to mean something, across buckets.
        QVERIFY(plainCount(m_db, m_day0 + 70, m_day0 + 100, QString(), false).returning > 20);
        compareMany(150);
    }

    void afterErasureAndPurge()
    {
        // Five visitors forgotten, then everything anonymous before day 40 purged.
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(m_db.handle(), "SELECT uuid FROM visitors ORDER BY id LIMIT 5 OFFSET 17", -1, &s, nullptr);
        QStringList gone;
        while (sqlite3_step(s) == SQLITE_ROW)
            gone << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        QCOMPARE(gone.size(), 5);
        const qint64 before = m_db.scalar("SELECT count(*) FROM dash_visitor_days");
        for (const QString &uuid : gone)
            QVERIFY(telemetry::forgetVisitor(m_db, uuid).ok);
        QVERIFY(m_db.scalar("SELECT count(*) FROM dash_visitor_days") < before);
        compareMany(40);
        QVERIFY(telemetry::purgeAnonymousEvents(m_db, kDays - 40, Rollups::dayStartMs(m_day0 + kDays)).ok);
        compareMany(60);
    }

    void whileTheWriterWrites()
    {
        // New visits land between queries (the kiosk app writing): each query counts them at once.
        for (int round = 0; round < 3; ++round) {
            QVERIFY(m_db.exec("BEGIN"));
            writeRandomVisits(m_db, m_rng, 20, kDays - 30, 30);
            // Known visitors come again, some on a day before their others (their chain is made again).
            fixture::Script s(m_db);
            for (int i = 0; i < 10; ++i) {
                const qint64 v = m_db.scalar(QStringLiteral("SELECT id FROM visitors ORDER BY id LIMIT 1 OFFSET %1")
                                                 .arg(m_rng.bounded(300))
                                                 .toUtf8()
                                                 .constData());
                s.session(v, kDevices[m_rng.bounded(int(kDevices.size()))], QStringLiteral("kiosk"),
                          Rollups::dayStartMs(m_day0 + m_rng.bounded(kDays)) + 8 * fixture::hour);
                s.event("enter", QStringLiteral("site"));
            }
            QVERIFY(m_db.exec("COMMIT"));
            compareMany(15);
        }
    }
};

QTEST_GUILESS_MAIN(TestRollupsVisitors)
#include "tst_rollups_visitors.moc"
