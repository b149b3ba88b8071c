// The unit type's floor plan, small, on paper; a tap asks for it full-window (enlarge()). Hidden when
// the unit has no plan.
import QtQuick
import Showroom.Components

Rectangle {
    id: thumb

    property url source
    signal enlarge()

    implicitHeight: Theme.px(180)
    visible: String(source) !== ""
    color: "white"
    radius: Theme.px(8)
    border.color: Theme.paperEdge
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Floor plan, tap to enlarge")
    Accessible.focusable: true
    Accessible.onPressAction: thumb.enlarge()
    // Keyboard: Tab reaches it, Space or Enter enlarges.
    activeFocusOnTab: true
    Keys.onSpacePressed: thumb.enlarge()
    Keys.onReturnPressed: thumb.enlarge()

    FocusRing {
        shown: thumb.activeFocus
        controlRadius: thumb.radius
    }

    Image {
        id: image
        objectName: "planImage"
        anchors.fill: parent
        anchors.margins: Theme.px(10)
        source: thumb.source
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        smooth: true
        mipmap: true
    }
    // A quiet hint in the corner: the plan can be looked at closely.
    Rectangle {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.px(8)
        width: hint.implicitWidth + Theme.px(20)
        height: hint.implicitHeight + Theme.px(8)
        radius: height / 2
        color: Qt.rgba(0.13, 0.15, 0.17, 0.72)
        ThemedText {
            id: hint
            anchors.centerIn: parent
            text: qsTr("Tap to enlarge")
            color: "white"
            font.pixelSize: Theme.labelSize
        }
    }
    TapHandler {
        onTapped: thumb.enlarge()
    }
}
