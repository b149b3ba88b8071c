# showroom-bench telemetry: enqueue cost, pipeline vs raw sqlite3 throughput, and the frames of the app
# (Main.qml through DemoShowroom, which render.cmake builds in) with telemetry flooded vs off.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/telemetry_bench.cpp)
target_link_libraries(showroom-bench PRIVATE showroom_telemetry Qt6::Gui Qt6::Quick)
