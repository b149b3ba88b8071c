// A white sheet with a chart's title and an explanation line; the chart fills the rest.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Rectangle {
    id: panel

    required property string title
    property string subtitle: ""
    default property alias chart: body.data

    radius: Theme.radius
    color: "white"
    border.color: Theme.paperEdge
    border.width: 1

    Column {
        id: titles
        x: Theme.px(22)
        y: Theme.px(16)
        width: panel.width - 2 * x
        spacing: Theme.px(2)
        ThemedText {
            width: parent.width
            text: panel.title
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        ThemedText {
            width: parent.width
            visible: panel.subtitle !== ""
            text: panel.subtitle
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
        }
    }
    Item {
        id: body
        x: Theme.px(22)
        y: titles.y + titles.height + Theme.px(14)
        width: panel.width - 2 * x
        height: panel.height - y - Theme.px(18)
    }
}
