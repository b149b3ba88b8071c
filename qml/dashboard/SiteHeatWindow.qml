// Interest on the 3D site: a window in the dashboard's paper through which the app's own 3D stage shows
// (Main.qml's SiteStage, not a second View3D), its homes in heat colours while the Homes page is open
// (SiteStage.heatColours). While shown, the camera fits the buildings into the window: Navigation's
// covered shares for the sides, SiteCamera's for the height. DashboardPage leaves this rectangle
// unpainted (`sceneRect`). Leaving the dashboard frames the showroom's own view again (Navigation).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Scene
import Showroom.Shell

Item {
    id: frame

    property bool shown: false
    readonly property bool active: shown && visible && Navigation.mode === Navigation.Dashboard
                                   && Site.status === SiteModel.Ready
    // Where the window is in the window's (= the stage's) coordinates; empty when not shown.
    readonly property rect sceneRect: active && width > 0 && Window.width > 0
                                      ? frame.mapToItem(null, 0, 0, width, height) : Qt.rect(0, 0, 0, 0)
    readonly property real leftShare: Window.width > 0 ? sceneRect.x / Window.width : 0
    readonly property real rightShare: Window.width > 0 ? (Window.width - sceneRect.x - sceneRect.width) / Window.width : 0
    // The camera centres vertically on the stage: the band it fits into must stay inside the window.
    readonly property real heightShare: Window.height > 0
        ? 1 - 2 * Math.min(Window.height / 2 - sceneRect.y, sceneRect.y + sceneRect.height - Window.height / 2) / Window.height
        : 0

    function fit(): void {
        if (!frame.active)
            return
        SiteCamera.coveredLeft = frame.leftShare
        SiteCamera.coveredRight = frame.rightShare
        SiteCamera.frame(Site.buildingsMin, Site.buildingsMax, false)
        SiteCamera.settle()
    }

    objectName: "siteHeatWindow"

    Binding {
        target: Navigation
        property: "coveredLeft"
        value: frame.leftShare
        when: frame.active
    }
    Binding {
        target: Navigation
        property: "coveredRight"
        value: frame.rightShare
        when: frame.active
    }
    Binding {
        target: SiteCamera
        property: "coveredHeight"
        value: Math.max(0, Math.min(0.8, frame.heightShare + 0.04))
        when: frame.active
    }
    // Once the covered shares are in place (next turn of the event loop), and again if the window moves.
    onActiveChanged: refit.restart()
    onSceneRectChanged: refit.restart()
    Timer {
        id: refit
        interval: 0
        onTriggered: frame.fit()
    }

    // A thin frame so the window reads as part of the sheet.
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: Theme.radius
        border.color: Theme.paperEdge
        border.width: Math.max(1, Theme.px(2))
    }
}
