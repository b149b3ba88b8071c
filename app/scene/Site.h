// The development's site as a QML singleton (`Site` in Showroom.Scene). The composition root owns the
// SiteModel, starts loading it and provides it here before QML loads; QML never creates services.
#pragma once

#include "scene/SiteModel.h"

#include <QPointer>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::scene {

class Site
{
    Q_GADGET
    QML_FOREIGN(showroom::scene::SiteModel)
    QML_NAMED_ELEMENT(Site)
    QML_SINGLETON

public:
    // Call before the engine first uses `Site`; the model must outlive the engine.
    static void provide(SiteModel *site);
    // Without a provided model QML gets an empty one (status Null) owned by the engine.
    static SiteModel *create(QQmlEngine *engine, QJSEngine *);

private:
    static inline QPointer<SiteModel> s_site;
};

} // namespace showroom::scene
