// Heatmaps: where visitors' cameras spent time over the site (top-down, the buildings outlined) and,
// per home type, the rooms they walked into and lingered in, beside its floor plan.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Item {
    id: view

    objectName: "heatmapsView"

    ChartPanel {
        id: site
        width: (view.width - Theme.gap) * 0.5
        height: view.height
        title: qsTr("Where visitors looked over the site")
        subtitle: qsTr("Time the camera spent over each spot, seen from above")
        Chart {
            objectName: "siteHeatChart"
            width: parent.width
            height: parent.height - legend.height - Theme.px(10)
            dashboard: Dashboard
            kind: Chart.SiteHeat
            textPixelSize: Theme.labelSize
        }
        HeatLegend {
            id: legend
            anchors.bottom: parent.bottom
            statusShown: false
        }
    }
    ChartPanel {
        anchors.left: site.right
        anchors.leftMargin: Theme.gap
        anchors.right: parent.right
        height: view.height
        title: qsTr("Inside the homes")
        subtitle: Dashboard.unitTypes.length > 0 ? qsTr("Where visitors lingered in each type of home")
                                                 : qsTr("Nobody has walked inside a home in this period yet")
        Row {
            id: types
            spacing: Theme.px(8)
            Repeater {
                model: Dashboard.unitTypes
                delegate: ChoiceChip {
                    required property string modelData
                    objectName: "type_" + modelData
                    text: modelData
                    checked: Dashboard.unitType === modelData
                    onClicked: Dashboard.unitType = modelData
                }
            }
        }
        Chart {
            objectName: "planHeatChart"
            anchors.top: types.bottom
            anchors.topMargin: Theme.gap
            anchors.bottom: parent.bottom
            width: parent.width
            dashboard: Dashboard
            kind: Chart.PlanHeat
            unitType: Dashboard.unitType
            textPixelSize: Theme.labelSize
        }
    }
}
