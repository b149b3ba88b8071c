// The persistent 3D stage, never recreated: a sky gradient behind a transparent View3D, a sun with soft
// shadows, a land disc fading into the horizon, and one Model per batch of the site. It shows what the
// shell's services say: the selected unit glows in the highlight colour, units are tinted by sales status
// (UnitStateTexture), and in building mode with a floor chosen everything above that floor is cut away
// and the floor's units are labelled. Taps go to Navigation; the camera is the shell's SiteCamera.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick3D
import Showroom.Components
import Showroom.Scene
import Showroom.Shell

Item {
    id: root

    readonly property SiteModel site: Site
    readonly property string selectedUnitId: CurrentSelection.selectedUnitId
    // Shadows double the draw calls; the app may turn them off on weak machines.
    property bool shadows: true
    // Quality at rest, speed in motion: while the camera moves (a drag, or easing after one) the scene
    // is drawn without shadows and anti-aliasing, which would halve the frame rate of a software GPU;
    // when it stops, shadows fade in and edges are drawn multisampled.
    readonly property bool moving: SiteCamera.moving || SiteCamera.flying || rig.interacting || walking
    // Inside a home or on its balcony (UnitVisit): the walker's camera, the home's interior, no status
    // colours or highlight on the site around it.
    readonly property bool inHome: (Navigation.mode === Navigation.Inside || Navigation.mode === Navigation.Balcony)
                                   && (Visit.inside || Visit.onBalcony)
    readonly property bool walking: inHome && (Visit.walker.gliding || Visit.walker.transition > 0 || Visit.walker.moveForward !== 0
                                               || Visit.walker.moveRight !== 0 || lookDragging)
    // The timeline page is also the sun study: the light (and the sky) follow the chosen day and hour.
    readonly property bool sunStudy: Navigation.mode === Navigation.Timeline
    // Colours by unit id that replace the status colours (the sales dashboard's interest heat on the
    // Homes page); empty: the status colours as Navigation says.
    property var heatColours: ({})
    readonly property bool heatShown: Object.keys(heatColours).length > 0
    // Set by the page that turns the view by dragging (quality at rest, speed while the view turns).
    property bool lookDragging: false
    // Share of the pixels (per side) drawn while moving; 1 = always full resolution.
    property real motionScale: 0.6

    readonly property alias view: view
    readonly property alias rig: rig
    readonly property OrbitController controller: SiteCamera

    // The floor cut-away asked for by Navigation: everything above `cutHeight` inside the building's
    // footprint (grown by 1.5 m for balconies and eaves) is not drawn. No shadows while cut: the shadow
    // pass would still see the hidden floors.
    readonly property bool cutActive: Navigation.mode === Navigation.Building && Navigation.hasFloor
                                      && site.status === SiteModel.Ready
    readonly property real cutHeight: cutActive ? site.floorTop(Navigation.buildingId, Navigation.floor) + 0.05 : 0
    readonly property vector4d cutArea: {
        if (!cutActive)
            return Qt.vector4d(0, 0, 0, 0)
        const min = site.buildingBoundsMin(Navigation.buildingId)
        const max = site.buildingBoundsMax(Navigation.buildingId)
        return Qt.vector4d(min.x - 1.5, min.z - 1.5, max.x + 1.5, max.z + 1.5)
    }

    // Screen position (in this item) of a scene point; (-1, -1) if behind the camera.
    function scenePointOnScreen(p: vector3d): point {
        const s = view.mapFrom3DScene(p)
        if (s.z <= 0)
            return Qt.point(-1, -1)
        return view.mapToItem(root, s.x, s.y)
    }

    // Screen position (in this item) of a unit's centre; (-1, -1) if unknown or behind the camera.
    function unitScreenPosition(unitId: string): point {
        if (!site.hasUnit(unitId))
            return Qt.point(-1, -1)
        return scenePointOnScreen(site.unitCenter(unitId))
    }

    // Id of the building drawn at (x, y) in this item (its units, roof, core …), "" if none.
    function buildingAt(x: real, y: real): string {
        return picker.buildingAt(x, y)
    }

    // Inside a home: walk to what is drawn at (x, y) in this item (the floor there, or the nearest
    // reachable point to a wall or a piece of furniture). False when nothing is there or reachable.
    function walkTo(x: real, y: real): bool {
        const v = view.mapFromItem(root, x, y)
        const hit = view.pick(v.x, v.y)
        return hit && hit.objectHit ? Visit.walker.walkToWorld(hit.scenePosition) : false
    }

    // Id of the unit drawn at (x, y) in this item, "" if none (the sky, the ground, a tree).
    function unitAt(x: real, y: real): string {
        return picker.unitAt(x, y)
    }

    SitePicker {
        id: picker
        area: root
        view: view
        site: root.site
        cutActive: root.cutActive
        cutHeight: root.cutHeight
        cutArea: root.cutArea
    }

    Sky {
        anchors.fill: parent
        followSun: root.sunStudy
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
        camera: root.inHome ? walkCamera : camera

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
            position: SiteCamera.position
            rotation: SiteCamera.rotation
            fieldOfView: SiteCamera.fieldOfView
            clipNear: Math.max(0.2, SiteCamera.distance * 0.01)
            clipFar: 1500
        }

        // The visitor's eyes inside a home or on its balcony: a wider lens, a near clip for rooms.
        PerspectiveCamera {
            id: walkCamera
            position: Visit.walker.worldPosition
            rotation: Visit.walker.worldRotation
            fieldOfView: 62
            clipNear: 0.05
            clipFar: 1500
        }
        InteriorModels {}
        // The sun, the sky's fill light and, inside a home, a ceiling light; the land beyond the site.
        Daylight {
            shadows: root.shadows && !root.moving && !root.cutActive
            moving: root.moving
            followSun: root.sunStudy
        }

        // The units (SiteModel rows with holdsUnits): material and unit number per vertex, the selected
        // unit painted in the highlight colour, unlit, and the per-unit states (see shaders/units.frag).
        UnitStateTexture {
            id: unitStates
            site: root.site
            development: CurrentDevelopment
            // Inside a home or on its balcony the tint goes through tintStrength (a uniform), not the
            // texels: each new texture costs Qt Quick 3D 6.4 bindings it never frees (UnitStateTexture.cpp).
            showStatus: Navigation.statusColoursShown
            colorOverrides: root.heatColours
            availableColor: Theme.available
            reservedColor: Theme.reserved
            soldColor: Theme.sold
            cutBuilding: root.cutActive ? Navigation.buildingId : ""
            cutFloor: root.cutActive ? Navigation.floor : -1
            // The finder dims the homes its filter leaves out (matches keep their colour).
            filter: Navigation.mode === Navigation.Finder ? Finder : null
        }
        UnitsMaterial {
            id: unitsMaterial
            // Lives as long as the stage: the rows' materials (rebuilt with every site load) only share it.
            unitStates: TextureInput {
                texture: Texture {
                    textureData: unitStates
                    minFilter: Texture.Nearest
                    magFilter: Texture.Nearest
                    mipFilter: Texture.None
                    generateMipmaps: false
                }
            }
            // (status is read so the number is looked up again once the site has loaded)
            selectedUnit: root.site.status === SiteModel.Ready && !root.inHome && !root.heatShown
                          ? root.site.unitNumber(root.selectedUnitId) : 0
            hiddenUnit: root.inHome ? Visit.hiddenUnitNumber : 0
            hiddenBoxMin: Visit.hiddenBoxMin
            hiddenBoxMax: Visit.hiddenBoxMax
            stateRows: unitStates.textureHeight
            // A floor seen from above reads as a sales plan: strong status colours. From afar a wash.
            // Inside a home or on its balcony, the site around it in its own colours.
            tintStrength: root.inHome ? 0 : root.cutActive || root.heatShown ? 0.85 : 0.45
            // The sun study at night: lights in the windows of finished homes (below -6 degrees fully on).
            nightLights: root.sunStudy ? Math.max(0, Math.min(1, 1 - 3 * Sun.daylight)) : 0
            cutActive: root.cutActive ? 1 : 0
            cutHeight: root.cutHeight
            cutArea: root.cutArea
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
                required property var model
                readonly property string unitId: model.unitId
                readonly property bool holdsUnits: model.holdsUnits
                readonly property bool selected: unitId !== "" && unitId === root.selectedUnitId && !root.inHome
                // Plain opaque parts take the cut-away material; textured or see-through ones keep
                // Qt's own (the demo has none near a cut).
                readonly property bool plain: model.opacity > 0.99 && model.baseColorTexture.toString() === ""
                geometry: model.geometry
                instancing: model.instancing
                visible: model.stageVisible
                // Everything on the site is pickable, so a tap hits what is drawn there: a slab edge
                // or a tree in front of a unit does not select the unit behind it.
                pickable: true
                receivesShadows: true
                // Flat things (ground, paths, lawns) receive shadows but need not cast any.
                castsShadows: model.opacity > 0.99 && !model.flat
                // A stage under way on the timeline rises storey by storey: its parts above are not drawn.
                readonly property real riseHeight: Timeline.revision >= 0 ? Timeline.riseHeightOf(model.stage) : 1e9
                materials: [model.holdsUnits ? rowUnitsMaterial
                                             : part.selected ? highlightMaterial
                                             : part.plain ? partMaterial : ownMaterial]

                // The shared units look (unitsMaterial), with this row's sidedness and rise.
                UnitsMaterial {
                    id: rowUnitsMaterial
                    unitStates: unitsMaterial.unitStates
                    selectedUnit: unitsMaterial.selectedUnit
                    stateRows: unitsMaterial.stateRows
                    tintStrength: unitsMaterial.tintStrength
                    cutActive: unitsMaterial.cutActive
                    cutHeight: unitsMaterial.cutHeight
                    cutArea: unitsMaterial.cutArea
                    hiddenUnit: unitsMaterial.hiddenUnit
                    hiddenBoxMin: unitsMaterial.hiddenBoxMin
                    hiddenBoxMax: unitsMaterial.hiddenBoxMax
                    riseHeight: part.riseHeight
                    nightLights: unitsMaterial.nightLights
                    cullMode: part.model.doubleSided ? Material.NoCulling : Material.BackFaceCulling
                }
                PartMaterial {
                    id: partMaterial
                    riseHeight: part.riseHeight
                    nightLights: unitsMaterial.nightLights
                    hiddenActive: unitsMaterial.hiddenUnit > 0 ? 1 : 0
                    hiddenBoxMin: unitsMaterial.hiddenBoxMin
                    hiddenBoxMax: unitsMaterial.hiddenBoxMax
                    partColor: Theme.linear(part.model.baseColor)
                    partRoughness: part.model.roughness
                    partMetalness: part.model.metallic
                    partEmissive: Qt.vector3d(part.model.emissive.r, part.model.emissive.g, part.model.emissive.b)
                    cutActive: root.cutActive ? 1 : 0
                    cutHeight: root.cutHeight
                    cutArea: root.cutArea
                    cullMode: part.model.doubleSided ? Material.NoCulling : Material.BackFaceCulling
                }
                PrincipledMaterial {
                    id: ownMaterial
                    baseColor: part.model.baseColor
                    metalness: part.model.metallic
                    roughness: part.model.roughness
                    opacity: part.model.opacity
                    alphaMode: part.model.opacity < 0.99 ? PrincipledMaterial.Blend : PrincipledMaterial.Opaque
                    cullMode: part.model.doubleSided ? Material.NoCulling : Material.BackFaceCulling
                    baseColorMap: part.model.baseColorTexture.toString() !== "" ? texture : null
                    emissiveFactor: Qt.vector3d(part.model.emissive.r, part.model.emissive.g, part.model.emissive.b)
                    Texture {
                        id: texture
                        source: part.model.baseColorTexture
                        generateMipmaps: true
                        mipFilter: Texture.Linear
                    }
                }
            }
        }
    }

    // Labels of the cut floor's units and the points of interest, drawn over the 3D view.
    UnitLabels {
        anchors.fill: parent
        view: view
        visible: root.cutActive && !root.moving
    }
    PointOfInterestMarkers {
        anchors.fill: parent
        view: view
        visible: Navigation.mode === Navigation.Site && root.site.status === SiteModel.Ready && !root.moving
    }

    OrbitCameraRig {
        id: rig
        z: -1 // under the labels and markers, which take their own taps
        anchors.fill: parent
        controller: SiteCamera
        enabled: !root.inHome
        onTapped: (position) => {
            const unitId = root.unitAt(position.x, position.y)
            if (unitId !== "") {
                Navigation.selectUnit(unitId, "site")
                return
            }
            const buildingId = root.buildingAt(position.x, position.y)
            if (buildingId !== "" && !(Navigation.mode === Navigation.Building && Navigation.buildingId === buildingId))
                Navigation.showBuilding(buildingId, "site")
            else
                Navigation.clearSelection()
        }
    }
    Binding {
        target: SiteCamera
        property: "aspectRatio"
        value: root.height > 0 ? root.width / root.height : 1.6
    }
}
