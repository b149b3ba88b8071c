// One hearted home in the favourites list: what and where, its price, and the heart to let it go.
// Tapping the row asks for the home (chosen()).
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: row

    required property string unitId
    required property string typeName
    required property string priceText
    required property string areaText
    required property string floorLabel
    required property string buildingName
    required property string status
    signal chosen()

    function joined(parts: var): string {
        return parts.filter(s => !!s).join("  ·  ")
    }

    implicitHeight: Math.max(Theme.touchTarget, text.implicitHeight) + Theme.px(16)
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Unit %1, %2").arg(unitId.replace("_", " ")).arg(priceText)
    Accessible.focusable: true
    Accessible.onPressAction: row.chosen()
    activeFocusOnTab: true
    Keys.onSpacePressed: row.chosen()
    Keys.onReturnPressed: row.chosen()

    Rectangle {
        anchors.fill: parent
        color: tap.pressed ? Theme.paperEdge : "transparent"
        radius: Theme.px(8)
        FocusRing {
            anchors.margins: -Theme.px(2)
            shown: row.activeFocus
            controlRadius: parent.radius
        }
    }
    Column {
        id: text
        anchors.left: parent.left
        anchors.leftMargin: Theme.px(8)
        anchors.right: price.left
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(2)
        ThemedText {
            width: parent.width
            text: qsTr("Unit %1").arg(row.unitId.replace("_", " "))
            font.bold: true
        }
        ThemedText {
            width: parent.width
            text: row.joined([row.typeName, row.buildingName, row.floorLabel, row.areaText])
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
    }
    Column {
        id: price
        anchors.right: heart.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        ThemedText {
            anchors.right: parent.right
            text: row.priceText
            font.bold: true
        }
        StatusChip {
            anchors.right: parent.right
            status: row.status
            scale: 0.8
            transformOrigin: Item.Right
        }
    }
    TapHandler {
        id: tap
        onTapped: row.chosen()
    }
    HeartButton {
        id: heart
        objectName: "unheart_" + row.unitId
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        checked: true
        onClicked: Favourites.toggle(row.unitId)
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.paperEdge
    }
}
