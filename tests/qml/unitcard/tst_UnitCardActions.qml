import QtQuick
import QtTest
import Showroom.Components
import Showroom.Shell
import Showroom.UnitCard

// What a buyer does on a unit's card: hearts it, puts it on the compare list (a fourth home refused
// with a note), opens the comparison, looks at the floor plan full-window and zooms into it.
TestCase {
    id: test
    name: "UnitCardActions"
    width: 1280
    height: 900
    visible: true
    when: windowShown

    readonly property url plan: Qt.resolvedUrl("plan-fixture.png")

    Component {
        id: cardComponent
        UnitCard {}
    }

    function init() {
        Navigation.goHome()
        Favourites.clear()
        CompareList.clear()
    }

    function cardFor(unitId) {
        const u = Object.assign({}, CurrentDevelopment.unit(unitId), { planUrl: test.plan })
        const card = createTemporaryObject(cardComponent, test, { unit: u })
        verify(card.visible)
        return card
    }
    function child(item, name) {
        const c = findChild(item, name)
        verify(c, "no child named " + name)
        return c
    }

    function test_walkInsideAndBalconyView() {
        const card = cardFor("C_0201")
        verify(!child(card, "walkInsideButton").visible, "no interior, no walk")
        verify(child(card, "balconyViewButton").visible)
        const withInterior = cardFor("A_0304")
        const walk = child(withInterior, "walkInsideButton")
        verify(walk.visible)
        mouseClick(walk)
        compare(Navigation.mode, Navigation.Inside)
        compare(CurrentSelection.selectedUnitId, "A_0304")
        Navigation.back()
        mouseClick(child(withInterior, "balconyViewButton"))
        compare(Navigation.mode, Navigation.Balcony)
    }

    function test_heartTogglesTheFavourite() {
        const card = cardFor("A_0304")
        const heart = child(card, "favouriteButton")
        verify(heart.width >= 44 && heart.height >= 44, "a finger-sized heart")
        verify(!heart.checked)
        verify(!child(card, "favouritesButton").visible)
        mouseClick(heart)
        verify(Favourites.contains("A_0304"))
        verify(heart.checked)
        compare(heart.Accessible.name, "Remove from favourites")
        const list = child(card, "favouritesButton")
        verify(list.visible)
        compare(list.text, "Favourites (1)")
        wait(Qt.styleHints.mouseDoubleClickInterval + 50) // a second tap, not a double tap
        mouseClick(heart)
        verify(!Favourites.contains("A_0304"))
        verify(!heart.checked)
    }

    function test_favouritesPanelListsAndOpensThem() {
        Favourites.toggle("A_0101")
        Favourites.toggle("A_0305")
        const card = cardFor("A_0304")
        mouseClick(child(card, "favouritesButton"))
        const panel = card.favouritesPanel
        tryCompare(panel, "opened", true)
        const list = child(panel.contentItem, "favouritesList")
        compare(list.count, 2)
        // un-hearting from the list takes the home off it
        const unheart = child(list, "unheart_A_0101")
        mouseClick(unheart)
        compare(Favourites.count, 1)
        tryCompare(list, "count", 1)
        // a tap on a home opens its card (selection) and closes the list
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).unitId === "A_0305")
        const row = list.itemAtIndex(0)
        mouseClick(row, Theme.px(40), row.height / 2)
        compare(CurrentSelection.selectedUnitId, "A_0305")
        tryCompare(panel, "visible", false)
    }

    function test_favouritesGoToTheComparison() {
        for (const id of ["A_0101", "C_0201", "C_0402", "C_0403"])
            Favourites.toggle(id)
        CompareList.add("A_0305")
        const card = cardFor("A_0304")
        mouseClick(child(card, "favouritesButton"))
        const panel = card.favouritesPanel
        tryCompare(panel, "opened", true)
        const button = child(panel.contentItem, "compareFavouritesButton")
        compare(button.text, "Compare the first three")
        mouseClick(button)
        compare(CompareList.unitIds, ["A_0101", "C_0201", "C_0402"]) // the hearted ones, not what was there
        compare(Navigation.mode, Navigation.Compare)
        tryCompare(panel, "visible", false)
    }

    function test_compareAddsRemovesAndCounts() {
        const card = cardFor("A_0304")
        const toggle = child(card, "compareToggle")
        const open = child(card, "openCompareButton")
        verify(!open.visible)
        mouseClick(toggle)
        verify(CompareList.contains("A_0304"))
        compare(toggle.text, "In compare")
        verify(open.visible)
        verify(!open.enabled, "one home: nothing to compare yet")
        CompareList.add("A_0101")
        compare(open.text, "Compare (2)")
        verify(open.enabled)
        mouseClick(open)
        compare(Navigation.mode, Navigation.Compare)
        mouseClick(toggle) // and off again
        verify(!CompareList.contains("A_0304"))
        compare(toggle.text, "Add to compare")
    }

    function test_aFourthHomeIsRefusedPolitely() {
        verify(CompareList.add("A_0101"))
        verify(CompareList.add("A_0305"))
        verify(CompareList.add("C_0201"))
        const card = cardFor("A_0304")
        const note = child(card, "compareRefused")
        verify(!note.visible)
        mouseClick(child(card, "compareToggle"))
        compare(CompareList.count, 3)
        verify(!CompareList.contains("A_0304"))
        verify(note.visible)
        verify(note.text.indexOf("You can compare up to three homes") === 0, note.text)
        compare(child(card, "openCompareButton").text, "Compare (3)")
    }

    function test_planEnlargesZoomsAndCloses() {
        const card = cardFor("A_0304")
        const thumb = child(card, "planThumbnail")
        verify(thumb.visible)
        tryCompare(child(thumb, "planImage"), "status", Image.Ready)
        const viewer = card.planViewer
        verify(!viewer.visible)
        mouseClick(thumb)
        tryCompare(viewer, "opened", true)
        // the whole window, not the card
        compare(viewer.width, test.width)
        compare(viewer.height, test.height)
        const enlarged = child(viewer.contentItem, "enlargedPlan")
        tryCompare(enlarged, "status", Image.Ready)
        verify(enlarged.paintedWidth > thumb.width, enlarged.paintedWidth + " vs " + thumb.width)
        compare(viewer.zoom, 1)
        mouseWheel(viewer.contentItem, test.width / 2, test.height / 2, 0, 120)
        verify(viewer.zoom > 1, "wheel zooms in: " + viewer.zoom)
        for (let i = 0; i < 20; ++i)
            mouseWheel(viewer.contentItem, test.width / 2, test.height / 2, 0, 120)
        compare(viewer.zoom, viewer.maximumZoom)
        mouseClick(child(viewer.contentItem, "zoomOutButton"))
        verify(viewer.zoom < viewer.maximumZoom)
        keyClick(Qt.Key_Escape)
        tryCompare(viewer, "visible", false)
        mouseClick(thumb)
        tryCompare(viewer, "opened", true)
        compare(viewer.zoom, 1) // opens fitted again
        mouseClick(child(viewer.contentItem, "planCloseButton"))
        tryCompare(viewer, "visible", false)
    }

    function test_noPlanNoThumbnail() {
        const u = Object.assign({}, CurrentDevelopment.unit("A_0304"), { planUrl: "" })
        const card = createTemporaryObject(cardComponent, test, { unit: u })
        verify(!child(card, "planThumbnail").visible)
    }
}
