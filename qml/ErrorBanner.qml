// A failed reload while a site is already on screen: the previous development stays explorable, so the
// error is a dismissable note at the bottom instead of a screen that hides it.
import QtQuick
import Showroom.Components

Panel {
    id: banner
    property string message
    signal dismissed()

    width: Math.min(parent ? parent.width - 2 * Theme.margin : Theme.px(900), Theme.px(900))
    height: column.implicitHeight + 2 * Theme.px(20)

    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(12)
        width: Theme.px(6)
        color: Theme.error
    }
    Column {
        id: column
        anchors.left: parent.left
        anchors.right: close.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.px(32)
        anchors.rightMargin: Theme.px(12)
        spacing: Theme.px(6)
        ThemedText {
            width: parent.width
            text: qsTr("The updated development could not be loaded; showing the previous one")
            font.pixelSize: Theme.labelSize
        }
        ThemedText {
            objectName: "errorBannerMessage"
            width: parent.width
            text: banner.message
            wrapMode: Text.Wrap
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
    }
    CloseButton {
        id: close
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.rightMargin: Theme.px(16)
        onClicked: banner.dismissed()
    }
}
