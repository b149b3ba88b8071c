// The brochure's three A4 pages drawn with QPainter on a QPdfWriter (internal to showroom_brochure).
#pragma once

#include "brochure/Brochure.h"

namespace showroom::brochure {

// Any thread (QPdfWriter and QPainter on it need no GUI thread). "" on success, else why not.
QString writeBrochurePages(const BrochureContent &content, const QString &path);

} // namespace showroom::brochure
