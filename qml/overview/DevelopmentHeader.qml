// The development's name and a one-line hint, floating top-left so the sky stays visible.
import QtQuick
import Showroom.Components

Panel {
    id: header
    property string name
    property string subtitle

    implicitWidth: Math.max(title.implicitWidth, sub.implicitWidth) + 2 * Theme.margin
    implicitHeight: column.implicitHeight + 2 * Theme.px(22)

    Column {
        id: column
        x: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(4)
        ThemedText {
            id: title
            objectName: "developmentName"
            text: header.name
            font.pixelSize: Theme.titleSize
            font.letterSpacing: Theme.px(0.5)
        }
        ThemedText {
            id: sub
            text: header.subtitle
            visible: text !== ""
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
    }
}
