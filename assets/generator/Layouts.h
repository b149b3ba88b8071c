// Room layouts of the demo's unit types (rooms, walls with door and window openings, kitchen and
// bathroom fixtures, a little furniture). Plans and interior models are both drawn from these.
#pragma once

#include "Development.h"

namespace demo {

// The layout of unit type `id`, sized width x depth; empty (no rooms) for an unknown type.
TypeLayout layoutFor(const QString &id, double width, double depth);

} // namespace demo
