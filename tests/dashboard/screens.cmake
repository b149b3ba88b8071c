# The dashboard's screens (helper dashui; included from tests/dashboard/CMakeLists.txt): the models, the
# PDF report (poppler-utils read it back), real frames of every page, and the Quick Tests of
# qml/dashboard (tests/qml/dashboard/tst_*.qml, one CTest each, run by their own runner over a seeded
# database).
add_library(showroom_dashboard_seed STATIC DashboardSeed.h DashboardSeed.cpp)
target_link_libraries(showroom_dashboard_seed PUBLIC showroom_profiles showroom_telemetry showroom_core)
showroom_target_defaults(showroom_dashboard_seed)

showroom_add_test(NAME tst_dashboardmodels LABEL unit TIMEOUT 120
    SOURCES tst_dashboardmodels.cpp
    LIBS showroom_dashboard_seed showroom_dashboard_screens)

# The rest needs the pages wired into the app (qml/dashboard, Navigation.Dashboard, --dashboard-report).
if(NOT TARGET showroom_dashboardpages)
    return()
endif()

showroom_add_test(NAME tst_dashboardpdf LABEL unit TIMEOUT 240
    SOURCES tst_dashboardpdf.cpp
    LIBS showroom_dashboard_seed showroom_dashboard_screens)
target_compile_definitions(tst_dashboardpdf PRIVATE
    SHOWROOM_BINARY="$<TARGET_FILE:showroom>"
    SHOWROOM_XVFB="${SHOWROOM_XVFB_WRAPPER}"
    SHOWROOM_DEMO_DIR="${CMAKE_BINARY_DIR}/assets/demo")
add_dependencies(tst_dashboardpdf showroom demo_development)

showroom_add_test(NAME tst_dashboard_render LABEL render WINDOW TIMEOUT 300
    SOURCES tst_dashboard_render.cpp
    LIBS showroom_render_fixture showroom_qml_modules showroom_dashboard_seed)
target_compile_definitions(tst_dashboard_render PRIVATE SHOWROOM_DEMO_DIR="${CMAKE_BINARY_DIR}/assets/demo")
add_dependencies(tst_dashboard_render demo_development)

qt_add_executable(tst_dashboard_qml_runner tst_dashboard_qml.cpp)
set_target_properties(tst_dashboard_qml_runner PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
target_link_libraries(tst_dashboard_qml_runner PRIVATE Qt6::QuickTest Qt6::Quick showroom_shell showroom_qml_modules
    showroom_dashboard_seed)
showroom_target_defaults(tst_dashboard_qml_runner)
showroom_add_qml_tests(RUNNER tst_dashboard_qml_runner DIR ${PROJECT_SOURCE_DIR}/tests/qml/dashboard PREFIX qml_dashboard_)
# Room heat on the floor plans: the demo's interiors read into room shapes, painted in heat colours.
showroom_add_test(NAME tst_dashboardroomplan LABEL unit TIMEOUT 120
    SOURCES tst_dashboardroomplan.cpp
    LIBS showroom_dashboard_screens showroom_core)
target_compile_definitions(tst_dashboardroomplan PRIVATE SHOWROOM_DEMO_DIR="${CMAKE_BINARY_DIR}/assets/demo")
add_dependencies(tst_dashboardroomplan demo_development)
