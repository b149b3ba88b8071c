#include "CurrentSelection.h"

#include "core/CurrentDevelopment.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace showroom::ui {

void CurrentSelection::provide(core::UnitSelection *selection)
{
    s_selection = selection;
}

core::UnitSelection *CurrentSelection::create(QQmlEngine *engine, QJSEngine *)
{
    if (s_selection) {
        QJSEngine::setObjectOwnership(s_selection, QJSEngine::CppOwnership);
        return s_selection;
    }
    auto *selection = new core::UnitSelection(engine);
    selection->setDevelopment(core::CurrentDevelopment::provided());
    return selection;
}

} // namespace showroom::ui
