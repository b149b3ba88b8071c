// One home on the stacking plan: its number and bedrooms on its sales-status colour. Outside the
// finder's search it fades to paper with a status-coloured edge (still readable, still telling its
// status); the selected home gets a dark ring. A tap is the caller's to handle (it selects the unit).
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.AbstractButton {
    id: cell

    required property string unitId
    required property string label
    required property string status
    required property bool matches
    required property int bedrooms
    property bool selected: false

    readonly property color statusColour: Theme.statusColor(status)
    // Dark text on light fills (reserved amber), white on dark ones: both at least 4.5:1.
    readonly property bool lightFill: 0.2126 * statusColour.r + 0.7152 * statusColour.g
                                      + 0.0722 * statusColour.b > 0.5
    readonly property color textColour: !matches ? Theme.ink : lightFill ? Theme.ink : "white"

    objectName: "cell_" + unitId
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Unit %1, %2").arg(unitId.replace("_", " ")).arg(
                         status === "available" ? qsTr("Available") : status === "reserved" ? qsTr("Reserved")
                       : status === "sold" ? qsTr("Sold") : status)

    contentItem: Item {
        Column {
            anchors.centerIn: parent
            spacing: 0
            ThemedText {
                anchors.horizontalCenter: parent.horizontalCenter
                objectName: "cellLabel"
                text: cell.label
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: cell.textColour
            }
            ThemedText {
                anchors.horizontalCenter: parent.horizontalCenter
                visible: cell.height >= Theme.px(56)
                text: cell.bedrooms > 0 ? qsTr("%1 bed").arg(cell.bedrooms) : qsTr("Studio")
                font.pixelSize: Theme.labelSize
                color: cell.textColour
                opacity: 0.85
            }
        }
    }

    background: Rectangle {
        radius: Theme.px(6)
        color: cell.matches ? (cell.down ? Qt.darker(cell.statusColour, 1.15) : cell.statusColour)
                            : Qt.tint(Theme.paper, Qt.rgba(cell.statusColour.r, cell.statusColour.g,
                                                           cell.statusColour.b, 0.16))
        border.color: cell.matches ? Qt.darker(cell.statusColour, 1.2) : cell.statusColour
        border.width: cell.matches ? 1 : Theme.px(2)

        // The selected home: a dark ring just outside the cell (reads on every status colour).
        Rectangle {
            objectName: "selectionRing"
            visible: cell.selected
            anchors.fill: parent
            anchors.margins: -Theme.px(5)
            radius: parent.radius + Theme.px(5)
            color: "transparent"
            border.color: Theme.ink
            border.width: Theme.px(4)
        }
        FocusRing {
            anchors.margins: -Theme.px(cell.selected ? 11 : 5)
            shown: cell.visualFocus
            controlRadius: parent.radius
        }
    }
}
