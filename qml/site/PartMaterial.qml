// The material of every plain (untextured, opaque) part of the site that is not a unit: lit like a
// PrincipledMaterial with the row's colour, roughness and metalness, and cut away above the floor the
// stage is cut at (shaders/site.*). Every property here is a shader uniform; the stage binds them.
import QtQuick
import QtQuick3D

CustomMaterial {
    property vector3d partColor: Qt.vector3d(0.5, 0.5, 0.5)
    property real partRoughness: 0.5
    property real partMetalness: 0
    property vector3d partEmissive: Qt.vector3d(0, 0, 0)
    property real cutActive: 0
    property real cutHeight: 0
    property vector4d cutArea: Qt.vector4d(0, 0, 0, 0)
    // Construction under way (the timeline): nothing above this world height; the top storey in work.
    property real riseHeight: 1e9
    // Night in the sun study, 0 (day) .. 1: the glazing of finished homes (riseHeight 1e9) is lit.
    property real nightLights: 0
    // Inside a home: the site's own parts within its interior's box (slabs, party walls, screed) would
    // show through or fight with the interior's floors and walls.
    property real hiddenActive: 0
    property vector3d hiddenBoxMin: Qt.vector3d(0, 0, 0)
    property vector3d hiddenBoxMax: Qt.vector3d(0, 0, 0)

    shadingMode: CustomMaterial.Shaded
    vertexShader: "shaders/site.vert"
    fragmentShader: "shaders/site.frag"
}
