// The homes on the compare list side by side: a column per home (plan, number, type) and a row per
// fact. Rows where the homes differ are banded and their labels strong, rows where they are alike are
// quiet; the home best at a fact (lowest price, largest area, most rooms) is marked in its cell.
// Which facts differ and who is best is CompareList's arithmetic, not this file's.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell
import Showroom.UnitCard

Item {
    id: table

    property var locale: Qt.locale(Language.localeName) // follows the visitor's language
    // Rows as tall as the room allows between a finger's height and a relaxed one; the plans take the
    // rest (at least a readable thumbnail).
    readonly property int rowHeight: Math.max(Theme.px(48), Math.min(Theme.px(58),
                                              (height - Theme.px(260)) / facts.length))
    readonly property int headHeight: height - facts.length * rowHeight
    readonly property int labelWidth: Theme.px(210)
    readonly property int columnWidth: CompareList.count > 0 ? (width - labelWidth) / CompareList.count : 0

    // key: the CompareList fact (a unit role) marked and tested; best: the tag of the best cell.
    readonly property var facts: [
        { key: "price", label: qsTr("Price"), best: qsTr("Lowest") },
        { key: "status", label: qsTr("Status"), best: "" },
        { key: "area", label: qsTr("Living area"), best: qsTr("Largest") },
        { key: "balconyArea", label: qsTr("Balcony"), best: qsTr("Largest") },
        { key: "bedrooms", label: qsTr("Bedrooms"), best: qsTr("Most") },
        { key: "bathrooms", label: qsTr("Bathrooms"), best: qsTr("Most") },
        { key: "orientation", label: qsTr("Orientation"), best: "" },
        { key: "floorLabel", label: qsTr("Floor"), best: "" },
        { key: "buildingName", label: qsTr("Building"), best: "" }
    ]
    // Per fact: does it differ, and who is best; recomputed whenever the list changes.
    readonly property var marks: {
        const ids = CompareList.unitIds
        const out = {}
        for (const f of facts)
            out[f.key] = { differs: ids.length > 1 && CompareList.differs(f.key), best: CompareList.bestAt(f.key) }
        return out
    }

    function cellText(u: var, key: string): string {
        switch (key) {
        case "price": return u.priceText || "–"
        case "area": return u.areaText || "–"
        case "balconyArea": return u.balconyAreaText !== "" ? u.balconyAreaText : UnitWords.balconyText(u, locale)
        case "orientation": return UnitWords.orientationText(u.orientation || "")
        default: return u[key] !== undefined && u[key] !== "" ? String(u[key]) : "–"
        }
    }

    // Bands behind the rows: a warm tint where the homes differ, hairlines between all.
    Repeater {
        model: table.facts.length
        Rectangle {
            required property int index
            readonly property var fact: table.facts[index]
            objectName: "row_" + fact.key
            readonly property bool differs: table.marks[fact.key].differs
            y: table.headHeight + index * table.rowHeight
            width: table.width
            height: table.rowHeight
            color: differs ? Qt.rgba(0.85, 0.51, 0.17, 0.09) : "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.paperEdge
            }
            Rectangle { // a mark at the row's start where it differs
                visible: parent.differs
                width: Theme.px(5)
                height: parent.height
                color: Theme.accent
            }
            ThemedText {
                objectName: "label"
                x: Theme.px(18)
                width: table.labelWidth - x
                anchors.verticalCenter: parent.verticalCenter
                text: parent.fact.label
                color: parent.differs ? Theme.ink : Theme.inkSoft
                font.pixelSize: Theme.labelSize
                font.bold: parent.differs
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.px(1.2)
            }
        }
    }

    // One column per home.
    Repeater {
        model: CompareList.unitIds
        Item {
            id: column
            required property int index
            required property string modelData
            readonly property var unit: CompareList.get(index)
            objectName: "column_" + modelData
            x: table.labelWidth + index * table.columnWidth
            width: table.columnWidth
            height: table.height

            Rectangle { // columns apart by a hairline
                visible: column.index > 0
                width: 1
                height: parent.height
                color: Theme.paperEdge
            }
            CompareHeaderCell {
                width: parent.width
                height: table.headHeight - Theme.px(14)
                unit: column.unit
                onShow: Navigation.selectUnit(column.modelData, "compare")
                onWalkInside: Navigation.walkInside(column.modelData, "compare")
                onRemove: CompareList.remove(column.modelData)
            }
            Repeater {
                model: table.facts.length
                CompareCell {
                    required property int index
                    readonly property var fact: table.facts[index]
                    objectName: "cell_" + fact.key
                    y: table.headHeight + index * table.rowHeight
                    width: column.width
                    height: table.rowHeight
                    // `column` is null for a moment while a removed home's column is destroyed (a kiosk
                    // visit's end clears the list under the page).
                    text: column ? table.cellText(column.unit, fact.key) : ""
                    status: column && fact.key === "status" ? column.unit.status || "" : ""
                    emphasised: table.marks[fact.key].differs
                    best: column !== null && table.marks[fact.key].best === column.modelData
                    bestTag: fact.best
                }
            }
        }
    }
}
