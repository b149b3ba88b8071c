// After sending: thanks, and what happens next (the brochure, the sales team's call or email, how to
// withdraw consent). Done closes it; the form starts empty for the next request.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Column {
    id: thanks

    signal done()

    function focusDone() {
        doneButton.forceActiveFocus(Qt.TabFocusReason)
    }

    spacing: Theme.gap
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Thank you")

    ThemedText {
        objectName: "thankYouTitle"
        width: thanks.width
        text: LeadForm.firstName.trim() !== "" ? qsTr("Thank you, %1!").arg(LeadForm.firstName.trim()) : qsTr("Thank you!")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.titleSize
        font.bold: true
    }
    ThemedText {
        width: thanks.width
        text: qsTr("We have your request for unit %1. Here is what happens next:").arg(LeadForm.unitId.replace("_", " "))
        wrapMode: Text.Wrap
        elide: Text.ElideNone
    }
    Repeater {
        model: [
            LeadForm.brochureStatus === "ready" ? qsTr("Your brochure for this home is ready: our sales team sends it to you with their first message.")
            : LeadForm.brochureStatus === "failed" ? qsTr("Your brochure could not be prepared here; our sales team sends it to you instead.")
            : LeadForm.brochureStatus === "making" ? qsTr("Your brochure for this home, with the finishes you chose, is being prepared.")
            : qsTr("Our sales team prepares the details of this home for you."),
            LeadForm.preferredContact === "phone"
                ? qsTr("A member of our sales team calls you within two working days.")
                : qsTr("A member of our sales team writes to you by email within two working days."),
            LeadForm.newsletterConsent ? qsTr("You will receive our newsletter, at most once a month. Every issue has a link to unsubscribe.")
                                       : qsTr("We will not send you a newsletter."),
            qsTr("You can withdraw your consent at any time: tell the sales office, and we delete your details.")
        ]
        delegate: Row {
            id: step
            required property string modelData
            required property int index
            width: thanks.width
            spacing: Theme.px(12)
            Rectangle {
                width: Theme.px(36)
                height: width
                radius: width / 2
                color: Theme.accent
                ThemedText {
                    anchors.centerIn: parent
                    text: step.index + 1
                    color: "white"
                    font.bold: true
                    font.pixelSize: Theme.labelSize
                }
            }
            ThemedText {
                width: step.width - Theme.px(48)
                text: step.modelData
                wrapMode: Text.Wrap
                elide: Text.ElideNone
            }
        }
    }
    ShowroomButton {
        id: doneButton
        objectName: "leadDoneButton"
        primary: true
        text: qsTr("Done")
        onClicked: thanks.done()
    }
}
