// The development in 3D: a sky gradient behind a transparent View3D, a low sun with soft shadows, a
// land disc fading into the horizon, and one Model per batch of the site. Tapping a unit emits
// unitPicked(id); the selected unit glows in the highlight colour. No knowledge of cards or telemetry.
import QtQuick
import QtQuick3D
import Showroom.Scene

Item {
    id: root

    required property SiteModel site
    property string selectedUnitId: ""
    // Shadows double the draw calls; the app may turn them off on weak machines.
    property bool shadows: true
    // Quality at rest, speed in motion: while the camera moves (a drag, or easing after one) the scene
    // is drawn without shadows and anti-aliasing, which would halve the frame rate of a software GPU;
    // when it stops, shadows fade in and edges are drawn multisampled.
    readonly property bool moving: controller.moving || rig.interacting
    // Share of the pixels (per side) drawn while moving; 1 = always full resolution.
    property real motionScale: 0.6

    readonly property alias view: view
    readonly property alias rig: rig
    readonly property OrbitController controller: rig.controller

    signal unitPicked(string unitId)
    signal nothingPicked()

    // Screen position (in this item) of a unit's centre; (-1, -1) if unknown or behind the camera.
    function unitScreenPosition(unitId) {
        if (!site.hasUnit(unitId))
            return Qt.point(-1, -1)
        const p = view.mapFrom3DScene(site.unitCenter(unitId))
        if (p.z <= 0)
            return Qt.point(-1, -1)
        return view.mapToItem(root, p.x, p.y)
    }

    // Id of the unit drawn at (x, y) in this item, "" if none (the sky, the ground, a tree).
    function unitAt(x, y) {
        const v = view.mapFromItem(root, x, y) // the view may be rendering at motionScale
        const hit = view.pick(v.x, v.y)
        if (!hit.objectHit)
            return ""
        if (hit.objectHit.holdsUnits)
            return site.unitAtPoint(hit.scenePosition, hit.sceneNormal)
        return hit.objectHit.unitId
    }

    // A colour as the linear RGB the shaders work in (QML colours are sRGB).
    function linear(c) {
        const f = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return Qt.vector3d(f(c.r), f(c.g), f(c.b))
    }

    function frameSite(animate) {
        const min = site.buildingsMin, max = site.buildingsMax
        // A little of the surroundings around the buildings, and never below the ground.
        const pad = Math.max(max.x - min.x, max.z - min.z) * 0.08
        controller.frame(Qt.vector3d(min.x - pad, Math.max(min.y, 0), min.z - pad),
                         Qt.vector3d(max.x + pad, max.y, max.z + pad), animate)
    }

    Connections {
        target: root.site
        function onLoaded() {
            if (root.site.status === SiteModel.Ready)
                root.frameSite(false)
        }
    }
    Component.onCompleted: if (site.status === SiteModel.Ready) frameSite(false)

    // Sky: deep blue overhead to a pale haze at the horizon line, which follows the camera's pitch;
    // below it the land disc fades into the same haze, so there is no visible edge to the world.
    readonly property real horizonY: {
        const halfFov = controller.fieldOfView * Math.PI / 360
        const pitch = controller.pitch * Math.PI / 180
        return height / 2 * (1 - Math.tan(pitch) / Math.tan(halfFov))
    }
    Rectangle {
        anchors.fill: parent
        color: Theme.horizon
    }
    Rectangle {
        width: parent.width
        height: Math.max(root.horizonY + Theme.px(40), root.height * 0.1)
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.skyTop }
            GradientStop { position: 0.55; color: Theme.skyMid }
            GradientStop { position: 1.0; color: Theme.horizon }
        }
    }

    View3D {
        id: view
        // Dynamic resolution: while the camera moves the view renders at motionScale of the pixels and
        // is scaled up (a software GPU is fill-bound by then); at rest it renders every pixel, with MSAA.
        readonly property real renderScale: root.moving ? root.motionScale : 1
        width: parent.width * renderScale
        height: parent.height * renderScale
        scale: 1 / renderScale
        transformOrigin: Item.TopLeft
        camera: camera

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Transparent
            // MSAA only at rest: a static view is not redrawn, so it costs nothing then. (Progressive AA
            // would be cheaper still, but on 6.4 it keeps showing its accumulated frame after a material
            // change, e.g. the highlight stays on screen after the card is closed.)
            antialiasingMode: root.moving ? SceneEnvironment.NoAA : SceneEnvironment.MSAA
            antialiasingQuality: SceneEnvironment.High // 4 samples (VeryHigh, 8, is ~0.5 GB at 4K)
        }

        PerspectiveCamera {
            id: camera
            position: root.controller.position
            rotation: root.controller.rotation
            fieldOfView: root.controller.fieldOfView
            clipNear: Math.max(0.2, root.controller.distance * 0.01)
            clipFar: 1500
        }

        // Late-morning sun from the south-west: long enough shadows to model the facades.
        DirectionalLight {
            id: sun
            eulerRotation: Qt.vector3d(-48, -35, 0)
            color: "#fff6e8"
            brightness: 1.05
            ambientColor: "#4a5058"
            castsShadow: root.shadows && !root.moving
            shadowMapQuality: Light.ShadowMapQualityHigh
            shadowFactor: root.moving ? 0 : 55
            Behavior on shadowFactor {
                NumberAnimation { duration: 350; easing.type: Easing.OutQuad }
            }
            shadowFilter: 8
            shadowBias: 0.02
            shadowMapFar: 2000
        }
        // Sky fill from the opposite side so shaded facades stay readable, never black.
        DirectionalLight {
            eulerRotation: Qt.vector3d(-25, 150, 0)
            color: "#c9dcf0"
            brightness: 0.35
            castsShadow: false
        }

        // The land beyond the site, fading into the horizon haze.
        Model {
            source: "#Rectangle"              // 100 x 100 in the XY plane
            eulerRotation.x: -90
            scale: Qt.vector3d(24, 24, 1)      // 2.4 km across
            position: Qt.vector3d(0, -0.05, 0) // just under the site's own ground
            pickable: false
            castsShadows: false
            receivesShadows: false
            materials: PrincipledMaterial {
                lighting: PrincipledMaterial.NoLighting
                baseColorMap: Texture {
                    textureData: GroundFade {
                        innerColor: Theme.land
                        outerColor: Theme.horizon
                        fadeStart: 0.3
                    }
                }
            }
        }

        // The units (SiteModel rows with holdsUnits): material and unit number per vertex, and the
        // selected unit painted in the highlight colour, unlit (see shaders/units.frag).
        CustomMaterial {
            id: unitsMaterial
            // (status is read so the number is looked up again once the site has loaded)
            property real selectedUnit: root.site.status === SiteModel.Ready
                                        ? root.site.unitNumber(root.selectedUnitId) : 0
            property vector3d highlight: root.linear(Theme.highlight)
            shadingMode: CustomMaterial.Shaded
            vertexShader: "shaders/units.vert"
            fragmentShader: "shaders/units.frag"
        }
        CustomMaterial {
            id: unitsMaterialTwoSided
            property real selectedUnit: unitsMaterial.selectedUnit
            property vector3d highlight: unitsMaterial.highlight
            shadingMode: CustomMaterial.Shaded
            cullMode: Material.NoCulling
            vertexShader: "shaders/units.vert"
            fragmentShader: "shaders/units.frag"
        }

        PrincipledMaterial {
            id: highlightMaterial
            baseColor: Theme.highlight
            lighting: PrincipledMaterial.NoLighting
            cullMode: Material.NoCulling
        }

        Repeater3D {
            model: root.site
            delegate: Model {
                id: part
                readonly property string unitId: model.unitId
                readonly property bool holdsUnits: model.holdsUnits
                readonly property bool selected: unitId !== "" && unitId === root.selectedUnitId
                geometry: model.geometry
                instancing: model.instancing
                visible: model.stageVisible
                // Everything on the site is pickable, so a tap hits what is drawn there: a slab edge
                // or a tree in front of a unit does not select the unit behind it.
                pickable: true
                receivesShadows: true
                // Flat things (ground, paths, lawns) receive shadows but need not cast any.
                castsShadows: model.opacity > 0.99 && !model.flat
                materials: [model.holdsUnits ? (model.doubleSided ? unitsMaterialTwoSided : unitsMaterial)
                                             : part.selected ? highlightMaterial : ownMaterial]

                PrincipledMaterial {
                    id: ownMaterial
                    baseColor: model.baseColor
                    metalness: model.metallic
                    roughness: model.roughness
                    opacity: model.opacity
                    alphaMode: model.opacity < 0.99 ? PrincipledMaterial.Blend : PrincipledMaterial.Opaque
                    cullMode: model.doubleSided ? Material.NoCulling : Material.BackFaceCulling
                    baseColorMap: model.baseColorTexture.toString() !== "" ? texture : null
                    emissiveFactor: Qt.vector3d(model.emissive.r, model.emissive.g, model.emissive.b)
                    Texture {
                        id: texture
                        source: model.baseColorTexture
                        generateMipmaps: true
                        mipFilter: Texture.Linear
                    }
                }
            }
        }
    }

    OrbitCameraRig {
        id: rig
        anchors.fill: parent
        onTapped: (position) => {
            const unitId = root.unitAt(position.x, position.y)
            if (unitId !== "")
                root.unitPicked(unitId)
            else
                root.nothingPicked()
        }
    }
}
