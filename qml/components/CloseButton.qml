// A round "×" with a finger-sized target (the visible circle is smaller than what accepts the tap).
import QtQuick

Item {
    id: button
    signal clicked()
    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget

    // Keyboard: Tab reaches it, Space or Enter closes; screen readers can press it.
    activeFocusOnTab: true
    Keys.onSpacePressed: button.clicked()
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Close")
    Accessible.focusable: true
    Accessible.onPressAction: button.clicked()

    Rectangle {
        anchors.centerIn: parent
        width: Theme.px(44)
        height: width
        radius: width / 2
        color: tap.pressed ? Theme.paperEdge : "transparent"
        border.color: Theme.paperEdge
        border.width: Theme.px(2)

        FocusRing {
            shown: button.activeFocus
            controlRadius: parent.radius
        }

        // Two strokes rather than a glyph, so it looks the same whatever font is installed.
        Repeater {
            model: [45, -45]
            Rectangle {
                required property int modelData
                anchors.centerIn: parent
                width: parent ? parent.width * 0.45 : 0 // a stroke being destroyed has no parent
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
