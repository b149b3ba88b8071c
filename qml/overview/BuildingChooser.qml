// The development's buildings as chips (name and how many homes are still available): tap one to fly
// to it. The same choice as tapping the building in 3D.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Panel {
    id: chooser

    objectName: "buildingChooser"
    implicitWidth: row.implicitWidth + 2 * Theme.px(10)
    implicitHeight: row.implicitHeight + 2 * Theme.px(10)

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.px(8)
        Repeater {
            model: CurrentDevelopment.buildings
            delegate: ChoiceChip {
                required property string buildingId
                required property string name
                required property int availableCount
                objectName: "building_" + buildingId
                text: name
                detail: qsTr("%1 available").arg(availableCount)
                checked: Navigation.buildingId === buildingId
                onClicked: Navigation.showBuilding(buildingId, "building_list")
            }
        }
    }
}
