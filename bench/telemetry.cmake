# showroom-bench telemetry: enqueue cost, pipeline vs raw sqlite3 throughput.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/telemetry_bench.cpp)
target_link_libraries(showroom-bench PRIVATE showroom_telemetry)
# The frame-time part orbits the demo in a Qt Quick 3D window.
target_link_libraries(showroom-bench PRIVATE Qt6::Gui Qt6::Quick Qt6::Quick3D)
