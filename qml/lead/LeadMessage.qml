// The visitor's optional message: a few lines, cut at LeadForm's limit, Tab moves on (not a tab stop).
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

Column {
    id: message

    spacing: Theme.px(6)

    ThemedText {
        text: qsTr("Message (optional)")
        font.pixelSize: Theme.labelSize
        color: Theme.inkSoft
        Accessible.ignored: true
    }
    T.TextArea {
        id: area
        objectName: "messageInput"
        width: message.width
        implicitHeight: Math.max(Theme.touchTarget * 1.6, contentHeight + topPadding + bottomPadding)
        padding: Theme.px(14)
        wrapMode: TextEdit.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.ink
        selectionColor: Theme.accent
        selectedTextColor: "white"
        placeholderText: qsTr("A question, or when we may call you")
        placeholderTextColor: Theme.inkSoft
        text: LeadForm.message
        // TextArea has no maximumLength: LeadForm cuts, and the area shows what it kept.
        onTextChanged: if (text !== LeadForm.message) LeadForm.message = text
        activeFocusOnTab: true
        Keys.onTabPressed: event => { area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason) }
        Keys.onBacktabPressed: event => { area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason) }
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Message, optional")
        Accessible.multiLine: true

        background: Rectangle {
            radius: Theme.px(8)
            color: "white"
            border.width: area.activeFocus ? Math.max(2, Theme.px(3)) : 1
            border.color: area.activeFocus ? Theme.ink : Theme.paperEdge
        }
    }
}
