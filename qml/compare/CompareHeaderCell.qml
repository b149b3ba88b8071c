// The head of one home's column: its floor plan, number and type, and what can be done with it from
// here (show its card, walk inside it, take it off the comparison).
import QtQuick
import Showroom.Components
import Showroom.Shell
import Showroom.UnitCard

Item {
    id: head

    required property var unit
    readonly property bool hasPlan: String(unit.planUrl || "") !== ""
    readonly property alias planViewer: viewer
    signal show()
    signal walkInside()
    signal remove()

    Rectangle {
        id: plan
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.px(10)
        anchors.rightMargin: Theme.px(10)
        height: parent.height - titles.height - Theme.px(12)
        color: "white"
        radius: Theme.px(8)
        border.color: Theme.paperEdge
        Image {
            objectName: "comparePlan"
            anchors.fill: parent
            anchors.margins: Theme.px(8)
            source: head.unit.planUrl || ""
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
            mipmap: true
        }
        ThemedText {
            anchors.centerIn: parent
            visible: !head.hasPlan
            text: qsTr("No plan yet")
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
        TapHandler { // the plan full-window, as on the card
            enabled: head.hasPlan
            onTapped: viewer.open()
        }
        CloseButton {
            objectName: "removeFromCompare"
            anchors.right: parent.right
            anchors.top: parent.top
            Accessible.name: qsTr("Remove unit %1 from the comparison").arg(head.unit.unitId || "")
            onClicked: head.remove()
        }
    }
    PlanViewer {
        id: viewer
        source: head.unit.planUrl || ""
        title: qsTr("Unit %1 · %2").arg((head.unit.unitId || "").replace("_", " ")).arg(head.unit.typeName || "")
    }
    Column {
        id: titles
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Theme.px(18)
        spacing: Theme.px(2)
        ThemedText {
            width: parent.width
            text: head.unit.typeName || ""
            color: Theme.accent
            font.pixelSize: Theme.labelSize
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: Theme.px(1.5)
        }
        // Number and "Show" side by side, or one under the other in a narrow column.
        Flow {
            width: parent.width - Theme.px(10)
            spacing: Theme.px(12)
            ThemedText {
                objectName: "columnTitle"
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Unit %1").arg((head.unit.unitId || "").replace("_", " "))
                font.pixelSize: Theme.headingSize
            }
            ShowroomButton {
                objectName: "showUnit"
                text: qsTr("Show")
                Accessible.name: qsTr("Show unit %1").arg(head.unit.unitId || "")
                onClicked: head.show()
            }
            ShowroomButton {
                objectName: "walkInsideFromCompare"
                visible: Navigation.hasInterior(head.unit.unitId || "")
                text: qsTr("Walk inside")
                Accessible.name: qsTr("Walk inside unit %1").arg(head.unit.unitId || "")
                onClicked: head.walkInside()
            }
        }
    }
}
