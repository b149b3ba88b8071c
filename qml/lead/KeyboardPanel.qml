// Qt Virtual Keyboard's panel inside the app's own window, English and German layouts, following the
// visitor's language. OnScreenKeyboard loads it only when the input method is the virtual keyboard
// (its import needs the input context). keyboardTop: where its top edge is (the height while hidden).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Showroom.Components
import Showroom.Shell

Item {
    id: area

    readonly property real keyboardTop: panel.active ? panel.y : height
    readonly property alias panel: panel

    function applyLanguage() {
        VirtualKeyboardSettings.locale = LeadForm.language === "de" ? "de_DE" : "en_GB"
    }

    InputPanel {
        id: panel
        objectName: "onScreenKeyboard"
        // Full width up to a comfortable reach on a large screen, centred, at the bottom while active.
        width: Math.min(area.width, Theme.px(1500))
        x: (area.width - width) / 2
        y: active ? area.height - height : area.height
        visible: active
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["en_GB", "de_DE"]
        applyLanguage()
    }
    Connections {
        target: LeadForm
        function onTextsChanged() { area.applyLanguage() }
    }
}
