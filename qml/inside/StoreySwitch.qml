// The storeys of a house (townhouses): one chip per storey; choosing one moves the visitor there with a
// short fade. Nothing is shown for a home on one level.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Interior

Row {
    id: storeys

    required property WalkController walker

    spacing: Theme.px(8)
    height: walker.storeyCount > 1 ? implicitHeight : 0
    visible: walker.storeyCount > 1

    Repeater {
        model: storeys.walker.storeyCount
        delegate: ChoiceChip {
            required property int index
            objectName: "storey" + index
            text: index === 0 ? qsTr("Ground floor") : index === 1 ? qsTr("Upper floor") : qsTr("Floor %1").arg(index)
            checked: storeys.walker.storey === index
            onClicked: storeys.walker.goToStorey(index)
        }
    }
}
