// The facts of one unit, as a buyer asks for them: where it is, what it is, what it costs, whether it
// can still be bought, and its floor plan (tap to enlarge); a heart for the favourites and a place on
// the compare list. `unit` is a map of the unit's fields (core's UnitModel.unit(id)); an empty map hides
// the card. Emits closed() when the visitor dismisses it.
import QtQuick
import Showroom.Components
import Showroom.Finishes

Panel {
    id: card

    property var unit: ({})
    // Never undefined, so the bindings below can read fields of it freely.
    readonly property var u: unit || ({})
    readonly property bool hasUnit: (u.unitId || "") !== ""

    // The locale numbers are written in (the balcony's area; prices and the living area come written).
    property var locale: Qt.locale()
    readonly property alias planViewer: planViewer
    readonly property alias favouritesPanel: favouritesPanel
    readonly property alias finishesPanel: finishesPanel

    signal closed()

    function enlargePlan() {
        planViewer.open()
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

        CardActions {
            width: parent.width
            unitId: card.u.unitId || ""
            onFavouritesRequested: favouritesPanel.open()
        }

        // The finishes the visitor chose for this home (or the standard ones); a tap opens the choice.
        FinishesSummary {
            objectName: "finishesSummary"
            width: parent.width
            unitId: card.u.unitId || ""
            onClicked: finishesPanel.open()
        }

        Column {
            width: parent.width
            FactRow { width: parent.width; objectName: "bedrooms"; label: qsTr("Bedrooms"); value: card.u.bedrooms ?? "–" }
            FactRow { width: parent.width; objectName: "bathrooms"; label: qsTr("Bathrooms"); value: card.u.bathrooms ?? "–" }
            FactRow { width: parent.width; objectName: "area"; label: qsTr("Living area"); value: card.u.areaText || "–" }
            FactRow { width: parent.width; objectName: "balcony"; label: qsTr("Balcony"); value: UnitWords.balconyText(card.u, card.locale) }
            FactRow { width: parent.width; objectName: "orientation"; label: qsTr("Orientation"); value: UnitWords.orientationText(card.u.orientation || "") }
        }

        PlanThumbnail {
            objectName: "planThumbnail"
            width: parent.width
            source: card.u.planUrl || ""
            onEnlarge: card.enlargePlan()
        }
    }

    PlanViewer {
        id: planViewer
        source: card.u.planUrl || ""
        title: qsTr("Unit %1 · %2").arg((card.u.unitId || "").replace("_", " ")).arg(card.u.typeName || "")
    }
    FavouritesPanel {
        id: favouritesPanel
    }
    FinishesPanel {
        id: finishesPanel
    }
    // A closed card closes what it opened.
    onHasUnitChanged: if (!hasUnit) { planViewer.close(); finishesPanel.close() }
}
