# showroom-bench render (render_bench.cpp): the demo in Main.qml vs plain Qt Quick 3D Models with the
# same triangle count, orbiting at 1280x800. Needs the QML modules (static plugins) and the demo package.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/render_bench.cpp)
