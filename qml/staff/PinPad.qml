// The staff PIN pad: a touch keypad with masked dots. It only collects digits and hands them to Staff
// (app/staff StaffAccess), which checks them off the GUI thread; the pad shows what Staff says: checking,
// attempts left, the lock's remaining time. Keyboard: digits, Backspace, Enter. Emits accepted() when
// the PIN was right; the screen that asked decides what opens.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

FocusScope {
    id: pad

    signal accepted()

    property string title: qsTr("Staff PIN")
    // What was typed so far: never shown, cleared once sent.
    property string digits: ""
    // Why the last PIN was refused (from Staff), until the next key.
    property string message: ""
    readonly property int maxDigits: 12
    readonly property int minDigits: 4
    readonly property bool canType: Staff.pinSet && !Staff.locked && !Staff.checking
    readonly property string status: Staff.locked
        ? qsTr("Too many wrong PINs. Try again in %1.").arg(pad.remaining(Staff.lockedSeconds))
        : Staff.checking ? qsTr("Checking…")
        : pad.message !== "" ? pad.message
        : !Staff.ready ? ""
        : !Staff.pinSet ? qsTr("No staff PIN is set on this device.")
        : Staff.attemptsLeft === 1 ? qsTr("1 attempt left before a pause.")
        : Staff.attemptsLeft < 5 ? qsTr("%1 attempts left before a pause.").arg(Staff.attemptsLeft)
        : qsTr("Enter the staff PIN.")

    function remaining(seconds: int): string {
        // No English catalogue: plurals are chosen here, not with %n.
        if (seconds < 60)
            return seconds === 1 ? qsTr("1 second") : qsTr("%1 seconds").arg(seconds)
        return qsTr("%1:%2 min").arg(Math.floor(seconds / 60)).arg(String(seconds % 60).padStart(2, "0"))
    }
    function press(digit: string): void {
        if (!canType || digits.length >= maxDigits)
            return
        digits += digit
        message = ""
    }
    function erase(): void {
        digits = digits.slice(0, -1)
    }
    function submit(): void {
        if (!canType || digits.length < minDigits)
            return
        Staff.tryPin(digits)
        digits = ""
    }

    implicitWidth: Theme.px(440)
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    focus: true
    Accessible.role: Accessible.Dialog
    Accessible.name: pad.title

    Connections {
        target: Staff
        function onAccepted(): void {
            pad.message = ""
            pad.accepted()
        }
        function onRejected(why: string): void {
            pad.message = why
        }
    }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.press(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            pad.erase()
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit()
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.paper
        border.color: Theme.paperEdge
    }

    Column {
        id: content
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap

        ThemedText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: pad.title
            font.pixelSize: Theme.headingSize
            font.bold: true
        }

        // One dot per digit typed (at least four places), filled as they are typed.
        Row {
            id: dots
            objectName: "pinDots"
            readonly property int filled: pad.digits.length
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.px(14)
            height: Theme.px(28)
            Accessible.role: Accessible.StaticText
            Accessible.name: dots.filled === 1 ? qsTr("1 digit entered") : qsTr("%1 digits entered").arg(dots.filled)
            Repeater {
                model: Math.max(pad.minDigits, pad.digits.length)
                Rectangle {
                    id: dot
                    required property int index
                    width: Theme.px(22)
                    height: width
                    radius: width / 2
                    anchors.verticalCenter: parent.verticalCenter
                    color: dot.index < dots.filled ? Theme.ink : "transparent"
                    border.color: Theme.inkSoft
                    border.width: Math.max(1, Theme.px(2))
                }
            }
        }

        ThemedText {
            id: statusLine
            objectName: "pinStatus"
            width: parent.width
            height: Theme.px(60)
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            text: pad.status
            color: Staff.locked || pad.message !== "" ? Theme.error : Theme.inkSoft
            font.pixelSize: Theme.labelSize
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Grid {
            id: keys
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.gap
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "enter"]
                ShowroomButton {
                    id: key
                    required property string modelData
                    readonly property bool isDigit: key.modelData !== "erase" && key.modelData !== "enter"
                    objectName: "key_" + key.modelData
                    width: Theme.px(96)
                    height: Theme.px(80)
                    // The pad keeps the keyboard focus: its keys are for fingers (Keys above for keyboards).
                    focusPolicy: Qt.NoFocus
                    primary: key.modelData === "enter"
                    enabled: pad.canType && (key.isDigit ? pad.digits.length < pad.maxDigits
                                                         : key.modelData === "erase" ? pad.digits.length > 0
                                                         : pad.digits.length >= pad.minDigits)
                    text: key.isDigit ? key.modelData : key.modelData === "enter" ? qsTr("OK") : ""
                    glyph: key.modelData === "erase" ? "←" : ""
                    Accessible.name: key.isDigit ? key.modelData
                                   : key.modelData === "erase" ? qsTr("Delete the last digit") : qsTr("Enter the PIN")
                    onClicked: {
                        if (key.isDigit)
                            pad.press(key.modelData)
                        else if (key.modelData === "erase")
                            pad.erase()
                        else
                            pad.submit()
                    }
                }
            }
        }
    }
}
