// The lead form's fields in the order a visitor fills them: name, email, phone, how to be contacted, a
// message, the two consents (unticked), then Send. A summary of what is not right yet heads the form
// after a try to send, for everyone and for screen readers.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Column {
    id: fields

    // The messages shown (a plain JS object here: qmllint 6.4 knows no keys of a QVariantMap).
    readonly property var shownErrors: LeadForm.errors

    signal cancelled()

    // The keyboard starts at the first field.
    function focusFirst() {
        firstName.input.forceActiveFocus(Qt.TabFocusReason)
    }
    function send() {
        if (!LeadForm.submit())
            summaryText.forceActiveFocus() // a screen reader reads what to put right
    }

    spacing: Theme.gap

    // What is not right yet, in one place (also announced: it takes the focus after a failed send).
    Rectangle {
        width: fields.width
        height: summaryText.implicitHeight + 2 * Theme.px(12)
        visible: LeadForm.summary !== ""
        radius: Theme.px(8)
        color: "#fbeae9"
        border.color: Theme.error
        ThemedText {
            id: summaryText
            objectName: "errorSummary"
            anchors.fill: parent
            anchors.margins: Theme.px(12)
            text: LeadForm.summary
            wrapMode: Text.Wrap
            elide: Text.ElideNone
            font.pixelSize: Theme.labelSize
            color: Theme.error
            activeFocusOnTab: false
            Accessible.role: Accessible.AlertMessage
            Accessible.name: LeadForm.summary
            Accessible.focusable: true
        }
    }

    Row {
        width: fields.width
        spacing: Theme.gap
        LeadField {
            id: firstName
            width: (fields.width - Theme.gap) / 2
            field: "firstName"
            label: qsTr("First name")
        }
        LeadField {
            width: (fields.width - Theme.gap) / 2
            field: "lastName"
            label: qsTr("Last name")
        }
    }
    LeadField {
        width: fields.width
        field: "email"
        label: qsTr("Email")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    }
    LeadField {
        width: fields.width
        field: "phone"
        label: qsTr("Phone")
        optional: LeadForm.preferredContact !== "phone"
        inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
    }

    // How the sales team gets in touch (a choice of two: radio buttons to a screen reader).
    Column {
        width: fields.width
        spacing: Theme.px(6)
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("How should we contact you?")
        ThemedText {
            text: qsTr("How should we contact you?")
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
            Accessible.ignored: true
        }
        Row {
            spacing: Theme.px(10)
            ChoiceChip {
                objectName: "contactByEmail"
                text: qsTr("By email")
                checked: LeadForm.preferredContact === "email"
                onClicked: LeadForm.preferredContact = "email"
            }
            ChoiceChip {
                objectName: "contactByPhone"
                text: qsTr("By phone")
                checked: LeadForm.preferredContact === "phone"
                onClicked: LeadForm.preferredContact = "phone"
            }
        }
    }

    LeadMessage {
        width: fields.width
    }

    ConsentBox {
        objectName: "contactConsent"
        width: fields.width
        text: LeadForm.contactConsentText
        checked: LeadForm.contactConsent
        error: fields.shownErrors.contactConsent ?? ""
        onToggled: LeadForm.contactConsent = checked
    }
    ConsentBox {
        objectName: "newsletterConsent"
        width: fields.width
        text: LeadForm.newsletterConsentText
        checked: LeadForm.newsletterConsent
        onToggled: LeadForm.newsletterConsent = checked
    }
    ThemedText {
        width: fields.width
        text: qsTr("Fields without “optional” are needed to send. We use your details only for this request and as you agreed above.")
        wrapMode: Text.Wrap
        elide: Text.ElideNone
        font.pixelSize: Theme.labelSize
        color: Theme.inkSoft
    }

    Row {
        spacing: Theme.gap
        ShowroomButton {
            objectName: "sendLeadButton"
            primary: true
            text: qsTr("Send")
            Accessible.description: LeadForm.contactConsent ? "" : qsTr("Tick the consent to be contacted first")
            onClicked: fields.send()
        }
        ShowroomButton {
            objectName: "cancelLeadButton"
            text: qsTr("Cancel")
            onClicked: fields.cancelled()
        }
    }
}
