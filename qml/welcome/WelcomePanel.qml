// "Welcome back": shown when Welcome has recognised a returning visitor (desktop: this install's
// visitor; kiosk: their brochure's code or e-mail) and their profile has arrived from the worker. The
// greeting uses the first name only with the contact consent (Welcome.firstName is "" otherwise);
// "Continue where you left off" restores the home, favourites, finishes, timeline date and sun time; a
// saved home now reserved or sold is said plainly with the closest available homes; then suggestions,
// each with its reason. Every row is a button (Tab, Space/Enter); Escape closes.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

FocusScope {
    id: root

    function unitName(id: string): string {
        return id.replace("_", " ")
    }
    function noticeText(n: var): string {
        const home = root.unitName(n.unitId)
        if (n.why === "favourited")
            return n.status === "sold" ? qsTr("%1, which you saved, has been sold.").arg(home)
                                       : qsTr("%1, which you saved, has been reserved.").arg(home)
        return n.status === "sold" ? qsTr("%1, which you asked about, has been sold.").arg(home)
                                   : qsTr("%1, which you asked about, has been reserved.").arg(home)
    }
    // What "continue" brings back, in one line: "Home A 0304 with your finishes · Saved: ... · ..."
    function continueText(): string {
        let text = ""
        if (Welcome.unitId !== "")
            text = root.joined(text, Welcome.finishes !== "" ? qsTr("Home %1 with your finishes").arg(root.unitName(Welcome.unitId))
                                                              : qsTr("Home %1").arg(root.unitName(Welcome.unitId)))
        if (Welcome.favourites.length > 0)
            text = root.joined(text, qsTr("Saved: %1").arg(root.savedHomes()))
        if (Welcome.timelineDateText !== "")
            text = root.joined(text, qsTr("the site as of %1").arg(Welcome.timelineDateText))
        if (Welcome.sunTimeText !== "")
            text = root.joined(text, qsTr("the sun on %1 at %2").arg(Welcome.sunDateText).arg(Welcome.sunTimeText))
        return text
    }
    function savedHomes(): string {
        let names = ""
        const saved = Welcome.favourites
        for (let i = 0; i < saved.length; ++i)
            names += (i > 0 ? ", " : "") + root.unitName(saved[i])
        return names
    }
    function joined(text: string, part: string): string {
        return text === "" ? part : text + " · " + part
    }
    // Suggestions, at most three, without the homes already offered as alternatives to a sold one.
    function freshSuggestions(): var {
        const offered = {}
        const gone = Welcome.noLongerAvailable
        for (let i = 0; i < gone.length; ++i) {
            const alternatives = gone[i].alternatives
            for (let j = 0; j < Math.min(2, alternatives.length); ++j)
                offered[alternatives[j].unitId] = true
        }
        const fresh = []
        const recommended = Welcome.recommendations
        for (let k = 0; k < recommended.length && fresh.length < 3; ++k)
            if (!offered[recommended[k].unitId])
                fresh[fresh.length] = recommended[k]
        return fresh
    }

    objectName: "welcomePanel"
    visible: Welcome.shown
    focus: visible
    onVisibleChanged: if (visible) (continueButton.visible ? continueButton : closeButton).forceActiveFocus()
    Keys.onEscapePressed: Welcome.dismiss()

    // The stage stays visible behind a light veil; a tap outside the panel closes it.
    Rectangle {
        anchors.fill: parent
        color: "#66000000"
        MouseArea {
            anchors.fill: parent
            onClicked: Welcome.dismiss()
        }
    }

    Panel {
        id: panel
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, Theme.px(820))
        height: Math.min(root.height - 2 * Theme.margin, content.implicitHeight + 2 * Theme.margin)
        Accessible.role: Accessible.Dialog
        Accessible.name: greeting.text
        MouseArea { anchors.fill: parent } // taps on the panel stay on it

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.margin
            contentHeight: content.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: content
                width: parent.width
                spacing: Theme.gap

                ThemedText {
                    id: greeting
                    objectName: "welcomeGreeting"
                    width: parent.width
                    text: Welcome.firstName !== "" ? qsTr("Welcome back, %1").arg(Welcome.firstName)
                                                   : qsTr("Welcome back")
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                ThemedText {
                    width: parent.width
                    visible: Welcome.canContinue
                    text: root.continueText()
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.labelSize
                    color: Theme.inkSoft
                }
                Row {
                    spacing: Theme.gap
                    ShowroomButton {
                        id: continueButton
                        objectName: "welcomeContinue"
                        visible: Welcome.canContinue
                        primary: true
                        text: qsTr("Continue where you left off")
                        Accessible.description: root.continueText()
                        onClicked: Welcome.continueWhereLeftOff()
                    }
                    ShowroomButton {
                        id: closeButton
                        objectName: "welcomeClose"
                        text: qsTr("Not now")
                        onClicked: Welcome.dismiss()
                    }
                }

                // Saved homes no longer available: said plainly, with what is still there.
                Repeater {
                    model: Welcome.noLongerAvailable
                    delegate: Column {
                        id: notice
                        required property var modelData
                        width: content.width
                        spacing: Theme.px(8)
                        ThemedText {
                            objectName: "welcomeNotice"
                            width: parent.width
                            text: root.noticeText(notice.modelData)
                            wrapMode: Text.WordWrap
                            font.bold: true
                            color: notice.modelData.status === "sold" ? Theme.sold : Theme.reserved
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        ThemedText {
                            width: parent.width
                            visible: notice.modelData.alternatives.length > 0
                            text: qsTr("The closest homes still available:")
                            font.pixelSize: Theme.labelSize
                            color: Theme.inkSoft
                        }
                        Repeater {
                            model: notice.modelData.alternatives.slice(0, 2)
                            delegate: SuggestedHome {
                                required property var modelData
                                objectName: "welcomeAlternative"
                                width: content.width
                                unitId: modelData.unitId
                                reason: modelData.reason
                            }
                        }
                    }
                }

                ThemedText {
                    width: parent.width
                    visible: suggestions.count > 0
                    topPadding: Theme.px(8)
                    text: qsTr("You might also like")
                    font.pixelSize: Theme.headingSize
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    id: suggestions
                    // Not the homes already offered as alternatives above.
                    model: root.freshSuggestions()
                    delegate: SuggestedHome {
                        required property var modelData
                        objectName: "welcomeRecommendation"
                        width: content.width
                        unitId: modelData.unitId
                        reason: modelData.reason
                    }
                }

            }
        }
    }
}
