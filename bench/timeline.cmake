# showroom-bench timeline (timeline_bench.cpp): scrubbing the construction timeline and the sun while the
# camera orbits, against orbiting alone, in the real Main.qml with the demo.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/timeline_bench.cpp)
