// When each construction stage runs, for the timeline: its window (actual dates where known, planned
// otherwise), whether it is late, and how far along it is on any date — past, today or future. Unlike
// stageProgress() (StageRules.h), which reports what is known today, a schedule also answers for the
// future, so the timeline can show the finished development: an unfinished stage ends as planned, or,
// when it is already overdue, a little after today.
#pragma once

#include "core/DevelopmentData.h"

#include <QDate>
#include <QList>

namespace showroom::core {

struct StageWindow
{
    QDate start;           // actual start, else planned start
    QDate end;             // actual end, else the expected end (planned, or after today when overdue)
    bool finished = false; // it has an actual end
    bool late = false;     // finished after its planned end, or not finished by its planned end (today)
    int daysLate = 0;      // how many days past the planned end (finished: the actual end; else today)
};

// A stage still open after its planned end is expected to need this share of its planned length more
// (at least two weeks) from today: the timeline must show it ending somewhere.
inline constexpr double OverdueExtension = 0.1;

StageWindow stageWindow(const Stage &stage, QDate today);
// 0 before its start, 1 after its end, in between by days; `today` as for stageWindow.
double stageProgressAt(const Stage &stage, QDate date, QDate today);
// The day after which every stage is finished (the last window's end), invalid without stages.
QDate lastStageEnd(const QList<Stage> &stages, QDate today);
// The first stage's start, invalid without stages.
QDate firstStageStart(const QList<Stage> &stages, QDate today);

} // namespace showroom::core
