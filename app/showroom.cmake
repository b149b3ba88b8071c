# The showroom executable: main.cpp composes the shell's services and shows Main.qml (included from
# app/CMakeLists.txt). The QML modules are static plugins, linked through showroom_qml_modules.
qt_add_executable(showroom main.cpp)
set_target_properties(showroom PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
target_link_libraries(showroom PRIVATE
    Qt6::Gui Qt6::Quick Qt6::Quick3D showroom_commandline showroom_shell showroom_kiosk_mode showroom_qml_modules)
showroom_target_defaults(showroom)
# Cold imports run in showroom-import (crash isolation): build it with the app.
if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/cli/import/CMakeLists.txt)
    add_dependencies(showroom showroom-import)
endif()
install(TARGETS showroom RUNTIME DESTINATION bin)
