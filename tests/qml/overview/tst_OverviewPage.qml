import QtQuick
import QtTest
import Showroom.Components
import Showroom.Overview
import Showroom.Shell

// The site mode page: choosing a building, a view or a point of interest from the page drives
// Navigation (the camera and telemetry follow it in C++), and every control is finger-sized.
TestCase {
    id: test
    name: "OverviewPage"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        OverviewPage {
            width: test.width
            height: test.height
        }
    }

    function init() {
        Navigation.goHome()
        Theme.scale = 1.0 // a 1080-line kiosk
    }

    function test_buildingChipFliesToTheBuilding() {
        const page = createTemporaryObject(pageComponent, test)
        const chip = findChild(page, "building_A")
        verify(chip, "a chip per building")
        compare(chip.text, "Haus Linde")
        compare(chip.detail, "1 available") // A_0304; A_0101 is sold, A_0305 reserved
        mouseClick(chip)
        compare(Navigation.mode, Navigation.Building)
        compare(Navigation.buildingId, "A")
    }

    function test_viewsMenuListsThePresets() {
        const page = createTemporaryObject(pageComponent, test)
        const list = findChild(page, "viewsList")
        verify(!list.visible)
        mouseClick(findChild(page, "viewsButton"))
        verify(list.visible)
        const preset = findChild(page, "preset_courtyard")
        compare(preset.text, "The courtyard")
        mouseClick(preset)
        compare(Navigation.presetId, "courtyard")
        verify(!list.visible, "the menu closes once a view is chosen")
    }

    function test_pointOfInterestCaption() {
        const page = createTemporaryObject(pageComponent, test)
        const caption = findChild(page, "poiCaption")
        verify(!caption.visible)
        verify(Navigation.showPointOfInterest("tram", "test"))
        verify(caption.visible)
        compare(findChild(caption, "poiName").text, "Tram stop")
        verify(!findChild(page, "overviewActions").visible, "the caption replaces the actions")
    }

    function test_touchTargetsAreAtLeastNineMillimetres() {
        // 55" 1080p: 0.63 mm per pixel, so 9 mm is 15 px; we aim far higher.
        const page = createTemporaryObject(pageComponent, test)
        for (const name of ["building_A", "viewsButton", "tourButton"]) {
            const item = findChild(page, name)
            verify(item, name)
            verify(item.height * 0.634 >= 9 && item.width * 0.634 >= 9, name + " " + item.width + "x" + item.height)
        }
    }

    function test_findAHomeOpensTheFinder() {
        const page = createTemporaryObject(pageComponent, test)
        const button = findChild(page, "finderButton")
        verify(button && button.visible)
        verify(button.height * 0.634 >= 9)
        mouseClick(button)
        compare(Navigation.mode, Navigation.Finder)
    }

    function test_tourButtonStartsTheTour() {
        const page = createTemporaryObject(pageComponent, test)
        const button = findChild(page, "tourButton")
        verify(button.visible, "the fixture has presets and a point of interest")
        mouseClick(button)
        verify(Tour.running)
        verify(findChild(page, "tourCaption").visible)
        Tour.stop()
        verify(!Tour.running)
    }
}
