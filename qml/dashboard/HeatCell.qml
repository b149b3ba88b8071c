// One home on the heat plan: its number on its heat colour (dark text on light heat, white on deep),
// and its sales status as a coloured corner mark, so "hot and still available" reads at a glance.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.DashboardModels

T.AbstractButton {
    id: cell

    required property string unitId
    required property string label
    required property string status
    property real heat: 0
    readonly property color fill: Dashboard.heatColourOf(heat)
    readonly property bool deep: heat > 0.55

    objectName: "heatCell_" + unitId
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Unit %1, interest %2 of 100, %3").arg(unitId.replace("_", " ")).arg(Math.round(heat * 100)).arg(status)

    contentItem: ThemedText {
        text: cell.label
        font.pixelSize: Theme.labelSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: cell.deep ? "white" : Theme.ink
        elide: Text.ElideNone
    }
    background: Rectangle {
        radius: Theme.px(5)
        color: cell.fill
        border.color: Qt.darker(cell.fill, 1.15)
        border.width: 1
        // The status: a corner mark in the status colour.
        Rectangle {
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.px(4)
            width: Theme.px(12)
            height: width
            radius: width / 2
            color: Theme.statusColor(cell.status)
            border.color: "white"
            border.width: Theme.px(2)
        }
        FocusRing {
            shown: cell.visualFocus
            controlRadius: parent.radius
        }
    }
}
