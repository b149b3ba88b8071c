// The material of the merged unit rows (shaders/units.*): each part's colour, roughness and metalness
// per vertex; the selected unit in the unlit highlight colour; status tint, dimming and hiding per unit
// from `stateTexture` (a UnitStateTexture); the stage's floor cut-away.
import QtQuick
import QtQuick3D
import Showroom.Components
import Showroom.Scene

CustomMaterial {
    id: material

    required property Item stage   // the SiteStage: selection, cut-away, colour conversion
    required property UnitStateTexture stateTexture

    // (status is read so the number is looked up again once the site has loaded)
    property real selectedUnit: stage.site.status === SiteModel.Ready ? stage.site.unitNumber(stage.selectedUnitId) : 0
    property vector3d highlight: stage.linear(Theme.highlight)
    property TextureInput unitStates: TextureInput {
        texture: Texture {
            textureData: material.stateTexture
            minFilter: Texture.Nearest
            magFilter: Texture.Nearest
            mipFilter: Texture.None
            generateMipmaps: false
        }
    }
    property real stateRows: Math.max(1, Math.ceil((stage.site.unitIds.length + 1) / 256))
    property real tintStrength: 0.5
    property real cutActive: stage.cutActive ? 1 : 0
    property real cutHeight: stage.cutHeight
    property vector4d cutArea: stage.cutArea

    shadingMode: CustomMaterial.Shaded
    vertexShader: "shaders/units.vert"
    fragmentShader: "shaders/units.frag"
}
