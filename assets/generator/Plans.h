// Floor-plan images (QPainter onto QImage): one per unit type and one per building floor, plus the
// small floor texture a finish palette refers to.
#pragma once

#include "Development.h"

#include <QImage>

namespace demo {

QImage drawTypePlan(const UnitType &type);
QImage drawFloorPlan(const Development &dev, const Building &building, int level);
QImage drawOakTexture();

QString floorName(const Building &building, int level);

} // namespace demo
