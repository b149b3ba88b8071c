import QtQuick
import QtTest
import Showroom.Building
import Showroom.Components
import Showroom.Shell

// The building mode page: floors top first, a floor chosen there cuts the building (Navigation.floor),
// up/down step one floor, "whole building" undoes the cut.
TestCase {
    id: test
    name: "BuildingPage"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        BuildingPage {
            width: test.width
            height: test.height
            buildingId: Navigation.buildingId
            floor: Navigation.floor
        }
    }

    function init() {
        Navigation.goHome()
        Theme.scale = 1.0
        verify(Navigation.showBuilding("A", "test"))
    }

    function test_namesTheBuildingAndListsFloorsTopFirst() {
        const page = createTemporaryObject(pageComponent, test)
        compare(findChild(page, "buildingName").text, "Haus Linde")
        const top = findChild(page, "floor_3"), low = findChild(page, "floor_1")
        verify(top && low)
        verify(top.mapToItem(page, 0, 0).y < low.mapToItem(page, 0, 0).y, "the top floor is drawn on top")
        compare(top.text, "Floor 3")
    }

    function test_choosingAFloorCutsTheBuilding() {
        const page = createTemporaryObject(pageComponent, test)
        mouseClick(findChild(page, "floor_3"))
        compare(Navigation.floor, 3)
        verify(findChild(page, "floor_3").checked)
        verify(findChild(page, "buildingSubtitle").text.indexOf("Floor 3") >= 0)
        mouseClick(findChild(page, "floorDown"))
        compare(Navigation.floor, 1)
        mouseClick(findChild(page, "floorUp"))
        compare(Navigation.floor, 3)
        mouseClick(findChild(page, "wholeBuilding"))
        compare(Navigation.floor, -1)
    }
}
