// Kiosks: "Been here before?" — the visitor types the short code printed on their brochure or the
// e-mail they left with us; Welcome looks it up off the GUI thread and, when it knows them, the
// welcome panel opens. A code with a typing mistake, or one we do not know, is said plainly here.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

Item {
    id: root

    property bool open: false

    function problemText(): string {
        switch (Welcome.problem) {
        case Welcome.NotACode:
            return qsTr("That is not a code from one of our brochures. %1").arg(Welcome.problemDetail)
        case Welcome.UnknownCode:
            return qsTr("We could not find a brochure with this code. Please check it, or type the e-mail you left with us.")
        case Welcome.SharedCode:
            return qsTr("This code is on more than one brochure. Please type the e-mail you left with us instead.")
        case Welcome.UnknownEmail:
            return qsTr("We have no visit with this e-mail that we may use to recognise you.")
        case Welcome.Unavailable:
            return qsTr("We cannot look up earlier visits right now.")
        }
        return ""
    }
    function close() {
        root.open = false
        input.text = ""
        Welcome.clearProblem()
    }

    // Offered only on kiosks with a database, until someone is recognised (the parent adds where).
    readonly property bool wanted: Welcome.kiosk && Welcome.canRecognise && !Welcome.shown
                                   && Welcome.state !== Welcome.Recognised

    objectName: "welcomeEntry"
    height: root.open ? childrenRect.height : Theme.touchTarget

    // Both end at the entry's right edge (beside the language), clear of the development's title on the left.
    ShowroomButton {
        objectName: "welcomeEntryButton"
        anchors.right: parent.right
        visible: !root.open
        text: qsTr("Been here before?")
        onClicked: {
            root.open = true
            input.forceActiveFocus()
        }
    }

    Panel {
        anchors.right: parent.right
        visible: root.open
        width: Math.min(Theme.px(620), root.parent ? root.parent.width - 2 * Theme.margin : Theme.px(620))
        height: form.implicitHeight + 2 * Theme.gap
        Accessible.role: Accessible.Dialog
        Accessible.name: title.text

        Column {
            id: form
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.px(10)

            ThemedText {
                id: title
                width: parent.width
                text: qsTr("Been here before?")
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            ThemedText {
                width: parent.width
                text: qsTr("Type the code from your brochure, or the e-mail you left with us.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
                Accessible.ignored: true // the field says it
            }
            T.TextField {
                id: input
                objectName: "welcomeCodeInput"
                width: parent.width
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.px(16)
                rightPadding: Theme.px(16)
                verticalAlignment: TextInput.AlignVCenter
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.ink
                selectionColor: Theme.accent
                selectedTextColor: "white"
                maximumLength: 254
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                activeFocusOnTab: true
                enabled: Welcome.state !== Welcome.Looking
                onTextEdited: Welcome.clearProblem()
                onAccepted: Welcome.recognise(text)
                Keys.onEscapePressed: root.close()
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Code from your brochure, or your e-mail")
                Accessible.description: message.text

                background: Rectangle {
                    radius: Theme.px(8)
                    color: "white"
                    border.width: input.activeFocus ? Math.max(2, Theme.px(3)) : 1
                    border.color: message.text !== "" ? Theme.error : input.activeFocus ? Theme.ink : Theme.paperEdge
                }
            }
            ThemedText {
                id: message
                objectName: "welcomeProblem"
                width: parent.width
                visible: text !== ""
                text: root.problemText()
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.labelSize
                color: Theme.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Row {
                spacing: Theme.gap
                ShowroomButton {
                    objectName: "welcomeLookUp"
                    primary: true
                    enabled: input.text.trim() !== "" && Welcome.state !== Welcome.Looking
                    text: Welcome.state === Welcome.Looking ? qsTr("Looking…") : qsTr("Continue")
                    onClicked: Welcome.recognise(input.text)
                }
                ShowroomButton {
                    text: qsTr("Cancel")
                    onClicked: root.close()
                }
            }
        }
    }
}
