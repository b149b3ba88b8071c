// A round "×" with a finger-sized target (the visible circle is smaller than what accepts the tap).
import QtQuick

Item {
    id: button
    signal clicked()
    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Close")

    Rectangle {
        anchors.centerIn: parent
        width: Theme.px(44)
        height: width
        radius: width / 2
        color: tap.pressed ? Theme.paperEdge : "transparent"
        border.color: Theme.paperEdge
        border.width: Theme.px(2)

        // Two strokes rather than a glyph, so it looks the same whatever font is installed.
        Repeater {
            model: [45, -45]
            Rectangle {
                required property int modelData
                anchors.centerIn: parent
                width: parent.width * 0.45
                height: Theme.px(3)
                radius: height / 2
                color: Theme.ink
                rotation: modelData
            }
        }
    }
    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
