// A floor plan over the whole window, to be read closely: pinch or the mouse wheel zooms (1x to 6x,
// around the fingers / the pointer), a drag moves the plan, a double tap fits it again; the close
// button, Escape or Back closes it. Modal: the 3D stage behind takes no gestures meanwhile.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.Popup {
    id: viewer

    property url source
    property string title
    readonly property real zoom: plan.scale
    readonly property real maximumZoom: 6

    function zoomBy(factor: real) {
        plan.scale = Math.min(maximumZoom, Math.max(1, plan.scale * factor))
        if (plan.scale === 1)
            fit()
    }
    function fit() {
        plan.scale = 1
        plan.x = (stage.width - plan.width) / 2
        plan.y = (stage.height - plan.height) / 2
    }

    objectName: "planViewer"
    parent: T.Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: T.Popup.CloseOnEscape
    onOpened: fit()

    background: Rectangle { color: "white" }

    Item {
        id: stage
        anchors.fill: parent
        clip: true

        Image {
            id: plan
            objectName: "enlargedPlan"
            width: stage.width - 2 * Theme.margin
            height: stage.height - 2 * (Theme.touchTarget + Theme.margin)
            source: viewer.source
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            smooth: true
            mipmap: true

            PinchHandler {
                minimumScale: 1
                maximumScale: viewer.maximumZoom
                minimumRotation: 0
                maximumRotation: 0
            }
            DragHandler {}
        }
        WheelHandler {
            objectName: "wheelZoom"
            acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
            onWheel: event => viewer.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8)
        }
        TapHandler {
            onDoubleTapped: viewer.fit()
        }
    }

    // Title and hint top-left, zoom and close top-right: all on paper chips so they read over lines.
    Rectangle {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        width: heading.implicitWidth + 2 * Theme.px(20)
        height: heading.implicitHeight + 2 * Theme.px(12)
        radius: Theme.radius
        color: Theme.paper
        border.color: Theme.paperEdge
        Column {
            id: heading
            anchors.centerIn: parent
            spacing: Theme.px(2)
            ThemedText {
                objectName: "planTitle"
                text: viewer.title
                font.pixelSize: Theme.headingSize
            }
            ThemedText {
                text: qsTr("Pinch or scroll to zoom · drag to move · double tap to fit")
                color: Theme.inkSoft
                font.pixelSize: Theme.labelSize
            }
        }
    }
    Row {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: Theme.px(10)
        ShowroomButton {
            objectName: "zoomOutButton"
            glyph: "−"
            Accessible.name: qsTr("Zoom out")
            enabled: viewer.zoom > 1
            onClicked: viewer.zoomBy(0.8)
        }
        ShowroomButton {
            objectName: "zoomInButton"
            glyph: "+"
            Accessible.name: qsTr("Zoom in")
            enabled: viewer.zoom < viewer.maximumZoom
            onClicked: viewer.zoomBy(1.25)
        }
        Rectangle {
            width: Theme.touchTarget
            height: Theme.touchTarget
            radius: width / 2
            color: Theme.paper
            CloseButton {
                objectName: "planCloseButton"
                anchors.centerIn: parent
                onClicked: viewer.close()
            }
        }
    }
}
