# showroom-bench dashboard (dashboard_bench.cpp): every dashboard view on a seeded telemetry database of
# 10,000,000 events, next to the same answer from plain SQL over the raw events (no window).
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/dashboard_bench.cpp)
target_link_libraries(showroom-bench PRIVATE showroom_dashboard)
