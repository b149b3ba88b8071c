// The large development's GLB: its towers (the demo's apartment buildings, SiteBuildings.cpp) on a
// plain ground with a lawn between them; no streets or landscaping details, which would only repeat.
#pragma once

#include "Development.h"
#include "Glb.h"

namespace demo {

GlbScene buildLargeSiteGlb(const Development &dev);

} // namespace demo
