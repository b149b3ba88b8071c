// The keyboard on a desktop or a salesperson's desk: arrows orbit, +/- zoom, Home returns to the
// overview, Escape goes back one step (first closing what is open). Any key ends a guided tour.
// Inside a home W/A/S/D or the arrows walk while held (Shift: faster); on a balcony the arrows look.
import QtQuick
import Showroom.Shell

Item {
    id: keys

    function stopTour(): bool {
        if (!Tour.running)
            return false
        Tour.stop()
        return true
    }

    readonly property bool walking: Navigation.mode === Navigation.Inside
    readonly property bool onBalcony: Navigation.mode === Navigation.Balcony

    // Held keys walk; released ones stop (auto-repeat is ignored: speed is the walker's, per second).
    function walkKey(key: int, down: bool): bool {
        const walker = Visit.walker
        switch (key) {
        case Qt.Key_W: case Qt.Key_Up: walker.moveForward = down ? 1 : 0; return true
        case Qt.Key_S: case Qt.Key_Down: walker.moveForward = down ? -1 : 0; return true
        case Qt.Key_A: case Qt.Key_Left: walker.moveRight = down ? -1 : 0; return true
        case Qt.Key_D: case Qt.Key_Right: walker.moveRight = down ? 1 : 0; return true
        case Qt.Key_Shift: walker.running = down; return true
        }
        return false
    }

    function lookKey(key: int): bool {
        switch (key) {
        case Qt.Key_Left: Visit.walker.look(40, 0); return true
        case Qt.Key_Right: Visit.walker.look(-40, 0); return true
        case Qt.Key_Up: Visit.walker.look(0, 40); return true
        case Qt.Key_Down: Visit.walker.look(0, -40); return true
        }
        return false
    }

    focus: true
    Keys.onReleased: (event) => {
        if (keys.walking && !event.isAutoRepeat && keys.walkKey(event.key, false))
            event.accepted = true
    }
    Keys.onPressed: (event) => {
        if (keys.walking && keys.walkKey(event.key, true)) {
            event.accepted = true
            return
        }
        // (look() takes a drag: the scene follows it, so a drag to the right turns the view left)
        if (keys.onBalcony && keys.lookKey(event.key)) {
            event.accepted = true
            return
        }
        if (keys.stopTour() && event.key !== Qt.Key_Escape) {
            event.accepted = true
            return
        }
        const step = 40 // pixels of drag per key press
        switch (event.key) {
        case Qt.Key_Left: SiteCamera.orbit(step, 0); break
        case Qt.Key_Right: SiteCamera.orbit(-step, 0); break
        case Qt.Key_Up: SiteCamera.orbit(0, step); break
        case Qt.Key_Down: SiteCamera.orbit(0, -step); break
        case Qt.Key_Plus: case Qt.Key_Equal: SiteCamera.zoom(1.15); break
        case Qt.Key_Minus: SiteCamera.zoom(1 / 1.15); break
        case Qt.Key_Home: Navigation.goHome(); break
        case Qt.Key_PageUp: Navigation.stepFloor(1); break
        case Qt.Key_PageDown: Navigation.stepFloor(-1); break
        case Qt.Key_Escape:
            if (Navigation.pointOfInterestId !== "")
                Navigation.closePointOfInterest()
            else
                Navigation.back()
            break
        default: return
        }
        event.accepted = true
    }
}
