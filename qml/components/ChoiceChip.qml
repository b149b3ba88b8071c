// A checkable chip for choosing one of a few things (a building, a floor, a view): the chosen one is
// filled with the accent. Finger-sized; keyboard and accessibility through QtQuick.Templates.
import QtQuick
import QtQuick.Templates as T

T.Button {
    id: control

    property string detail: "" // a second, smaller line (e.g. "12 available")

    checkable: false
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.px(20)
    rightPadding: Theme.px(20)
    topPadding: Theme.px(6)
    bottomPadding: Theme.px(6)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.RadioButton
    Accessible.checked: checked
    Accessible.name: detail !== "" ? text + ", " + detail : text

    // (no ids inside: contentItem is a deferred property)
    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight
        Column {
            anchors.centerIn: parent
            ThemedText {
                anchors.horizontalCenter: parent.horizontalCenter
                text: control.text
                font.pixelSize: Theme.bodySize
                font.bold: control.checked
                color: control.checked ? "white" : Theme.ink
            }
            ThemedText {
                anchors.horizontalCenter: parent.horizontalCenter
                visible: control.detail !== ""
                text: control.detail
                font.pixelSize: Theme.labelSize
                color: control.checked ? "white" : Theme.inkSoft
            }
        }
    }

    background: Rectangle {
        radius: Theme.px(12)
        color: control.checked ? Theme.accent : control.down ? Theme.paperEdge : Theme.paper
        border.color: Theme.paperEdge
        border.width: 1
        FocusRing {
            shown: control.visualFocus
            controlRadius: parent.radius
        }
    }
}
