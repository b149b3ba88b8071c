// What the stacking plan's colours mean: the three sales statuses, a faded cell (outside the visitor's
// search, shown only while a search narrows the plan) and the ring of the selected home.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Row {
    id: legend

    property bool searchShown: true

    objectName: "stackingPlanLegend"
    spacing: Theme.px(22)

    Repeater {
        model: [{ key: "available", label: qsTr("Available") }, { key: "reserved", label: qsTr("Reserved") },
                { key: "sold", label: qsTr("Sold") }]
        delegate: Row {
            id: entry
            required property var modelData
            spacing: Theme.px(8)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(26)
                height: Theme.px(20)
                radius: Theme.px(4)
                color: Theme.statusColor(entry.modelData.key)
            }
            ThemedText {
                anchors.verticalCenter: parent.verticalCenter
                text: entry.modelData.label
                font.pixelSize: Theme.labelSize
            }
        }
    }
    Row {
        visible: legend.searchShown
        spacing: Theme.px(8)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(26)
            height: Theme.px(20)
            radius: Theme.px(4)
            // faded cells keep a tint and an edge of their own status; the legend shows a neutral one
            color: Theme.paper
            border.color: Theme.inkSoft
            border.width: Theme.px(2)
        }
        ThemedText {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Not in your search")
            font.pixelSize: Theme.labelSize
        }
    }
    Row {
        spacing: Theme.px(8)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(26)
            height: Theme.px(20)
            radius: Theme.px(6)
            color: "transparent"
            border.color: Theme.ink
            border.width: Theme.px(3)
        }
        ThemedText {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Selected")
            font.pixelSize: Theme.labelSize
        }
    }
}
