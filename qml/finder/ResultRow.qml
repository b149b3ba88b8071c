// One home in the finder's results: its number and building, floor, bedrooms, area, price and status,
// and a heart to keep it among the favourites (Favourites.toggle; the interest recorder writes it).
// Tapping the row chooses the home (Navigation.selectUnit, via "finder_list"): the 3D highlight, the
// camera and the card follow. The selected home is marked here too, whoever chose it.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell
import Showroom.UnitCard

T.ItemDelegate {
    id: row

    required property int index
    required property string unitId
    required property string buildingName
    required property string floorLabel
    required property int bedrooms
    required property string areaText
    required property string priceText
    required property string status
    required property string statusText
    readonly property bool selected: CurrentSelection.selectedUnitId === unitId
    // Bound on the list's unitIds (it notifies; contains() alone would not re-evaluate).
    readonly property bool favourite: has(Favourites.unitIds, unitId)

    function has(ids: var, id: string): bool {
        return ids.indexOf(id) >= 0
    }

    objectName: "result_" + unitId
    implicitHeight: Math.max(Theme.touchTarget, Theme.px(96))
    padding: Theme.px(14)
    leftPadding: Theme.px(20)
    rightPadding: Theme.px(20)
    focusPolicy: Qt.StrongFocus
    Accessible.name: qsTr("Home %1, %2, %3").arg(unitId).arg(priceText).arg(statusText)
    onClicked: Navigation.selectUnit(unitId, "finder_list")

    // (no ids inside contentItem: it is a deferred property; the price's width is measured out here)
    TextMetrics {
        id: priceMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        text: row.priceText
    }
    contentItem: Item {
        implicitHeight: Theme.px(72)
        Column {
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - priceMetrics.advanceWidth - Theme.touchTarget - 2 * Theme.gap
            spacing: Theme.px(2)
            ThemedText {
                width: parent.width
                text: row.unitId
                font.bold: true
            }
            ThemedText {
                width: parent.width
                text: row.buildingName + "  ·  " + row.floorLabel
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
            }
            ThemedText {
                width: parent.width
                text: qsTr("%1 bed  ·  %2").arg(row.bedrooms).arg(row.areaText)
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
            }
        }
        Column {
            anchors.right: parent.right
            anchors.rightMargin: Theme.touchTarget + Theme.gap // the heart's
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(5)
            ThemedText {
                anchors.right: parent.right
                text: row.priceText
                font.bold: true
            }
            Rectangle {
                anchors.right: parent.right
                width: children[0].implicitWidth + Theme.px(18)
                height: children[0].implicitHeight + Theme.px(4)
                radius: height / 2
                color: Theme.statusColor(row.status)
                ThemedText {
                    anchors.centerIn: parent
                    text: row.statusText
                    font.pixelSize: Theme.labelSize - Theme.px(2)
                    color: "white"
                }
            }
        }
        // Its own tap: hearting a home does not choose it.
        HeartButton {
            objectName: "heart_" + row.unitId
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            checked: row.favourite
            Accessible.name: checked ? qsTr("Remove %1 from favourites").arg(row.unitId)
                                     : qsTr("Add %1 to favourites").arg(row.unitId)
            onClicked: Favourites.toggle(row.unitId)
        }
    }
    background: Rectangle {
        color: row.selected ? Qt.rgba(0.85, 0.51, 0.17, 0.16) : row.down ? Theme.paperEdge : "transparent"
        radius: Theme.px(10)
        FocusRing {
            anchors.margins: -Theme.px(2) // inside the list's clip
            shown: row.visualFocus
            controlRadius: parent.radius
        }
        // The chosen home: an accent bar down its left edge, readable from two metres.
        Rectangle {
            visible: row.selected
            width: Theme.px(6)
            height: parent.height - Theme.px(16)
            anchors.verticalCenter: parent.verticalCenter
            radius: width / 2
            color: Theme.accent
        }
    }
}
