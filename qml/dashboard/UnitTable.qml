// The homes ranked by interest: one row each with views, engaged time, time inside, favourites,
// brochures and leads; every column heading sorts (DashboardRowsModel, in C++). Availability stands
// beside interest: the status, and a note for hot homes still available, taken homes still wanted and
// homes nobody looks at. A heat swatch leads each row (the same colour as on the stacking plan).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.DashboardModels

Rectangle {
    id: unitTable

    // Column shares of the width: home, status, views, engaged, inside, favourites, brochures, leads, note.
    readonly property var shares: [0.11, 0.11, 0.08, 0.13, 0.12, 0.1, 0.1, 0.07, 0.18]
    function columnX(i: int): real {
        let x = 0
        for (let c = 0; c < i; ++c)
            x += shares[c] * inner.width
        return x
    }
    function columnWidth(i: int): real { return shares[i] * inner.width }
    // Scrolls a row into view and marks it (a home tapped on the plan).
    property int revealed: -1
    function reveal(row: int) {
        revealed = row
        list.positionViewAtIndex(row, ListView.Center)
    }

    radius: Theme.radius
    color: "white"
    border.color: Theme.paperEdge
    border.width: 1

    Item {
        id: inner
        anchors.fill: parent
        anchors.margins: Theme.px(18)

        Item {
            id: headings
            width: inner.width
            height: Theme.px(48)
            Repeater {
                model: [{ key: "label", text: qsTr("Home") }, { key: "status", text: qsTr("Status") },
                        { key: "views", text: qsTr("Views") }, { key: "engagedMs", text: qsTr("Engaged") },
                        { key: "insideMs", text: qsTr("Inside") }, { key: "favourites", text: qsTr("Favourites") },
                        { key: "brochures", text: qsTr("Brochures") }, { key: "leads", text: qsTr("Leads") },
                        { key: "unitClass", text: qsTr("Note") }]
                delegate: SortHeader {
                    required property var modelData
                    required property int index
                    objectName: "sort_" + modelData.key
                    x: unitTable.columnX(index)
                    width: unitTable.columnWidth(index)
                    table: Dashboard.units
                    key: modelData.key
                    text: modelData.text
                }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.paperEdge
            }
        }
        ListView {
            id: list
            objectName: "unitList"
            anchors.top: headings.bottom
            anchors.bottom: parent.bottom
            width: inner.width
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Dashboard.units
            delegate: Item {
                id: row
                required property int index
                required property string label
                required property string statusText
                required property string status
                required property real views
                required property string engagedText
                required property string insideText
                required property real favourites
                required property real brochures
                required property real leads
                required property string classText
                required property color heatColour
                readonly property var cells: [label, statusText, Number(views).toLocaleString(Qt.locale(), "f", 0),
                                              engagedText, insideText, String(favourites), String(brochures),
                                              String(leads), classText]
                width: list.width
                height: Theme.px(46)
                Rectangle {
                    anchors.fill: parent
                    color: row.index === unitTable.revealed ? Qt.tint("white", "#33d9822b")
                                                         : row.index % 2 ? Theme.paper : "white"
                }
                Rectangle {
                    x: 0
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.px(14)
                    height: Theme.px(28)
                    radius: Theme.px(3)
                    color: row.heatColour
                }
                Repeater {
                    model: row.cells
                    delegate: ThemedText {
                        required property string modelData
                        required property int index
                        x: unitTable.columnX(index) + (index === 0 ? Theme.px(22) : 0)
                        width: unitTable.columnWidth(index) - (index === 0 ? Theme.px(22) : Theme.px(6))
                        y: (row.height - height) / 2 // (a Repeater's delegate has no parent while it is made)
                        text: modelData
                        font.pixelSize: Theme.labelSize
                        font.bold: index === 0
                        color: index === 1 ? Theme.statusColor(row.status) : index === 8 ? Theme.accent : Theme.ink
                    }
                }
            }
        }
    }
}
