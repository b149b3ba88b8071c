// What a salesperson sees when the development cannot be shown: what went wrong, in full, and whom
// to tell. Never a blank or black screen.
import QtQuick
import Showroom.Components

Rectangle {
    id: screen
    property string message

    color: Theme.paper

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.7, Theme.px(900))
        spacing: Theme.px(20)

        Rectangle {
            width: Theme.px(8)
            height: Theme.px(56)
            color: Theme.error
        }
        ThemedText {
            width: parent.width
            text: qsTr("The development could not be shown")
            font.pixelSize: Theme.titleSize
        }
        ThemedText {
            objectName: "errorMessage"
            width: parent.width
            text: screen.message
            wrapMode: Text.Wrap
            elide: Text.ElideNone
            color: Theme.inkSoft
        }
        ThemedText {
            width: parent.width
            text: qsTr("Please ask a member of staff to check the development package.")
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
            wrapMode: Text.Wrap
        }
    }
}
