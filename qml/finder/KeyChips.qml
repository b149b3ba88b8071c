// A set of chips, each for one key (an orientation, a status, a building …): tapping one adds it to the
// chosen keys or takes it out. No chip chosen means "any". The keys live in the Finder (C++); this
// only shows them and reports taps.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Flow {
    id: chips

    // [{ key, label, name }] (name: what a screen reader says, when the label is short; optional)
    property var choices: []
    property var chosen: [] // the keys chosen now
    property string namePrefix: "chip"
    signal toggled(string key)

    width: parent ? parent.width : implicitWidth
    spacing: Theme.px(8)

    Repeater {
        model: chips.choices
        ChoiceChip {
            required property var modelData
            objectName: chips.namePrefix + "_" + modelData.key
            text: modelData.label
            Accessible.name: modelData.name ?? modelData.label
            checked: chips.chosen.indexOf(modelData.key) >= 0
            leftPadding: Theme.px(16)
            rightPadding: Theme.px(16)
            onClicked: chips.toggled(modelData.key)
        }
    }
}
