# showroom-bench profiles (profiles_bench.cpp): one visitor's profile, and folding one new event into a
# profile, on a telemetry database of 1,000,000 seeded events (no window).
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/profiles_bench.cpp)
target_link_libraries(showroom-bench PRIVATE showroom_profiles)
