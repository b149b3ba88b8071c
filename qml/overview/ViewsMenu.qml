// The development's camera presets ("views"): a button that opens a list of them above it.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: menu

    property bool open: false

    objectName: "viewsMenu"
    implicitWidth: button.implicitWidth
    implicitHeight: button.implicitHeight
    visible: CurrentDevelopment.cameraPresets.count > 0

    ShowroomButton {
        id: button
        objectName: "viewsButton"
        text: qsTr("Views")
        glyph: menu.open ? "▾" : "▴"
        onClicked: menu.open = !menu.open
    }

    Panel {
        objectName: "viewsList"
        visible: menu.open
        anchors.bottom: button.top
        anchors.bottomMargin: Theme.px(8)
        anchors.horizontalCenter: button.horizontalCenter
        width: Math.max(list.implicitWidth, button.width) + 2 * Theme.px(10)
        height: list.implicitHeight + 2 * Theme.px(10)
        Column {
            id: list
            anchors.centerIn: parent
            spacing: Theme.px(6)
            Repeater {
                model: CurrentDevelopment.cameraPresets
                delegate: ChoiceChip {
                    required property string presetId
                    required property string name
                    objectName: "preset_" + presetId
                    width: Math.max(implicitWidth, list.width)
                    text: name
                    checked: Navigation.presetId === presetId
                    onClicked: {
                        Navigation.showPreset(presetId, "views_menu")
                        menu.open = false
                    }
                }
            }
        }
    }
}
