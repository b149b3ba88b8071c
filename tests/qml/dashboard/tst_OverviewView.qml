// The overview with data: the tiles show the Dashboard's figures, the funnel and the daily chart draw
// marks (ChartPainter through the Chart item).
import QtQuick
import QtTest
import Showroom.Dashboard
import Showroom.DashboardModels

TestCase {
    id: test
    name: "OverviewView"
    visible: true
    when: windowShown
    width: 1600
    height: 800

    Component {
        id: viewComponent
        OverviewView {
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

    function test_figuresAndCharts() {
        Dashboard.refresh()
        tryCompare(Dashboard, "busy", false, 20000)
        verify(Dashboard.hasData, Dashboard.error)
        verify(Dashboard.visitorCount > 0)
        const view = createTemporaryObject(viewComponent, test)
        const visitors = findNamed(findNamed(view, "kpiVisitors"), "kpiValue")
        compare(visitors.text, Number(Dashboard.visitorCount).toLocaleString(Qt.locale(), "f", 0))
        const leads = findNamed(findNamed(view, "kpiLeads"), "kpiValue")
        compare(leads.text, Number(Dashboard.leadCount).toLocaleString(Qt.locale(), "f", 0))
        tryVerify(() => findNamed(view, "funnelChart").marks > 2, 5000, "the funnel steps drawn")
        tryVerify(() => findNamed(view, "dailyChart").marks > 0, 5000, "daily bars drawn")
    }
}
