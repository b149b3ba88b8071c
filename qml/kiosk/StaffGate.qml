// After the hidden gesture: the staff PIN pad (Showroom.Staff's PinPad, loaded when that module is in
// the build). Accepted: staff mode. Cancel, or the visit idling out, closes it; nothing else leaves.
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: gate

    Rectangle {
        anchors.fill: parent
        color: "#cc101418"
    }
    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(560))
        height: column.implicitHeight + 2 * Theme.margin
        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.gap
            Loader {
                id: pinPad
                objectName: "pinPadLoader"
                width: parent.width
                active: gate.visible && String(Kiosk.pinPadUrl) !== ""
                source: Kiosk.pinPadUrl
            }
            Connections {
                target: pinPad.item
                ignoreUnknownSignals: true
                function onAccepted() { Kiosk.openStaff() }
            }
            ThemedText {
                visible: String(Kiosk.pinPadUrl) === ""
                width: parent.width
                wrapMode: Text.WordWrap
                text: qsTr("Staff access is not set up on this kiosk.")
                color: Theme.inkSoft
            }
            ShowroomButton {
                objectName: "staffCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Cancel")
                onClicked: Kiosk.cancelStaff()
            }
        }
    }
}
