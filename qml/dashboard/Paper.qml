// The dashboard's paper over the whole page, with one rectangular hole (page coordinates; empty: none)
// through which the 3D stage behind shows: four sheets around it.
import QtQuick
import Showroom.Components

Item {
    id: paper

    property rect hole: Qt.rect(0, 0, 0, 0)
    readonly property bool holed: hole.width > 0 && hole.height > 0

    Rectangle { // above the hole (everything when there is none)
        width: paper.width
        height: paper.holed ? paper.hole.y : paper.height
        color: Theme.paper
    }
    Rectangle { // below
        visible: paper.holed
        y: paper.hole.y + paper.hole.height
        width: paper.width
        height: paper.height - y
        color: Theme.paper
    }
    Rectangle { // left
        visible: paper.holed
        y: paper.hole.y
        width: paper.hole.x
        height: paper.hole.height
        color: Theme.paper
    }
    Rectangle { // right
        visible: paper.holed
        x: paper.hole.x + paper.hole.width
        y: paper.hole.y
        width: paper.width - x
        height: paper.hole.height
        color: Theme.paper
    }
}
