// A profile, lead score and recommendations as JSON (field names documented in docs/interest-model.md)
// and as text for staff (showroom-admin profile / recommend).
#pragma once

#include "profiles/Recommendations.h"
#include "profiles/VisitorProfile.h"

#include <QJsonObject>
#include <QString>

namespace showroom::profiles {

QJsonObject profileJson(const VisitorProfile &profile, const LeadScore &score,
                        const Recommendations *recommendations, const core::DevelopmentData *development);
QJsonObject recommendationsJson(const QString &visitor, const Recommendations &recommendations,
                                const core::DevelopmentData &development);

QString profileText(const VisitorProfile &profile, const LeadScore &score,
                    const Recommendations *recommendations);
QString recommendationsText(const Recommendations &recommendations);

} // namespace showroom::profiles
