# The showroom executable: main.cpp composes the libraries and the QML modules (included from
# app/CMakeLists.txt). Every QML module is a static plugin, imported in main.cpp.
qt_add_executable(showroom main.cpp)
set_target_properties(showroom PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
target_link_libraries(showroom PRIVATE
    Qt6::Gui Qt6::Quick Qt6::Quick3D
    showroom_core showroom_coreplugin showroom_importer
    showroom_scene showroom_sceneplugin
    showroom_telemetry showroom_telemetryplugin
    showroom_ui showroom_uiplugin)
# CurrentSelection.h lives with the QML module it is published from.
target_include_directories(showroom PRIVATE ${PROJECT_SOURCE_DIR}/qml)
showroom_target_defaults(showroom)
# Cold imports run in showroom-import (crash isolation): build it with the app.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/cli/import/CMakeLists.txt)
    add_dependencies(showroom showroom-import)
endif()
install(TARGETS showroom RUNTIME DESTINATION bin)
