// The keyboard on a desktop or a salesperson's desk: arrows orbit, +/- zoom, Home returns to the
// overview, Escape goes back one step (first closing what is open). Any key ends a guided tour.
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

    focus: true
    Keys.onPressed: (event) => {
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
