// Shown while the site model loads on its worker: the development's name and a thin progress line.
import QtQuick
import Showroom.Components

Rectangle {
    id: overlay
    property real progress: 0
    property string title

    color: Theme.paper
    Behavior on opacity { NumberAnimation { duration: 400 } }

    Column {
        anchors.centerIn: parent
        spacing: Theme.px(28)
        width: Math.min(parent.width * 0.6, Theme.px(720))

        ThemedText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: overlay.title
            font.pixelSize: Theme.titleSize
        }
        Rectangle {
            objectName: "progressTrack"
            width: parent.width
            height: Theme.px(4)
            radius: height / 2
            color: Theme.paperEdge
            Rectangle {
                width: parent.width * Math.max(0, Math.min(1, overlay.progress))
                height: parent.height
                radius: parent.radius
                color: Theme.accent
                Behavior on width { NumberAnimation { duration: 200 } }
            }
        }
        ThemedText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Preparing the site…")
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
    }
}
