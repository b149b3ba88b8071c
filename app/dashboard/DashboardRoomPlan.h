// Where visitors walked and lingered inside a type of home, drawn on the type's own floor plan: each
// room's floor (from the type's interior model, app/interior WalkPlan: the Floor_<room> nodes the walk
// events name) filled in the heat of the time spent in it, and the most walked steps between rooms as
// lines from room to room, as thick as they were walked. The rooms are read on the dashboard's worker
// (readRoomPlans: an import, cached by the importer); painting is pure QPainter (screen and PDF alike).
// RoomShape, RoomPlan and RoomPlanImport are in DashboardSnapshot.h (a snapshot carries the plans).
#pragma once

#include "core/DevelopmentData.h"
#include "dashboard/ChartPainter.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace showroom::dashboard {

// The rooms of each type in `types` that has an interior model (types without one, or whose model
// cannot be read, are left out: the chart then falls back to the plan image). Any thread but the GUI's.
QHash<QString, RoomPlan> readRoomPlans(const core::DevelopmentData &development, const QStringList &types,
                                       const RoomPlanImport &import = {});

// The plan in r (storeys side by side), rooms in heat colours with their names and times, the five most
// walked steps as lines. Marks: rooms with time spent in them.
PaintStats paintRoomPlan(QPainter &p, const QRectF &r, const UnitTypeHeatmap &type, const RoomPlan &plan,
                         const ChartStyle &s);

} // namespace showroom::dashboard
