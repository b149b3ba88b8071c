// The finder's filters: bedrooms, price, area, floors, orientation, status, building and unit type.
// Every control shows the Finder's state (C++) and calls its setters: no filter state lives here, so
// "Clear filters", the command line's --filter and the tests all see the same thing.
import QtQuick
import Showroom.Components
import Showroom.Shell

Flickable {
    id: panel

    required property FinderChoices choices

    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    function price(v: real): string { return CurrentDevelopment.formatPrice(v) }
    function span(low: string, high: string, lowSet: bool, highSet: bool): string {
        return lowSet && highSet ? qsTr("%1 – %2").arg(low).arg(high)
             : lowSet ? qsTr("from %1").arg(low) : highSet ? qsTr("up to %1").arg(high) : qsTr("any")
    }
    function joined(list: var): string { return list.join(", ") }
    // The chips' short labels of facing keys ("NE" -> "NO" in German), for the summary.
    function compassLabels(keys: var): var {
        const out = []
        for (let i = 0; i < keys.length; ++i) {
            const c = compass.find(c => c.key === keys[i])
            out.push(c ? c.label : keys[i])
        }
        return out
    }
    // The eight facings: the key the Finder filters on, the short label on the chip, the full name
    // a screen reader says.
    readonly property var compass: [
        { key: "N", label: qsTr("N", "compass: north"), name: qsTr("North") },
        { key: "NE", label: qsTr("NE", "compass: north-east"), name: qsTr("North-east") },
        { key: "E", label: qsTr("E", "compass: east"), name: qsTr("East") },
        { key: "SE", label: qsTr("SE", "compass: south-east"), name: qsTr("South-east") },
        { key: "S", label: qsTr("S", "compass: south"), name: qsTr("South") },
        { key: "SW", label: qsTr("SW", "compass: south-west"), name: qsTr("South-west") },
        { key: "W", label: qsTr("W", "compass: west"), name: qsTr("West") },
        { key: "NW", label: qsTr("NW", "compass: north-west"), name: qsTr("North-west") }
    ]
    function toggled(list: var, key: string): var {
        const out = list.filter(k => k !== key)
        if (out.length === list.length)
            out.push(key)
        return out
    }
    // The bedroom chips the filter's range covers (the C++ filter may hold any range: the command
    // line's bedrooms>=3 checks "3" and "4+", bedrooms<=2 checks "1" and "2"); none when any number.
    // "4" is the "4+" chip: checked when the range reaches four or more.
    function bedroomKeys(min: int, max: int): var {
        if (min <= 0 && max < 0)
            return []
        const keys = []
        for (let n = 1; n <= 3; ++n) {
            if (n >= min && (max < 0 || n <= max))
                keys.push(String(n))
        }
        if (max < 0 || max >= 4)
            keys.push("4")
        return keys
    }
    function names(list: var, choices: var): string {
        if (list.length === 0)
            return qsTr("any")
        return choices.filter(c => list.indexOf(c.key) >= 0).map(c => c.label).join(", ")
    }

    Column {
        id: column
        width: panel.width
        spacing: Theme.px(22)

        FilterSection {
            title: qsTr("Bedrooms")
            summary: Finder.minBedrooms <= 0 && Finder.maxBedrooms < 0 ? qsTr("any")
                     : Finder.maxBedrooms < 0 ? qsTr("%1 or more").arg(Finder.minBedrooms)
                     : Finder.maxBedrooms === 0 ? qsTr("studios only")
                     : Finder.minBedrooms === Finder.maxBedrooms ? String(Finder.maxBedrooms)
                     : Finder.minBedrooms <= 0 ? qsTr("up to %1").arg(Finder.maxBedrooms)
                     : qsTr("%1 – %2").arg(Finder.minBedrooms).arg(Finder.maxBedrooms)
            KeyChips {
                namePrefix: "bedrooms"
                choices: [{ key: "1", label: "1" }, { key: "2", label: "2" }, { key: "3", label: "3" },
                          { key: "4", label: "4+" }]
                chosen: panel.bedroomKeys(Finder.minBedrooms, Finder.maxBedrooms)
                // A tap chooses one number ("three bedrooms"; 4+ = four or more); the only chosen one
                // again means any.
                onToggled: (key) => {
                    const n = Number(key)
                    if (chosen.length === 1 && chosen[0] === key) {
                        Finder.minBedrooms = 0
                        Finder.maxBedrooms = -1
                    } else {
                        Finder.minBedrooms = n
                        Finder.maxBedrooms = n >= 4 ? -1 : n
                    }
                }
            }
        }
        FilterSection {
            id: priceSection
            title: qsTr("Price")
            summary: panel.span(panel.price(Finder.minPrice), panel.price(Finder.maxPrice),
                                Finder.minPrice > 0, Finder.maxPrice > 0)
            RangeFilter {
                objectName: "priceRange"
                name: priceSection.title
                valueText: priceSection.summary
                width: parent.width
                stepSize: 5000
                from: Math.floor(panel.choices.priceMin / stepSize) * stepSize
                to: Math.max(from + stepSize, Math.ceil(panel.choices.priceMax / stepSize) * stepSize)
                low: Finder.minPrice
                high: Finder.maxPrice
                onLowMoved: (v) => Finder.minPrice = v
                onHighMoved: (v) => Finder.maxPrice = v
            }
        }
        FilterSection {
            id: areaSection
            title: qsTr("Living area")
            summary: panel.span(qsTr("%1 m²").arg(Finder.minArea), qsTr("%1 m²").arg(Finder.maxArea),
                                Finder.minArea > 0, Finder.maxArea > 0)
            RangeFilter {
                objectName: "areaRange"
                name: areaSection.title
                valueText: areaSection.summary
                width: parent.width
                stepSize: 1
                from: Math.floor(panel.choices.areaMin)
                to: Math.max(from + 1, Math.ceil(panel.choices.areaMax))
                low: Finder.minArea
                high: Finder.maxArea
                onLowMoved: (v) => Finder.minArea = v
                onHighMoved: (v) => Finder.maxArea = v
            }
        }
        FilterSection {
            id: floorSection
            title: qsTr("Floor")
            summary: panel.span(String(Finder.minFloor), String(Finder.maxFloor), Finder.minFloor > 0,
                                Finder.maxFloor >= 0)
            RangeFilter {
                objectName: "floorRange"
                name: floorSection.title
                valueText: floorSection.summary
                width: parent.width
                stepSize: 1
                from: panel.choices.floorMin
                to: Math.max(from + 1, panel.choices.floorMax)
                noMax: -1
                low: Finder.minFloor
                high: Finder.maxFloor
                onLowMoved: (v) => Finder.minFloor = v
                onHighMoved: (v) => Finder.maxFloor = v
            }
        }
        FilterSection {
            title: qsTr("Facing")
            summary: Finder.orientations.length === 0 ? qsTr("any")
                                                      : panel.joined(panel.compassLabels(Finder.orientations))
            KeyChips {
                namePrefix: "orientation"
                choices: panel.compass
                chosen: Finder.orientations
                onToggled: (key) => Finder.orientations = panel.toggled(Finder.orientations, key)
            }
        }
        FilterSection {
            id: status
            readonly property var labels: [{ key: "available", label: qsTr("Available") },
                                           { key: "reserved", label: qsTr("Reserved") },
                                           { key: "sold", label: qsTr("Sold") }]
            title: qsTr("Status")
            summary: panel.names(Finder.statuses, labels)
            KeyChips {
                namePrefix: "status"
                choices: status.labels
                chosen: Finder.statuses
                onToggled: (key) => Finder.statuses = panel.toggled(Finder.statuses, key)
            }
        }
        FilterSection {
            title: qsTr("Building")
            visible: panel.choices.buildings.length > 1
            summary: panel.names(Finder.buildings, panel.choices.buildings)
            KeyChips {
                namePrefix: "building"
                choices: panel.choices.buildings
                chosen: Finder.buildings
                onToggled: (key) => Finder.buildings = panel.toggled(Finder.buildings, key)
            }
        }
        FilterSection {
            title: qsTr("Home type")
            visible: panel.choices.unitTypes.length > 1
            summary: Finder.unitTypes.length === 0 ? qsTr("any") : qsTr("%n chosen", "", Finder.unitTypes.length)
            KeyChips {
                namePrefix: "type"
                choices: panel.choices.unitTypes
                chosen: Finder.unitTypes
                onToggled: (key) => Finder.unitTypes = panel.toggled(Finder.unitTypes, key)
            }
        }
    }
}
