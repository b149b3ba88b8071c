// Turns mouse and touch gestures over the site view into camera moves. The maths (limits, damping,
// framing) lives in the C++ OrbitController; this file only maps gestures to it:
//   one finger / left drag: orbit · two fingers: pinch to zoom, move to pan · right or middle drag,
//   or shift + left drag: pan · wheel: zoom · tap / click: `tapped` (the view picks a unit there).
import QtQuick
import Showroom.Scene
import Showroom.Shell

Item {
    id: rig

    required property OrbitController controller
    readonly property OrbitController orbit: controller
    // True while a finger or the mouse is moving the camera (the idle attract loop waits for it).
    readonly property bool interacting: orbitDrag.active || panDrag.active || pinch.active || rightDrag.active

    signal tapped(point position)

    // The first touch ends a guided tour (the tour itself also stops when a gesture interrupts a flight).
    onInteractingChanged: if (interacting && Tour.running) Tour.stop()

    DragHandler {
        id: orbitDrag
        target: null
        acceptedButtons: Qt.LeftButton
        acceptedModifiers: Qt.NoModifier
        minimumPointCount: 1
        maximumPointCount: 1
        property vector2d last: Qt.vector2d(0, 0)
        onActiveChanged: last = Qt.vector2d(0, 0)
        onTranslationChanged: {
            rig.orbit.orbit(translation.x - last.x, translation.y - last.y)
            last = translation
        }
    }

    DragHandler {
        id: panDrag
        target: null
        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
        acceptedButtons: Qt.RightButton | Qt.MiddleButton | Qt.LeftButton
        acceptedModifiers: Qt.ShiftModifier
        property vector2d last: Qt.vector2d(0, 0)
        onActiveChanged: last = Qt.vector2d(0, 0)
        onTranslationChanged: {
            rig.orbit.pan(translation.x - last.x, translation.y - last.y, rig.height)
            last = translation
        }
    }

    DragHandler {
        id: rightDrag
        // Right / middle drag without modifiers also pans (the common CAD habit).
        target: null
        acceptedDevices: PointerDevice.Mouse
        acceptedButtons: Qt.RightButton | Qt.MiddleButton
        property vector2d last: Qt.vector2d(0, 0)
        onActiveChanged: last = Qt.vector2d(0, 0)
        onTranslationChanged: {
            rig.orbit.pan(translation.x - last.x, translation.y - last.y, rig.height)
            last = translation
        }
    }

    PinchHandler {
        id: pinch
        target: null
        minimumPointCount: 2
        maximumPointCount: 2
        property real lastScale: 1
        property vector2d last: Qt.vector2d(0, 0)
        onActiveChanged: {
            lastScale = 1
            last = Qt.vector2d(0, 0)
        }
        onActiveScaleChanged: {
            if (lastScale > 0)
                rig.orbit.zoom(activeScale / lastScale)
            lastScale = activeScale
        }
        onTranslationChanged: {
            rig.orbit.pan(translation.x - last.x, translation.y - last.y, rig.height)
            last = translation
        }
    }

    WheelHandler {
        target: null
        onWheel: (event) => {
            if (Tour.running)
                Tour.stop()
            rig.orbit.zoom(Math.pow(1.0015, event.angleDelta.y))
        }
    }

    TapHandler {
        id: tap
        acceptedButtons: Qt.LeftButton
        onTapped: {
            if (Tour.running) {
                Tour.stop()
                return
            }
            rig.tapped(tap.point.position)
        }
    }
}
