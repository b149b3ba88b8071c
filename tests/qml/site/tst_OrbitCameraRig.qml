import QtQuick
import QtTest
import Showroom.Scene
import Showroom.Site

// Mouse and touch gestures over the site view move the orbit camera; a click is a tap, not a drag.
TestCase {
    id: test
    name: "OrbitCameraRig"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: rigComponent
        OrbitCameraRig {
            width: 800
            height: 600
            controller: OrbitController {}
            Component.onCompleted: {
                controller.damping = 0 // jump straight to the goal: assertions need no waiting
                controller.setView(0, 30, 100)
            }
        }
    }
    SignalSpy {
        id: tappedSpy
        signalName: "tapped"
    }

    function test_leftDragOrbits() {
        const rig = createTemporaryObject(rigComponent, test)
        const c = rig.controller
        mouseDrag(rig, 300, 300, 120, 0, Qt.LeftButton)
        verify(c.yaw < -15, "yaw " + c.yaw) // right drag: the camera swings left round the site
        const pitch = c.pitch
        mouseDrag(rig, 300, 200, 0, 80, Qt.LeftButton)
        verify(c.pitch > pitch + 10, "pitch " + c.pitch)
        compare(c.distance, 100)
    }

    function test_wheelZooms() {
        const rig = createTemporaryObject(rigComponent, test)
        mouseWheel(rig, 400, 300, 0, 120)
        verify(rig.controller.distance < 90, "distance " + rig.controller.distance)
        mouseWheel(rig, 400, 300, 0, -240)
        verify(rig.controller.distance > 100, "distance " + rig.controller.distance)
    }

    function test_rightDragPans() {
        const rig = createTemporaryObject(rigComponent, test)
        const beforeX = rig.controller.target.x // a number: value-type properties re-read when used
        mouseDrag(rig, 400, 300, -150, 0, Qt.RightButton)
        verify(rig.controller.target.x > beforeX + 1, "target x " + rig.controller.target.x)
        compare(rig.controller.yaw, 0) // panning does not turn the camera
    }

    function test_clickIsATapNotADrag() {
        const rig = createTemporaryObject(rigComponent, test)
        tappedSpy.target = rig
        tappedSpy.clear()
        mouseClick(rig, 250, 180)
        compare(tappedSpy.count, 1)
        compare(tappedSpy.signalArguments[0][0].x, 250)
        compare(tappedSpy.signalArguments[0][0].y, 180)
        compare(rig.controller.yaw, 0)
        mouseDrag(rig, 300, 300, 150, 0, Qt.LeftButton) // a drag is never a tap
        compare(tappedSpy.count, 1)
    }

    function test_touchDragAndPinch() {
        const rig = createTemporaryObject(rigComponent, test)
        const c = rig.controller
        // One finger orbits.
        let touch = touchEvent(rig)
        touch.press(0, rig, 300, 300).commit()
        for (let i = 1; i <= 8; ++i)
            touch.move(0, rig, 300 + i * 15, 300).commit()
        touch.release(0, rig, 420, 300).commit()
        verify(c.yaw < -15, "yaw " + c.yaw)
        // Two fingers spreading apart zoom in.
        const distance = c.distance
        touch = touchEvent(rig)
        touch.press(0, rig, 350, 300).press(1, rig, 450, 300).commit()
        for (let j = 1; j <= 10; ++j)
            touch.move(0, rig, 350 - j * 10, 300).move(1, rig, 450 + j * 10, 300).commit()
        touch.release(0, rig, 250, 300).release(1, rig, 550, 300).commit()
        verify(c.distance < distance * 0.85, "distance " + c.distance + " from " + distance)
    }
}
