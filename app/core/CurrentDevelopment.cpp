#include "core/CurrentDevelopment.h"

#include <QJSEngine>
#include <QPointer>
#include <QQmlEngine>

namespace showroom::core {

namespace {
QPointer<Development> &providedInstance()
{
    static QPointer<Development> instance;
    return instance;
}
} // namespace

void CurrentDevelopment::provide(Development *development)
{
    providedInstance() = development;
}

Development *CurrentDevelopment::provided()
{
    return providedInstance();
}

Development *CurrentDevelopment::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine);
    if (Development *d = providedInstance()) {
        // The engine must not delete the application's object when it goes away.
        QJSEngine::setObjectOwnership(d, QJSEngine::CppOwnership);
        return d;
    }
    auto *empty = new Development;
    QJSEngine::setObjectOwnership(empty, QJSEngine::JavaScriptOwnership);
    Q_UNUSED(jsEngine);
    return empty;
}

} // namespace showroom::core
