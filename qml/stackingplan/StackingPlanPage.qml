// Stacking-plan mode: one building's homes as a printed sales plan — floors x units, top floor on top,
// each home in its sales-status colour, faded when the finder's search leaves it out, the selected one
// ringed. Tap a home to select it (the camera flies to it; its card opens on the right, over the 3D
// view, which stays visible beside the plan). Chips switch the building; a legend reads the colours.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Core
import Showroom.Shell

Item {
    id: page

    required property string buildingId
    readonly property int row: CurrentDevelopment.buildings.indexOfBuilding(buildingId)
    readonly property var building: row >= 0 ? CurrentDevelopment.buildings.get(row) : ({})
    readonly property alias plan: planModel
    // A search narrows the plan unless the finder keeps every home.
    readonly property bool searching: planModel.matchCount < planModel.count

    objectName: "stackingPlanPage"

    // What covers the stage: the camera puts a home tapped here between the sheet and the unit card
    // that opens on the right (Main.qml: Theme.panelWidth at Theme.margin), not behind either.
    // Navigation sets both back to 0 when the mode changes (this page may still be fading out then).
    readonly property real coveredLeft: width > 0 ? (sheet.x + sheet.width) / width : 0
    readonly property real coveredRight: width > 0 && CurrentSelection.selectedUnitId !== ""
                                         ? (Theme.panelWidth + Theme.margin) / width : 0
    Binding {
        target: Navigation
        property: "coveredLeft"
        value: page.coveredLeft
    }
    Binding {
        target: Navigation
        property: "coveredRight"
        value: page.coveredRight
    }

    StackingPlanModel {
        id: planModel
        development: CurrentDevelopment
        buildingId: page.buildingId
        filter: Finder
    }

    Panel {
        id: sheet
        objectName: "stackingPlanSheet"

        // Room left for the unit card on the right and the navigation bar below.
        readonly property int maxWidth: page.width - Theme.panelWidth - 3 * Theme.margin
        readonly property int maxHeight: page.height - 2 * Theme.margin - Theme.touchTarget - Theme.gap
        readonly property int pad: Theme.px(28)
        // Cells as large as the room allows (up to a printed plan's proportions), never under a finger.
        readonly property int chromeHeight: heading.height + legend.height + 2 * pad + 2 * Theme.gap
        readonly property int cellWidth: Math.max(Theme.touchTarget, Math.min(Theme.px(120),
            Math.floor((maxWidth - 2 * pad - grid.labelWidth) / Math.max(1, planModel.columns)) - grid.spacing))
        readonly property int cellHeight: Math.max(Theme.touchTarget, Math.min(Theme.px(78),
            Math.floor((maxHeight - chromeHeight) / Math.max(1, planModel.floors)) - grid.spacing))

        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        width: Math.min(maxWidth, Math.max(heading.implicitWidth, grid.implicitWidth, legend.implicitWidth)
                        + 2 * pad)
        height: Math.min(maxHeight, chromeHeight + Math.max(grid.implicitHeight, Theme.touchTarget))

        Item {
            id: heading
            x: sheet.pad
            y: sheet.pad
            // Too little room beside the title for a few chips: they go on a row of their own below it.
            // (the chips stand at the top right, beside the overline and the name; the counts run below)
            readonly property int room: width - Math.max(overline.implicitWidth, titleText.implicitWidth) - Theme.gap
            readonly property bool stacked: room < Math.min(chips.implicitWidth, Theme.px(420))

            width: sheet.width - 2 * sheet.pad
            implicitWidth: titles.implicitWidth + Theme.gap + chips.implicitWidth
            height: stacked ? titles.implicitHeight + Theme.px(12) + chips.implicitHeight
                            : Math.max(titles.implicitHeight, chips.implicitHeight)

            Column {
                id: titles
                x: 0
                y: heading.stacked ? 0 : (heading.height - implicitHeight) / 2
                spacing: Theme.px(4)
                ThemedText {
                    id: overline
                    objectName: "stackingPlanOverline"
                    text: qsTr("Stacking plan").toUpperCase()
                    font.pixelSize: Theme.labelSize
                    font.letterSpacing: Theme.px(2)
                    color: Theme.accent
                }
                ThemedText {
                    id: titleText
                    objectName: "stackingPlanTitle"
                    text: page.building.name || page.buildingId
                    font.pixelSize: Theme.titleSize
                }
                ThemedText {
                    objectName: "stackingPlanSubtitle"
                    text: [qsTr("%1 homes").arg(planModel.count),
                           qsTr("%1 available").arg(page.building.availableCount || 0),
                           page.searching ? qsTr("%1 match your search").arg(planModel.matchCount) : "",
                           qsTr("tap a home")].filter(s => s !== "").join("  ·  ")
                    font.pixelSize: Theme.labelSize
                    color: Theme.inkSoft
                }
            }
            // The building switcher (hidden for a one-building development); with many buildings it
            // scrolls sideways, keeping the chosen one in view.
            Flickable {
                id: chipStrip
                function revealChosen() {
                    for (let i = 0; i < chips.children.length; ++i) {
                        const chip = chips.children[i]
                        if (chip.checked)
                            contentX = Math.max(0, Math.min(contentWidth - width, chip.x + chip.width / 2 - width / 2))
                    }
                }
                objectName: "stackingPlanBuildings"
                x: heading.stacked ? 0 : heading.width - width
                y: heading.stacked ? titles.implicitHeight + Theme.px(12) : 0
                width: Math.max(0, Math.min(chips.implicitWidth, heading.stacked ? heading.width : heading.room))
                height: chips.implicitHeight
                contentWidth: chips.implicitWidth
                clip: contentWidth > width
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                visible: CurrentDevelopment.buildings.count > 1
                onWidthChanged: revealChosen()
                onContentWidthChanged: revealChosen()
                Row {
                    id: chips
                    spacing: Theme.px(8)
                    Repeater {
                        model: CurrentDevelopment.buildings
                        delegate: ChoiceChip {
                            required property string buildingId
                            required property string name
                            objectName: "planBuilding_" + buildingId
                            text: name
                            checked: page.buildingId === buildingId
                            onClicked: Navigation.showStackingPlan(buildingId, "stacking_plan")
                            onCheckedChanged: if (checked) chipStrip.revealChosen()
                        }
                    }
                }
            }
        }

        Flickable {
            id: scroller
            objectName: "stackingPlanScroller"
            x: sheet.pad
            y: heading.y + heading.height + Theme.gap
            width: sheet.width - 2 * sheet.pad
            height: sheet.height - sheet.chromeHeight
            contentWidth: grid.implicitWidth
            contentHeight: grid.implicitHeight
            clip: contentWidth > width || contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            PlanGrid {
                id: grid
                plan: planModel
                buildingId: page.buildingId
                cellWidth: sheet.cellWidth
                cellHeight: sheet.cellHeight
                onUnitTapped: (unitId) => Navigation.selectUnit(unitId, "stacking_plan")
            }
        }

        ThemedText {
            objectName: "stackingPlanEmpty"
            x: sheet.pad
            y: scroller.y
            visible: planModel.count === 0
            text: qsTr("No homes of this building are on sale yet.")
            color: Theme.inkSoft
        }

        PlanLegend {
            id: legend
            x: sheet.pad
            anchors.bottom: parent.bottom
            anchors.bottomMargin: sheet.pad
            searchShown: page.searching
        }
    }
}
