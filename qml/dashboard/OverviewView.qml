// The overview: the period's key figures as tiles, the funnel with the conversion at each step and the
// visitors per day (both drawn by the C++ ChartPainter, the same drawing as in the PDF report).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Item {
    id: view

    readonly property var locale: Qt.locale()

    objectName: "overviewView"

    Row {
        id: tiles
        objectName: "kpiTiles"
        width: view.width
        spacing: Theme.gap
        readonly property real tileWidth: (width - 4 * spacing) / 5
        KpiTile {
            objectName: "kpiVisitors"
            width: tiles.tileWidth
            label: qsTr("Visitors")
            value: Number(Dashboard.visitorCount).toLocaleString(view.locale, "f", 0)
            note: qsTr("%1 sessions").arg(Number(Dashboard.sessionCount).toLocaleString(view.locale, "f", 0))
        }
        KpiTile {
            objectName: "kpiEngaged"
            width: tiles.tileWidth
            label: qsTr("Engaged sessions")
            value: Number(Dashboard.engagedSessions).toLocaleString(view.locale, "f", 0)
            note: Dashboard.sessionCount > 0
                  ? qsTr("%1% of sessions").arg(Math.round(100 * Dashboard.engagedSessions / Dashboard.sessionCount)) : ""
        }
        KpiTile {
            objectName: "kpiEngagedTime"
            width: tiles.tileWidth
            label: qsTr("Average engaged time")
            value: Dashboard.averageEngagedMs >= 60000
                   ? qsTr("%1 min %2 s").arg(Math.floor(Dashboard.averageEngagedMs / 60000)).arg(Math.round(Dashboard.averageEngagedMs / 1000) % 60)
                   : qsTr("%1 s").arg(Math.round(Dashboard.averageEngagedMs / 1000))
            note: qsTr("per session")
        }
        KpiTile {
            objectName: "kpiLeads"
            width: tiles.tileWidth
            label: qsTr("Leads")
            value: Number(Dashboard.leadCount).toLocaleString(view.locale, "f", 0)
            note: Dashboard.visitorCount > 0
                  ? qsTr("%1% of visitors").arg((100 * Dashboard.leadCount / Dashboard.visitorCount).toFixed(1)) : ""
        }
        KpiTile {
            objectName: "kpiReturning"
            width: tiles.tileWidth
            label: qsTr("Returning visitors")
            value: Number(Dashboard.returningVisitors).toLocaleString(view.locale, "f", 0)
            note: qsTr("came back on a later day")
        }
    }

    ChartPanel {
        id: funnelPanel
        anchors.top: tiles.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        width: (view.width - Theme.gap) * 0.56
        title: qsTr("Funnel")
        subtitle: qsTr("Sessions that reached each step, and how many went on from the step before")
        Chart {
            objectName: "funnelChart"
            anchors.fill: parent
            dashboard: Dashboard
            kind: Chart.Funnel
            textPixelSize: Theme.labelSize
        }
    }
    ChartPanel {
        anchors.top: funnelPanel.top
        anchors.bottom: parent.bottom
        anchors.left: funnelPanel.right
        anchors.leftMargin: Theme.gap
        anchors.right: parent.right
        title: qsTr("Visitors per day")
        subtitle: qsTr("Dots: days with leads")
        Chart {
            objectName: "dailyChart"
            anchors.fill: parent
            dashboard: Dashboard
            kind: Chart.Daily
            textPixelSize: Theme.labelSize
        }
    }
}
