// Homes: the ranked table (left) and interest on the stacking plan (right); a home tapped on the plan
// is found in the table.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Item {
    id: view

    objectName: "unitsView"

    Row {
        id: counts
        spacing: Theme.px(28)
        Repeater {
            model: [{ key: "hot_available", label: qsTr("hot homes still available") },
                    { key: "sold_still_wanted", label: qsTr("taken homes still wanted") },
                    { key: "nobody_looks", label: qsTr("homes nobody looks at") }]
            delegate: ThemedText {
                required property var modelData
                objectName: "count_" + modelData.key
                text: qsTr("%1 %2").arg(Dashboard.asOfUtcMs >= 0 ? view.countOf(modelData.key) : 0).arg(modelData.label)
                font.pixelSize: Theme.bodySize
                color: modelData.key === "hot_available" ? Theme.accent : Theme.ink
            }
        }
    }
    function countOf(key: string): int {
        let n = 0
        const rows = Dashboard.units.count
        for (let i = 0; i < rows; ++i)
            if (Dashboard.units.get(i).unitClass === key)
                ++n
        return n
    }

    UnitTable {
        id: table
        anchors.top: counts.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        width: (view.width - Theme.gap) * 0.6
    }
    HeatStackingPlan {
        anchors.top: table.top
        anchors.bottom: parent.bottom
        anchors.left: table.right
        anchors.leftMargin: Theme.gap
        anchors.right: parent.right
        onUnitTapped: unitId => {
            const row = Dashboard.units.indexOf("unitId", unitId)
            if (row >= 0)
                table.reveal(row)
        }
    }
}
