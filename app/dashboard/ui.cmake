# The dashboard's screens, C++ side (helper dashui; included from app/dashboard/CMakeLists.txt):
# showroom_dashboard_screens, QML module Showroom.DashboardModels — the Dashboard singleton (state,
# snapshots read on a worker), its table models, the Chart item (ChartPainter) and the PDF report.
# qml/dashboard (Showroom.Dashboard) holds the pages.
qt_add_library(showroom_dashboard_screens STATIC)
qt_add_qml_module(showroom_dashboard_screens
    URI Showroom.DashboardModels
    VERSION 1.0
    RESOURCE_PREFIX ${SHOWROOM_QML_PREFIX}
    DEPENDENCIES QtQuick
    SOURCES
        DashboardSnapshot.h DashboardSnapshot.cpp
        DashboardTables.h DashboardTables.cpp
        DashboardRowsModel.h DashboardRowsModel.cpp
        DashboardModel.h DashboardModel.cpp
        ChartPainter.h ChartPainter.cpp
        ChartPainterItem.h ChartPainterItem.cpp
        DashboardReport.h DashboardReport.cpp
        DashboardReportCommand.h DashboardReportCommand.cpp
        DashboardRoomPlan.h DashboardRoomPlan.cpp
)
target_include_directories(showroom_dashboard_screens PUBLIC ${PROJECT_SOURCE_DIR}/app)
target_link_libraries(showroom_dashboard_screens
    PUBLIC Qt6::Quick Qt6::Gui Qt6::Concurrent showroom_dashboard showroom_core showroom_telemetry
    PRIVATE showroom_staff showroom_interior showroom_importer)
showroom_target_defaults(showroom_dashboard_screens)
