#include "core/StageSchedule.h"

#include <algorithm>
#include <cmath>

namespace showroom::core {

StageWindow stageWindow(const Stage &stage, QDate today)
{
    StageWindow w;
    w.start = stage.actualStart.isValid() ? stage.actualStart : stage.plannedStart;
    if (stage.actualEnd.isValid()) {
        w.end = stage.actualEnd;
        w.finished = true;
        if (stage.plannedEnd.isValid() && stage.actualEnd > stage.plannedEnd) {
            w.late = true;
            w.daysLate = int(stage.plannedEnd.daysTo(stage.actualEnd));
        }
        return w;
    }
    w.end = stage.plannedEnd;
    if (stage.plannedEnd.isValid() && today.isValid() && stage.plannedEnd < today) {
        w.late = true;
        w.daysLate = int(stage.plannedEnd.daysTo(today));
        const qint64 planned = stage.plannedStart.isValid() ? stage.plannedStart.daysTo(stage.plannedEnd) : 0;
        w.end = today.addDays(std::max<qint64>(14, std::llround(double(planned) * OverdueExtension)));
    }
    if (w.start.isValid() && w.end.isValid() && w.end < w.start)
        w.end = w.start;
    return w;
}

double stageProgressAt(const Stage &stage, QDate date, QDate today)
{
    const StageWindow w = stageWindow(stage, today);
    if (!w.start.isValid() || !w.end.isValid() || !date.isValid())
        return 0;
    if (date < w.start)
        return 0;
    if (date > w.end)
        return 1;
    // The start day counts as begun, the end day as not quite done: done means the day after.
    return std::clamp(double(w.start.daysTo(date) + 1) / double(w.start.daysTo(w.end) + 2), 0.0, 1.0);
}

QDate lastStageEnd(const QList<Stage> &stages, QDate today)
{
    QDate last;
    for (const Stage &stage : stages) {
        const QDate end = stageWindow(stage, today).end;
        if (end.isValid() && (!last.isValid() || end > last))
            last = end;
    }
    return last;
}

QDate firstStageStart(const QList<Stage> &stages, QDate today)
{
    QDate first;
    for (const Stage &stage : stages) {
        const QDate start = stageWindow(stage, today).start;
        if (start.isValid() && (!first.isValid() || start < first))
            first = start;
    }
    return first;
}

} // namespace showroom::core
