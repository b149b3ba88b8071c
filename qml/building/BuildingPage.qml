// Building mode: one building framed, its name and counts top-left, and the floor cut-away stepper on
// the left: choose a floor and everything above it is hidden, so its homes are seen from above with
// their numbers. The building and floor shown are Navigation's (required here, so tests can set them).
import QtQuick
import Showroom.Components
import Showroom.Scene
import Showroom.Shell

Item {
    id: page

    required property string buildingId
    required property int floor // -1: the whole building
    readonly property int row: CurrentDevelopment.buildings.indexOfBuilding(buildingId)
    readonly property var building: row >= 0 ? CurrentDevelopment.buildings.get(row) : ({})

    objectName: "buildingPage"

    Panel {
        id: header
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        implicitWidth: Math.max(title.implicitWidth, sub.implicitWidth) + 2 * Theme.margin
        implicitHeight: column.implicitHeight + 2 * Theme.px(22)
        Column {
            id: column
            x: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(4)
            ThemedText {
                id: title
                objectName: "buildingName"
                text: page.building.name || page.buildingId
                font.pixelSize: Theme.titleSize
            }
            ThemedText {
                id: sub
                objectName: "buildingSubtitle"
                text: page.floor >= 0
                      ? qsTr("%1 · %2 homes on this floor · tap a home")
                            .arg(CurrentDevelopment.floorLabel(page.buildingId, page.floor))
                            // (status read: asked again once the site has loaded, e.g. for a still)
                            .arg(Site.status === SiteModel.Ready ? Site.unitsOnFloor(page.buildingId, page.floor).length
                                                                 : 0)
                      : qsTr("%1 homes · %2 available · choose a floor").arg(page.building.unitCount || 0)
                            .arg(page.building.availableCount || 0)
                color: Theme.inkSoft
                font.pixelSize: Theme.labelSize
            }
        }
    }

    // The same building as a grid of floors x homes by sales status.
    ShowroomButton {
        objectName: "stackingPlanButton"
        anchors.left: header.right
        anchors.leftMargin: Theme.gap
        anchors.verticalCenter: header.verticalCenter
        glyph: "▦"
        text: qsTr("Stacking plan")
        onClicked: Navigation.showStackingPlan(page.buildingId, "building_page")
    }

    FloorStepper {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin + Theme.touchTarget + Theme.gap // above the navigation bar
        floors: Navigation.floorsOf(page.buildingId) // (qmllint 6.4 misreads the QList<int> return type)
        buildingId: page.buildingId
        floor: page.floor
        onFloorChosen: (level) => Navigation.showFloor(page.buildingId, level, "floor_list")
        onWholeBuildingChosen: Navigation.showBuilding(page.buildingId, "floor_list")
    }
}
