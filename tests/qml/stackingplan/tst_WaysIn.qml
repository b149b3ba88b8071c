import QtQuick
import QtTest
import Showroom.Building
import Showroom.Components
import Showroom.Overview
import Showroom.Shell

// The ways into the stacking plan: the building page's "Stacking plan" button opens that building's,
// the overview's opens the selected home's building (else the first building).
TestCase {
    id: test
    name: "StackingPlanWaysIn"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    Component {
        id: buildingPage
        BuildingPage {
            width: test.width
            height: test.height
            buildingId: Navigation.buildingId
            floor: Navigation.floor
        }
    }
    Component {
        id: overviewPage
        OverviewPage {
            width: test.width
            height: test.height
        }
    }

    function init() {
        Navigation.goHome()
        Navigation.clearSelection()
        Theme.scale = 1.0
    }

    function test_fromTheBuildingPage() {
        verify(Navigation.showBuilding("B", "test"))
        const page = createTemporaryObject(buildingPage, test)
        mouseClick(findChild(page, "stackingPlanButton"))
        compare(Navigation.mode, Navigation.StackingPlan)
        compare(Navigation.buildingId, "B")
        verify(Navigation.back())
        compare(Navigation.mode, Navigation.Building, "Back returns to the building")
    }

    function test_fromTheOverview() {
        const page = createTemporaryObject(overviewPage, test)
        mouseClick(findChild(page, "stackingPlanButton"))
        compare(Navigation.mode, Navigation.StackingPlan)
        compare(Navigation.buildingId, CurrentDevelopment.buildings.get(0).buildingId)
    }
}
