// One surface class of the home (floor, walls, kitchen …): its name and what it shows now ("Floor ·
// Dark walnut boards"), then a swatch per palette that offers it. A row of Finishes (the model).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: row

    required property string surfaceClass
    required property string label
    required property string surfaceName
    required property string priceDeltaText
    required property var options

    // A swatch took the keyboard focus: its top and bottom in this row's parent.
    signal swatchFocused(real top, real bottom)

    // The heading, then the swatches below it.
    implicitHeight: heading.height + Theme.px(8) + swatches.height
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    ThemedText {
        id: heading
        objectName: "classHeading_" + row.surfaceClass
        width: parent.width
        elide: Text.ElideRight
        text: row.surfaceName !== "" ? qsTr("%1 · %2").arg(row.label).arg(row.surfaceName) : row.label
        font.bold: true
    }
    Flow {
        id: swatches
        y: heading.height + Theme.px(8)
        width: parent.width
        spacing: Theme.px(8)
        Repeater {
            model: row.options
            delegate: FinishSwatch {
                required property var modelData
                objectName: "swatch_" + row.surfaceClass + "_" + modelData.paletteId
                paletteName: modelData.paletteName
                surfaceName: modelData.surfaceName
                swatchColor: modelData.color
                priceText: modelData.priceDeltaText
                chosen: modelData.chosen
                onClicked: Finishes.choose(row.surfaceClass, modelData.paletteId)
                onActiveFocusChanged: if (activeFocus)
                    row.swatchFocused(row.y + swatches.y + y, row.y + swatches.y + y + height)
            }
        }
    }
}
