// One palette's finish for one surface: a colour swatch the size of a fingertip with the palette's
// name under it, ringed when chosen. A radio button to keyboards and screen readers (Space or Enter
// chooses it; its name says the palette, the surface and the price difference).
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.AbstractButton {
    id: swatch

    required property string paletteName
    required property string surfaceName
    required property color swatchColor
    required property string priceText
    property bool chosen: false

    implicitWidth: Theme.px(108)
    implicitHeight: chip.height + Theme.px(6) + caption.implicitHeight
    focusPolicy: Qt.StrongFocus
    checked: chosen
    Keys.onReturnPressed: swatch.clicked()
    Keys.onEnterPressed: swatch.clicked()
    Accessible.role: Accessible.RadioButton
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.name: swatch.spokenName()

    Rectangle {
        id: chip
        anchors.horizontalCenter: parent.horizontalCenter
        width: Theme.px(64)
        height: Theme.px(48)
        radius: Theme.px(10)
        color: swatch.swatchColor
        border.color: swatch.chosen ? Theme.accent : Theme.paperEdge
        border.width: swatch.chosen ? Theme.px(4) : 1
        FocusRing {
            shown: swatch.visualFocus
            controlRadius: parent.radius
        }
        ThemedText {
            anchors.centerIn: parent
            visible: swatch.chosen
            text: "✓"
            font.bold: true
            // Readable on light and dark finishes alike.
            color: (swatch.swatchColor.hslLightness > 0.55) ? Theme.ink : "white"
        }
    }
    ThemedText {
        id: caption
        anchors.top: chip.bottom
        anchors.topMargin: Theme.px(6)
        width: parent.width
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        text: swatch.paletteName + (swatch.priceText !== "" ? "\n" + swatch.priceText : "")
        font.pixelSize: Theme.labelSize
        font.bold: swatch.chosen
        color: swatch.chosen ? Theme.ink : Theme.inkSoft
    }

    // "Urban oak, Floor, +€1,200": the parts that are there, in that order.
    function spokenName(): string {
        let text = swatch.paletteName
        if (swatch.surfaceName !== "")
            text += (text !== "" ? ", " : "") + swatch.surfaceName
        return text + (text !== "" ? ", " : "") + (swatch.priceText !== "" ? swatch.priceText : qsTr("no extra cost"))
    }
}
