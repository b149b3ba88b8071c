// The demo site's GLB (models/site.glb): buildings assembled from named unit nodes, structure and
// envelope parts tagged by stage, and the landscaped site around them. assets/README.md lists the names.
#pragma once

#include "Development.h"
#include "Glb.h"

namespace demo {

GlbScene buildDemoSiteGlb(const Development &dev);

} // namespace demo
