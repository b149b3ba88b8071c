// The view from a home's balcony (Navigation mode Balcony): the visitor stands on it at eye height,
// facing out, and drags to look around as far as a person there could. Without a balcony they stand at
// the living-room window. Back to the inside, or leave.
import QtQuick
import Showroom.Components
import Showroom.Shell
import Showroom.Site

Item {
    id: page

    required property SiteStage stage
    readonly property var unit: CurrentSelection.selectedUnit

    objectName: "balconyPage"

    LookArea {
        anchors.fill: parent
        stage: page.stage
    }

    RoomHeader {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: page.unit ? qsTr("Home %1 · %2").arg(page.unit.unitId)
                                                .arg(CurrentDevelopment.floorLabel(page.unit.buildingId, page.unit.floor))
                         : ""
        place: Visit.standingSpot === "balcony" ? qsTr("On the balcony")
             : Visit.standingSpot === "terrace" ? qsTr("On the terrace")
             : Visit.standingSpot === "window" ? qsTr("At the living-room window")
             : qsTr("The view from this home")
        hint: qsTr("Drag to look around")
    }

    Row {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ShowroomButton {
            objectName: "walkInsideButton"
            visible: Navigation.hasInterior(Visit.unitId)
            text: qsTr("Walk inside")
            onClicked: Navigation.walkInside(Visit.unitId, "balcony")
        }
        ShowroomButton {
            objectName: "leaveButton"
            primary: true
            glyph: "←"
            text: qsTr("Leave")
            onClicked: Navigation.back()
        }
    }
}
