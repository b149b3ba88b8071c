// Homes: the ranked table (left) and interest on the stacking plan (right); a home tapped on the plan
// is found in the table.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Item {
    id: view

    // Interest shown on the 3D site instead of the stacking plan.
    property bool heatOnSite: false
    // The window onto the 3D stage (DashboardPage leaves it unpainted).
    readonly property rect siteRect: siteWindow.sceneRect

    objectName: "unitsView"

    Row {
        id: counts
        spacing: Theme.px(28)
        Repeater {
            model: [{ key: "hot_available", label: qsTr("hot homes still available"), one: qsTr("hot home still available") },
                    { key: "sold_still_wanted", label: qsTr("taken homes still wanted"), one: qsTr("taken home still wanted") },
                    { key: "nobody_looks", label: qsTr("homes nobody looks at"), one: qsTr("home nobody looks at") }]
            delegate: ThemedText {
                id: countText
                required property var modelData
                readonly property int count: Dashboard.asOfUtcMs >= 0 ? view.countOf(modelData.key) : 0
                objectName: "count_" + modelData.key
                text: qsTr("%1 %2").arg(countText.count).arg(countText.count === 1 ? modelData.one : modelData.label)
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
    // Interest per home on the stacking plan or on the 3D site (the app's stage through a window).
    Row {
        id: where
        anchors.top: table.top
        anchors.left: table.right
        anchors.leftMargin: Theme.gap
        spacing: Theme.px(8)
        Repeater {
            model: [{ key: "plan", label: qsTr("On the stacking plan") }, { key: "site", label: qsTr("On the site") }]
            delegate: ChoiceChip {
                required property var modelData
                objectName: "heatWhere_" + modelData.key
                text: modelData.label
                checked: view.heatOnSite === (modelData.key === "site")
                onClicked: view.heatOnSite = modelData.key === "site"
            }
        }
    }
    HeatStackingPlan {
        visible: !view.heatOnSite
        anchors.top: where.bottom
        anchors.topMargin: Theme.gap
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
    SiteHeatWindow {
        id: siteWindow
        shown: view.heatOnSite && view.visible
        visible: view.heatOnSite
        anchors.top: where.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: siteLegend.top
        anchors.bottomMargin: Theme.px(8)
        anchors.left: table.right
        anchors.leftMargin: Theme.gap
        anchors.right: parent.right
    }
    HeatLegend {
        id: siteLegend
        visible: view.heatOnSite
        anchors.left: siteWindow.left
        anchors.bottom: parent.bottom
        statusShown: false
    }
}
