# showroom-bench sync: a device's 1,000,000 events pushed to a real PostgreSQL vs a plain COPY of them.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/sync_bench.cpp)
target_link_libraries(showroom-bench PRIVATE showroom_sync)
target_compile_definitions(showroom-bench PRIVATE SHOWROOM_PGSERVER="${PROJECT_SOURCE_DIR}/tests/sync/pgserver.sh")
