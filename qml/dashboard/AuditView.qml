// The staff audit log, newest first: when, which device, who, what, about whom (a pseudonym or a file),
// and any detail. Rows are written by staff tools and the dashboard; nothing here changes them.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Rectangle {
    id: view

    readonly property var shares: [0.18, 0.14, 0.1, 0.2, 0.24, 0.14]

    objectName: "auditView"
    radius: Theme.radius
    color: "white"
    border.color: Theme.paperEdge

    Repeater {
        model: [qsTr("When"), qsTr("Device"), qsTr("Who"), qsTr("What"), qsTr("About"), qsTr("Detail")]
        delegate: ThemedText {
            required property string modelData
            required property int index
            x: Theme.px(22) + view.shares.slice(0, index).reduce((a, b) => a + b, 0) * (view.width - Theme.px(44))
            y: Theme.px(14)
            text: modelData
            font.pixelSize: Theme.labelSize
            font.bold: true
            color: Theme.inkSoft
        }
    }
    ListView {
        id: list
        objectName: "auditList"
        x: Theme.px(22)
        y: Theme.px(56)
        width: view.width - 2 * x
        height: view.height - y - Theme.px(12)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: Dashboard.audit
        delegate: Item {
            id: row
            required property int index
            required property string timeText
            required property string device
            required property string actor
            required property string actionText
            required property string subject
            required property string detail
            width: list.width
            height: Theme.px(40)
            Rectangle {
                anchors.fill: parent
                color: row.index % 2 ? Theme.paper : "white"
            }
            Repeater {
                model: [row.timeText, row.device, row.actor, row.actionText, row.subject, row.detail]
                delegate: ThemedText {
                    required property string modelData
                    required property int index
                    x: view.shares.slice(0, index).reduce((a, b) => a + b, 0) * list.width
                    width: view.shares[index] * list.width - Theme.px(8)
                    anchors.verticalCenter: parent.verticalCenter
                    text: modelData
                    font.pixelSize: Theme.labelSize
                }
            }
        }
    }
    ThemedText {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No staff actions recorded yet")
        color: Theme.inkSoft
    }
}
