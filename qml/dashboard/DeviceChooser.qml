// Which device (office or kiosk) the figures are for: every device, or one of those that ever wrote a
// session. A row of chips; with many devices it scrolls sideways.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Flickable {
    id: chooser

    objectName: "deviceChooser"
    implicitHeight: chips.implicitHeight
    width: Math.min(chips.implicitWidth, Theme.px(560))
    height: chips.implicitHeight
    contentWidth: chips.implicitWidth
    clip: contentWidth > width
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds

    Row {
        id: chips
        spacing: Theme.px(8)
        ChoiceChip {
            objectName: "device_all"
            text: qsTr("All devices")
            checked: Dashboard.device === ""
            onClicked: Dashboard.device = ""
        }
        Repeater {
            model: Dashboard.devices
            delegate: ChoiceChip {
                required property string modelData
                objectName: "device_" + modelData
                text: modelData
                checked: Dashboard.device === modelData
                onClicked: Dashboard.device = modelData
            }
        }
    }
}
