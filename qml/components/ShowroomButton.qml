// The showroom's push button: a finger-sized pill with a label (and an optional glyph), built on
// QtQuick.Templates so keyboard focus, Space/Enter and accessibility come for free.
import QtQuick
import QtQuick.Templates as T

T.Button {
    id: control

    // "primary": the accent fill for the one main action on a panel; "plain": quiet on paper.
    property bool primary: false
    property string glyph: ""

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.px(text !== "" ? 24 : 8)
    rightPadding: leftPadding
    topPadding: Theme.px(8)
    bottomPadding: Theme.px(8)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text !== "" ? text : glyph

    // The labels sit in the middle of whatever width the button is given (a PIN pad's round keys, a
    // full-width action): a Row alone lays them out from the left edge.
    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight

        Row {
            anchors.centerIn: parent
            spacing: Theme.px(10)
            ThemedText {
                visible: control.glyph !== ""
                anchors.verticalCenter: parent.verticalCenter
                text: control.glyph
                font.pixelSize: Theme.headingSize
                color: control.primary ? "white" : Theme.ink
            }
            ThemedText {
                visible: control.text !== ""
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                font.pixelSize: Theme.bodySize
                font.bold: control.primary
                color: control.primary ? "white" : control.enabled ? Theme.ink : Theme.inkSoft
            }
        }
    }

    background: Rectangle {
        radius: height / 2
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.15) : Theme.accent)
                               : (control.down ? Theme.paperEdge : Theme.paper)
        border.color: Theme.paperEdge
        border.width: 1
        opacity: control.enabled ? 1 : 0.6
        FocusRing {
            shown: control.visualFocus
            controlRadius: parent.radius
        }
    }
}
