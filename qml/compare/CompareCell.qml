// One fact of one home in the compare table: the value (a status as its coloured chip), in the accent
// with a small tag ("Lowest price") when this home is the best at it, quiet when the row is all alike.
import QtQuick
import Showroom.Components
import Showroom.UnitCard

Item {
    id: cell

    property string text
    property string status: "" // set for the status row: shown as a chip
    property bool best: false
    property string bestTag
    property bool emphasised: true // the row differs between the homes

    // The value, and beside it (below when the column is narrow) the best mark.
    Flow {
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.px(18)
        spacing: Theme.px(10)
        ThemedText {
            objectName: "value"
            visible: cell.status === ""
            text: cell.text
            color: cell.best ? Theme.accent : cell.emphasised ? Theme.ink : Theme.inkSoft
            font.bold: cell.best
        }
        StatusChip {
            visible: cell.status !== ""
            status: cell.status
        }
        Rectangle {
            objectName: "bestTag"
            readonly property alias text: tag.text
            visible: cell.best
            width: tag.implicitWidth + Theme.px(16)
            height: tag.implicitHeight + Theme.px(6)
            radius: height / 2
            color: Theme.accent
            ThemedText {
                id: tag
                anchors.centerIn: parent
                text: "★ " + cell.bestTag
                color: "white"
                font.pixelSize: Theme.px(14)
                font.bold: true
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.px(1)
            }
        }
    }
}
