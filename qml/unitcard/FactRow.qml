// One line of a card: a quiet label on the left, the value on the right.
import QtQuick
import Showroom.Components

Item {
    id: row
    property string label
    property string value

    implicitHeight: Math.max(labelText.implicitHeight, valueText.implicitHeight) + Theme.px(14)

    ThemedText {
        id: labelText
        anchors.left: parent.left
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.5
        text: row.label
        color: Theme.inkSoft
        font.pixelSize: Theme.labelSize
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.px(1.2)
    }
    ThemedText {
        id: valueText
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.5
        horizontalAlignment: Text.AlignRight
        text: row.value
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.paperEdge
    }
}
