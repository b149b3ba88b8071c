// The facts of one unit, as a buyer asks for them: where it is, what it is, what it costs, whether it
// can still be bought. `unit` is a map of the unit's fields (core's UnitModel.unit(id)); an empty map
// hides the card. Emits closed() when the visitor dismisses it.
import QtQuick
import Showroom.Components

Panel {
    id: card

    property var unit: ({})
    // Never undefined, so the bindings below can read fields of it freely.
    readonly property var u: unit || ({})
    readonly property bool hasUnit: (u.unitId || "") !== ""

    signal closed()

    function orientationText(o: string): string {
        const words = { N: qsTr("North"), NE: qsTr("North-east"), E: qsTr("East"), SE: qsTr("South-east"),
                        S: qsTr("South"), SW: qsTr("South-west"), W: qsTr("West"), NW: qsTr("North-west") }
        return words[o] || o || "–"
    }
    function balconyText(u: var): string {
        if (!u.balcony)
            return qsTr("No")
        return u.balconyArea > 0 ? qsTr("Yes, %1 m²").arg(Number(u.balconyArea).toLocaleString(Qt.locale(), "f", 0))
                                 : qsTr("Yes")
    }

    width: Theme.panelWidth
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    visible: hasUnit
    objectName: "unitCard"

    Column {
        id: content
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap

        Item {
            width: parent.width
            height: Math.max(titleColumn.implicitHeight, close.height)
            Column {
                id: titleColumn
                width: parent.width - close.width
                spacing: Theme.px(4)
                ThemedText {
                    objectName: "typeName"
                    width: parent.width
                    wrapMode: Text.Wrap
                    elide: Text.ElideNone
                    text: card.u.typeName || ""
                    color: Theme.accent
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: Theme.px(2)
                }
                ThemedText {
                    objectName: "unitTitle"
                    width: parent.width
                    text: qsTr("Unit %1").arg((card.u.unitId || "").replace("_", " "))
                    font.pixelSize: Theme.titleSize
                }
                ThemedText {
                    objectName: "location"
                    width: parent.width
                    text: [card.u.buildingName, card.u.floorLabel].filter(s => !!s).join("  ·  ")
                    color: Theme.inkSoft
                }
            }
            CloseButton {
                id: close
                objectName: "closeButton"
                anchors.right: parent.right
                anchors.rightMargin: -Theme.px(10)
                anchors.top: parent.top
                anchors.topMargin: -Theme.px(10)
                onClicked: card.closed()
            }
        }

        Row {
            spacing: Theme.gap
            ThemedText {
                objectName: "price"
                anchors.verticalCenter: parent.verticalCenter
                text: card.u.priceText || ""
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            StatusChip {
                objectName: "statusChip"
                anchors.verticalCenter: parent.verticalCenter
                status: card.u.status || ""
            }
        }

        Column {
            width: parent.width
            FactRow { width: parent.width; objectName: "bedrooms"; label: qsTr("Bedrooms"); value: card.u.bedrooms ?? "–" }
            FactRow { width: parent.width; objectName: "bathrooms"; label: qsTr("Bathrooms"); value: card.u.bathrooms ?? "–" }
            FactRow { width: parent.width; objectName: "area"; label: qsTr("Living area"); value: card.u.areaText || "–" }
            FactRow { width: parent.width; objectName: "orientation"; label: qsTr("Orientation"); value: card.orientationText(card.u.orientation) }
            FactRow { width: parent.width; objectName: "balcony"; label: qsTr("Balcony"); value: card.balconyText(card.u) }
        }
    }
}
