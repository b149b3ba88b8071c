#include "scene/Site.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace showroom::scene {

void Site::provide(SiteModel *site)
{
    s_site = site;
}

SiteModel *Site::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_site)
        return new SiteModel(engine);
    QJSEngine::setObjectOwnership(s_site, QJSEngine::CppOwnership);
    return s_site;
}

} // namespace showroom::scene
