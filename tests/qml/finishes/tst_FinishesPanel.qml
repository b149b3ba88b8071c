import QtQuick
import QtTest
import Showroom.Components
import Showroom.Finishes
import Showroom.Shell
import Showroom.UnitCard

// The finishes configurator as a buyer uses it: swatches and names per surface, a tap chooses, the price
// difference appears, "Reset to standard" undoes it all, the keyboard alone does the same, every control
// has a name; and the unit card's line says what was chosen and opens the panel. The fixture development
// (tst_qml.cpp) has two palettes: "Light Oak" (standard) and "Walnut" (+€2,800 floor, +€1,400 kitchen).
TestCase {
    id: test
    name: "FinishesPanel"
    width: 1280
    height: 900
    visible: true
    when: windowShown

    Component {
        id: panelComponent
        FinishesPanel {}
    }
    Component {
        id: cardComponent
        UnitCard {}
    }

    function init() {
        Navigation.goHome()
        Navigation.selectUnit("A_0304", "api")
        Finishes.resetToStandard()
    }

    function child(item, name) {
        const c = findChild(item, name)
        verify(c, "no child named " + name)
        return c
    }
    function openPanel() {
        const panel = createTemporaryObject(panelComponent, test)
        panel.open()
        tryCompare(panel, "opened", true)
        return panel
    }

    function test_swatchesAndNamesPerSurface() {
        const panel = openPanel()
        const floorHeading = child(panel.contentItem, "classHeading_floor")
        compare(floorHeading.text, "Floor · Oak boards")
        const walnut = child(panel.contentItem, "swatch_floor_walnut")
        const light = child(panel.contentItem, "swatch_floor_light")
        verify(light.chosen)
        verify(!walnut.chosen)
        compare(walnut.Accessible.name, "Walnut, Walnut boards, +€2,800")
        compare(light.Accessible.name, "Light Oak, Oak boards, no extra cost")
        compare(walnut.Accessible.role, Accessible.RadioButton)
        verify(walnut.width >= 44 && walnut.height >= 44, "a finger-sized swatch")
        verify(child(panel.contentItem, "swatch_kitchen_walnut"))
        compare(child(panel.contentItem, "finishesPrice").text, "Standard finishes: included in the price")
        verify(!child(panel.contentItem, "resetFinishesButton").enabled)
    }

    function test_aTapChoosesAndShowsThePrice() {
        const panel = openPanel()
        const w = child(panel.contentItem, "swatch_floor_walnut")
        // (the panel's rows are laid out on the next frame)
        tryVerify(() => child(panel.contentItem, "finishClasses").height >= w.height, 5000, "the swatches are in view")
        mouseClick(w)
        compare(Finishes.choiceText, "floor=walnut")
        tryCompare(child(panel.contentItem, "swatch_floor_walnut"), "chosen", true)
        compare(child(panel.contentItem, "classHeading_floor").text, "Floor · Walnut boards")
        compare(child(panel.contentItem, "finishesPrice").text, "Price difference: +€2,800")
        mouseClick(child(panel.contentItem, "swatch_kitchen_walnut"))
        compare(child(panel.contentItem, "finishesPrice").text, "Price difference: +€4,200")
        const reset = child(panel.contentItem, "resetFinishesButton")
        verify(reset.enabled)
        mouseClick(reset)
        verify(Finishes.isStandard)
        tryCompare(child(panel.contentItem, "swatch_floor_light"), "chosen", true)
        compare(child(panel.contentItem, "finishesPrice").text, "Standard finishes: included in the price")
    }

    function test_keyboardAlone() {
        const panel = openPanel()
        const walnut = child(panel.contentItem, "swatch_floor_walnut")
        walnut.forceActiveFocus()
        verify(walnut.activeFocus)
        keyClick(Qt.Key_Space)
        compare(Finishes.choiceText, "floor=walnut")
        // Tab reaches the kitchen's swatches and Enter chooses one.
        const kitchen = child(panel.contentItem, "swatch_kitchen_walnut")
        for (let i = 0; i < 6 && !kitchen.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(kitchen.activeFocus, "Tab reaches the kitchen's swatches")
        keyClick(Qt.Key_Return)
        compare(Finishes.choiceText, "floor=walnut,kitchen=walnut")
        keyClick(Qt.Key_Escape)
        tryCompare(panel, "opened", false)
    }

    function test_theCardSaysWhatWasChosenAndOpensThePanel() {
        const card = createTemporaryObject(cardComponent, test, { unit: CurrentDevelopment.unit("A_0304") })
        const line = child(card, "finishesLine")
        compare(line.text, "Finishes: Light Oak (standard)")
        Finishes.choose("floor", "walnut")
        Finishes.choose("kitchen", "walnut")
        compare(line.text, "Finishes: Walnut floor, Walnut kitchen · +€4,200")
        const summary = child(card, "finishesSummary")
        compare(summary.Accessible.name, "Finishes: Walnut floor, Walnut kitchen · +€4,200")
        mouseClick(summary)
        tryCompare(card.finishesPanel, "opened", true)
        card.finishesPanel.close()
        // Another home has its own (standard) finishes.
        Navigation.selectUnit("A_0305", "api")
        const other = createTemporaryObject(cardComponent, test, { unit: CurrentDevelopment.unit("A_0305") })
        compare(child(other, "finishesLine").text, "Finishes: Light Oak (standard)")
        verify(!summary.visible, "a card of a home no longer on show says nothing of the new one's finishes")
    }
}
