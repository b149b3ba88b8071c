// The cut floor's unit numbers, over the 3D view: one small tag per unit at the top of its box, in its
// sales-status colour, tappable (a tag is a bigger target than the unit seen from above).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Scene
import Showroom.Shell

Item {
    id: labels

    required property Item stage // the SiteStage (projects scene points)

    Repeater {
        model: labels.visible ? Site.unitsOnFloor(Navigation.buildingId, Navigation.floor) : []
        delegate: Rectangle {
            id: tag
            required property string modelData
            readonly property var unit: CurrentDevelopment.unit(modelData)
            // Re-projected whenever the camera moves (SiteCamera.position is read for that).
            readonly property point spot: {
                const camera = SiteCamera.position
                const c = Site.unitCenter(modelData)
                const top = Site.floorTop(Navigation.buildingId, Navigation.floor)
                return labels.stage.scenePointOnScreen(Qt.vector3d(c.x, top + 0.3, c.z))
            }
            objectName: "unitLabel_" + modelData
            visible: spot.x >= 0
            x: spot.x - width / 2
            y: spot.y - height / 2
            width: text.implicitWidth + Theme.px(18)
            height: Math.max(Theme.px(34), text.implicitHeight + Theme.px(8))
            radius: height / 2
            color: Navigation.statusColoursShown ? Theme.statusColor(unit.status || "") : Theme.paper
            border.color: CurrentSelection.selectedUnitId === modelData ? Theme.highlight : "white"
            border.width: Theme.px(3)
            ThemedText {
                id: text
                anchors.centerIn: parent
                text: tag.modelData.replace("_", " ")
                font.pixelSize: Theme.labelSize
                font.bold: true
                color: Navigation.statusColoursShown ? "white" : Theme.ink
            }
            TapHandler {
                onTapped: Navigation.selectUnit(tag.modelData, "floor_label")
            }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Unit %1").arg(tag.modelData.replace("_", " "))
        }
    }
}
