// "EN | DE": the visitor's language, always within reach. Each is written in its own language for the
// screen reader ("English", "Deutsch"), so a visitor who reads neither label can still find theirs.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

Row {
    id: chooser
    objectName: "languageChooser"
    spacing: Theme.px(4)
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: Language.codes
        T.Button {
            id: choice
            required property string modelData
            objectName: "language_" + modelData
            readonly property bool chosen: Language.code === modelData

            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: chosen
            Accessible.name: Language.nativeName(modelData)
            onClicked: Language.setCode(modelData)

            contentItem: ThemedText {
                text: choice.modelData.toUpperCase()
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.labelSize
                font.bold: choice.chosen
                color: choice.chosen ? "white" : Theme.ink
            }
            background: Rectangle {
                radius: height / 2
                color: choice.chosen ? Theme.ink : choice.down ? Theme.paperEdge : Theme.paper
                border.color: Theme.paperEdge
                border.width: 1
                opacity: 0.94
                FocusRing {
                    shown: choice.visualFocus
                    controlRadius: parent.radius
                }
            }
        }
    }
}
