// The favourite toggle: an outlined heart that fills with the accent when the home is a favourite.
// `checked` is bound by the owner (the favourites list says), so a click only asks for the change.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.Button {
    id: control

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checked
    Accessible.name: checked ? qsTr("Remove from favourites") : qsTr("Add to favourites")

    contentItem: Item {
        ThemedText {
            anchors.centerIn: parent
            anchors.verticalCenterOffset: Theme.px(2)
            text: control.checked ? "♥" : "♡"
            color: control.checked ? Theme.accent : Theme.ink
            font.pixelSize: Theme.px(36)
        }
    }
    background: Rectangle {
        radius: height / 2
        color: control.down ? Theme.paperEdge : control.checked ? Qt.rgba(0.85, 0.51, 0.17, 0.12) : Theme.paper
        border.color: control.checked ? Theme.accent : Theme.paperEdge
        border.width: Theme.px(2)
        FocusRing {
            shown: control.visualFocus
            controlRadius: parent.radius
        }
    }
}
