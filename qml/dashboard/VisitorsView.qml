// Visitors: who came, sorted by lead score or by last visit (chips), with their visits, engaged time,
// the home they cared about most and whether they left their details. Tap a visitor to open their
// page (recorded in the staff audit log).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Item {
    id: view

    readonly property var shares: [0.16, 0.12, 0.24, 0.1, 0.14, 0.12, 0.12]
    function columnX(i: int): real {
        let x = 0
        for (let c = 0; c < i; ++c)
            x += shares[c] * sheet.width
        return x
    }

    objectName: "visitorsView"

    Row {
        id: sorts
        spacing: Theme.px(8)
        ThemedText {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Sort by")
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
            rightPadding: Theme.px(6)
        }
        ChoiceChip {
            objectName: "sortScore"
            text: qsTr("Lead score")
            checked: Dashboard.visitorSort === "score"
            onClicked: Dashboard.visitorSort = "score"
        }
        ChoiceChip {
            objectName: "sortLast"
            text: qsTr("Last visit")
            checked: Dashboard.visitorSort === "last"
            onClicked: Dashboard.visitorSort = "last"
        }
        ThemedText {
            anchors.verticalCenter: parent.verticalCenter
            leftPadding: Theme.gap
            text: qsTr("%1 visitors in this period").arg(Number(Dashboard.visitorTotal).toLocaleString(Qt.locale(), "f", 0))
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
        }
    }

    Rectangle {
        id: sheet
        anchors.top: sorts.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        width: view.width
        radius: Theme.radius
        color: "white"
        border.color: Theme.paperEdge

        Repeater {
            model: [qsTr("Visitor"), qsTr("Lead score"), qsTr("Last visit"), qsTr("Visits"), qsTr("Engaged"),
                    qsTr("Top home"), qsTr("Details left")]
            delegate: ThemedText {
                required property string modelData
                required property int index
                x: Theme.px(18) + view.columnX(index)
                y: Theme.px(14)
                text: modelData
                font.pixelSize: Theme.labelSize
                font.bold: (index === 1 && Dashboard.visitorSort === "score") || (index === 2 && Dashboard.visitorSort === "last")
                color: Theme.inkSoft
            }
        }
        ListView {
            id: list
            objectName: "visitorList"
            x: Theme.px(10)
            y: Theme.px(56)
            width: sheet.width - 2 * x
            height: sheet.height - y - Theme.px(10)
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Dashboard.visitors
            delegate: VisitorRow {
                width: list.width
                shares: view.shares
                onClicked: Dashboard.openVisitor(visitor, "visitor_list")
            }
        }
        ThemedText {
            anchors.centerIn: parent
            visible: list.count === 0 && !Dashboard.busy
            text: qsTr("No visitors in this period yet")
            color: Theme.inkSoft
        }
    }
}
