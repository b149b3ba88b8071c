// Any day for the sun study: day, month and year side by side, each stepped with its ‹ › buttons (held
// down they repeat) or, once focused with Tab, with the Up and Down keys (Page Up / Page Down: a week,
// three months, ten years). Which days exist and which years are offered is SunStudy's (C++, tested there).
import QtQuick
import Showroom.Components
import Showroom.Shell

Row {
    id: picker

    spacing: Theme.px(12)


    // One part of the date: its value between two step buttons; the field itself takes the keys.
    component Field: FocusScope {
        id: field

        required property string label     // "Day", "Month", "Year" (already translated)
        required property string valueText
        property real valueWidth: Theme.px(44)
        property int bigStep: 10           // Page Up / Page Down
        // Round step buttons, three quarters of a touch target (48 px on a 1080-line kiosk, the usual
        // minimum for a finger): three fields of two fit the sun panel's width.
        readonly property int buttonSize: Math.round(Theme.touchTarget * 0.75)
        signal step(int steps)

        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        activeFocusOnTab: true
        Accessible.role: Accessible.SpinBox
        Accessible.name: label
        Accessible.description: valueText
        Keys.onUpPressed: field.step(1)
        Keys.onDownPressed: field.step(-1)
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
                field.step(event.key === Qt.Key_PageUp ? field.bigStep : -field.bigStep)
                event.accepted = true
            }
        }

        // Where the keyboard is.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.px(3)
            radius: Theme.px(10)
            color: "transparent"
            border.color: Theme.accent
            border.width: Theme.px(2)
            visible: field.activeFocus
        }
        Row {
            id: row
            ShowroomButton {
                objectName: field.objectName + "Earlier"
                width: field.buttonSize
                height: field.buttonSize
                leftPadding: 0
                rightPadding: 0
                text: "‹"
                autoRepeat: true
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("%1 earlier").arg(field.label)
                onClicked: {
                    field.forceActiveFocus()
                    field.step(-1)
                }
            }
            ThemedText {
                objectName: field.objectName + "Value"
                width: field.valueWidth
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                text: field.valueText
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            ShowroomButton {
                objectName: field.objectName + "Later"
                width: field.buttonSize
                height: field.buttonSize
                leftPadding: 0
                rightPadding: 0
                text: "›"
                autoRepeat: true
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("%1 later").arg(field.label)
                onClicked: {
                    field.forceActiveFocus()
                    field.step(1)
                }
            }
        }
    }

    Field {
        objectName: "sunDay"
        label: qsTr("Day")
        valueText: Sun.day
        bigStep: 7
        onStep: (steps) => Sun.stepDays(steps)
    }
    Field {
        objectName: "sunMonth"
        label: qsTr("Month")
        valueText: Sun.monthName
        valueWidth: Theme.px(140)
        bigStep: 3
        onStep: (steps) => Sun.stepMonths(steps)
    }
    Field {
        objectName: "sunYear"
        label: qsTr("Year")
        valueText: Sun.year
        valueWidth: Theme.px(72)
        onStep: (steps) => Sun.stepYears(steps)
    }
}
