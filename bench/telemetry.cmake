# showroom-bench telemetry: enqueue cost, pipeline vs raw sqlite3 throughput.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/telemetry_bench.cpp)
target_link_libraries(showroom-bench PRIVATE showroom_telemetry)
