# showroom-bench render (render_bench.cpp): the demo in Main.qml vs plain Qt Quick 3D Models with the
# same triangle count, orbiting at 1280x800. Needs the QML modules (static plugins) and the demo package.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/render_bench.cpp)
target_include_directories(showroom-bench PRIVATE ${PROJECT_SOURCE_DIR}/qml)
target_link_libraries(showroom-bench PRIVATE Qt6::Gui Qt6::Qml Qt6::Quick Qt6::Quick3D
    showroom_core showroom_coreplugin showroom_scene showroom_sceneplugin
    showroom_telemetry showroom_telemetryplugin showroom_ui showroom_uiplugin)
target_compile_definitions(showroom-bench PRIVATE SHOWROOM_DEMO_DIR="${CMAKE_BINARY_DIR}/assets/demo")
add_dependencies(showroom-bench demo_development)
