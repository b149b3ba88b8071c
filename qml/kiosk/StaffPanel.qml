// Staff mode on the kiosk: what went wrong that the public must not see (bad configuration values, a
// recreated database, a reloaded development) and the staff commands.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    Rectangle {
        anchors.fill: parent
        color: "#cc101418"
    }
    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(900))
        height: Math.min(parent.height - 2 * Theme.margin, column.implicitHeight + 2 * Theme.margin)
        clip: true
        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.gap
            ThemedText {
                text: qsTr("Kiosk · staff")
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            ThemedText {
                text: Kiosk.notes.length === 0 ? qsTr("Nothing to report.") : qsTr("Notes")
                color: Theme.inkSoft
            }
            Repeater {
                model: Kiosk.notes
                delegate: ThemedText {
                    required property string modelData
                    objectName: "staffNote"
                    width: column.width
                    wrapMode: Text.WrapAnywhere
                    text: "• " + modelData
                    font.pixelSize: Theme.labelSize
                }
            }
            Row {
                spacing: Theme.gap
                ShowroomButton {
                    objectName: "staffReload"
                    text: qsTr("Reload development")
                    onClicked: Kiosk.requestReload()
                }
                ShowroomButton {
                    objectName: "staffClearNotes"
                    text: qsTr("Clear notes")
                    enabled: Kiosk.notes.length > 0
                    onClicked: Kiosk.clearNotes()
                }
                ShowroomButton {
                    objectName: "staffLeave"
                    text: qsTr("Leave kiosk")
                    onClicked: Kiosk.requestExit()
                }
                ShowroomButton {
                    objectName: "staffDone"
                    primary: true
                    text: qsTr("Back to visitors")
                    onClicked: Kiosk.closeStaff()
                }
            }
        }
    }
}
