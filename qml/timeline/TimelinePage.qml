// The construction timeline and sun study (Navigation mode Timeline): the site as of the date chosen on the bar below,
// finished stages as built, the stage under way rising storey by storey, later ones not yet there. The
// header says the date and what stands; "See it today" and "Finished" jump there.
import QtQuick
import Showroom.Components
import Showroom.Shell
import Showroom.Site

Item {
    id: page

    required property SiteStage stage

    objectName: "timelinePage"

    // The header and sun panel above and the date bar below cover the stage's top and bottom: the camera
    // fits the site into the band between them (for a small building it would otherwise stand behind
    // them).
    readonly property real coveredHeight: height > 0
        ? (Math.max(header.y + header.height, sunPanel.y + sunPanel.height) + height - bar.y) / height : 0
    Binding {
        target: SiteCamera
        property: "coveredHeight"
        value: page.coveredHeight
    }

    Panel {
        id: header
        objectName: "timelineHeader"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        implicitWidth: Math.max(title.implicitWidth, sub.implicitWidth, chips.implicitWidth) + 2 * Theme.margin
        implicitHeight: column.implicitHeight + 2 * Theme.px(20)
        Column {
            id: column
            x: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(6)
            ThemedText {
                text: qsTr("CONSTRUCTION")
                color: Theme.accent
                font.pixelSize: Theme.labelSize
                font.bold: true
                font.letterSpacing: Theme.px(1.5)
            }
            ThemedText {
                id: title
                objectName: "timelineDate"
                text: Timeline.finished ? qsTr("Finished · %1").arg(Timeline.dateText)
                                        : qsTr("As of %1").arg(Timeline.dateText)
                font.pixelSize: Theme.titleSize
            }
            ThemedText {
                id: sub
                objectName: "timelineSummary"
                text: Timeline.showingToday ? qsTr("Today on site · completion expected %1").arg(Timeline.completionText)
                                            : qsTr("Completion expected %1").arg(Timeline.completionText)
                color: Theme.inkSoft
                font.pixelSize: Theme.labelSize
            }
            Row {
                id: chips
                spacing: Theme.px(10)
                ChoiceChip {
                    objectName: "seeItToday"
                    text: qsTr("See it today")
                    checked: Timeline.showingToday
                    onClicked: Timeline.showToday()
                }
                ChoiceChip {
                    objectName: "seeItFinished"
                    text: qsTr("Finished")
                    checked: Timeline.finished
                    onClicked: Timeline.showFinished()
                }
            }
        }
    }

    CloseButton {
        objectName: "timelineClose"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        Accessible.name: qsTr("Close the timeline")
        onClicked: Navigation.back()
    }

    SunPanel {
        id: sunPanel
        objectName: "sunPanel"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        anchors.rightMargin: Theme.margin + Theme.touchTarget + Theme.gap
        stage: page.stage
    }

    TimelineBar {
        id: bar
        objectName: "timelineBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
    }
}
