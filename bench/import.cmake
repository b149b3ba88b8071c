# showroom-bench import (import_bench.cpp): generates a stress development with the importer tests'
# fixture writers, imports it, batches it and renders it (Qt Quick 3D) next to Qt's RuntimeLoader.
find_package(assimp REQUIRED)
find_package(Qt6 REQUIRED COMPONENTS Quick Quick3D)
set(_fixtures ${CMAKE_SOURCE_DIR}/tests/importer/fixtures)
target_sources(showroom-bench PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/import_bench.cpp
    ${_fixtures}/FixtureWriter.cpp ${_fixtures}/FixtureWriter.h ${_fixtures}/IfcHouse.cpp
    ${_fixtures}/IfcStep.cpp ${_fixtures}/IfcStep.h)
target_include_directories(showroom-bench PRIVATE ${_fixtures})
target_link_libraries(showroom-bench PRIVATE showroom_importer assimp::assimp Qt6::Gui Qt6::Qml Qt6::Quick Qt6::Quick3D)
