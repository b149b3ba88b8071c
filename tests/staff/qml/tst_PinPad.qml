import QtQuick
import QtTest
import Showroom.Shell
import Showroom.Staff

// The PIN pad as staff use it, against the real Staff (tst_pinpad.cpp: PIN 2468): taps fill masked dots,
// Delete takes one back, OK sends; the right PIN emits accepted() and opens staff mode; the keyboard's
// digits, Backspace and Enter do the same; a wrong PIN says how many tries are left; five lock the pad,
// which then shows the time remaining and takes no digits. Every key has a name for screen readers.
TestCase {
    id: test
    name: "PinPad"
    width: 600
    height: 800
    visible: true
    when: windowShown

    Component {
        id: padComponent
        PinPad {
            width: 440
            height: 640
        }
    }
    SignalSpy {
        id: acceptedSpy
        signalName: "accepted"
    }

    function makePad() {
        tryCompare(Staff, "ready", true, 10000)
        const pad = createTemporaryObject(padComponent, test)
        pad.forceActiveFocus()
        acceptedSpy.clear()
        acceptedSpy.target = pad
        return pad
    }
    function key(pad, name) {
        const k = findChild(pad, "key_" + name)
        verify(k, "no key " + name)
        return k
    }
    function tap(pad, digits) {
        for (const d of digits)
            mouseClick(key(pad, d))
    }
    function filledDots(pad) {
        return findChild(pad, "pinDots").filled
    }
    function status(pad) {
        return findChild(pad, "pinStatus").text
    }

    function cleanup() {
        Staff.lock()
    }

    function test_a_rightPinByTouch() {
        const pad = makePad()
        verify(Staff.pinSet)
        compare(status(pad), "Enter the staff PIN.")
        verify(!key(pad, "enter").enabled, "OK waits for four digits")
        tap(pad, "2469")
        compare(filledDots(pad), 4)
        compare(findChild(pad, "pinDots").Accessible.name, "4 digits entered")
        mouseClick(key(pad, "erase"))
        compare(filledDots(pad), 3)
        tap(pad, "8")
        mouseClick(key(pad, "enter"))
        compare(filledDots(pad), 0) // sent: the digits are gone from the pad
        acceptedSpy.wait(10000)
        compare(acceptedSpy.count, 1)
        verify(Staff.unlocked)
    }

    function test_b_keyboardDigitsAndEnter() {
        const pad = makePad()
        verify(!Staff.unlocked)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_6)
        keyClick(Qt.Key_9)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_8)
        compare(filledDots(pad), 4)
        keyClick(Qt.Key_Return)
        acceptedSpy.wait(10000)
        verify(Staff.unlocked)
    }

    function test_c_keysHaveNames() {
        const pad = makePad()
        compare(key(pad, "7").Accessible.name, "7")
        compare(key(pad, "erase").Accessible.name, "Delete the last digit")
        compare(key(pad, "enter").Accessible.name, "Enter the PIN")
        compare(pad.Accessible.name, "Staff PIN")
        verify(key(pad, "5").height >= 44, "finger-sized keys")
    }

    function test_d_wrongPinsThenTheLock() {
        const pad = makePad()
        tap(pad, "1111")
        mouseClick(key(pad, "enter"))
        tryCompare(Staff, "checking", false, 10000)
        tryVerify(() => status(pad).indexOf("Wrong PIN. 4 attempts left.") >= 0, 10000, status(pad))
        compare(acceptedSpy.count, 0)
        verify(!Staff.unlocked)
        tap(pad, "2")
        compare(status(pad), "4 attempts left before a pause.") // typing clears the message
        for (let i = 0; i < 4; ++i) {
            tap(pad, i === 0 ? "222" : "1111")
            mouseClick(key(pad, "enter"))
            tryCompare(Staff, "checking", false, 10000)
        }
        tryCompare(Staff, "locked", true, 10000)
        verify(Staff.lockedSeconds > 25 && Staff.lockedSeconds <= 30, "locked for 30 s")
        verify(status(pad).startsWith("Too many wrong PINs. Try again in "), status(pad))
        verify(status(pad).endsWith("seconds."), status(pad))
        verify(!key(pad, "2").enabled)
        keyClick(Qt.Key_2)
        compare(filledDots(pad), 0)
        compare(Staff.attemptsLeft, 0)
    }
}
