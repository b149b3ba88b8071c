// The on-screen keyboard of a kiosk, in the app's own window (Main.qml's overlay layer, above
// everything). Only when the input method is Qt Virtual Keyboard (QT_IM_MODULE=qtvirtualkeyboard:
// main.cpp sets it for --kiosk) is its panel loaded (KeyboardPanel.qml). keyboardTop: where the
// keyboard's top edge is, the height while there is none: the lead form ends above it.
import QtQuick
import Showroom.Shell

Item {
    id: area

    readonly property var panel: loader.item // var: qmllint 6.4 sees a Loader's item as a bare QObject
    readonly property real keyboardTop: panel ? panel.keyboardTop : height

    Loader {
        id: loader
        anchors.fill: parent
        active: LeadForm.onScreenKeyboard
        source: Qt.resolvedUrl("KeyboardPanel.qml")
    }
}
