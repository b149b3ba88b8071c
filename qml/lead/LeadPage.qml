// "Send me this home": the lead form over the dimmed site (an overlay, not a Navigation mode: the home
// stays selected behind it and Back closes it). The sheet ends above the on-screen keyboard and scrolls
// so the field being typed in is always in view (keyboardTop: where the keyboard's top edge is, in this
// item's coordinates; the height when there is none). After sending, the thank-you takes its place.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

FocusScope {
    id: page

    property real keyboardTop: height
    readonly property alias flickable: flick
    readonly property alias sheet: sheet

    // Scrolls the form so the item (a field, with its label and message) is in view above the keyboard.
    function reveal(item: Item) {
        if (!item || !visible)
            return
        let row = item
        while (row.parent && row.parent !== form && row.parent !== thanks && row.parent !== column)
            row = row.parent
        if (!row.parent)
            return // not in the form
        const r = row.mapToItem(flick.contentItem, 0, 0, row.width, row.height)
        const margin = Theme.gap
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        if (r.y + r.height + margin > flick.contentY + flick.height)
            flick.contentY = Math.min(maxY, r.y + r.height + margin - flick.height)
        if (r.y - margin < flick.contentY)
            flick.contentY = Math.max(0, r.y - margin)
    }
    // The keyboard focus where the visitor starts: the first field, or Done on the thank-you.
    function focusStart() {
        if (!visible)
            return
        if (LeadForm.sent)
            thanks.focusDone()
        else
            form.focusFirst()
    }
    function revealFocused() {
        reveal(page.Window.activeFocusItem)
    }

    visible: LeadForm.shown
    focus: visible
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Send me this home")

    // Where the keyboard focus was before the form opened: it goes back there when the form closes.
    property Item returnFocusTo: null
    onVisibleChanged: {
        if (visible) {
            lastFocusInside = null
            returnFocusTo = page.Window.activeFocusItem
            flick.contentY = 0
            focusLater.restart()
        } else if (returnFocusTo) {
            returnFocusTo.forceActiveFocus()
            returnFocusTo = null
        }
    }
    onKeyboardTopChanged: revealLater.restart()
    Keys.onEscapePressed: LeadForm.close()
    // The form is modal for the keyboard too: Tab runs through the whole window's focus chain, so when
    // the focus leaves the page it is sent back in at the other end (Tab past the last control wraps to
    // the first, Shift+Tab before the first wraps to the last).
    property Item lastFocusInside: null
    function isInside(item: Item): bool {
        for (let i = item; i; i = i.parent) {
            if (i === page)
                return true
        }
        return false
    }
    function firstInChain(): Item {
        const first = page.nextItemInFocusChain(true)
        return isInside(first) ? first : null
    }
    function lastInChain(): Item {
        let last = firstInChain()
        for (let guard = 0; last && guard < 200; ++guard) {
            const next = last.nextItemInFocusChain(true)
            if (!isInside(next) || next === last)
                break
            last = next
        }
        return last
    }
    function keepFocusInside() {
        const item = page.Window.activeFocusItem
        if (!visible || !item)
            return
        if (isInside(item)) {
            lastFocusInside = item
            return
        }
        const from = lastFocusInside
        const leftByShiftTab = from !== null && !isInside(from.nextItemInFocusChain(false))
        const target = leftByShiftTab ? lastInChain() : firstInChain()
        if (target)
            target.forceActiveFocus(leftByShiftTab ? Qt.BacktabFocusReason : Qt.TabFocusReason)
    }
    Connections {
        target: page.Window
        function onActiveFocusItemChanged() {
            keepInsideLater.restart() // not while the window is still moving the focus
            revealLater.restart()
        }
    }
    Connections {
        target: LeadForm
        function onSentChanged() {
            flick.contentY = 0
            focusLater.restart()
        }
    }

    // After the bindings of this turn have settled (sizes, the focus): one timer each, so a burst of
    // changes reveals or focuses once.
    Timer {
        id: revealLater
        interval: 0
        onTriggered: page.revealFocused()
    }
    Timer {
        id: keepInsideLater
        interval: 0
        onTriggered: page.keepFocusInside()
    }
    Timer {
        id: focusLater
        interval: 0
        onTriggered: page.focusStart()
    }

    // The site behind, dimmed; taps on it do nothing (the form is modal).
    Rectangle {
        anchors.fill: parent
        color: "#a61d2228"
        MouseArea {
            anchors.fill: parent
            onClicked: {}
            onWheel: wheel => { wheel.accepted = true }
        }
    }

    Panel {
        id: sheet
        objectName: "leadSheet"
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.margin
        width: Math.min(page.width - 2 * Theme.margin, Theme.px(860))
        // Ends above the keyboard; never taller than the form.
        height: Math.max(Theme.touchTarget * 3,
                         Math.min(page.keyboardTop - Theme.gap - y, page.height - 2 * Theme.margin,
                                  header.height + column.implicitHeight + 2 * Theme.margin))

        Item {
            id: header
            x: Theme.margin
            y: Theme.margin * 0.75
            width: sheet.width - 2 * Theme.margin
            height: Math.max(title.implicitHeight, close.height)
            ThemedText {
                id: title
                anchors.left: parent.left
                anchors.right: close.left
                anchors.verticalCenter: parent.verticalCenter
                text: LeadForm.sent ? qsTr("Request sent")
                                    : qsTr("Send me this home: unit %1").arg(LeadForm.unitId.replace("_", " "))
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap // German runs longer: two lines rather than cut
                elide: Text.ElideNone
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            CloseButton {
                id: close
                objectName: "leadCloseButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                onClicked: LeadForm.close()
            }
        }

        Flickable {
            id: flick
            objectName: "leadFlickable"
            anchors.top: header.bottom
            anchors.topMargin: Theme.gap
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.margin * 0.5
            x: Theme.margin
            width: sheet.width - 2 * Theme.margin
            clip: true
            contentWidth: width
            contentHeight: column.implicitHeight + Theme.gap
            boundsBehavior: Flickable.StopAtBounds
            // The sheet shrinks when the keyboard comes up (or the window changes): keep the field in view.
            onHeightChanged: revealLater.restart()
            onContentHeightChanged: revealLater.restart()

            FocusScope {
                id: column
                width: flick.width
                implicitHeight: LeadForm.sent ? thanks.implicitHeight : form.implicitHeight
                LeadFields {
                    id: form
                    width: parent.width
                    visible: !LeadForm.sent
                    onCancelled: LeadForm.close()
                }
                ThankYou {
                    id: thanks
                    width: parent.width
                    visible: LeadForm.sent
                    onDone: LeadForm.close()
                }
            }
        }
    }
}
