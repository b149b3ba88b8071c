// The kiosk's layer over everything (Main.qml puts it last): the attract loop while nobody is there,
// "Are you still there?" before a visit ends, and the staff gate. Nothing here on a desktop.
import QtQuick
import Showroom.Shell

Item {
    id: layer

    visible: Kiosk.enabled

    AttractScreen {
        objectName: "attractScreen"
        anchors.fill: parent
        visible: Kiosk.attract && !Kiosk.staffRequested && !Kiosk.staffOpen
    }
    StillThereDialog {
        objectName: "stillThereDialog"
        anchors.fill: parent
        visible: Kiosk.stillThere
        secondsLeft: Kiosk.secondsLeft
        totalSeconds: Math.round(Kiosk.stillThereMs / 1000)
    }
    StaffGate {
        objectName: "staffGate"
        anchors.fill: parent
        visible: Kiosk.staffRequested
    }
    StaffPanel {
        objectName: "staffPanel"
        anchors.fill: parent
        visible: Kiosk.staffOpen
    }
}
