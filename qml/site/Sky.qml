// Sky: deep blue overhead to a pale haze at the horizon line, which follows the camera's pitch; below
// it the land disc fades into the same haze, so there is no visible edge to the world.
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: sky

    // The sun study: a dusk glow at the horizon with a low sun, deep blue night when it has set.
    property bool followSun: false
    readonly property real daylight: followSun ? Sun.daylight : 1
    readonly property real glow: followSun ? Sun.glow : 0
    function shade(day: color): color {
        const night = Qt.rgba(0.05, 0.07, 0.14, 1)
        const lit = Qt.rgba(night.r + (day.r - night.r) * sky.daylight, night.g + (day.g - night.g) * sky.daylight,
                            night.b + (day.b - night.b) * sky.daylight, 1)
        return Qt.tint(lit, Qt.rgba(1, 0.55, 0.3, 0.45 * sky.glow))
    }

    readonly property real horizonY: {
        const halfFov = SiteCamera.fieldOfView * Math.PI / 360
        const pitch = SiteCamera.pitch * Math.PI / 180
        return height / 2 * (1 - Math.tan(pitch) / Math.tan(halfFov))
    }

    Rectangle {
        anchors.fill: parent
        color: sky.shade(Theme.horizon)
    }
    Rectangle {
        width: parent.width
        height: Math.max(sky.horizonY + Theme.px(40), sky.height * 0.1)
        gradient: Gradient {
            GradientStop { position: 0.0; color: sky.shade(Theme.skyTop) }
            GradientStop { position: 0.55; color: sky.shade(Theme.skyMid) }
            GradientStop { position: 1.0; color: sky.shade(Theme.horizon) }
        }
    }
}
