// One key figure: the number large, what it counts under it, and a quiet note (e.g. "of 1,240 sessions").
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Rectangle {
    id: tile

    required property string label
    required property string value
    property string note: ""

    implicitHeight: column.implicitHeight + 2 * Theme.px(18)
    radius: Theme.radius
    color: "white"
    border.color: Theme.paperEdge
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    Column {
        id: column
        x: Theme.px(22)
        y: Theme.px(18)
        width: tile.width - 2 * x
        spacing: Theme.px(4)
        ThemedText {
            objectName: "kpiValue"
            width: parent.width
            text: tile.value
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        ThemedText {
            width: parent.width
            text: tile.label
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
        }
        ThemedText {
            width: parent.width
            visible: tile.note !== ""
            text: tile.note
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
            opacity: 0.8
        }
    }
}
