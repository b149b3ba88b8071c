// One available home in the attract loop: its type, size and price, as a sales board would show it.
import QtQuick
import Showroom.Components

Panel {
    id: card

    property var home: ({})

    height: content.implicitHeight + 2 * Theme.gap
    opacity: 0.96

    Column {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.gap
        spacing: Theme.px(4)
        Row {
            width: parent.width
            spacing: Theme.px(10)
            Rectangle {
                id: dot
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(14)
                height: width
                radius: width / 2
                color: Theme.available
            }
            ThemedText {
                // "Three-bedroom corner apartment": elided rather than cut by the card's edge.
                width: parent.width - dot.width - parent.spacing
                elide: Text.ElideRight
                text: card.home.typeName ?? ""
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
        }
        ThemedText {
            width: parent.width
            text: (card.home.bedrooms === 0 ? qsTr("Studio · %1 · %2")
                   : card.home.bedrooms === 1 ? qsTr("1 bedroom · %1 · %2")
                   : qsTr("%1 bedrooms · %2 · %3").arg(card.home.bedrooms ?? 0))
                  .arg(card.home.areaText ?? "").arg(card.home.floorLabel ?? "")
            color: Theme.inkSoft
            font.pixelSize: Theme.labelSize
        }
        ThemedText {
            text: card.home.priceText ?? ""
            color: Theme.accent
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
    }
}
