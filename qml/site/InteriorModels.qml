// The interior of the home being visited, drawn where the home stands on the site (UnitVisit places it:
// the unit's own transform, mirrored for mirrored homes). Glass is see-through, so every window looks
// out at the real site around it. No culling: a mirrored placement turns faces inside out.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick3D
import Showroom.Scene
import Showroom.Shell

Node {
    id: interior

    position: Visit.interiorPosition
    rotation: Visit.interiorRotation
    scale: Visit.interiorScale
    visible: Visit.inside || Visit.onBalcony

    // A plain white ceiling at the top of the walls (interior models are open at the top so the plan
    // reads from above; from inside, the structure's slab above would read as a grey void).
    Model {
        readonly property vector3d min: Visit.interior.boundsMin
        readonly property vector3d max: Visit.interior.boundsMax
        source: "#Rectangle" // 100 x 100, facing +Z
        position: Qt.vector3d((min.x + max.x) / 2, max.y - 0.002, (min.z + max.z) / 2)
        eulerRotation.x: -90 // its face (+Z) turned down
        scale: Qt.vector3d((max.x - min.x) / 100, (max.z - min.z) / 100, 1)
        visible: max.y - min.y > 1.5
        pickable: false
        castsShadows: true
        receivesShadows: false
        materials: PrincipledMaterial {
            baseColor: "#f4f1ea"
            roughness: 0.95
            // Lit from the windows and bounced off the floor in life; a little self light stands in.
            emissiveFactor: Qt.vector3d(0.32, 0.31, 0.29)
            cullMode: Material.NoCulling
        }
    }

    // Every interior loaded so far stays built (Visit.interiors, InteriorShelf.h says why); only the
    // visited home's is shown.
    Repeater3D {
        model: Visit.interiors
        delegate: Node {
            id: kept
            required property SiteModel parts
            required property bool shown
            visible: shown

            Repeater3D {
                model: kept.parts
                delegate: Model {
                    id: part
                    required property var model
                    // A Finish_<class> material shows the palette the visitor chose for that surface (or the
                    // standard one): the material's values change in place, nothing reloads.
                    readonly property var finish: Finishes.materials[part.model.materialName] ?? null
                    readonly property url textureSource: finish ? finish.texture : part.model.baseColorTexture
                    geometry: model.geometry
                    instancing: model.instancing
                    // Taps inside walk to the spot tapped (a wall or a sofa: the nearest reachable point).
                    pickable: true
                    receivesShadows: !model.glazing
                    castsShadows: !model.glazing
                    materials: PrincipledMaterial {
                        baseColor: part.model.glazing ? Qt.rgba(0.80, 0.88, 0.92, 1)
                                 : part.finish ? part.finish.baseColor : part.model.baseColor
                        metalness: part.model.glazing ? 0 : part.finish ? part.finish.metallic : part.model.metallic
                        roughness: part.model.glazing ? 0.05 : part.finish ? part.finish.roughness : part.model.roughness
                        opacity: part.model.glazing ? 0.18 : 1
                        alphaMode: part.model.glazing ? PrincipledMaterial.Blend : PrincipledMaterial.Opaque
                        cullMode: Material.NoCulling
                        baseColorMap: String(part.textureSource) !== "" ? surfaceTexture : null
                        Texture {
                            id: surfaceTexture
                            source: part.textureSource
                            generateMipmaps: true
                            mipFilter: Texture.Linear
                        }
                    }
                }
            }
        }
    }
}
