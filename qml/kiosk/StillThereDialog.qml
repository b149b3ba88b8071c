// "Are you still there?": after the idle timeout, counting down; any touch keeps the visit (the guard
// reports it to Kiosk). At zero the visit ends and everything of the visitor is cleared.
import QtQuick
import Showroom.Components

Item {
    id: dialog

    property int secondsLeft: 0
    property int totalSeconds: 10

    Rectangle {
        anchors.fill: parent
        color: "#99101418"
    }
    Panel {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(720))
        height: column.implicitHeight + 2 * Theme.margin

        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.gap

            ThemedText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            // The countdown as a ring that empties, the seconds in its middle.
            Item {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.px(140)
                height: width
                Canvas {
                    id: ring
                    anchors.fill: parent
                    property real share: dialog.totalSeconds > 0 ? dialog.secondsLeft / dialog.totalSeconds : 0
                    onShareChanged: requestPaint()
                    onPaint: {
                        const ctx = getContext("2d")
                        ctx.reset()
                        const r = width / 2 - Theme.px(8)
                        ctx.lineWidth = Theme.px(10)
                        ctx.strokeStyle = Theme.paperEdge
                        ctx.beginPath()
                        ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI)
                        ctx.stroke()
                        ctx.strokeStyle = Theme.accent
                        ctx.beginPath()
                        ctx.arc(width / 2, height / 2, r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * share)
                        ctx.stroke()
                    }
                }
                ThemedText {
                    objectName: "secondsLeft"
                    anchors.centerIn: parent
                    text: dialog.secondsLeft
                    font.pixelSize: Theme.titleSize * 1.4
                    font.bold: true
                }
            }
            ThemedText {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Touch the screen to carry on. Otherwise the showroom starts over for the next visitor, and "
                           + "what you chose here is cleared.")
                color: Theme.inkSoft
            }
            ShowroomButton {
                anchors.horizontalCenter: parent.horizontalCenter
                primary: true
                text: qsTr("I'm still here")
                // The touch itself keeps the visit (KioskGuard); the button is where people expect to press.
            }
        }
    }
}
