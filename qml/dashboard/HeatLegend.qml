// What the heat colours and the corner marks mean.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Row {
    id: legend

    property bool statusShown: true
    property real stripWidth: Theme.px(180)

    spacing: Theme.px(10)
    ThemedText {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Less interest")
        font.pixelSize: Theme.labelSize
        color: Theme.inkSoft
    }
    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: legend.stripWidth
        height: Theme.px(16)
        radius: Theme.px(4)
        // ChartPainter's heatColour stops.
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: "#f3e9d2" }
            GradientStop { position: 0.25; color: "#f6c46a" }
            GradientStop { position: 0.5; color: "#e88a2e" }
            GradientStop { position: 0.75; color: "#c44d24" }
            GradientStop { position: 1.0; color: "#7f1d1d" }
        }
    }
    ThemedText {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("More interest")
        font.pixelSize: Theme.labelSize
        color: Theme.inkSoft
        rightPadding: Theme.gap
    }
    Repeater {
        model: legend.statusShown ? [{ key: "available", label: qsTr("Available") },
                                     { key: "reserved", label: qsTr("Reserved") },
                                     { key: "sold", label: qsTr("Sold") }] : []
        delegate: Row {
            id: entry
            required property var modelData
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(6)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(12)
                height: width
                radius: width / 2
                color: Theme.statusColor(entry.modelData.key)
            }
            ThemedText {
                anchors.verticalCenter: parent.verticalCenter
                text: entry.modelData.label
                font.pixelSize: Theme.labelSize
            }
        }
    }
}
