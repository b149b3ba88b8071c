// What the development offers, for the finder's controls: the price, area and floor spans of its homes,
// its unit types (id and name) and buildings. Read once per development (not per filter change).
import QtQuick
import Showroom.Shell

QtObject {
    id: choices

    property real priceMin: 0
    property real priceMax: 0
    property real areaMin: 0
    property real areaMax: 0
    property int floorMin: 0
    property int floorMax: 0
    // [{ key, label }] in manifest order
    property var unitTypes: []
    property var buildings: []

    function refresh() {
        const units = CurrentDevelopment.units
        let pMin = Infinity, pMax = 0, aMin = Infinity, aMax = 0, fMin = Infinity, fMax = -Infinity
        const types = [], seen = {}
        for (let i = 0; i < units.count; ++i) {
            const u = units.get(i)
            pMin = Math.min(pMin, u.price); pMax = Math.max(pMax, u.price)
            aMin = Math.min(aMin, u.area); aMax = Math.max(aMax, u.area)
            fMin = Math.min(fMin, u.floor); fMax = Math.max(fMax, u.floor)
            if (!seen[u.typeId]) {
                seen[u.typeId] = true
                types.push({ key: u.typeId, label: u.typeName || u.typeId })
            }
        }
        const empty = units.count === 0
        priceMin = empty ? 0 : pMin; priceMax = empty ? 0 : pMax
        areaMin = empty ? 0 : aMin; areaMax = empty ? 0 : aMax
        floorMin = empty ? 0 : fMin; floorMax = empty ? 0 : fMax
        unitTypes = types
        const b = [], model = CurrentDevelopment.buildings
        for (let j = 0; j < model.count; ++j) {
            const row = model.get(j)
            if (row.unitCount > 0)
                b.push({ key: row.buildingId, label: row.name || row.buildingId })
        }
        buildings = b
    }

    Component.onCompleted: refresh()
    property Connections _reload: Connections {
        target: CurrentDevelopment
        function onDevelopmentChanged() { choices.refresh() }
    }
}
