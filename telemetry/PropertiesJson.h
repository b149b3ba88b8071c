// Event properties as compact JSON, written straight from the QVariantMap.
#pragma once

#include <QByteArray>
#include <QStringView>
#include <QVariantMap>

namespace showroom::telemetry {

// The same JSON QJsonDocument(QJsonObject::fromVariantMap(properties)).toJson(Compact) gives (keys in
// order, numbers as Qt writes them, NaN/infinity as null), without building a QJsonObject tree first:
// the writer thread does this for every event. Types JSON has no word for go through QJsonValue.
// A top-level key equal to leaveOut is skipped (the event's target, which has its own column), which
// spares the writer copying the map to remove it.
QByteArray propertiesJson(const QVariantMap &properties, QStringView leaveOut = {});

} // namespace showroom::telemetry
