import QtQuick
import QtTest
import Showroom.Components
import Showroom.Shell
import Showroom.StackingPlan

// The stacking plan page on the runner's fixture (Haus Linde: A_0304 available and A_0305 reserved on
// floor 3, A_0101 sold on floor 1; Haus Ahorn with no homes yet): a cell per home with its number,
// the top floor on top, status colours, a tap selects through Navigation, the finder's search fades
// what it leaves out, the chips switch the building.
TestCase {
    id: test
    name: "StackingPlanPage"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        StackingPlanPage {
            width: test.width
            height: test.height
            buildingId: Navigation.buildingId
        }
    }

    function init() {
        Navigation.goHome()
        Navigation.clearSelection()
        Finder.clear() // the finder's default: available homes
        Theme.scale = 1.0
        verify(Navigation.showStackingPlan("A", "test"))
        compare(Navigation.mode, Navigation.StackingPlan)
    }

    function cell(page: Item, unitId: string): Item {
        const c = findChild(page, "cell_" + unitId)
        verify(c, "a cell for " + unitId)
        return c
    }
    function topOf(page: Item, item: Item): real {
        return item.mapToItem(page, 0, 0).y
    }

    function test_aCellPerHomeWithItsNumber() {
        const page = createTemporaryObject(pageComponent, test)
        compare(findChild(page, "stackingPlanTitle").text, "Haus Linde")
        compare(page.plan.count, 3)
        for (const id of ["A_0304", "A_0305", "A_0101"])
            verify(cell(page, id).visible)
        compare(findChild(cell(page, "A_0304"), "cellLabel").text, "0304")
        verify(cell(page, "A_0304").width >= Theme.touchTarget && cell(page, "A_0304").height >= Theme.touchTarget,
               "cells are finger-sized")
    }

    function test_topFloorOnTopAndFloorsNamed() {
        const page = createTemporaryObject(pageComponent, test)
        const top = cell(page, "A_0304"), low = cell(page, "A_0101")
        verify(topOf(page, top) < topOf(page, low), "floor 3 is drawn above floor 1")
        compare(topOf(page, top), topOf(page, cell(page, "A_0305")))
        verify(cell(page, "A_0305").mapToItem(page, 0, 0).x > top.mapToItem(page, 0, 0).x, "by id, left to right")
        verify(findChild(page, "planFloor_3") && findChild(page, "planFloor_1"))
        verify(!findChild(page, "planFloor_2"), "no row for a floor without homes")
    }

    function test_statusColours() {
        const page = createTemporaryObject(pageComponent, test)
        Finder.applyExpression("status=any") // nothing faded
        compare(cell(page, "A_0304").background.color, Theme.available)
        compare(cell(page, "A_0305").background.color, Theme.reserved)
        compare(cell(page, "A_0101").background.color, Theme.sold)
    }

    function test_tapSelectsThroughNavigation() {
        const page = createTemporaryObject(pageComponent, test)
        const target = cell(page, "A_0101")
        verify(!findChild(target, "selectionRing").visible)
        const depth = Navigation.historyDepth
        mouseClick(target)
        compare(CurrentSelection.selectedUnitId, "A_0101")
        compare(Navigation.historyDepth, depth + 1, "chosen through Navigation (a step back closes it)")
        compare(Navigation.mode, Navigation.StackingPlan, "the plan stays on screen")
        verify(findChild(target, "selectionRing").visible, "the selected home is ringed")
        const sheet = findChild(page, "stackingPlanSheet")
        fuzzyCompare(Navigation.coveredLeft, (sheet.x + sheet.width) / page.width, 0.001,
                     "the camera is told what the sheet covers, so the home is drawn beside it")
        fuzzyCompare(Navigation.coveredRight, (Theme.panelWidth + Theme.margin) / page.width, 0.001,
                     "and what the card that opened covers")
        verify(!findChild(cell(page, "A_0304"), "selectionRing").visible)
    }

    function test_searchFadesWhatItLeavesOut() {
        const page = createTemporaryObject(pageComponent, test)
        compare(Finder.applyExpression("status=sold"), "")
        const sold = cell(page, "A_0101"), available = cell(page, "A_0304")
        verify(sold.matches)
        verify(!available.matches)
        compare(sold.background.color, Theme.sold)
        verify(available.background.color !== Theme.available, "faded, not the status colour")
        verify(findChild(page, "stackingPlanSubtitle").text.indexOf("1 match your search") >= 0)
        compare(Finder.applyExpression("status=any"), "")
        verify(available.matches)
        compare(available.background.color, Theme.available)
        verify(findChild(page, "stackingPlanSubtitle").text.indexOf("match your search") < 0)
    }

    function test_chipsSwitchTheBuilding() {
        const page = createTemporaryObject(pageComponent, test)
        verify(findChild(page, "planBuilding_A").checked)
        mouseClick(findChild(page, "planBuilding_B"))
        compare(Navigation.mode, Navigation.StackingPlan)
        compare(Navigation.buildingId, "B")
        tryCompare(findChild(page, "stackingPlanTitle"), "text", "Haus Ahorn")
        compare(page.plan.count, 0)
        verify(findChild(page, "stackingPlanEmpty").visible)
        verify(!findChild(page, "cell_A_0304"), "the other building's homes are gone")
        verify(findChild(page, "planBuilding_B").checked)
    }

    function test_manyBuildingsScrollKeepingTheChosenInView() {
        test.width = 850 // a sheet too narrow for every chip, even on a row of their own
        const page = createTemporaryObject(pageComponent, test)
        const strip = findChild(page, "stackingPlanBuildings")
        verify(strip.contentWidth > strip.width, "the chips do not all fit")
        const title = findChild(page, "stackingPlanTitle")
        verify(strip.mapToItem(page, 0, 0).x >= title.mapToItem(page, title.implicitWidth, 0).x
               || strip.mapToItem(page, 0, 0).y >= title.mapToItem(page, 0, title.height).y, "not over the title")
        verify(Navigation.showStackingPlan("B", "test"))
        const chip = findChild(page, "planBuilding_B")
        const left = chip.mapToItem(strip, 0, 0).x
        verify(left >= 0 && left + chip.width <= strip.width + 1, "the chosen building's chip is in view")
        test.width = 1920
    }

    function test_fitsALaptopBesideTheCard() {
        test.width = 1280
        test.height = 800
        Theme.scale = 800 / 1080
        const page = createTemporaryObject(pageComponent, test)
        const sheet = findChild(page, "stackingPlanSheet")
        verify(sheet.x + sheet.width <= page.width - Theme.panelWidth - Theme.margin, "room for the unit card")
        verify(sheet.y + sheet.height <= page.height - Theme.touchTarget - Theme.margin, "room for the nav bar")
        test.width = 1920
        test.height = 1080
    }
}
