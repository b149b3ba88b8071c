// The walk-through interiors (interiors/<type>.glb): rooms, walls with openings, doors, windows, kitchen,
// bathroom and furniture, with the Finish_<class> surfaces a palette recolours (assets/README.md).
#pragma once

#include "Development.h"
#include "Glb.h"

namespace demo {

// One interior model (interiors/<type>.glb) for a unit type that has a room layout.
GlbScene buildInteriorModel(const UnitType &type);

} // namespace demo
