// The material of the merged unit rows (shaders/units.*): each part's colour, roughness and metalness
// per vertex; the unit numbered `selectedUnit` in the unlit `highlight` colour; status tint, dimming and
// hiding per unit from `unitStates` (a TextureInput over the stage's UnitStateTexture); the floor cut-away.
// Every property here is a shader uniform; the stage binds them.
import QtQuick
import QtQuick3D
import Showroom.Components

CustomMaterial {
    id: material

    // One TextureInput shared by every units material, owned by the stage: never a Texture per material.
    // Qt 6.4's Texture connects to its textureData's signal without a context object and does not
    // disconnect when destroyed, so a Texture that dies with a site row (reload) while the texture data
    // lives on is called after deletion on the render thread (issue 16).
    required property TextureInput unitStates
    property real selectedUnit: 0
    property vector3d highlight: Theme.linear(Theme.highlight)
    property real stateRows: 1
    property real tintStrength: 0.5
    property real cutActive: 0
    property real cutHeight: 0
    property vector4d cutArea: Qt.vector4d(0, 0, 0, 0)
    // Construction under way (the timeline): nothing above this world height; the top storey in work.
    property real riseHeight: 1e9
    // Night in the sun study, 0 (day) .. 1: the glazing of finished homes (riseHeight 1e9) is lit.
    property real nightLights: 0
    // The home walked through: its parts inside this box are not drawn over its interior.
    property real hiddenUnit: 0
    property vector3d hiddenBoxMin: Qt.vector3d(0, 0, 0)
    property vector3d hiddenBoxMax: Qt.vector3d(0, 0, 0)

    shadingMode: CustomMaterial.Shaded
    vertexShader: "shaders/units.vert"
    fragmentShader: "shaders/units.frag"
}
