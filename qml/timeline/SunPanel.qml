// The sun study: the time of day on a slider and the day (today, midsummer, midwinter, a week either way,
// or any day on the date picker), with the sun's rise and set and a north arrow; the stage's sun, shadows
// and sky follow at once (Daylight, Sky).
import QtQuick
import Showroom.Components
import Showroom.Shell
import Showroom.Site

Panel {
    id: panel

    required property SiteStage stage

    // North on screen: the site's centre and a point 20 m to the model's north, projected.
    readonly property real northOnScreen: {
        SiteCamera.position // (re-evaluated as the camera moves)
        SiteCamera.rotation
        const a = Sun.northAngle * Math.PI / 180
        const c = Site.buildingsMin.plus(Site.buildingsMax).times(0.5)
        const p = panel.stage.scenePointOnScreen(c)
        const q = panel.stage.scenePointOnScreen(c.plus(Qt.vector3d(-20 * Math.sin(-a), 0, -20 * Math.cos(-a))))
        return Math.atan2(q.x - p.x, p.y - q.y) * 180 / Math.PI
    }

    implicitWidth: Theme.px(640)
    implicitHeight: column.implicitHeight + 2 * Theme.px(20)

    Column {
        id: column
        x: Theme.px(24)
        y: Theme.px(20)
        width: parent.width - 2 * x
        spacing: Theme.px(8)
        Row {
            spacing: Theme.px(14)
            ThemedText {
                text: qsTr("SUN")
                color: Theme.accent
                font.pixelSize: Theme.labelSize
                font.bold: true
                font.letterSpacing: Theme.px(1.5)
                anchors.verticalCenter: parent.verticalCenter
            }
            ThemedText {
                objectName: "sunTime"
                text: Sun.timeText
                font.pixelSize: Theme.headingSize
            }
            ThemedText {
                text: Sun.dateText
                color: Theme.inkSoft
                font.pixelSize: Theme.labelSize
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        // The time of day: drag along the track (quarter hours).
        Item {
            objectName: "sunTimeSlider"
            width: parent.width
            height: Theme.touchTarget * 0.8
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: Theme.px(8)
                radius: height / 2
                gradient: Gradient {
                    orientation: Gradient.Horizontal
                    GradientStop { position: 0.0; color: "#1c2540" }
                    GradientStop { position: 0.3; color: "#f0b060" }
                    GradientStop { position: 0.5; color: "#9fc4e6" }
                    GradientStop { position: 0.7; color: "#f0b060" }
                    GradientStop { position: 1.0; color: "#1c2540" }
                }
            }
            Rectangle {
                x: Sun.minutes / 1440 * parent.width - width / 2
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(28)
                height: width
                radius: width / 2
                color: Theme.accent
                border.color: "white"
                border.width: Theme.px(3)
            }
            MouseArea {
                anchors.fill: parent
                preventStealing: true
                function choose(x: real) {
                    Sun.minutes = Math.round(Math.max(0, Math.min(1439, x / width * 1440)) / 15) * 15
                }
                onPressed: (mouse) => choose(mouse.x)
                onPositionChanged: (mouse) => choose(mouse.x)
            }
        }
        Row {
            spacing: Theme.px(8)
            // Any day: a week at a time either way, or the shortcuts.
            ShowroomButton {
                objectName: "sunWeekEarlier"
                text: "‹"
                Accessible.name: qsTr("A week earlier")
                onClicked: Sun.dayOffset = Sun.dayOffset - 7
            }
            ChoiceChip {
                objectName: "sunToday"
                text: qsTr("Today")
                checked: Sun.dayOffset === 0
                onClicked: Sun.dayOffset = 0
            }
            ChoiceChip {
                objectName: "sunSummer"
                text: qsTr("Summer")
                onClicked: Sun.showSummer()
            }
            ChoiceChip {
                objectName: "sunWinter"
                text: qsTr("Winter")
                onClicked: Sun.showWinter()
            }
            ShowroomButton {
                objectName: "sunWeekLater"
                text: "›"
                Accessible.name: qsTr("A week later")
                onClicked: Sun.dayOffset = Sun.dayOffset + 7
            }
        }
        // Any day: day, month and year.
        DatePicker {
            objectName: "sunDatePicker"
        }
        Row {
            spacing: Theme.px(16)
            ThemedText {
                objectName: "sunRiseSet"
                text: Sun.sunriseText !== "" ? qsTr("Sunrise %1 · Sunset %2").arg(Sun.sunriseText).arg(Sun.sunsetText)
                                             : (Sun.elevation > 0 ? qsTr("The sun does not set") : qsTr("The sun does not rise"))
                color: Theme.inkSoft
                font.pixelSize: Theme.labelSize
                anchors.verticalCenter: parent.verticalCenter
            }
            // North, as it lies on the screen now.
            Item {
                objectName: "northArrow"
                width: Theme.px(40)
                height: width
                rotation: panel.northOnScreen
                ThemedText {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: "▲"
                    color: Theme.ink
                    font.pixelSize: Theme.px(18)
                }
                ThemedText {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    text: "N"
                    font.pixelSize: Theme.px(14)
                    font.bold: true
                }
            }
        }
    }
}
