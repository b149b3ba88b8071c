// The interest recorder's part for the lead form (docs/events.md, "Lead form"): that a visitor opened
// "Send me this home" for a home and that they sent it. Never a name, address, number or message: the
// contact details are in `leads`, stored with consent by the form itself.
#include "shell/InterestRecorder.h"

#include "lead/LeadForm.h"

namespace showroom::shell {

void InterestRecorder::watchLeadForm(lead::LeadForm *form)
{
    connect(form, &lead::LeadForm::opened, this, [this](const QString &unitId, const QString &via) {
        record(QStringLiteral("lead_form_opened"), targets::unit(unitId), {{QStringLiteral("via"), via}});
    });
    connect(form, &lead::LeadForm::submitted, this, [this](const QString &unitId, const QVariantMap &facts) {
        // Only the form's facts that say nothing about who the visitor is.
        QVariantMap properties;
        for (const char *key :
             {"request", "preferredContact", "newsletter", "language", "phoneGiven", "messageGiven"})
            properties.insert(QLatin1String(key), facts.value(QLatin1String(key)));
        record(QStringLiteral("lead_submitted"), targets::unit(unitId), properties);
    });
}

} // namespace showroom::shell
