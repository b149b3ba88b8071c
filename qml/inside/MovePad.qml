// The touch screen's way to walk: a pad of four arrows; holding one walks (forward, back) or steps
// sideways until released. Keys do the same on a desktop (KeyboardControls).
import QtQuick
import Showroom.Components
import Showroom.Interior

Grid {
    id: pad

    required property WalkController walker

    columns: 3
    spacing: Theme.px(6)

    component PadKey: Rectangle {
        id: key
        required property string glyph
        required property string label
        required property real ahead
        required property real sideways
        required property WalkController walker
        width: Theme.touchTarget * 1.1
        height: width
        radius: Theme.px(12)
        color: area.pressed ? Theme.accent : Qt.rgba(1, 1, 1, 0.88)
        border.color: Theme.paperEdge
        function walk(ahead: real, sideways: real) {
            walker.moveForward = ahead
            walker.moveRight = sideways
        }
        Accessible.role: Accessible.Button
        Accessible.name: label
        ThemedText {
            anchors.centerIn: parent
            text: key.glyph
            font.pixelSize: Theme.headingSize
            color: area.pressed ? "white" : Theme.ink
        }
        MouseArea {
            id: area
            anchors.fill: parent
            onPressed: key.walk(key.ahead, key.sideways)
            onReleased: key.walk(0, 0)
            onCanceled: key.walk(0, 0)
        }
    }

    Item { width: 1; height: 1 }
    PadKey { glyph: "▲"; label: qsTr("Walk forward"); ahead: 1; sideways: 0; walker: pad.walker }
    Item { width: 1; height: 1 }
    PadKey { glyph: "◀"; label: qsTr("Step left"); ahead: 0; sideways: -1; walker: pad.walker }
    PadKey { glyph: "▼"; label: qsTr("Walk back"); ahead: -1; sideways: 0; walker: pad.walker }
    PadKey { glyph: "▶"; label: qsTr("Step right"); ahead: 0; sideways: 1; walker: pad.walker }
}
