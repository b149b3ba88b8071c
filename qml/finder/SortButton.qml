// Sorts the results by one key: the first tap sorts ascending, a tap on the active key reverses it.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

T.Button {
    id: control

    required property string key
    readonly property bool active: Finder.sortBy === key

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.px(14)
    rightPadding: Theme.px(14)
    focusPolicy: Qt.StrongFocus
    Accessible.name: active ? qsTr("%1, %2").arg(text).arg(Finder.descending ? qsTr("highest first")
                                                                              : qsTr("lowest first"))
                            : text
    onClicked: {
        if (active) {
            Finder.descending = !Finder.descending
        } else {
            Finder.descending = false
            Finder.sortBy = key
        }
    }

    contentItem: ThemedText {
        // Arrows drawn by DejaVu Sans: up = lowest first.
        text: control.text + (control.active ? (Finder.descending ? "  ↓" : "  ↑") : "")
        font.pixelSize: Theme.labelSize + Theme.px(1)
        font.bold: control.active
        color: control.active ? Theme.accent : Theme.inkSoft
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: Theme.px(10)
        color: control.down ? Theme.paperEdge : "transparent"
        FocusRing {
            shown: control.visualFocus
            controlRadius: parent.radius
        }
    }
}
