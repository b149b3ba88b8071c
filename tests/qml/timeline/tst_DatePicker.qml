import QtQuick
import QtTest
import Showroom.Components
import Showroom.Shell
import Showroom.Timeline

// The sun study's date picker: any day by touch (the ‹ › of day, month and year) or by keyboard (Tab to a
// field, Up/Down, Page Up/Down); the sun's day follows, and a day that does not exist is never shown.
TestCase {
    id: test
    name: "DatePicker"
    width: 900
    height: 300
    visible: true
    when: windowShown

    Component {
        id: pickerComponent
        DatePicker {}
    }

    function init() {
        Theme.scale = 1.0
        verify(Sun.setDay(2027, 1, 31))
    }

    function valueOf(picker, field) {
        return findChild(picker, field + "Value").text
    }

    function test_showsTheSunsDay() {
        const picker = createTemporaryObject(pickerComponent, test)
        compare(valueOf(picker, "sunDay"), "31")
        compare(valueOf(picker, "sunMonth"), "January")
        compare(valueOf(picker, "sunYear"), "2027")
    }

    function test_touchStepsEachPart() {
        const picker = createTemporaryObject(pickerComponent, test)
        mouseClick(findChild(picker, "sunMonthLater"))
        // No 31 February: its last day, and the day field says so.
        compare(Sun.dateText, "28 February 2027")
        compare(valueOf(picker, "sunDay"), "28")
        mouseClick(findChild(picker, "sunDayLater"))
        compare(Sun.dateText, "1 March 2027")
        mouseClick(findChild(picker, "sunYearEarlier"))
        compare(Sun.dateText, "1 March 2026")
        mouseClick(findChild(picker, "sunDayEarlier"))
        compare(Sun.dateText, "28 February 2026")
        compare(valueOf(picker, "sunMonth"), "February")
    }

    function test_keyboardStepsTheFocusedPart() {
        const picker = createTemporaryObject(pickerComponent, test)
        const day = findChild(picker, "sunDay")
        day.forceActiveFocus()
        verify(day.activeFocus)
        keyClick(Qt.Key_Up)
        compare(Sun.dateText, "1 February 2027")
        keyClick(Qt.Key_PageDown) // a week back
        compare(Sun.dateText, "25 January 2027")
        keyClick(Qt.Key_Tab)
        verify(findChild(picker, "sunMonth").activeFocus, "Tab moves on to the month")
        keyClick(Qt.Key_Down)
        compare(Sun.dateText, "25 December 2026")
        keyClick(Qt.Key_Tab)
        verify(findChild(picker, "sunYear").activeFocus, "then to the year")
        keyClick(Qt.Key_PageUp) // ten years on
        compare(Sun.dateText, "25 December 2036")
    }

    function test_fingerSizedAndNamed() {
        const picker = createTemporaryObject(pickerComponent, test)
        for (const field of ["sunDay", "sunMonth", "sunYear"]) {
            for (const button of ["Earlier", "Later"]) {
                const b = findChild(picker, field + button)
                verify(b.height >= Theme.touchTarget * 0.7 && b.width >= Theme.touchTarget * 0.7,
                       field + button + " is finger-sized")
                compare(b.width, b.height) // round, not a squeezed pill
            }
        }
        compare(findChild(picker, "sunMonth").Accessible.name, "Month")
        compare(findChild(picker, "sunYearLater").Accessible.name, "Year later")
    }
}
