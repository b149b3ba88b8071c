// The stage's light: a late-morning sun with soft shadows (dropped while the view moves, faded back in at
// rest), a sky fill from the other side so shaded facades never go black, inside a home a soft ceiling
// light over the visitor (the slab above shades the sun), and the land beyond the site fading into the
// horizon haze.
import QtQuick
import QtQuick3D
import Showroom.Components
import Showroom.Scene
import Showroom.Shell

Node {
    id: daylight

    property bool shadows: true
    property bool moving: false
    // The sun study (the timeline page): the real sun of the chosen day and hour; elsewhere a fixed
    // late-morning sun from the south-west that models the facades well.
    property bool followSun: false

    DirectionalLight {
        id: sun
        eulerRotation: daylight.followSun ? Sun.lightRotation : Qt.vector3d(-48, -35, 0)
        // A low sun is warm and weaker; at night a faint moonlight keeps the shapes.
        color: daylight.followSun ? Qt.tint("#fff6e8", Qt.rgba(1, 0.55, 0.25, 0.55 * Sun.glow)) : "#fff6e8"
        brightness: daylight.followSun ? 0.08 + 0.97 * Sun.daylight : 1.05
        ambientColor: daylight.followSun ? Qt.tint("#1c2230", Qt.rgba(0.29, 0.31, 0.35, Sun.daylight)) : "#4a5058"
        castsShadow: daylight.shadows
        shadowMapQuality: Light.ShadowMapQualityHigh
        shadowFactor: daylight.moving ? 0 : 55
        Behavior on shadowFactor {
            NumberAnimation { duration: 350; easing.type: Easing.OutQuad }
        }
        shadowFilter: 8
        shadowBias: 0.02
        shadowMapFar: 2000
    }
    DirectionalLight {
        eulerRotation: Qt.vector3d(-25, 150, 0)
        color: "#c9dcf0"
        brightness: daylight.followSun ? 0.06 + 0.29 * Sun.daylight : 0.35
        castsShadow: false
    }
    PointLight {
        visible: Visit.inside
        position: Visit.walker.worldPosition.plus(Qt.vector3d(0, 0.6, 0))
        color: "#fff3e2"
        brightness: 1.2
        constantFade: 1
        linearFade: 0.15
        quadraticFade: 0.06
        castsShadow: false
    }

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
                    // (unlit: the sun study darkens it with the sky at dusk and night)
                    innerColor: daylight.followSun ? Qt.tint("#10141c", Qt.rgba(Theme.land.r, Theme.land.g, Theme.land.b, Sun.daylight))
                                                   : Theme.land
                    outerColor: daylight.followSun ? Qt.tint("#161c2a", Qt.rgba(Theme.horizon.r, Theme.horizon.g, Theme.horizon.b, Sun.daylight))
                                                   : Theme.horizon
                    fadeStart: 0.3
                }
            }
        }
    }
}
