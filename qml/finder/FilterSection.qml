// One filter of the panel: its name, what it is set to now ("any" when nothing is chosen) and the
// controls under them.
import QtQuick
import Showroom.Components

Column {
    id: section

    property string title
    property string summary // e.g. "any", "€300,000 – €450,000"
    default property alias content: holder.data

    spacing: Theme.px(6)
    width: parent ? parent.width : implicitWidth

    Item {
        width: section.width
        height: name.implicitHeight
        ThemedText {
            id: name
            text: section.title
            font.pixelSize: Theme.labelSize
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: Theme.px(1)
            color: Theme.inkSoft
        }
        ThemedText {
            objectName: "summary"
            anchors.right: parent.right
            anchors.left: name.right
            anchors.leftMargin: Theme.gap
            horizontalAlignment: Text.AlignRight
            text: section.summary
            font.pixelSize: Theme.labelSize
            color: Theme.ink
        }
    }
    Item {
        id: holder
        width: section.width
        implicitHeight: childrenRect.height
        height: implicitHeight
    }
}
