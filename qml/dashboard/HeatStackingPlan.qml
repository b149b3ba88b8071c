// Interest per home on a building's stacking plan: the plan's own grid (StackingPlanModel, the rule
// the stacking plan page uses) with each home in its heat colour and its status as a small mark, so
// availability reads next to interest. Building chips switch the building; tap a home to see it in the
// ranked table.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Core
import Showroom.DashboardModels
import Showroom.Shell

Rectangle {
    id: sheet

    property string buildingId: CurrentDevelopment.buildings.count > 0 ? Dashboard.firstBuildingId() : ""
    readonly property int cell: Math.max(Theme.px(40), Math.min(Theme.px(76),
        Math.floor((grid.width - Theme.px(124)) / Math.max(1, plan.columns)) - Theme.px(6),
        Math.floor(grid.height / Math.max(1, plan.floors)) - Theme.px(6)))

    signal unitTapped(string unitId)

    objectName: "heatStackingPlan"
    radius: Theme.radius
    color: "white"
    border.color: Theme.paperEdge
    border.width: 1

    StackingPlanModel {
        id: plan
        development: CurrentDevelopment
        buildingId: sheet.buildingId
    }

    Column {
        id: top
        x: Theme.px(18)
        y: Theme.px(16)
        width: sheet.width - 2 * x
        spacing: Theme.px(8)
        ThemedText {
            text: qsTr("Interest on the stacking plan")
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        Row {
            spacing: Theme.px(8)
            visible: CurrentDevelopment.buildings.count > 1
            Repeater {
                model: CurrentDevelopment.buildings
                delegate: ChoiceChip {
                    required property string buildingId
                    required property string name
                    objectName: "heatBuilding_" + buildingId
                    text: name
                    checked: sheet.buildingId === buildingId
                    onClicked: sheet.buildingId = buildingId
                }
            }
        }
    }

    Item {
        id: grid
        anchors.top: top.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: legend.top
        anchors.bottomMargin: Theme.gap
        x: Theme.px(18)
        width: sheet.width - 2 * x
        Repeater {
            model: plan.floorLevels
            delegate: ThemedText {
                required property int modelData
                required property int index
                x: 0
                y: index * (sheet.cell + Theme.px(6))
                width: Theme.px(118)
                height: sheet.cell
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignRight
                rightPadding: Theme.px(10)
                text: CurrentDevelopment.floorLabel(sheet.buildingId, modelData)
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
            }
        }
        Repeater {
            model: plan
            delegate: HeatCell {
                required property int row
                required property int column
                x: Theme.px(124) + column * (sheet.cell + Theme.px(6))
                y: row * (sheet.cell + Theme.px(6))
                width: sheet.cell
                height: sheet.cell
                heat: Dashboard.asOfUtcMs > 0 ? Dashboard.heatOf(unitId) : 0
                onClicked: sheet.unitTapped(unitId)
            }
        }
    }

    HeatLegend {
        id: legend
        x: Theme.px(18)
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(16)
        width: sheet.width - 2 * x
        stripWidth: Theme.px(110)
    }
}
