#include "LargeSiteGlb.h"

#include "Shapes.h"
#include "SiteScene.h"

#include <algorithm>
#include <cmath>

namespace demo {

GlbScene buildLargeSiteGlb(const Development &dev)
{
    SiteScene site;
    const int root = site.scene.addNode("Site");

    // The ground reaches 40 m past the outermost building footprint (turned or not) on every side.
    double reach = 0;
    for (const Building &b : dev.buildings) {
        const double half = std::max(b.length, b.depth) / 2;
        reach = std::max({reach, std::abs(b.origin.x()) + half, std::abs(b.origin.z()) + half});
    }
    const double ground = std::ceil(reach + 40);
    MeshBuilder g;
    addBox(g.on(site.mat.ground), v3(-ground, -0.5, -ground), v3(ground, 0, ground));
    site.scene.addNode("Site_Ground", root, site.unique("Site_Ground", g));
    MeshBuilder lawn;
    addBox(lawn.on(site.mat.grass), v3(-reach, 0, -reach), v3(reach, 0.03, reach));
    site.scene.addNode("Site_Landscape_Lawn_01", root, site.unique("Site_Landscape_Lawn_01", lawn));

    addBuildings(site, dev);
    return std::move(site.scene);
}

} // namespace demo
