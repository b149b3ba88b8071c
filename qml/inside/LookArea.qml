// Looking around by dragging (mouse or finger; the view follows the finger, like a photo sphere), and a
// tap without a drag is handed on (inside: walk to the spot tapped).
import QtQuick
import Showroom.Site

MouseArea {
    id: area

    required property SiteStage stage
    property point last
    property bool dragged: false

    signal tappedAt(real x, real y)

    onPressed: (mouse) => {
        last = Qt.point(mouse.x, mouse.y)
        dragged = false
    }
    onPositionChanged: (mouse) => {
        const dx = mouse.x - last.x
        const dy = mouse.y - last.y
        // A finger's small wobble is still a tap.
        if (!dragged && Math.abs(dx) + Math.abs(dy) < 8)
            return
        dragged = true
        stage.lookDragging = true
        Visit.walker.look(dx, dy)
        last = Qt.point(mouse.x, mouse.y)
    }
    onReleased: (mouse) => {
        stage.lookDragging = false
        if (!dragged)
            area.tappedAt(mouse.x, mouse.y)
    }
    onCanceled: stage.lookDragging = false
}
