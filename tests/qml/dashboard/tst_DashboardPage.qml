// The dashboard page behind the PIN: with staff mode locked it shows the PIN pad and nothing of the
// figures; Back returns to the showroom.
import QtQuick
import QtTest
import Showroom.Dashboard
import Showroom.Shell

TestCase {
    id: test
    name: "DashboardPage"
    visible: true
    when: windowShown
    width: 1920
    height: 1080

    Component {
        id: pageComponent
        DashboardPage {
            width: test.width
            height: test.height
        }
    }

    function findNamed(item: Item, name: string): Item {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findNamed(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_pinFirst() {
        Navigation.goHome()
        Navigation.showDashboard("test")
        compare(Staff.unlocked, false)
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        const pad = findNamed(page, "dashboardPinPad")
        verify(pad)
        verify(pad.visible)
        verify(!findNamed(page, "dashboardTabs").visible, "no tabs before the PIN")
        verify(!findNamed(page, "kpiVisitors").visible, "no figures before the PIN")
        compare(Navigation.mode, Navigation.Dashboard)
        page.leave()
        compare(Navigation.mode, Navigation.Site)
    }
}
