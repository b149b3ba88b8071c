// Publishes the application's UnitSelection (core) to QML as the singleton `CurrentSelection`
// (import Showroom), the same provide() pattern as core's CurrentDevelopment: main.cpp owns the
// selection, so the 3D view, the card, telemetry and tests all see the same one.
#pragma once

// Development.h first: UnitSelection.h returns a QPointer<Development> inline from a forward declaration.
#include "core/Development.h"
#include "core/UnitSelection.h"

#include <QPointer>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::ui {

struct CurrentSelection
{
    Q_GADGET
    QML_FOREIGN(showroom::core::UnitSelection)
    QML_NAMED_ELEMENT(CurrentSelection)
    QML_SINGLETON

public:
    // The caller keeps ownership and keeps it alive longer than the engines; nullptr withdraws it.
    static void provide(core::UnitSelection *selection);
    // The provided instance, or an engine-owned one bound to CurrentDevelopment (QML tests).
    static core::UnitSelection *create(QQmlEngine *engine, QJSEngine *);

private:
    static inline QPointer<core::UnitSelection> s_selection;
};

} // namespace showroom::ui
