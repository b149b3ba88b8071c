// The interest recorder's part for sales status (docs/events.md, "Unit status"): a home reserved or sold
// (or released) since this device last saw the development package is an event of its own, so profiles
// and staff can tell "was available when they hearted it" from "was already sold".
#include "shell/InterestRecorder.h"

namespace showroom::shell {

void InterestRecorder::recordUnitStatusChange(const QString &unitId, const QString &from, const QString &to)
{
    if (from == to)
        return;
    record(QStringLiteral("unit_status_changed"), targets::unit(unitId),
           {{QStringLiteral("unit"), unitId}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
}

} // namespace showroom::shell
