import QtQuick
import QtTest
import Showroom.Shell

// Navigation, as QML drives it: modes, the focused building and floor, the selection and the back
// history (Escape / the back button), and the refusal of ids the development does not know. The fixture
// development (tst_qml.cpp) has building A with units on floors 1 and 3.
TestCase {
    id: test
    name: "Navigation"
    when: windowShown

    function init() {
        Navigation.goHome()
    }

    function test_startsOnTheSite() {
        compare(Navigation.mode, Navigation.Site)
        compare(Navigation.buildingId, "")
        compare(Navigation.floor, -1)
        verify(!Navigation.canGoBack)
    }

    function test_buildingFloorAndBackHistory() {
        verify(Navigation.showBuilding("A", "test"))
        compare(Navigation.mode, Navigation.Building)
        compare(Navigation.buildingId, "A")
        compare(Navigation.floors, [1, 3])
        verify(Navigation.showFloor("A", 3, "test"))
        compare(Navigation.floor, 3)
        verify(Navigation.selectUnit("A_0304", "test"))
        compare(CurrentSelection.selectedUnitId, "A_0304")
        compare(Navigation.historyDepth, 3)

        verify(Navigation.back()) // closes the card
        compare(CurrentSelection.selectedUnitId, "")
        compare(Navigation.floor, 3)
        verify(Navigation.back()) // the whole building
        compare(Navigation.floor, -1)
        compare(Navigation.mode, Navigation.Building)
        verify(Navigation.back()) // the site
        compare(Navigation.mode, Navigation.Site)
        verify(!Navigation.back())
    }

    function test_stepFloorWrapsThroughTheWholeBuilding() {
        verify(Navigation.showBuilding("A", "test"))
        verify(Navigation.stepFloor(-1)) // from the whole building down: the top floor
        compare(Navigation.floor, 3)
        verify(Navigation.stepFloor(-1))
        compare(Navigation.floor, 1)
        verify(Navigation.stepFloor(-1)) // below the lowest: the whole building again
        compare(Navigation.floor, -1)
        verify(Navigation.stepFloor(1))
        compare(Navigation.floor, 1)
        compare(Navigation.historyDepth, 1) // stepping is not history
    }

    function test_unknownIdsChangeNothing() {
        verify(!Navigation.showBuilding("Z", "test"))
        verify(!Navigation.showFloor("A", 2, "test")) // no units on floor 2
        verify(!Navigation.selectUnit("A_9999", "test"))
        verify(!Navigation.showPreset("nowhere", "test"))
        verify(!Navigation.showPointOfInterest("nothing", "test"))
        compare(Navigation.mode, Navigation.Site)
        verify(!Navigation.canGoBack)
    }

    function test_closingTheCardIsNoStepBack() {
        verify(Navigation.selectUnit("A_0101", "test"))
        Navigation.clearSelection()
        compare(CurrentSelection.selectedUnitId, "")
        // nothing left to go back to: the state before the selection is what is shown
        verify(!Navigation.back())
    }

    function test_aUnitOfAnotherFloorClosesOnFloorChange() {
        verify(Navigation.selectUnit("A_0101", "test"))
        verify(Navigation.showFloor("A", 3, "test"))
        compare(CurrentSelection.selectedUnitId, "") // A_0101 is on floor 1
        verify(Navigation.back())
        compare(CurrentSelection.selectedUnitId, "A_0101")
    }

    function test_presetAndPointOfInterest() {
        verify(Navigation.showPreset("courtyard", "test"))
        compare(Navigation.presetId, "courtyard")
        verify(Navigation.showPointOfInterest("tram", "test"))
        compare(Navigation.pointOfInterestId, "tram")
        Navigation.closePointOfInterest()
        compare(Navigation.pointOfInterestId, "")
        Navigation.goHome()
        compare(Navigation.presetId, "")
        verify(!Navigation.canGoBack)
    }

    function test_statusColoursSwitch() {
        Navigation.statusColoursShown = false
        verify(!Navigation.statusColoursShown)
        Navigation.statusColoursShown = true
        verify(Navigation.statusColoursShown)
    }
}
