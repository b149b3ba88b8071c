// A consent check box with its exact wording beside it (the text LeadForm stores when it is ticked).
// Unticked until the visitor ticks it; Space toggles it from the keyboard.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.CheckBox {
    id: box

    property string error: ""

    implicitWidth: 200
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.px(8)
    bottomPadding: Theme.px(8)
    leftPadding: Theme.px(44) + Theme.px(16)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked
    Accessible.description: error

    indicator: Rectangle {
        x: 0
        y: box.topPadding
        width: Theme.px(44)
        height: width
        radius: Theme.px(8)
        color: box.checked ? Theme.accent : "white"
        border.width: box.visualFocus ? Math.max(2, Theme.px(3)) : Math.max(1, Theme.px(2))
        border.color: box.error !== "" ? Theme.error : box.visualFocus ? Theme.ink : Theme.inkSoft
        ThemedText {
            anchors.centerIn: parent
            visible: box.checked
            text: "✓"
            color: "white"
            font.bold: true
            font.pixelSize: Theme.headingSize
        }
    }

    contentItem: Column {
        spacing: Theme.px(4)
        ThemedText {
            width: parent.width
            text: box.text
            wrapMode: Text.Wrap
            elide: Text.ElideNone
            font.pixelSize: Theme.labelSize + Theme.px(1)
        }
        ThemedText {
            width: parent.width
            visible: box.error !== ""
            text: "⚠ " + box.error
            wrapMode: Text.Wrap
            elide: Text.ElideNone
            font.pixelSize: Theme.labelSize
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: box.error
        }
    }
}
