// The elevation grid: one row per floor (top floor on top) with the floor's name on the left, one cell
// per home placed at its row and column (StackingPlanModel's rule: a floor's homes by id, aligned by
// their position on the floor). Cells never shrink below a finger's size; the page scrolls instead.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Core
import Showroom.Shell

Item {
    id: grid

    required property StackingPlanModel plan
    required property string buildingId
    property int cellWidth: Theme.touchTarget
    property int cellHeight: Theme.touchTarget
    readonly property int spacing: Theme.px(8)
    readonly property int labelWidth: Theme.px(150)

    signal unitTapped(string unitId)

    implicitWidth: labelWidth + plan.columns * (cellWidth + spacing)
    implicitHeight: plan.floors * (cellHeight + spacing)

    // Floor names, and a hairline under each floor as on a printed elevation.
    Repeater {
        model: grid.plan.floorLevels
        delegate: Item {
            id: floorRow
            required property int modelData
            required property int index
            objectName: "planFloor_" + modelData
            x: 0
            y: index * (grid.cellHeight + grid.spacing)
            width: grid.implicitWidth
            height: grid.cellHeight
            ThemedText {
                anchors.verticalCenter: parent.verticalCenter
                width: grid.labelWidth - grid.spacing
                text: CurrentDevelopment.floorLabel(grid.buildingId, floorRow.modelData)
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignRight
                rightPadding: Theme.px(10)
            }
            Rectangle {
                x: grid.labelWidth
                y: parent.height + grid.spacing / 2
                width: parent.width - grid.labelWidth - grid.spacing
                height: 1
                color: Theme.paperEdge
            }
        }
    }

    Repeater {
        model: grid.plan
        delegate: PlanCell {
            required property int row
            required property int column
            x: grid.labelWidth + column * (grid.cellWidth + grid.spacing)
            y: row * (grid.cellHeight + grid.spacing)
            width: grid.cellWidth
            height: grid.cellHeight
            selected: CurrentSelection.selectedUnitId === unitId
            onClicked: grid.unitTapped(unitId)
        }
    }
}
