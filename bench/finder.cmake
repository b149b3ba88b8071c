# showroom-bench finder (finder_bench.cpp): filter changes at 5,000 units in the real Main.qml. Needs the
# generated large development: cmake --build <build> --target large_development (not built by default).
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/finder_bench.cpp)
target_compile_definitions(showroom-bench PRIVATE SHOWROOM_LARGE_DIR="${SHOWROOM_LARGE_DIR}")
