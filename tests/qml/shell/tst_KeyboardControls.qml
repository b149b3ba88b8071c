import QtQuick
import QtTest
import Showroom
import Showroom.Shell

// The keyboard on a desktop or the salesperson's desk: arrows orbit, +/- zoom, Escape goes back one
// step, Home returns to the overview, Page Up/Down step floors, and any key ends a guided tour.
TestCase {
    id: test
    name: "KeyboardControls"
    width: 400
    height: 300
    visible: true
    when: windowShown

    Component {
        id: keysComponent
        KeyboardControls {
            anchors.fill: parent
        }
    }

    function init() {
        Tour.stop()
        Navigation.goHome()
        SiteCamera.setView(0, 30, 100, false)
        SiteCamera.settle()
    }

    function test_arrowsOrbitAndPlusMinusZoom() {
        const keys = createTemporaryObject(keysComponent, test)
        keys.forceActiveFocus()
        const yaw = SiteCamera.goalYaw(), pitch = SiteCamera.goalPitch(), distance = SiteCamera.goalDistance()
        keyClick(Qt.Key_Left)
        verify(SiteCamera.goalYaw() !== yaw, "left turns the view")
        keyClick(Qt.Key_Up)
        verify(SiteCamera.goalPitch() !== pitch, "up tilts the view")
        keyClick(Qt.Key_Plus)
        verify(SiteCamera.goalDistance() < distance, "+ zooms in: " + distance + " -> " + SiteCamera.goalDistance() + " min " + SiteCamera.minDistance)
        const near = SiteCamera.goalDistance()
        keyClick(Qt.Key_Minus)
        verify(SiteCamera.goalDistance() > near, "- zooms out")
    }

    function test_escapeGoesBackAndHomeGoesHome() {
        const keys = createTemporaryObject(keysComponent, test)
        keys.forceActiveFocus()
        verify(Navigation.showBuilding("A", "test"))
        verify(Navigation.showFloor("A", 3, "test"))
        keyClick(Qt.Key_PageDown)
        compare(Navigation.floor, 1)
        keyClick(Qt.Key_Escape)
        compare(Navigation.floor, -1) // back to the whole building (stepping is not history)
        keyClick(Qt.Key_Escape)
        compare(Navigation.mode, Navigation.Site)
        verify(Navigation.showFloor("A", 3, "test"))
        keyClick(Qt.Key_Home)
        compare(Navigation.mode, Navigation.Site)
        verify(!Navigation.canGoBack)
    }

    function test_escapeClosesAPointOfInterestFirst() {
        const keys = createTemporaryObject(keysComponent, test)
        keys.forceActiveFocus()
        verify(Navigation.showBuilding("A", "test"))
        Navigation.goHome()
        verify(Navigation.showPointOfInterest("tram", "test"))
        keyClick(Qt.Key_Escape)
        compare(Navigation.pointOfInterestId, "")
    }

    function test_insideKeysWalkWhileHeld() {
        const keys = createTemporaryObject(keysComponent, test)
        keys.forceActiveFocus()
        verify(Navigation.walkInside("A_0304", "test"))
        keyPress(Qt.Key_W)
        compare(Visit.walker.moveForward, 1)
        keyRelease(Qt.Key_W)
        compare(Visit.walker.moveForward, 0)
        keyPress(Qt.Key_Left)
        compare(Visit.walker.moveRight, -1)
        keyRelease(Qt.Key_Left)
        compare(Visit.walker.moveRight, 0)
        keyPress(Qt.Key_Shift)
        verify(Visit.walker.running)
        keyRelease(Qt.Key_Shift)
        verify(!Visit.walker.running)
        compare(SiteCamera.goalYaw(), SiteCamera.goalYaw()) // (the orbit camera is not driven inside)
        keyClick(Qt.Key_Escape)
        compare(Navigation.mode, Navigation.Site)
        compare(CurrentSelection.selectedUnitId, "A_0304")
    }

    function test_anyKeyEndsTheTour() {
        const keys = createTemporaryObject(keysComponent, test)
        keys.forceActiveFocus()
        Tour.start()
        verify(Tour.running)
        const yaw = SiteCamera.goalYaw()
        keyClick(Qt.Key_Left)
        verify(!Tour.running)
    }
}
