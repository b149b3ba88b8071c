// One visitor's page: who they are (a pseudonym; name and contact only when they left them with
// consent), the lead score and why, the recommended next action, favourites, finishes, consents and
// brochure (VisitorFacts), and their session timeline: what they looked at, in order, with times.
// Opening it wrote a row in the staff audit log (DashboardModel::openVisitor).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Item {
    id: view

    readonly property var visitor: Dashboard.visitor

    objectName: "visitorView"

    ShowroomButton {
        id: back
        objectName: "backToVisitors"
        text: qsTr("‹ All visitors")
        onClicked: Dashboard.page = "visitors"
    }
    ThemedText {
        anchors.left: back.right
        anchors.leftMargin: Theme.gap
        anchors.verticalCenter: back.verticalCenter
        text: Dashboard.visitorLoading ? qsTr("Reading…")
              : view.visitor.error ? qsTr("Could not open this visitor: %1").arg(view.visitor.error)
              : view.visitor.found === false ? qsTr("Nothing is held about this visitor (never seen, or erased).") : ""
        color: view.visitor.error ? Theme.error : Theme.inkSoft
        font.pixelSize: Theme.labelSize
    }

    VisitorFacts {
        id: facts
        anchors.top: back.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        width: (view.width - Theme.gap) * 0.42
        visitor: view.visitor
        visible: view.visitor.found === true
    }

    Rectangle {
        anchors.top: facts.top
        anchors.bottom: parent.bottom
        anchors.left: facts.right
        anchors.leftMargin: Theme.gap
        anchors.right: parent.right
        visible: view.visitor.found === true
        radius: Theme.radius
        color: "white"
        border.color: Theme.paperEdge

        ThemedText {
            id: title
            x: Theme.px(22)
            y: Theme.px(16)
            text: qsTr("Timeline")
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        ListView {
            id: timeline
            objectName: "timeline"
            x: Theme.px(22)
            anchors.top: title.bottom
            anchors.topMargin: Theme.px(10)
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.px(14)
            width: parent.width - 2 * x
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Dashboard.timeline
            delegate: Column {
                id: entry
                required property string timeText
                required property string clockText
                required property string words
                required property string engagedText
                required property bool firstOfSession
                width: timeline.width
                ThemedText {
                    visible: entry.firstOfSession
                    topPadding: Theme.px(10)
                    bottomPadding: Theme.px(4)
                    text: qsTr("Visit on %1").arg(entry.timeText)
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                    color: Theme.accent
                }
                Item {
                    width: timeline.width
                    height: Theme.px(34)
                    ThemedText {
                        id: clock
                        width: Theme.px(100)
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.clockText
                        font.pixelSize: Theme.labelSize
                        color: Theme.inkSoft
                    }
                    ThemedText {
                        anchors.left: clock.right
                        anchors.right: spent.left
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.words
                        font.pixelSize: Theme.labelSize
                    }
                    ThemedText {
                        id: spent
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.engagedText
                        font.pixelSize: Theme.labelSize
                        color: Theme.inkSoft
                    }
                }
            }
        }
    }
}
