// Publishes the application's Development to QML as the singleton `CurrentDevelopment`
// (import Showroom.Core). main.cpp calls provide() before loading QML; see app/core/README.md.
#pragma once

#include "core/Development.h"

#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {

struct CurrentDevelopment
{
    Q_GADGET
    QML_FOREIGN(showroom::core::Development)
    QML_NAMED_ELEMENT(CurrentDevelopment)
    QML_SINGLETON

public:
    // The instance every engine created afterwards gets; the caller keeps ownership and must keep it
    // alive longer than the engines. nullptr withdraws it.
    static void provide(Development *development);
    static Development *provided();
    // Called by the QML engine: the provided instance, or an empty engine-owned one (QML tests).
    static Development *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
};

} // namespace showroom::core
