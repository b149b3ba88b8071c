// Site mode: the whole development. The name and counts top-left; along the bottom the buildings to
// fly to, the camera presets ("views") and the guided tour; while the tour runs, its caption instead;
// a tapped point of interest shows its name and description.
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: page

    objectName: "overviewPage"

    DevelopmentHeader {
        id: header
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        name: CurrentDevelopment.name
        subtitle: CurrentDevelopment.unitCount > 0
                  ? qsTr("%1 homes · %2 available · tap a building or a home").arg(CurrentDevelopment.unitCount)
                        .arg(CurrentDevelopment.availableCount)
                  : ""
    }

    // The buyer's first question ("three bedrooms, under 450,000?"): the unit finder.
    ShowroomButton {
        id: finderButton
        objectName: "finderButton"
        anchors.left: header.left
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        primary: true
        glyph: "⌕"
        text: qsTr("Find a home")
        visible: !Tour.running
        onClicked: Navigation.showFinder("overview")
    }
    // The site as of any date, from the first dig to the finished gardens, and its sun.
    ShowroomButton {
        objectName: "timelineButton"
        anchors.left: finderButton.right
        anchors.leftMargin: Theme.gap
        anchors.top: finderButton.top
        text: qsTr("Construction & sun")
        visible: !Tour.running && CurrentDevelopment.stages.count > 0
        onClicked: Navigation.showTimeline("overview")
    }

    Row {
        id: actions
        objectName: "overviewActions"
        anchors.horizontalCenter: parent.horizontalCenter
        // A little left of the middle: the status legend stands in the bottom right corner.
        anchors.horizontalCenterOffset: -Theme.px(80)
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        spacing: Theme.gap
        visible: !Tour.running && Navigation.pointOfInterestId === ""

        BuildingChooser {
            anchors.bottom: parent.bottom
        }
        ViewsMenu {
            anchors.bottom: parent.bottom
        }
        // Every building's homes as a grid by sales status: the selected home's building, else the first.
        ShowroomButton {
            id: planButton
            readonly property var selected: CurrentSelection.selectedUnit // (a card map)
            objectName: "stackingPlanButton"
            anchors.bottom: parent.bottom
            text: qsTr("Stacking plan")
            visible: CurrentDevelopment.buildings.count > 0
            onClicked: Navigation.showStackingPlan(planButton.selected.buildingId
                                                   || CurrentDevelopment.buildings.get(0).buildingId, "overview")
        }
        ShowroomButton {
            objectName: "tourButton"
            anchors.bottom: parent.bottom
            primary: true
            text: qsTr("Guided tour")
            visible: Tour.count > 0
            onClicked: Tour.start()
        }
    }

    TourCaption {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        visible: Tour.running
    }

    PointOfInterestCaption {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        poiId: Navigation.pointOfInterestId
        visible: poiId !== "" && !Tour.running
    }
}
