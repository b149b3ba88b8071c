// Where the visitor is: the home, and the room they stand in (or the balcony), with a one-line hint on
// how to move.
import QtQuick
import Showroom.Components

Panel {
    id: header

    required property string title
    required property string place
    required property string hint

    implicitWidth: Math.max(titleText.implicitWidth, placeText.implicitWidth, hintText.implicitWidth)
                   + 2 * Theme.margin
    implicitHeight: column.implicitHeight + 2 * Theme.px(20)

    Column {
        id: column
        x: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(4)
        ThemedText {
            id: titleText
            text: header.title
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
        ThemedText {
            id: placeText
            objectName: "placeName"
            text: header.place
            font.pixelSize: Theme.titleSize
        }
        ThemedText {
            id: hintText
            text: header.hint
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
    }
}
