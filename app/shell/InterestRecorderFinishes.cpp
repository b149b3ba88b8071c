// The interest recorder's part for the finishes configurator (docs/events.md, "Finishes"): each palette
// a visitor picks for a surface of a home, and a home put back to standard. Choices made by the command
// line or a resume code, and the silent clearing at the end of a session, are not the visitor's picks.
#include "shell/InterestRecorder.h"

#include "core/Development.h"
#include "shell/FinishSelection.h"

namespace showroom::shell {

void InterestRecorder::watchFinishes(FinishSelection *finishes)
{
    connect(finishes, &FinishSelection::chosen, this,
            [this, finishes](const QString &unitId, const QString &surfaceClass, const QString &paletteId) {
                const core::FinishChoice choice = finishes->choiceFor(unitId);
                record(
                    QStringLiteral("finish_chosen"), targets::unit(unitId),
                    {{QStringLiteral("surface"), surfaceClass},
                     {QStringLiteral("palette"), paletteId},
                     {QStringLiteral("finishes"), core::formatFinishChoice(choice)},
                     {QStringLiteral("priceDelta"), core::finishPriceDelta(m_development->data(), choice)}});
            });
    connect(finishes, &FinishSelection::wasReset, this, [this](const QString &unitId) {
        record(QStringLiteral("finishes_reset"), targets::unit(unitId), {});
    });
}

} // namespace showroom::shell
