import QtQuick
import QtTest
import Showroom.Components
import Showroom.LeadForm
import Showroom.Shell
import Showroom.Telemetry
import Showroom.UnitCard

// "Send me this home" as a buyer meets it: the card's button opens it, Send on an empty form puts a
// message next to each field and a summary on top, the consents start unticked with their exact texts,
// it works from the keyboard alone, the field being typed in stays above the on-screen keyboard, the
// thank-you says what happens next, and nothing is left when the visitor's session ends.
TestCase {
    id: test
    name: "LeadPage"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        LeadPage {
            width: test.width
            height: test.height
        }
    }
    Component {
        id: actionsComponent
        CardActions {
            width: 400
            unitId: "A_0304"
        }
    }

    // Something focusable behind the form, earlier in the window's focus chain (the site's controls).
    Component {
        id: behindComponent
        TextInput {
            objectName: "behindInput"
            activeFocusOnTab: true
            width: 200
            height: 40
        }
    }

    function init() {
        LeadForm.wipe()
    }

    function child(item, name) {
        const c = findChild(item, name)
        verify(c, "no child named " + name)
        return c
    }
    function openPage() {
        const page = createTemporaryObject(pageComponent, test)
        LeadForm.open("A_0304", "unit_card")
        verify(page.visible)
        // The form puts the keyboard focus on its first field once it is on screen.
        tryVerify(() => child(page, "firstNameInput").activeFocus, 1000)
        return page
    }
    function typeInto(page, name, text) {
        const input = child(page, name)
        input.forceActiveFocus()
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        return input
    }
    // A press on a control below the fold: the visitor scrolls to it first (the form scrolls too).
    function press(page, name) {
        const item = child(page, name)
        page.reveal(item)
        mouseClick(item)
        return item
    }
    // The item's rectangle in the page's coordinates.
    function rectIn(page, item) {
        return item.mapToItem(page, 0, 0, item.width, item.height)
    }

    function test_theCardsButtonOpensTheForm() {
        const page = createTemporaryObject(pageComponent, test)
        verify(!page.visible)
        const actions = createTemporaryObject(actionsComponent, test)
        const button = child(actions, "sendMeThisHomeButton")
        compare(button.text, "Send me this home")
        mouseClick(button)
        verify(LeadForm.shown)
        compare(LeadForm.unitId, "A_0304")
        verify(page.visible)
        mouseClick(child(page, "leadCloseButton"))
        verify(!page.visible)
    }

    function test_sendingEmptyShowsAMessageNextToEachField() {
        const page = openPage()
        verify(!child(page, "firstNameError").visible, "no message before the visitor did anything")
        verify(!child(page, "errorSummary").visible)
        const contact = child(page, "contactConsent")
        const newsletter = child(page, "newsletterConsent")
        verify(!contact.checked && !newsletter.checked, "consents start unticked")
        compare(contact.text, LeadForm.contactConsentText)
        compare(newsletter.text, LeadForm.newsletterConsentText)

        press(page, "sendLeadButton")
        verify(!LeadForm.sent)
        compare(child(page, "firstNameError").text, "⚠ Enter your first name.")
        compare(child(page, "lastNameError").text, "⚠ Enter your last name.")
        compare(child(page, "emailError").text, "⚠ Enter your email address.")
        verify(!child(page, "phoneError").visible, "the phone is optional by email")
        compare(contact.error, LeadForm.errorFor("contactConsent"))
        const summary = child(page, "errorSummary")
        verify(summary.visible)
        compare(summary.Accessible.role, Accessible.AlertMessage)
        verify(summary.text.startsWith("4 thing(s) to put right before sending:"), summary.text)
        compare(child(page, "emailInput").Accessible.description, "Enter your email address.")

        typeInto(page, "emailInput", "ada@example")
        keyClick(Qt.Key_Tab)
        compare(child(page, "emailError").text, "⚠ Enter an email address like name@example.com.")
        press(page, "contactByPhone")
        compare(LeadForm.preferredContact, "phone")
        compare(child(page, "phoneError").text, "⚠ Enter a phone number, or choose to be contacted by email.")
    }

    function test_theWholeFormWorksFromTheKeyboard() {
        const page = openPage()
        const first = child(page, "firstNameInput")
        tryVerify(() => first.activeFocus, 1000, "the first field has the focus when the form opens")
        for (const c of "Ada")
            keyClick(c)
        keyClick(Qt.Key_Tab)
        verify(child(page, "lastNameInput").activeFocus)
        for (const c of "Lovelace")
            keyClick(c)
        keyClick(Qt.Key_Tab)
        for (const c of "ada@example.com")
            keyClick(c)
        compare(LeadForm.firstName, "Ada")
        compare(LeadForm.email, "ada@example.com")
        const contact = child(page, "contactConsent")
        contact.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        verify(LeadForm.contactConsent)
        const send = child(page, "sendLeadButton")
        send.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        verify(LeadForm.sent)
        keyClick(Qt.Key_Escape)
        verify(!LeadForm.shown)
    }

    // The form is modal for the keyboard: Tab past its last control and Shift+Tab before its first stay
    // in the form; nothing behind it can be reached while it is open.
    function test_tabAndShiftTabStayInsideTheOpenForm() {
        const behind = createTemporaryObject(behindComponent, test)
        const page = openPage()
        const last = page.lastInChain()
        verify(last, "the form has a last control")
        compare(last.objectName, "cancelLeadButton", "Cancel closes the keyboard order")
        last.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Tab)
        tryVerify(() => page.Window.activeFocusItem === page.firstInChain(), 1000,
                  "Tab past Cancel wraps to the form's first control, not to " + page.Window.activeFocusItem)
        verify(!behind.activeFocus)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        tryVerify(() => page.Window.activeFocusItem === last, 1000,
                  "Shift+Tab before the first control wraps to Cancel, not to " + page.Window.activeFocusItem)
        // Round the whole form both ways: the focus never lands behind it.
        for (let i = 0; i < 25; ++i) {
            keyClick(Qt.Key_Tab)
            tryVerify(() => page.isInside(page.Window.activeFocusItem), 1000, "step " + i)
        }
        for (let i = 0; i < 25; ++i) {
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            tryVerify(() => page.isInside(page.Window.activeFocusItem), 1000, "back step " + i)
        }
        verify(!behind.activeFocus)
        keyClick(Qt.Key_Escape)
        verify(!page.visible)
    }

    // The on-screen keyboard covers the lower 45 % of the window: whichever field has the focus, the
    // form ends above the keyboard and has scrolled the field (with its message) into view.
    function test_theFocusedFieldStaysAboveTheKeyboard() {
        const page = openPage()
        page.keyboardTop = Math.round(page.height * 0.55)
        const sheet = page.sheet
        tryVerify(() => sheet.y + sheet.height <= page.keyboardTop, 1000, "the form ends above the keyboard")
        for (const name of ["messageInput", "phoneInput", "contactConsent", "sendLeadButton", "firstNameInput"]) {
            const item = child(page, name)
            item.forceActiveFocus(Qt.TabFocusReason)
            tryVerify(() => {
                const r = rectIn(page, item)
                return r.y >= sheet.y && r.y + r.height <= page.keyboardTop
            }, 5000, name + " is above the keyboard (" + JSON.stringify(rectIn(page, item)) + ", focus on "
               + page.Window.activeFocusItem + ", contentY " + page.flickable.contentY + ")")
        }
        child(page, "messageInput").forceActiveFocus()
        tryVerify(() => page.flickable.contentY > 0, 1000, "the form scrolled to reach the message field")
        page.keyboardTop = page.height // the keyboard goes: the form is whole again
        tryVerify(() => sheet.y + sheet.height > page.height * 0.55)
    }

    function test_theThankYouSaysWhatHappensNext() {
        const page = openPage()
        LeadForm.firstName = "Ada"
        LeadForm.lastName = "Lovelace"
        LeadForm.email = "ada@example.com"
        LeadForm.preferredContact = "phone"
        LeadForm.phone = "+44 20 7946 0000"
        press(page, "contactConsent")
        verify(LeadForm.contactConsent)
        press(page, "sendLeadButton")
        verify(LeadForm.sent)
        const title = child(page, "thankYouTitle")
        verify(title.visible)
        compare(title.text, "Thank you, Ada!")
        verify(findChild(page, "sendLeadButton") === null || !child(page, "sendLeadButton").visible)
        press(page, "leadDoneButton")
        verify(!page.visible)
        compare(LeadForm.firstName, "", "a sent form starts empty next time")
    }

    function test_endOfTheVisitorsSessionWipesTheForm() {
        const page = openPage()
        LeadForm.firstName = "Ada"
        LeadForm.email = "ada@example.com"
        press(page, "newsletterConsent")
        verify(LeadForm.newsletterConsent)
        Telemetry.endSession("idle_timeout")
        verify(!page.visible)
        compare(LeadForm.firstName, "")
        compare(LeadForm.email, "")
        verify(!LeadForm.newsletterConsent)
        Telemetry.startSession()
        LeadForm.open("A_0304")
        compare(child(page, "firstNameInput").text, "")
        verify(!child(page, "newsletterConsent").checked)
    }
}
