// The sales screen: composes the site view, the development header, the unit card and the loading and
// error screens. Holds no logic of its own beyond wiring them to the application's singletons.
import QtQuick
import Showroom.Core
import Showroom.Scene
import Showroom
import Showroom.Telemetry

Window {
    id: window

    readonly property alias siteView: siteView
    // True once the site is on screen with no overlay in front of it (--screenshot waits for this).
    readonly property bool settled: Site.status === SiteModel.Ready && !loading.visible

    width: 1280
    height: 800
    visible: true
    color: Theme.paper
    title: CurrentDevelopment.name !== "" ? qsTr("%1 · Showroom").arg(CurrentDevelopment.name) : "Showroom"

    // Everything is designed for a 1080-line screen and scales with the window.
    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.6, window.height / 1080)
    }

    SiteView {
        id: siteView
        objectName: "siteView"
        anchors.fill: parent
        site: Site
        selectedUnitId: CurrentSelection.selectedUnitId
        onUnitPicked: (unitId) => {
            if (!CurrentSelection.select(unitId))
                return
            const unit = CurrentSelection.selectedUnit
            Telemetry.track("unit_selected", { target: "unit:" + unitId, via: "site", price: unit.price,
                                               status: unit.status, typeId: unit.typeId })
        }
        onNothingPicked: CurrentSelection.clear()
    }

    // Where visitors look, at most twice a second (Telemetry throttles).
    Connections {
        target: siteView.controller
        function onCameraChanged() {
            Telemetry.cameraSample(siteView.view.camera.scenePosition, siteView.view.camera.forward)
        }
    }

    // How long the card of each unit stays open: the strongest signal of interest we have. The building
    // and floor of that unit get their own dwell, so interest in "Haus Linde, upper floors" adds up
    // across the units a visitor compares (switching units on one floor does not restart its clock).
    DwellTracker {
        target: "unit:" + CurrentSelection.selectedUnitId
        active: card.visible
    }
    DwellTracker {
        target: CurrentSelection.hasSelection ? "building:" + CurrentSelection.selectedUnit.buildingId : ""
        active: card.visible
    }
    DwellTracker {
        target: CurrentSelection.hasSelection
                ? "floor:" + CurrentSelection.selectedUnit.buildingId + "/" + CurrentSelection.selectedUnit.floor
                : ""
        active: card.visible
    }
    // The site itself, while it is on screen.
    DwellTracker {
        target: "site"
        active: window.settled
    }

    // Escape closes the card (a keyboard on the salesperson's desk).
    Shortcut {
        sequence: StandardKey.Cancel
        enabled: CurrentSelection.hasSelection
        onActivated: CurrentSelection.clear()
    }

    DevelopmentHeader {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        name: CurrentDevelopment.name
        subtitle: CurrentDevelopment.unitCount > 0
                  ? qsTr("%1 homes · %2 available · tap a home to see it").arg(CurrentDevelopment.unitCount)
                        .arg(CurrentDevelopment.availableCount)
                  : ""
    }

    UnitCard {
        id: card
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        unit: CurrentSelection.selectedUnit
        onClosed: CurrentSelection.clear()
    }

    LoadingOverlay {
        id: loading
        anchors.fill: parent
        opacity: Site.status === SiteModel.Loading || Site.status === SiteModel.Null ? 1 : 0
        visible: opacity > 0
        progress: Site.progress
        title: CurrentDevelopment.name
    }

    // Nothing to show: the error takes the screen. A failed reload keeps the previous site on screen
    // (SiteModel keeps its rows), so the error is a dismissable banner over it instead.
    ErrorScreen {
        anchors.fill: parent
        visible: Site.status === SiteModel.Error && Site.drawCalls === 0
        message: Site.errorString
    }

    ErrorBanner {
        id: errorBanner
        property bool dismissedByStaff: false
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        visible: Site.status === SiteModel.Error && Site.drawCalls > 0 && !dismissedByStaff
        message: Site.errorString
        onDismissed: dismissedByStaff = true
        Connections {
            target: Site
            function onStatusChanged() { errorBanner.dismissedByStaff = false }
        }
    }
}
