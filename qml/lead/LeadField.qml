// One line of the lead form: its label, the text field and, right under it, the message when what was
// typed is not right yet. Bound to one of LeadForm's fields by name; the message shows once the
// visitor has left the field or tried to send (LeadForm.errors).
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

Column {
    id: row

    required property string field      // "firstName", "email", ... (LeadForm's property and rule name)
    required property string label
    property bool optional: false
    property int inputMethodHints: Qt.ImhNone
    readonly property string error: LeadForm.errors[field] ?? ""
    readonly property alias input: input

    spacing: Theme.px(6)

    ThemedText {
        width: row.width
        text: row.optional ? qsTr("%1 (optional)").arg(row.label) : row.label
        font.pixelSize: Theme.labelSize
        color: Theme.inkSoft
        Accessible.ignored: true // the field says it
    }

    T.TextField {
        id: input
        objectName: row.field + "Input"
        width: row.width
        implicitHeight: Theme.touchTarget
        leftPadding: Theme.px(16)
        rightPadding: Theme.px(16)
        verticalAlignment: TextInput.AlignVCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.ink
        selectionColor: Theme.accent
        selectedTextColor: "white"
        maximumLength: LeadForm.limits[row.field] ?? 32767
        inputMethodHints: row.inputMethodHints
        activeFocusOnTab: true
        text: LeadForm[row.field]
        onTextEdited: LeadForm[row.field] = text
        onEditingFinished: LeadForm.touch(row.field)
        Accessible.role: Accessible.EditableText
        Accessible.name: row.optional ? qsTr("%1, optional").arg(row.label) : row.label
        Accessible.description: row.error

        background: Rectangle {
            radius: Theme.px(8)
            color: "white"
            border.width: input.activeFocus ? Math.max(2, Theme.px(3)) : 1
            border.color: row.error !== "" ? Theme.error : input.activeFocus ? Theme.ink : Theme.paperEdge
        }
    }

    ThemedText {
        objectName: row.field + "Error"
        width: row.width
        visible: row.error !== ""
        text: "⚠ " + row.error
        wrapMode: Text.Wrap
        elide: Text.ElideNone
        font.pixelSize: Theme.labelSize
        color: Theme.error
        Accessible.role: Accessible.AlertMessage
        Accessible.name: row.error
    }
}
