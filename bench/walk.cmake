# showroom-bench walk (walk_bench.cpp): walking through homes and standing on their balconies against
# orbiting the site, in the real Main.qml with the demo.
target_sources(showroom-bench PRIVATE ${CMAKE_CURRENT_LIST_DIR}/walk_bench.cpp ${CMAKE_CURRENT_LIST_DIR}/WalkScript.cpp)
