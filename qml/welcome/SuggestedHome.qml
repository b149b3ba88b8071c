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
    // The reason as the card writes homes: "Like A 0304" (ProfileService writes ids, "A_0304").
    readonly property string reasonText: row.reason.replace(/\b([A-Z]+)_(\d+)/g, "$1 $2")

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + Theme.px(16))
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Home %1").arg(row.unitId.replace("_", " "))
    Accessible.description: row.reasonText
    onClicked: Welcome.showUnit(row.unitId)

    contentItem: Column {
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
            text: row.reasonText
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
