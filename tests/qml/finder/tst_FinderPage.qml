import QtQuick
import QtTest
import Showroom.Components
import Showroom.Finder
import Showroom.Shell

// The unit finder as a buyer uses it, on the fixture development (tst_qml.cpp). Available homes: A_0304
// (2 bed, 71.5 m², €385,000, floor 3, SW), C_0201 (3 bed, 92 m², €455,000, floor 2, S), C_0402 (1 bed,
// 48.5 m², €259,000, floor 4, E); not available: A_0101 (sold, 2 bed, €342,000, floor 1, N), A_0305
// (reserved, like A_0304), C_0403 (reserved, 4 bed, 118 m², €610,000, floor 4, SW).
TestCase {
    id: test
    name: "FinderPage"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    property Item shown // the page open()ed last

    Component {
        id: pageComponent
        FinderPage {
            width: test.width
            height: test.height
        }
    }

    function init() {
        Navigation.goHome()
        Navigation.clearSelection()
        Finder.clear()
        Finder.sortBy = ""
        Finder.descending = false
        Theme.scale = 1.0
        Navigation.showFinder("test")
    }

    function ids(): var { return Finder.matchingUnitIds().slice().sort() }
    // A page laid out and drawn (positioners and the list lay out when the window polishes).
    function open(height: real): Item {
        const page = createTemporaryObject(pageComponent, test)
        if (height > 0)
            page.height = height
        waitForRendering(page, 500)
        shown = page
        return page
    }
    // Brings a control of the filter panel into view (the panel scrolls on short screens), then taps it.
    function reveal(page: Item, item: Item) {
        const panel = findChild(page, "filterPanel")
        const y = item.mapToItem(panel.contentItem, 0, 0).y
        if (y < panel.contentY || y + item.height > panel.contentY + panel.height) {
            panel.contentY = Math.max(0, Math.min(y - panel.height / 3, panel.contentHeight - panel.height))
            waitForRendering(page, 500)
        }
    }
    function tap(page: Item, name: string) {
        const item = findChild(page, name)
        verify(item, name)
        if (name.indexOf("result_") !== 0 && name.indexOf("sort") !== 0 && name !== "clearFilters")
            reveal(page, item)
        mouseClick(item)
    }
    function countText(page: Item): string { return findChild(page, "resultCount").text }
    // Drags one handle of a range slider to (about) a value, as a finger would.
    function drag(slider: Item, handle: string, value: real) {
        reveal(test.shown, slider)
        const part = handle === "first" ? slider.first : slider.second
        const y = slider.height / 2
        const xOf = v => slider.leftPadding + slider.handleSize / 2
                         + (v - slider.from) / (slider.to - slider.from) * slider.travel
        mousePress(slider, xOf(part.value), y)
        mouseMove(slider, (xOf(part.value) + xOf(value)) / 2, y, -1, Qt.LeftButton)
        mouseMove(slider, xOf(value), y, -1, Qt.LeftButton)
        mouseRelease(slider, xOf(value), y)
    }

    function test_theDefaultIsEveryAvailableHome() {
        const page = open(0)
        compare(countText(page), "3 homes match")
        compare(ids(), ["A_0304", "C_0201", "C_0402"])
        verify(findChild(page, "status_available").checked)
        verify(!findChild(page, "clearFilters").enabled, "nothing to clear")
        compare(findChild(page, "resultList").count, 3)
        verify(findChild(page, "result_C_0402"))
    }

    function test_bedrooms() {
        const page = open(0)
        tap(page, "bedrooms_3")
        compare([Finder.minBedrooms, Finder.maxBedrooms], [3, 3])
        verify(findChild(page, "bedrooms_3").checked)
        compare(countText(page), "1 home matches")
        compare(ids(), ["C_0201"])
        tap(page, "bedrooms_4") // 4+: four or more
        compare([Finder.minBedrooms, Finder.maxBedrooms], [4, -1])
        compare(countText(page), "No homes match")
        verify(findChild(page, "noResults").visible)
        tap(page, "bedrooms_4") // tapped again: any number
        compare(Finder.minBedrooms, 0)
        compare(countText(page), "3 homes match")
    }

    // The chips checked for the bedrooms, "1" "2" "3" "4" ("4+").
    function checkedBedrooms(page: Item): var {
        return ["1", "2", "3", "4"].filter(k => findChild(page, "bedrooms_" + k).checked)
    }
    function bedroomsSummary(page: Item): string {
        return findChild(findChild(page, "bedrooms_1").parent.parent.parent, "summary").text // chip, chips, holder, section
    }

    // A filter set in C++ (the command line's --filter, a restored search) shows in the chips, whatever
    // range it holds.
    function test_bedroomChipsShowTheFilterSetInCpp_data() {
        return [
            { tag: "bedrooms>=3", expression: "bedrooms>=3", checked: ["3", "4"], summary: "3 or more" },
            { tag: "bedrooms>=4", expression: "bedrooms>=4", checked: ["4"], summary: "4 or more" },
            { tag: "bedrooms>=5", expression: "bedrooms>=5", checked: ["4"], summary: "5 or more" },
            { tag: "bedrooms=2", expression: "bedrooms=2", checked: ["2"], summary: "2" },
            { tag: "bedrooms<=2", expression: "bedrooms<=2", checked: ["1", "2"], summary: "up to 2" },
            { tag: "bedrooms=2..3", expression: "bedrooms=2..3", checked: ["2", "3"], summary: "2 – 3" },
            { tag: "bedrooms=2..5", expression: "bedrooms=2..5", checked: ["2", "3", "4"], summary: "2 – 5" },
            { tag: "bedrooms>=1", expression: "bedrooms>=1", checked: ["1", "2", "3", "4"], summary: "1 or more" },
            { tag: "bedrooms=0", expression: "bedrooms=0", checked: [], summary: "studios only" },
            { tag: "any", expression: "status=available", checked: [], summary: "any" }
        ]
    }
    function test_bedroomChipsShowTheFilterSetInCpp(data) {
        const page = open(0)
        compare(Finder.applyExpression(data.expression), "")
        compare(checkedBedrooms(page), data.checked)
        compare(bedroomsSummary(page), data.summary)
    }

    function test_aChipTappedAfterARangeChoosesThatNumber() {
        const page = open(0)
        Finder.minBedrooms = 3 // from C++: three or more
        compare(checkedBedrooms(page), ["3", "4"])
        tap(page, "bedrooms_3") // one of two checked: just that number
        compare([Finder.minBedrooms, Finder.maxBedrooms], [3, 3])
        compare(checkedBedrooms(page), ["3"])
        tap(page, "bedrooms_3") // the only one: any number again
        compare([Finder.minBedrooms, Finder.maxBedrooms], [0, -1])
        compare(checkedBedrooms(page), [])
    }

    function test_priceRange() {
        const page = open(0)
        const price = findChild(page, "priceRange")
        compare([price.from, price.to], [255000, 610000]) // the development's span, in 5,000 steps
        drag(price, "second", 420000)
        verify(Finder.maxPrice >= 400000 && Finder.maxPrice <= 440000, String(Finder.maxPrice))
        compare(Finder.maxPrice % 5000, 0)
        compare(ids(), ["A_0304", "C_0402"])
        drag(price, "first", 300000)
        verify(Finder.minPrice >= 280000 && Finder.minPrice <= 320000, String(Finder.minPrice))
        compare(ids(), ["A_0304"])
        verify(findChild(price.parent.parent, "summary").text.indexOf("€") >= 0)
        drag(price, "second", 610000) // pushed to the end: no maximum
        compare(Finder.maxPrice, 0)
    }

    function test_areaRange() {
        const page = open(0)
        const area = findChild(page, "areaRange")
        drag(area, "first", 60)
        verify(Finder.minArea >= 55 && Finder.minArea <= 65, String(Finder.minArea))
        compare(ids(), ["A_0304", "C_0201"])
        verify(findChild(area.parent.parent, "summary").text.indexOf("m²") > 0)
    }

    function test_floorRange() {
        const page = open(0)
        const floor = findChild(page, "floorRange")
        compare([floor.from, floor.to], [1, 4])
        drag(floor, "second", 3)
        compare(Finder.maxFloor, 3)
        compare(ids(), ["A_0304", "C_0201"])
        drag(floor, "first", 3)
        compare(Finder.minFloor, 3)
        compare(ids(), ["A_0304"])
    }

    function test_orientationStatusBuildingAndType() {
        const page = open(0)
        tap(page, "orientation_S")
        compare(Finder.orientations, ["S"])
        compare(ids(), ["C_0201"])
        tap(page, "orientation_SW")
        compare(ids(), ["A_0304", "C_0201"])
        tap(page, "status_reserved")
        compare(ids(), ["A_0304", "A_0305", "C_0201", "C_0403"])
        tap(page, "orientation_S")
        tap(page, "orientation_SW")
        verify(!findChild(page, "building_B"), "a building without homes is no choice")
        tap(page, "building_C")
        compare(Finder.buildings, ["C"])
        compare(ids(), ["C_0201", "C_0402", "C_0403"])
        tap(page, "type_1B")
        compare(ids(), ["C_0402"])
    }

    function test_filtersCombine() {
        const page = open(0)
        tap(page, "status_reserved")
        tap(page, "status_sold")
        compare(Finder.statuses, []) // all three: any status
        tap(page, "building_A")
        tap(page, "bedrooms_2")
        drag(findChild(page, "priceRange"), "second", 360000)
        compare(ids(), ["A_0101"])
        tap(page, "orientation_SW")
        compare(countText(page), "No homes match")
        drag(findChild(page, "priceRange"), "second", 610000)
        compare(ids(), ["A_0304", "A_0305"])
        compare(Finder.expression, "bedrooms=2,orientation=SW,status=any,building=A")
    }

    function test_clearFilters() {
        const page = open(0)
        tap(page, "bedrooms_1")
        tap(page, "orientation_E")
        tap(page, "status_sold")
        const clear = findChild(page, "clearFilters")
        verify(clear.enabled)
        mouseClick(clear)
        verify(Finder.isDefault)
        compare(countText(page), "3 homes match")
        verify(!findChild(page, "bedrooms_1").checked)
        verify(!findChild(page, "orientation_E").checked)
        verify(!clear.enabled)
    }

    function rowOrder(page: Item): var {
        const rows = ["A_0304", "C_0201", "C_0402"].map(id => findChild(page, "result_" + id))
        if (rows.some(r => !r))
            return []
        return rows.map(r => ({ id: r.unitId, y: r.y }))
                                            .sort((a, b) => a.y - b.y).map(r => r.id)
    }

    // The rows as drawn, top to bottom (the list lays them out after the sort).
    function expectRows(page: Item, order: var) {
        tryVerify(() => JSON.stringify(rowOrder(page)) === JSON.stringify(order), 1000,
                  JSON.stringify(rowOrder(page)))
    }

    function test_sorting() {
        const page = open(0)
        tap(page, "sortPrice")
        compare(Finder.matchingUnitIds(), ["C_0402", "A_0304", "C_0201"])
        expectRows(page, ["C_0402", "A_0304", "C_0201"])
        tap(page, "sortPrice") // again: highest first
        verify(Finder.descending)
        expectRows(page, ["C_0201", "A_0304", "C_0402"])
        tap(page, "sortArea") // a new key starts lowest first
        verify(!Finder.descending)
        expectRows(page, ["C_0402", "A_0304", "C_0201"])
        tap(page, "sortFloor")
        expectRows(page, ["C_0201", "A_0304", "C_0402"])
        tap(page, "sortFloor")
        expectRows(page, ["C_0402", "A_0304", "C_0201"])
    }

    function test_aTappedRowSelectsTheHome() {
        const page = open(0)
        tap(page, "result_C_0201")
        compare(CurrentSelection.selectedUnitId, "C_0201")
        verify(findChild(page, "result_C_0201").selected)
        verify(!findChild(page, "result_A_0304").selected)
    }

    // A heart on each row keeps the home among the favourites, without choosing it; hearted anywhere
    // (the card), it shows here too.
    function test_aRowsHeartMakesTheHomeAFavourite() {
        Favourites.clear()
        const page = open(0)
        const heart = findChild(page, "heart_A_0304")
        verify(heart, "a heart on the row")
        verify(heart.width >= Theme.touchTarget && heart.height >= Theme.touchTarget,
               heart.width + " x " + heart.height)
        const row = findChild(page, "result_A_0304")
        const inRow = heart.mapToItem(row, 0, 0)
        verify(inRow.x >= 0 && inRow.x + heart.width <= row.width + 1, "inside its row")
        verify(!heart.checked)
        compare(heart.Accessible.name, "Add A_0304 to favourites")
        mouseClick(heart)
        verify(Favourites.contains("A_0304"))
        verify(heart.checked)
        compare(heart.Accessible.name, "Remove A_0304 from favourites")
        compare(CurrentSelection.selectedUnitId, "", "the heart does not open the home")
        verify(Favourites.toggle("C_0201")) // hearted on its card
        verify(findChild(page, "heart_C_0201").checked)
        mouseClick(heart) // un-hearted from the list
        verify(!Favourites.contains("A_0304"))
        verify(!heart.checked)
        compare(Favourites.unitIds, ["C_0201"])
        Favourites.clear()
    }

    function test_aHomeSelectedElsewhereIsMarkedAndScrolledIntoView() {
        // A short window: the list shows about two rows, so the last one is out of view at first.
        const page = open(480)
        Finder.sortBy = "price"
        Finder.descending = true
        const list = findChild(page, "resultList")
        verify(list.height < 3 * findChild(page, "result_C_0201").height, String(list.height))
        verify(Navigation.selectUnit("C_0402", "site")) // the cheapest: the last row
        const row = findChild(page, "result_C_0402")
        verify(row.selected)
        compare(list.currentIndex, 2)
        tryVerify(() => {
            const top = row.mapToItem(list, 0, 0).y
            return top >= -1 && top + row.height <= list.height + 1
        }, 1000, "the selected row is scrolled into view")
        // A home the filter leaves out is selected: nothing in the list is marked.
        verify(Navigation.selectUnit("A_0101", "site"))
        compare(list.currentIndex, -1)
        verify(!row.selected)
    }
}
