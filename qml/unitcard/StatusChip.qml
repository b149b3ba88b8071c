// A unit's sales status as a coloured pill: available / reserved / sold.
import QtQuick
import Showroom.Components

Rectangle {
    id: chip
    property string status: ""

    implicitWidth: text.implicitWidth + Theme.px(28)
    implicitHeight: text.implicitHeight + Theme.px(12)
    radius: height / 2
    color: Theme.statusColor(status)

    ThemedText {
        id: text
        anchors.centerIn: parent
        color: "white"
        font.pixelSize: Theme.labelSize
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.px(1.5)
        text: chip.status === "available" ? qsTr("Available")
            : chip.status === "reserved" ? qsTr("Reserved")
            : chip.status === "sold" ? qsTr("Sold") : chip.status
    }
}
