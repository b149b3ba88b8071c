// One home the panel suggests (a recommendation or an alternative to a home no longer available): its
// number and the reason in words, the whole row tappable (Welcome.showUnit selects it).
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

T.ItemDelegate {
    id: row

    required property string unitId
    required property string reason

    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + Theme.px(16))
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Home %1").arg(row.unitId.replace("_", " "))
    Accessible.description: row.reason.replace(/\b([A-Z]+)_(\d+)/g, "$1 $2")
    onClicked: Welcome.showUnit(row.unitId)

    contentItem: Column {
        id: column
        leftPadding: Theme.px(16)
        rightPadding: Theme.px(16)
        topPadding: Theme.px(8)
        spacing: Theme.px(2)
        ThemedText {
            width: row.width - Theme.px(32)
            text: qsTr("Home %1").arg(row.unitId.replace("_", " "))
            font.bold: true
        }
        ThemedText {
            width: row.width - Theme.px(32)
            text: row.reason.replace(/\b([A-Z]+)_(\d+)/g, "$1 $2") // "Like A 0304", as the card writes it
            font.pixelSize: Theme.labelSize
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
            maximumLineCount: 2
        }
    }
    background: Rectangle {
        radius: Theme.px(10)
        color: row.down ? Theme.paperEdge : "white"
        border.color: Theme.paperEdge
        FocusRing {
            shown: row.visualFocus
            controlRadius: parent.radius
        }
    }
}
