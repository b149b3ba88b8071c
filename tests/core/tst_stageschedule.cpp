// The timeline's schedule: actual dates win over planned ones, a stage finished after its planned end or
// still open past it is late (by how many days), an overdue stage is expected to end a little after
// today, and progress runs 0..1 by days, done the day after the end.
#include "core/StageSchedule.h"

#include <QTest>

using namespace showroom::core;

class tst_StageSchedule : public QObject
{
    Q_OBJECT

private slots:
    void actualDatesWin();
    void overdueStagesAreLateAndEndAfterToday();
    void progressByDays();
    void firstAndLast();

private:
    static Stage stage(QDate ps, QDate pe, QDate as = {}, QDate ae = {})
    {
        Stage s;
        s.id = "s";
        s.plannedStart = ps;
        s.plannedEnd = pe;
        s.actualStart = as;
        s.actualEnd = ae;
        return s;
    }
    static QDate d(int y, int m, int day) { return QDate(y, m, day); }
};

void tst_StageSchedule::actualDatesWin()
{
    const Stage s = stage(d(2026, 1, 7), d(2026, 7, 31), d(2026, 1, 12), d(2026, 8, 21));
    const StageWindow w = stageWindow(s, d(2026, 11, 30));
    QCOMPARE(w.start, d(2026, 1, 12));
    QCOMPARE(w.end, d(2026, 8, 21));
    QVERIFY(w.finished);
    QVERIFY(w.late);
    QCOMPARE(w.daysLate, 21);
    const StageWindow onTime = stageWindow(stage(d(2025, 9, 1), d(2025, 12, 19), d(2025, 9, 8), d(2025, 12, 19)), d(2026, 11, 30));
    QVERIFY(!onTime.late);
    QCOMPARE(onTime.daysLate, 0);
}

void tst_StageSchedule::overdueStagesAreLateAndEndAfterToday()
{
    const QDate today = d(2027, 3, 1);
    // Planned to end 2027-01-29, started, not finished by today: late, and expected a little later.
    const Stage open = stage(d(2026, 7, 15), d(2027, 1, 29), d(2026, 8, 3));
    const StageWindow w = stageWindow(open, today);
    QVERIFY(w.late);
    QVERIFY(!w.finished);
    QCOMPARE(w.daysLate, 31);
    QVERIFY(w.end > today);
    QCOMPARE(w.end, today.addDays(20)); // 10 % of its 198 planned days
    // Not yet due: planned dates, not late.
    const StageWindow future = stageWindow(open, d(2026, 11, 30));
    QVERIFY(!future.late);
    QCOMPARE(future.end, d(2027, 1, 29));
}

void tst_StageSchedule::progressByDays()
{
    const QDate today = d(2025, 12, 1); // before it is due: planned dates hold
    const Stage s = stage(d(2026, 1, 1), d(2026, 1, 10));
    QCOMPARE(stageProgressAt(s, d(2025, 12, 31), today), 0.0);
    QVERIFY(stageProgressAt(s, d(2026, 1, 1), today) > 0.0);
    const double mid = stageProgressAt(s, d(2026, 1, 5), today);
    QVERIFY(mid > 0.4 && mid < 0.6);
    QVERIFY(stageProgressAt(s, d(2026, 1, 10), today) < 1.0); // the last day is still work
    QCOMPARE(stageProgressAt(s, d(2026, 1, 11), today), 1.0);
    // Monotonic.
    double last = 0;
    for (QDate day = d(2025, 12, 25); day < d(2026, 1, 15); day = day.addDays(1)) {
        const double p = stageProgressAt(s, day, today);
        QVERIFY(p >= last);
        last = p;
    }
    QCOMPARE(stageProgressAt(stage({}, {}), today, today), 0.0); // no dates: nothing to show
}

void tst_StageSchedule::firstAndLast()
{
    const QDate today = d(2026, 11, 30);
    const QList<Stage> stages{stage(d(2025, 9, 1), d(2025, 12, 19), d(2025, 9, 8), d(2025, 12, 22)),
                              stage(d(2027, 5, 3), d(2027, 10, 29))};
    QCOMPARE(firstStageStart(stages, today), d(2025, 9, 8));
    QCOMPARE(lastStageEnd(stages, today), d(2027, 10, 29));
    QVERIFY(!lastStageEnd({}, today).isValid());
}

QTEST_APPLESS_MAIN(tst_StageSchedule)
#include "tst_stageschedule.moc"
