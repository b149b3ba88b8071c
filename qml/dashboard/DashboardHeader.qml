// The dashboard's header: title, the screens as tabs, the period and device chips, "As of …",
// Refresh, the PDF report and the close button.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels
import Showroom.Shell

Column {
    id: header

    signal closeRequested()

    spacing: Theme.gap

    Item {
        width: header.width
        height: Math.max(titles.implicitHeight, tabs.implicitHeight)
        Column {
            id: titles
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(2)
            ThemedText {
                text: qsTr("Sales dashboard").toUpperCase()
                font.pixelSize: Theme.labelSize
                font.letterSpacing: Theme.px(2)
                color: Theme.accent
            }
            ThemedText {
                objectName: "dashboardTitle"
                text: CurrentDevelopment.name
                font.pixelSize: Theme.headingSize
            }
            ThemedText {
                objectName: "rangeText"
                text: Dashboard.rangeText
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
            }
        }
        Row {
            id: tabs
            objectName: "dashboardTabs"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(8)
            Repeater {
                model: [{ key: "overview", label: qsTr("Overview") }, { key: "units", label: qsTr("Homes") },
                        { key: "heatmaps", label: qsTr("Heatmaps") }, { key: "visitors", label: qsTr("Visitors") },
                        { key: "audit", label: qsTr("Audit log") }]
                delegate: ChoiceChip {
                    required property var modelData
                    objectName: "tab_" + modelData.key
                    text: modelData.label
                    checked: Dashboard.page === modelData.key
                             || (modelData.key === "visitors" && Dashboard.page === "visitor")
                    onClicked: Dashboard.page = modelData.key
                }
            }
        }
        // When the figures were read: top right, above Refresh.
        ThemedText {
            objectName: "asOf"
            anchors.right: close.left
            anchors.rightMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            text: Dashboard.busy ? qsTr("Reading…") : Dashboard.asOfText
            font.pixelSize: Theme.bodySize
            color: Theme.inkSoft
        }
        CloseButton {
            id: close
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            Accessible.name: qsTr("Close the dashboard")
            onClicked: header.closeRequested()
        }
    }

    Item {
        width: header.width
        height: Math.max(ranges.implicitHeight, actions.implicitHeight)
        Row {
            id: ranges
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(8)
            Row {
                id: periods
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.px(8)
                Repeater {
                    model: [{ days: 7, label: qsTr("7 days") }, { days: 30, label: qsTr("30 days") },
                            { days: 90, label: qsTr("90 days") }, { days: 365, label: qsTr("1 year") }]
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "range_" + modelData.days
                        text: modelData.label
                        checked: Dashboard.rangeDays === modelData.days
                        onClicked: Dashboard.rangeDays = modelData.days
                    }
                }
            }
            Item { // (the period's dates are under the development's name)
                width: Theme.gap
                height: 1
            }
            DeviceChooser {
                anchors.verticalCenter: parent.verticalCenter
                maxWidth: header.width - actions.width - Theme.gap - periods.width - Theme.gap - 2 * ranges.spacing
            }
        }
        Row {
            id: actions
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(10)
            ShowroomButton {
                objectName: "refreshButton"
                text: qsTr("Refresh")
                enabled: !Dashboard.busy
                onClicked: Dashboard.refresh()
            }
            ShowroomButton {
                objectName: "reportButton"
                text: Dashboard.reportBusy ? qsTr("Writing PDF…") : qsTr("PDF report")
                primary: true
                enabled: !Dashboard.reportBusy
                onClicked: Dashboard.makeReport("")
            }
        }
    }
    ThemedText {
        objectName: "reportMessage"
        width: header.width
        visible: text !== ""
        horizontalAlignment: Text.AlignRight
        font.pixelSize: Theme.labelSize
        color: Theme.inkSoft
        text: Dashboard.lastReport !== "" ? qsTr("Report saved: %1").arg(Dashboard.lastReport) : ""
    }
}
