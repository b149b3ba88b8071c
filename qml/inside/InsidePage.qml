// Inside a home (Navigation mode Inside): the visitor walks through the interior at its real place on the
// site. Drag to look, tap the floor to walk there, the pad or W/A/S/D to walk; the minimap shows the plan
// with the visitor and takes taps too. "Leave" (or Escape, Back) returns to the view they came from.
import QtQuick
import Showroom.Components
import Showroom.Finishes
import Showroom.Interior
import Showroom.Scene
import Showroom.Shell
import Showroom.Site

Item {
    id: page

    required property SiteStage stage
    readonly property WalkController walker: Visit.walker
    readonly property var unit: CurrentSelection.selectedUnit

    objectName: "insidePage"

    LookArea {
        anchors.fill: parent
        stage: page.stage
        onTappedAt: (x, y) => page.stage.walkTo(x, y)
    }

    RoomHeader {
        id: header
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: page.unit ? qsTr("Home %1 · %2").arg(page.unit.unitId).arg(page.unit.typeName || "") : ""
        place: Visit.status === Visit.Ready ? (page.walker.roomName || qsTr("Inside"))
             : Visit.status === Visit.Error ? qsTr("Interior not available") : qsTr("Opening the home…")
        hint: qsTr("Drag to look around · tap the floor to walk there · W A S D")
    }

    Row {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.gap
        ShowroomButton {
            objectName: "finishesButton"
            visible: Finishes.available
            text: qsTr("Finishes")
            Accessible.description: qsTr("Choose the floor, walls, kitchen and bathroom finishes")
            onClicked: finishesPanel.opened ? finishesPanel.close() : finishesPanel.open()
        }
        ShowroomButton {
            objectName: "balconyButton"
            // (status read: asked again once the site has loaded)
            text: Site.status === SiteModel.Ready && Site.hasBalcony(Visit.unitId) ? qsTr("Balcony view")
                                                                                   : qsTr("Window view")
            onClicked: Navigation.showBalconyView(Visit.unitId, "inside")
        }
        ShowroomButton {
            objectName: "leaveButton"
            primary: true
            glyph: "←"
            text: qsTr("Leave home")
            onClicked: Navigation.back()
        }
    }

    // The plan with the visitor on it; a tap walks there.
    Panel {
        objectName: "minimapPanel"
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        width: Theme.px(380)
        height: minimap.height + storeys.height + 2 * Theme.px(12)
        visible: Visit.status === Visit.Ready
        WalkMinimap {
            id: minimap
            objectName: "minimap"
            x: Theme.px(12)
            y: Theme.px(12)
            width: parent.width - 2 * Theme.px(12)
            height: Theme.px(300)
            controller: page.walker
        }
        StoreySwitch {
            id: storeys
            anchors.top: minimap.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            walker: page.walker
        }
    }

    MovePad {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        walker: page.walker
        visible: Visit.status === Visit.Ready
    }

    FinishesPanel {
        id: finishesPanel
    }

    // A storey change fades through the house's own dusk.
    Rectangle {
        anchors.fill: parent
        color: "#1b1d20"
        opacity: page.walker.transition
        visible: opacity > 0
    }

    Panel {
        anchors.centerIn: parent
        visible: Visit.status === Visit.Error
        implicitWidth: Math.min(parent.width * 0.6, errorText.implicitWidth + 2 * Theme.margin)
        implicitHeight: errorText.implicitHeight + 2 * Theme.margin
        ThemedText {
            id: errorText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, page.width * 0.6 - 2 * Theme.margin)
            wrapMode: Text.Wrap
            text: qsTr("This home's interior could not be opened: %1").arg(Visit.errorString)
            color: Theme.error
        }
    }
}
