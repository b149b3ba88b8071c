// Which device (office or kiosk) the figures are for: every device, or one of those that ever wrote a
// session. A row of chips; with many devices it scrolls sideways.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Flickable {
    id: chooser

    // The room the header leaves it (it never runs under "As of" and the buttons).
    property real maxWidth: Theme.px(560)

    objectName: "deviceChooser"
    implicitHeight: chips.implicitHeight
    width: Math.max(0, Math.min(chips.implicitWidth, maxWidth))
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
