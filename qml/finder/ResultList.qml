// The homes that match, as a list: the live count, sorting (price, area, floor; a second tap reverses)
// and the rows. The home selected anywhere (3D, stacking plan, this list) is marked and scrolled into
// view.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: results

    readonly property alias list: list

    // The row of the selected home in the list's order (-1: none, or filtered out).
    function selectedRow(): int {
        const id = CurrentSelection.selectedUnitId
        return id === "" ? -1 : indexIn(Finder.matchingUnitIds(), id)
    }
    function indexIn(list: var, id: string): int { return list.indexOf(id) }
    function followSelection() {
        const row = selectedRow()
        list.currentIndex = row
        if (row >= 0)
            list.positionViewAtIndex(row, ListView.Contain)
    }

    Column {
        id: header
        x: Theme.px(20)
        width: parent.width - 2 * x
        spacing: Theme.px(8)
        ThemedText {
            objectName: "resultCount"
            width: parent.width
            text: Finder.count === 0 ? qsTr("No homes match")
                : Finder.count === 1 ? qsTr("1 home matches") : qsTr("%1 homes match").arg(Finder.count)
            font.pixelSize: Theme.headingSize
        }
        Row {
            spacing: Theme.px(4)
            ThemedText {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Sort by")
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
                rightPadding: Theme.px(6)
            }
            SortButton { objectName: "sortPrice"; key: "price"; text: qsTr("Price") }
            SortButton { objectName: "sortArea"; key: "area"; text: qsTr("Area") }
            SortButton { objectName: "sortFloor"; key: "floor"; text: qsTr("Floor") }
        }
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.paperEdge
        }
    }

    ListView {
        id: list
        objectName: "resultList"
        anchors.top: header.bottom
        anchors.topMargin: Theme.px(6)
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: Finder
        spacing: Theme.px(2)
        boundsBehavior: Flickable.StopAtBounds
        currentIndex: -1
        highlightFollowsCurrentItem: false
        delegate: ResultRow {
            width: ListView.view.width
        }

        ThemedText {
            objectName: "noResults"
            visible: Finder.count === 0
            width: parent.width
            topPadding: Theme.gap
            wrapMode: Text.WordWrap
            text: qsTr("Try fewer filters, or clear them to see every available home.")
            color: Theme.inkSoft
        }
    }

    Connections {
        target: CurrentSelection
        function onSelectedUnitIdChanged() { results.followSelection() }
    }
    Connections {
        target: Finder
        function onResultsChanged() { results.followSelection() }
        function onSortChanged() { results.followSelection() }
    }
    Component.onCompleted: followSelection()
}
