// While Brochures makes a home's PDF: a veil over the screen with "Preparing your brochure…". The camera
// jumps through the home behind it (the stills are grabbed from the stage itself, so the veil is not in
// them); it takes the taps so the visitor does not move the view away meanwhile.
import QtQuick
import Showroom.Components
import Showroom.Shell

Rectangle {
    id: overlay

    color: Qt.rgba(Theme.paper.r, Theme.paper.g, Theme.paper.b, 0.94)
    opacity: Brochures.busy ? 1 : 0
    visible: opacity > 0
    Behavior on opacity { NumberAnimation { duration: 250 } }

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message.text

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: (wheel) => wheel.accepted = true
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.6, Theme.px(640))
        spacing: Theme.px(20)

        ThemedText {
            id: message
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Preparing your brochure…")
            font.pixelSize: Theme.titleSize
        }
        ThemedText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Unit %1: pictures of the building, inside and the view, your finishes and a code to pick up where you left off.")
                      .arg(Brochures.unitId.replace("_", " "))
            color: Theme.inkSoft
        }
        // A quiet sweep: it moves only while the veil is up.
        Rectangle {
            width: parent.width
            height: Theme.px(4)
            radius: height / 2
            color: Theme.paperEdge
            clip: true
            Rectangle {
                id: sweep
                width: parent.width * 0.3
                height: parent.height
                radius: parent.radius
                color: Theme.accent
                NumberAnimation on x {
                    running: overlay.visible
                    loops: Animation.Infinite
                    from: -sweep.width
                    to: sweep.parent.width
                    duration: 1400
                }
            }
        }
    }
}
