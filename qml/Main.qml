// The sales screen, composition only: the persistent 3D stage (never recreated), a stack of mode pages
// (one page per Navigation mode, replaced when the mode changes) and the overlay layer (the unit card,
// the navigation bar, the status legend, loading and error screens). State lives in the shell's C++
// services; this file only places what shows it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Showroom.Brochure
import Showroom.Building
import Showroom.Compare
import Showroom.Components
import Showroom.Dashboard
import Showroom.DashboardModels
import Showroom.Finder
import Showroom.Inside
import Showroom.KioskScreens
import Showroom.LeadForm
import Showroom.Overview
import Showroom.Scene
import Showroom.Shell
import Showroom.Site
import Showroom.StackingPlan
import Showroom.Timeline
import Showroom.UnitCard
import Showroom.Welcome

Window {
    id: window

    readonly property alias stage: stage
    readonly property alias siteView: stage // (name kept for the benchmarks and render tests)
    readonly property alias pages: pages
    // True once the site is on screen with no overlay in front of it (--screenshot waits for this).
    readonly property bool settled: Site.status === SiteModel.Ready && !loading.visible && !pages.busy
                                    && Visit.status !== Visit.Loading
                                    && !(staffScreen && (Dashboard.busy || Dashboard.visitorLoading))
    // Inside a home or on its balcony: the page has its own way out; the site's overlays step aside.
    readonly property bool inHome: Navigation.mode === Navigation.Inside || Navigation.mode === Navigation.Balcony
    // Pages with their own way out and a panel along the bottom: the nav bar and the legend step aside.
    readonly property bool pageOwnsBottom: inHome || Navigation.mode === Navigation.Timeline || staffScreen
    // The sales dashboard covers the window: the visitor's overlays step aside, no dwell clock runs.
    readonly property bool staffScreen: Navigation.mode === Navigation.Dashboard
    // A kiosk's attract loop: nobody is there (app/kiosk); the visitor's controls step aside.
    readonly property bool attract: Kiosk.enabled && Kiosk.attract

    width: 1280
    height: 800
    visible: true
    color: Theme.paper
    title: CurrentDevelopment.name !== "" ? qsTr("%1 · Showroom").arg(CurrentDevelopment.name) : qsTr("Showroom")

    // Everything is designed for a 1080-line screen and scales with the window.
    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.6, window.height / 1080)
    }
    // Dwell clocks run only while the site is really on screen.
    Binding {
        target: Interest
        property: "siteShown"
        value: window.settled && !window.staffScreen
    }

    SiteStage {
        id: stage
        objectName: "siteView"
        anchors.fill: parent
        // The dashboard's Homes page shows the site through its "On the site" window: homes in heat colours.
        heatColours: window.staffScreen && Dashboard.page === "units" ? Dashboard.heatColours : ({})
    }

    // One page per mode, replaced (not pushed: Navigation keeps the history) when the mode changes.
    StackView {
        id: pages

        property int shownMode: -1

        // Kiosk: nobody there, the attract loop has the screen (its words would sit on the page's).
        visible: !window.attract

        function pageFor(mode: int): Component {
            if (mode === Navigation.Inside)
                return insidePage
            if (mode === Navigation.Balcony)
                return balconyPage
            if (mode === Navigation.Timeline)
                return timelinePage
            if (mode === Navigation.Dashboard)
                return dashboardPage
            if (mode === Navigation.Compare)
                return comparePage
            if (mode === Navigation.StackingPlan)
                return stackingPlanPage
            if (mode === Navigation.Finder)
                return finderPage
            return mode === Navigation.Building ? buildingPage : overviewPage
        }
        function show(mode: int) {
            if (mode === shownMode)
                return
            const first = shownMode < 0
            shownMode = mode
            if (first)
                push(pageFor(mode), {}, StackView.Immediate)
            else
                replace(pageFor(mode))
        }

        anchors.fill: parent
        // A quiet cross-fade: the stage behind stays put, only the page's controls change.
        replaceEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 220; easing.type: Easing.OutQuad }
        }
        replaceExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 160; easing.type: Easing.InQuad }
        }
        Component.onCompleted: show(Navigation.mode)
        Connections {
            target: Navigation
            function onChanged() { pages.show(Navigation.mode) }
        }
    }
    Component {
        id: overviewPage
        OverviewPage {}
    }
    Component {
        id: comparePage
        ComparePage {}
    }
    Component {
        id: buildingPage
        BuildingPage {
            buildingId: Navigation.buildingId
            floor: Navigation.floor
        }
    }
    Component {
        id: finderPage
        FinderPage {}
    }
    Component {
        id: insidePage
        InsidePage {
            stage: window.stage
        }
    }
    Component {
        id: balconyPage
        BalconyPage {
            stage: window.stage
        }
    }
    Component {
        id: timelinePage
        TimelinePage {
            stage: window.stage
        }
    }
    Component {
        id: dashboardPage
        DashboardPage {}
    }
    // Staff: the sales dashboard (its page asks for the PIN first).
    Shortcut {
        sequence: "Ctrl+Shift+D"
        onActivated: Navigation.showDashboard("shortcut")
    }
    Component {
        id: stackingPlanPage
        StackingPlanPage {
            buildingId: Navigation.buildingId
        }
    }

    KeyboardControls {
        anchors.fill: parent
    }

    // The overlay layer.
    UnitCard {
        id: card
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        unit: CurrentSelection.selectedUnit
        locale: Qt.locale(Language.localeName) // numbers follow the visitor's language
        visible: card.hasUnit && !window.inHome && !window.staffScreen
        onClosed: Navigation.clearSelection()
    }
    // Needed only away from the overview (at home there is nowhere to go back to).
    NavigationBar {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        // On the overview its row of buildings and views runs along the bottom: the bar sits above it.
        anchors.bottomMargin: Navigation.mode === Navigation.Site ? Theme.margin + Theme.touchTarget + Theme.gap
                                                                  : Theme.margin
        visible: !Tour.running && !window.pageOwnsBottom && (Navigation.mode !== Navigation.Site || Navigation.canGoBack)
    }
    StatusLegend {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        visible: !Tour.running && !window.pageOwnsBottom
    }

    // The visitor's language, where a visit starts (the site and a building): top right, just left of
    // where the unit card opens, so it never moves and never hides the card.
    LanguageChooser {
        id: languageChooser
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin + Theme.panelWidth + Theme.gap
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        visible: !Tour.running && !window.attract && (Navigation.mode === Navigation.Site || Navigation.mode === Navigation.Building)
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

    // "Preparing your brochure…" while Brochures photographs the home (over everything, the stage too:
    // the stills are grabbed from the stage item itself).
    BrochureOverlay {
        anchors.fill: parent
    }

    // Kiosk: "Been here before?" (the brochure's code or e-mail), at the top beside the language, where a
    // visit starts (top left, it sat on the development's header and its buttons).
    WelcomeEntry {
        anchors.right: languageChooser.left
        anchors.rightMargin: Theme.gap
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        width: Math.min(Theme.px(620), parent.width / 2)
        visible: wanted && Navigation.mode === Navigation.Site && !Tour.running && !window.attract
    }
    // Welcome back: the returning visitor's greeting and "continue where you left off" (when recognised).
    WelcomePanel {
        anchors.fill: parent
    }

    // "Send me this home" over everything (the brochure's veil too: the thank-you says it is coming),
    // ending above the on-screen keyboard.
    LeadPage {
        anchors.fill: parent
        keyboardTop: keyboard.keyboardTop
    }
    // The on-screen keyboard, in this window, above everything (kiosks: QT_IM_MODULE=qtvirtualkeyboard).
    OnScreenKeyboard {
        id: keyboard
        anchors.fill: parent
    }
    // Kiosk: the attract loop, "Are you still there?" and the staff gate over everything (app/kiosk).
    KioskLayer {
        anchors.fill: parent
    }
}
