// The interior of the home being visited, drawn where the home stands on the site (UnitVisit places it:
// the unit's own transform, mirrored for mirrored homes). Glass is see-through, so every window looks
// out at the real site around it. No culling: a mirrored placement turns faces inside out.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick3D
import Showroom.Shell

Node {
    id: interior

    position: Visit.interiorPosition
    rotation: Visit.interiorRotation
    scale: Visit.interiorScale
    visible: Visit.inside || Visit.onBalcony

    Repeater3D {
        model: Visit.interior
        delegate: Model {
            id: part
            required property var model
            geometry: model.geometry
            instancing: model.instancing
            // Taps inside walk to the spot tapped (a wall or a sofa: the nearest reachable point).
            pickable: true
            receivesShadows: !model.glazing
            castsShadows: !model.glazing
            materials: PrincipledMaterial {
                baseColor: part.model.glazing ? Qt.rgba(0.80, 0.88, 0.92, 1) : part.model.baseColor
                metalness: part.model.glazing ? 0 : part.model.metallic
                roughness: part.model.glazing ? 0.05 : part.model.roughness
                opacity: part.model.glazing ? 0.18 : 1
                alphaMode: part.model.glazing ? PrincipledMaterial.Blend : PrincipledMaterial.Opaque
                cullMode: Material.NoCulling
                baseColorMap: part.model.baseColorTexture.toString() !== "" ? floorTexture : null
                Texture {
                    id: floorTexture
                    source: part.model.baseColorTexture
                    generateMipmaps: true
                    mipFilter: Texture.Linear
                }
            }
        }
    }
}
