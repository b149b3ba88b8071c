// The stages on a date axis: one band per stage from its start to its end (actual dates where known),
// filled as far as it has come on the chosen date, "late" where it is; a "Today" marker and the expected
// completion; drag or tap anywhere on the axis to choose the date (the site follows at once).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Panel {
    id: bar

    readonly property real labelWidth: Theme.px(230)
    readonly property real rowHeight: Theme.px(34)
    readonly property real axisLeft: labelWidth + Theme.px(24)
    readonly property real axisWidth: width - axisLeft - Theme.px(28)

    function xAt(position: real): real {
        return axisLeft + position * axisWidth
    }
    function choose(x: real) {
        Timeline.datePosition = (x - axisLeft) / axisWidth
    }

    implicitHeight: Theme.px(70) + Timeline.stages.length * rowHeight + Theme.px(40)

    // The years along the top.
    Repeater {
        model: Timeline.yearMarks
        delegate: ThemedText {
            required property var modelData
            x: bar.xAt(modelData.position) + Theme.px(4)
            y: Theme.px(12)
            text: modelData.year
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
    }

    Repeater {
        model: Timeline.stages
        delegate: Item {
            id: row
            required property var modelData
            required property int index
            x: 0
            y: Theme.px(50) + index * bar.rowHeight
            width: bar.width
            height: bar.rowHeight
            ThemedText {
                x: Theme.px(20)
                width: bar.labelWidth
                anchors.verticalCenter: parent.verticalCenter
                elide: Text.ElideRight
                text: row.modelData.name + (row.modelData.late ? qsTr(" · late") : "")
                color: row.modelData.late ? Theme.error : Theme.ink
                font.pixelSize: Theme.labelSize
            }
            Rectangle { // the stage's window
                objectName: "stageBand_" + row.modelData.stageId
                x: bar.xAt(row.modelData.startPosition)
                width: Math.max(Theme.px(4), bar.xAt(row.modelData.endPosition) - x)
                anchors.verticalCenter: parent.verticalCenter
                height: bar.rowHeight * 0.55
                radius: height / 2
                color: Theme.paperEdge
                Rectangle { // how far it has come on the chosen date
                    width: parent.width * row.modelData.progress
                    height: parent.height
                    radius: parent.radius
                    color: row.modelData.state === "done" ? Theme.available : Theme.accent
                }
            }
        }
    }

    // Today and the expected completion.
    Rectangle {
        objectName: "todayMarker"
        x: bar.xAt(Timeline.todayPosition)
        y: Theme.px(40)
        width: Theme.px(2)
        height: bar.height - y - Theme.px(20)
        color: Theme.ink
        ThemedText {
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.top: parent.bottom
            text: qsTr("Today")
            font.pixelSize: Theme.px(14)
        }
    }
    ThemedText {
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(24)
        y: Theme.px(12)
        text: qsTr("Completion %1").arg(Timeline.completionText)
        color: Theme.inkSoft
        font.pixelSize: Theme.labelSize
    }

    // The chosen date: a handle on a line across the bands; drag it or tap the axis.
    Rectangle {
        id: handle
        objectName: "dateHandle"
        x: bar.xAt(Timeline.datePosition) - width / 2
        y: Theme.px(36)
        width: Theme.px(6)
        height: bar.height - y - Theme.px(16)
        radius: width / 2
        color: Theme.accent
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            y: -height / 2
            width: Theme.px(26)
            height: width
            radius: width / 2
            color: Theme.accent
            border.color: "white"
            border.width: Theme.px(3)
        }
    }
    MouseArea {
        anchors.fill: parent
        anchors.leftMargin: bar.axisLeft - Theme.px(12)
        preventStealing: true
        onPressed: (mouse) => bar.choose(mouse.x + anchors.leftMargin)
        onPositionChanged: (mouse) => bar.choose(mouse.x + anchors.leftMargin)
    }
}
