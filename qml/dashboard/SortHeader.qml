// A column heading that sorts its table: tap once for largest/most first (A–Z for text), again to
// reverse; the sorted column shows an arrow.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.DashboardModels

T.AbstractButton {
    id: control

    required property DashboardRowsModel table
    required property string key
    property int alignment: Text.AlignLeft
    readonly property bool sorted: table.sortKey === key

    implicitHeight: Math.max(Theme.px(48), implicitContentHeight + Theme.px(12))
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ColumnHeader
    Accessible.name: sorted ? qsTr("%1, sorted %2").arg(text).arg(table.descending ? qsTr("descending") : qsTr("ascending"))
                            : qsTr("Sort by %1").arg(text)
    onClicked: table.sortBy(key)

    contentItem: ThemedText {
        text: control.text + (control.sorted ? (control.table.descending ? " ▼" : " ▲") : "")
        font.pixelSize: Theme.labelSize
        font.bold: control.sorted
        color: control.sorted ? Theme.ink : Theme.inkSoft
        horizontalAlignment: control.alignment
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        color: control.down ? Theme.paperEdge : "transparent"
        radius: Theme.px(6)
        FocusRing {
            shown: control.visualFocus
            controlRadius: parent.radius
        }
    }
}
