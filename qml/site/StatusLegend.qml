// What the unit colours mean (available / reserved / sold), with a switch to turn them off.
import QtQuick
import Showroom.Components
import Showroom.Shell

Panel {
    id: legend

    implicitWidth: column.implicitWidth + 2 * Theme.px(16)
    implicitHeight: column.implicitHeight + 2 * Theme.px(12)
    objectName: "statusLegend"

    Column {
        id: column
        anchors.centerIn: parent
        spacing: Theme.px(6)
        Repeater {
            model: [{ key: "available", label: qsTr("Available") }, { key: "reserved", label: qsTr("Reserved") },
                    { key: "sold", label: qsTr("Sold") }]
            delegate: Row {
                id: entry
                required property var modelData
                spacing: Theme.px(6)
                opacity: Navigation.statusColoursShown ? 1 : 0.35
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(20)
                    height: width
                    radius: Theme.px(4)
                    color: Theme.statusColor(entry.modelData.key)
                }
                ThemedText {
                    anchors.verticalCenter: parent.verticalCenter
                    text: entry.modelData.label
                    font.pixelSize: Theme.labelSize
                }
            }
        }
        ShowroomButton {
            objectName: "statusColoursSwitch"
            text: Navigation.statusColoursShown ? qsTr("Hide colours") : qsTr("Show colours")
            onClicked: Navigation.statusColoursShown = !Navigation.statusColoursShown
        }
    }
}
