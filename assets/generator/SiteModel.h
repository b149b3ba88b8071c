// The exterior site model (models/site.glb): buildings assembled from named unit nodes, structure and
// envelope parts tagged by stage, and the landscaped site around them.
#pragma once

#include "Development.h"
#include "Glb.h"

namespace demo {

GlbScene buildSiteModel(const Development &dev);

// One interior model (interiors/<type>.glb) for a unit type that has a room layout.
GlbScene buildInteriorModel(const UnitType &type);

} // namespace demo
