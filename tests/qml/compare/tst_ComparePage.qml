import QtQuick
import QtTest
import Showroom.Compare
import Showroom.Components
import Showroom.Shell

// The compare page lays two or three homes side by side: one column each, the rows where they differ
// marked, the best home at a fact tagged; a home can be shown or taken off; the page closes back.
TestCase {
    id: test
    name: "ComparePage"
    width: 1600
    height: 1000
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        ComparePage { anchors.fill: parent }
    }

    function init() {
        Navigation.goHome()
        Favourites.clear()
        CompareList.clear()
    }
    function child(item, name) {
        const c = findChild(item, name)
        verify(c, "no child named " + name)
        return c
    }
    function cell(page, unitId, fact) {
        return child(child(page, "column_" + unitId), "cell_" + fact)
    }
    function row(page, fact) {
        return child(child(page, "compareTable"), "row_" + fact)
    }
    function save(page, name) {
        // A still to look at (and to judge as a buyer would): /tmp/showroom-compare-<name>.png
        const image = grabImage(page)
        image.save("/tmp/showroom-compare-" + name + ".png")
    }

    function test_twoHomesSideBySide() {
        verify(CompareList.add("A_0304"))
        verify(CompareList.add("A_0101"))
        const page = createTemporaryObject(pageComponent, test)
        compare(child(page, "compareTitle").text, "Compare homes")
        verify(child(page, "column_A_0304").visible)
        verify(child(page, "column_A_0101").visible)
        verify(!findChild(page, "column_A_0305"))
        // the cheaper one is marked, in its cell only
        verify(row(page, "price").differs)
        verify(cell(page, "A_0101", "price").best)
        verify(!cell(page, "A_0304", "price").best)
        compare(child(cell(page, "A_0101", "price"), "bestTag").text, "★ Lowest")
        compare(child(cell(page, "A_0101", "price"), "value").text, CurrentDevelopment.formatPrice(342000))
        // same type: rooms and area alike, quiet and unmarked
        verify(!row(page, "bedrooms").differs)
        verify(!row(page, "area").differs)
        verify(!cell(page, "A_0304", "area").best && !cell(page, "A_0101", "area").best)
        verify(!cell(page, "A_0304", "area").emphasised)
        // what differs besides the price: status, orientation, balcony, floor
        verify(row(page, "status").differs)
        verify(row(page, "orientation").differs)
        verify(row(page, "balconyArea").differs)
        verify(row(page, "floorLabel").differs)
        compare(child(cell(page, "A_0304", "orientation"), "value").text, "South-west")
        compare(child(cell(page, "A_0304", "balconyArea"), "value").text, "8.4 m²")
        compare(child(cell(page, "A_0101", "balconyArea"), "value").text, "No")
        // the differing row's label is the strong one
        verify(child(row(page, "price"), "label").font.bold)
        verify(!child(row(page, "bedrooms"), "label").font.bold)
        save(page, "two")
    }

    function test_threeHomesAndTheBestOfEach() {
        for (const id of ["A_0304", "C_0402", "C_0403"])
            verify(CompareList.add(id))
        const page = createTemporaryObject(pageComponent, test)
        for (const id of ["A_0304", "C_0402", "C_0403"])
            verify(child(page, "column_" + id).visible)
        verify(cell(page, "C_0402", "price").best)        // 259,000: the lowest
        verify(cell(page, "C_0403", "area").best)         // 118 m²: the largest
        verify(cell(page, "C_0403", "bedrooms").best)     // four bedrooms
        verify(!cell(page, "A_0304", "price").best)
        verify(row(page, "bedrooms").differs)
        verify(row(page, "buildingName").differs)
        // three equal columns beside the labels
        const a = child(page, "column_A_0304"), b = child(page, "column_C_0402"), c = child(page, "column_C_0403")
        compare(a.width, b.width)
        verify(a.x < b.x && b.x < c.x)
        verify(c.x + c.width <= child(page, "compareTable").width + 1)
        save(page, "three")
    }

    function test_listChangesFollowAtOnce() {
        CompareList.add("A_0304")
        CompareList.add("A_0101")
        CompareList.add("C_0402")
        const page = createTemporaryObject(pageComponent, test)
        verify(cell(page, "C_0402", "price").best)
        mouseClick(child(child(page, "column_C_0402"), "removeFromCompare"))
        compare(CompareList.unitIds, ["A_0304", "A_0101"])
        verify(!findChild(page, "column_C_0402"))
        verify(cell(page, "A_0101", "price").best) // now the cheaper of the two left
        // a favourite not compared yet can join from below
        Favourites.toggle("C_0201")
        const strip = child(page, "addFromFavourites")
        verify(strip.visible)
        mouseClick(child(strip, "addFavourite_C_0201"))
        compare(CompareList.count, 3)
        verify(child(page, "column_C_0201").visible)
        verify(!strip.visible) // full: nothing more to add
    }

    function test_showOpensTheCardAndTheTableMakesRoom() {
        CompareList.add("A_0304")
        CompareList.add("A_0101")
        Navigation.showCompare("test")
        const page = createTemporaryObject(pageComponent, test)
        const table = child(page, "compareTable")
        const wide = table.width
        mouseClick(child(child(page, "column_A_0101"), "showUnit"))
        compare(CurrentSelection.selectedUnitId, "A_0101")
        compare(Navigation.mode, Navigation.Compare) // still comparing, with the card beside
        verify(table.width <= wide - Theme.panelWidth, table.width + " vs " + wide)
    }

    function test_walkInsideFromTheComparison() {
        CompareList.add("A_0304")
        CompareList.add("C_0201")
        Navigation.showCompare("test")
        const page = createTemporaryObject(pageComponent, test)
        const other = child(child(page, "column_C_0201"), "walkInsideFromCompare")
        verify(!other.visible, "a type without an interior offers no walk")
        const walk = child(child(page, "column_A_0304"), "walkInsideFromCompare")
        verify(walk.visible)
        mouseClick(walk)
        compare(Navigation.mode, Navigation.Inside)
        compare(CurrentSelection.selectedUnitId, "A_0304")
        Navigation.back()
        compare(Navigation.mode, Navigation.Compare)
    }

    function test_fewerThanTwoSaysHow() {
        const page = createTemporaryObject(pageComponent, test)
        verify(child(page, "compareSubtitle").text.indexOf("Add two or three homes") === 0)
        verify(!child(page, "compareTable").parent.visible)
        CompareList.add("A_0304")
        verify(child(page, "compareSubtitle").text.indexOf("Add two or three homes") === 0)
        CompareList.add("A_0101")
        verify(child(page, "compareSubtitle").text.indexOf("2 homes side by side") === 0)
    }

    function test_closeGoesBack() {
        CompareList.add("A_0304")
        CompareList.add("A_0101")
        Navigation.showBuilding("A", "test")
        Navigation.showCompare("test")
        const page = createTemporaryObject(pageComponent, test)
        mouseClick(child(page, "compareCloseButton"))
        compare(Navigation.mode, Navigation.Building)
    }
}
