// Keyboard focus, drawn the same way on every control: a dark ring with a light edge just outside the
// control, so it shows on paper, on the accent and over the 3D stage alike. Only for keyboard focus
// (bind `shown` to a template control's visualFocus, or an item's activeFocus), never after a tap.
import QtQuick

Rectangle {
    property bool shown: false
    // The control's own corner radius; the ring follows it at its distance.
    property real controlRadius: 0
    readonly property int distance: Theme.px(4)

    anchors.fill: parent
    anchors.margins: -distance - border.width
    radius: controlRadius + distance + border.width
    color: "transparent"
    border.color: Theme.ink
    border.width: Math.max(2, Theme.px(3))
    visible: shown
    z: 100

    Rectangle {
        anchors.fill: parent
        anchors.margins: parent.border.width
        radius: parent.radius - parent.border.width
        color: "transparent"
        border.color: "white"
        border.width: Math.max(1, Theme.px(1))
    }
}
