// A titled list of short lines on the visitor page ("–" or `empty` when there are none).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Column {
    id: list

    required property string title
    required property var items
    property string empty: "–"

    width: parent ? parent.width : 0
    spacing: Theme.px(2)
    ThemedText {
        text: list.title
        font.pixelSize: Theme.labelSize
        font.bold: true
        color: Theme.inkSoft
    }
    Repeater {
        model: list.items.length > 0 ? list.items : [list.empty]
        delegate: ThemedText {
            required property string modelData
            width: list.width
            text: modelData
            font.pixelSize: Theme.labelSize
            wrapMode: Text.WordWrap
        }
    }
}
