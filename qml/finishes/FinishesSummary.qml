// The home's finishes in one line for its card ("Finishes: Urban Walnut floor, Stone & Sage kitchen
// · +€4,200"); a tap (or Space/Enter) asks to open the configurator. `unitId` is the card's home; the
// line shows while it is the home on show (Finishes.unitId, the selected one) and the development
// offers finish palettes.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

T.AbstractButton {
    id: line

    required property string unitId

    readonly property string lineText: Finishes.priceDeltaText !== ""
                                        ? qsTr("Finishes: %1 · %2").arg(Finishes.summary).arg(Finishes.priceDeltaText)
                                        : qsTr("Finishes: %1").arg(Finishes.summary)

    visible: Finishes.available && unitId !== "" && unitId === Finishes.unitId
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + Theme.px(16))
    focusPolicy: Qt.StrongFocus
    Keys.onReturnPressed: line.clicked()
    Keys.onEnterPressed: line.clicked()
    Accessible.role: Accessible.Button
    Accessible.name: lineText
    Accessible.description: qsTr("Choose finishes")

    background: Rectangle {
        radius: Theme.px(10)
        color: line.down ? Theme.paperEdge : "transparent"
        border.color: Theme.paperEdge
        FocusRing {
            shown: line.visualFocus
            controlRadius: parent.radius
        }
    }
    contentItem: Item {
        ThemedText {
            id: label
            objectName: "finishesLine"
            anchors.left: parent.left
            anchors.leftMargin: Theme.px(12)
            anchors.right: change.left
            anchors.rightMargin: Theme.px(8)
            anchors.verticalCenter: parent.verticalCenter
            wrapMode: Text.Wrap
            text: line.lineText
            font.pixelSize: Theme.labelSize
        }
        ThemedText {
            id: change
            anchors.right: parent.right
            anchors.rightMargin: Theme.px(12)
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Change")
            color: Theme.accent
            font.pixelSize: Theme.labelSize
            font.bold: true
        }
    }
}
