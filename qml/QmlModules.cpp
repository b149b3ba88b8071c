// The app's QML modules are static plugins: an executable imports each once, and only here
// (link the `showroom_qml_modules` object library).
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Showroom_CorePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_ScenePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_TelemetryPlugin)
Q_IMPORT_QML_PLUGIN(Showroom_InteriorPlugin)
Q_IMPORT_QML_PLUGIN(Showroom_ShellPlugin)
Q_IMPORT_QML_PLUGIN(Showroom_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Showroom_SitePlugin)
Q_IMPORT_QML_PLUGIN(Showroom_UnitCardPlugin)
Q_IMPORT_QML_PLUGIN(Showroom_OverviewPlugin)
Q_IMPORT_QML_PLUGIN(Showroom_BuildingPlugin)
Q_IMPORT_QML_PLUGIN(ShowroomPlugin)
