// The off-white card every overlay sits on: soft corners and a faint shadow line, nothing louder.
import QtQuick

Rectangle {
    color: Theme.paper
    radius: Theme.radius
    border.color: Theme.paperEdge
    border.width: 1

    // A cheap shadow: one offset, translucent rectangle (no effects module, fine on software GL).
    Rectangle {
        z: -1
        anchors.fill: parent
        anchors.topMargin: Theme.px(4)
        anchors.bottomMargin: -Theme.px(6)
        anchors.leftMargin: Theme.px(2)
        anchors.rightMargin: -Theme.px(2)
        radius: parent.radius
        color: "#26000000"
    }
}
