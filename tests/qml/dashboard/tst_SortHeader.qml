// A column heading sorts the homes table: a tap sorts by it, most first; a second tap reverses; the
// heading says which way.
import QtQuick
import QtTest
import Showroom.Dashboard
import Showroom.DashboardModels

TestCase {
    id: test
    name: "SortHeader"
    visible: true
    when: windowShown
    width: 400
    height: 200

    Component {
        id: headerComponent
        SortHeader {
            width: 200
            table: Dashboard.units
            key: "views"
            text: "Views"
        }
    }

    function initTestCase() {
        Dashboard.refresh()
        tryCompare(Dashboard, "busy", false, 20000)
        verify(Dashboard.hasData, Dashboard.error)
        verify(Dashboard.units.count > 1)
    }

    function test_tapSortsThenReverses() {
        const header = createTemporaryObject(headerComponent, test)
        verify(header)
        mouseClick(header)
        compare(Dashboard.units.sortKey, "views")
        compare(Dashboard.units.descending, true)
        verify(header.contentItem.text.indexOf("▼") > 0)
        for (let i = 1; i < Dashboard.units.count; ++i)
            verify(Dashboard.units.get(i).views <= Dashboard.units.get(i - 1).views)
        mouseClick(header)
        compare(Dashboard.units.descending, false)
        verify(header.contentItem.text.indexOf("▲") > 0)
        verify(Dashboard.units.get(0).views <= Dashboard.units.get(Dashboard.units.count - 1).views)
        // Keyboard: Space on the focused heading does the same.
        header.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(Dashboard.units.descending, true)
    }
}
