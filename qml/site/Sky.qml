// Sky: deep blue overhead to a pale haze at the horizon line, which follows the camera's pitch; below
// it the land disc fades into the same haze, so there is no visible edge to the world.
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: sky

    readonly property real horizonY: {
        const halfFov = SiteCamera.fieldOfView * Math.PI / 360
        const pitch = SiteCamera.pitch * Math.PI / 180
        return height / 2 * (1 - Math.tan(pitch) / Math.tan(halfFov))
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.horizon
    }
    Rectangle {
        width: parent.width
        height: Math.max(sky.horizonY + Theme.px(40), sky.height * 0.1)
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.skyTop }
            GradientStop { position: 0.55; color: Theme.skyMid }
            GradientStop { position: 1.0; color: Theme.horizon }
        }
    }
}
