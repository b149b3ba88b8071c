// Below a comparison with room for more: the visitor's favourites not compared yet, one chip each.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Row {
    id: strip

    // Hearted, not compared yet (bound on both lists' unitIds).
    readonly property var candidates: notIn(Favourites.unitIds, CompareList.unitIds)

    function notIn(ids: var, others: var): var {
        return ids.filter(id => others.indexOf(id) < 0)
    }

    spacing: Theme.px(10)
    visible: CompareList.count < CompareList.maximum && candidates.length > 0

    ThemedText {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Add from your favourites")
        color: Theme.inkSoft
        font.pixelSize: Theme.labelSize
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.px(1.2)
    }
    Repeater {
        model: strip.candidates
        ChoiceChip {
            required property string modelData
            objectName: "addFavourite_" + modelData
            text: "♥ " + qsTr("Unit %1").arg(modelData.replace("_", " "))
            onClicked: CompareList.add(modelData)
        }
    }
}
