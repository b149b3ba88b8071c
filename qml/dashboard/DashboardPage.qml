// Dashboard mode (Navigation.Dashboard): the salesperson's screen over the whole window, on paper.
// Behind the staff PIN (Staff.unlocked; a still from the command line shows it without: see
// docs/dashboard.md). A header with the screens (overview, homes, heatmaps, visitors, audit log), the
// period and device chosen, when the figures are from ("As of …"), Refresh, the PDF report and the way
// out (which locks staff mode again). The figures come from the Dashboard singleton (C++, worker thread).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels
import Showroom.Shell
import Showroom.Staff

Item {
    id: page

    readonly property bool open: Staff.unlocked || Dashboard.stillWithoutPin

    objectName: "dashboardPage"

    function leave() {
        Staff.lock()
        Navigation.back()
    }

    // The paper takes the whole screen (but the Homes page's window onto the 3D site) and every
    // gesture: the 3D stage behind stays still.
    Paper {
        anchors.fill: parent
        hole: Dashboard.page === "units" && page.open ? unitsView.siteRect : Qt.rect(0, 0, 0, 0)
    }
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    // The figures are read again whenever the page opens (once staff mode is open) and on Refresh.
    onOpenChanged: if (open && !Dashboard.busy) Dashboard.refresh()
    Component.onCompleted: if (open && !Dashboard.busy) Dashboard.refresh()

    DashboardHeader {
        id: header
        visible: page.open
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        onCloseRequested: page.leave()
    }

    Item {
        id: content
        visible: page.open
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.gap

        OverviewView {
            anchors.fill: parent
            visible: Dashboard.page === "overview"
        }
        UnitsView {
            id: unitsView
            anchors.fill: parent
            visible: Dashboard.page === "units"
        }
        HeatmapsView {
            anchors.fill: parent
            visible: Dashboard.page === "heatmaps"
        }
        VisitorsView {
            anchors.fill: parent
            visible: Dashboard.page === "visitors"
        }
        VisitorView {
            anchors.fill: parent
            visible: Dashboard.page === "visitor"
        }
        AuditView {
            anchors.fill: parent
            visible: Dashboard.page === "audit"
        }
        ThemedText {
            objectName: "dashboardError"
            anchors.centerIn: parent
            width: parent.width * 0.6
            visible: Dashboard.error !== "" && !Dashboard.busy
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.error
            text: qsTr("The figures could not be read: %1").arg(Dashboard.error)
        }
    }

    // Staff mode is closed: the PIN first.
    Item {
        anchors.fill: parent
        visible: !page.open
        Column {
            anchors.centerIn: parent
            spacing: Theme.gap
            ThemedText {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Sales dashboard")
                font.pixelSize: Theme.titleSize
            }
            ThemedText {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Staff only: enter the PIN")
                color: Theme.inkSoft
            }
            PinPad {
                objectName: "dashboardPinPad"
                anchors.horizontalCenter: parent.horizontalCenter
                focus: !page.open
            }
            ShowroomButton {
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Back to the showroom")
                onClicked: Navigation.back()
            }
        }
    }
}
