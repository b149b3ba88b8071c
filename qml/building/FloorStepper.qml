// The floors of a building, top floor on top, with one-step up/down buttons and "whole building".
// Emits the choice; Navigation decides what it means.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Panel {
    id: stepper

    required property string buildingId
    required property list<int> floors // lowest first
    required property int floor        // -1: the whole building

    signal floorChosen(int level)

    function topFirst(): list<int> {
        const levels = []
        for (let i = floors.length - 1; i >= 0; --i)
            levels.push(floors[i])
        return levels
    }
    signal wholeBuildingChosen()

    objectName: "floorStepper"
    width: column.implicitWidth + 2 * Theme.px(10)
    height: Math.min(implicitHeight, parent ? parent.height : implicitHeight)
    implicitHeight: column.implicitHeight + 2 * Theme.px(10)

    Column {
        id: column
        x: Theme.px(10)
        y: Theme.px(10)
        spacing: Theme.px(6)
        width: Math.max(up.implicitWidth, Theme.px(200))

        ShowroomButton {
            id: up
            objectName: "floorUp"
            width: parent.width
            glyph: "▲"
            text: qsTr("Up")
            Accessible.name: qsTr("One floor up")
            onClicked: Navigation.stepFloor(1)
        }
        Flickable {
            width: parent.width
            height: Math.min(floorList.implicitHeight,
                             stepper.height - 2 * Theme.px(10) - 3 * (up.height + column.spacing))
            contentHeight: floorList.implicitHeight
            clip: true
            Column {
                id: floorList
                width: parent.width
                spacing: Theme.px(6)
                Repeater {
                    // top floor on top, as in the building
                    model: stepper.topFirst()
                    delegate: ChoiceChip {
                        required property int modelData
                        objectName: "floor_" + modelData
                        width: floorList.width
                        text: CurrentDevelopment.floorLabel(stepper.buildingId, modelData)
                        checked: stepper.floor === modelData
                        onClicked: stepper.floorChosen(modelData)
                    }
                }
            }
        }
        ShowroomButton {
            objectName: "floorDown"
            width: parent.width
            glyph: "▼"
            text: qsTr("Down")
            Accessible.name: qsTr("One floor down")
            onClicked: Navigation.stepFloor(-1)
        }
        ChoiceChip {
            objectName: "wholeBuilding"
            width: parent.width
            text: qsTr("Whole building")
            checked: stepper.floor < 0
            onClicked: stepper.wholeBuildingChosen()
        }
    }
}
