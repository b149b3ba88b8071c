#include "DemoSiteGlb.h"

#include "SiteScene.h"

namespace demo {

int SiteScene::shared(const QString &key, const std::function<void(MeshBuilder &)> &build)
{
    auto it = m_meshCache.find(key);
    if (it != m_meshCache.end())
        return it.value();
    MeshBuilder mb;
    build(mb);
    const int mesh = scene.addMesh(key, mb);
    m_meshCache.insert(key, mesh);
    return mesh;
}

GlbScene buildDemoSiteGlb(const Development &dev)
{
    SiteScene site;
    const int root = site.scene.addNode("Site");
    addGround(site, root);
    addBuildings(site, dev);
    addLandscape(site, dev, root);
    return std::move(site.scene);
}

} // namespace demo
