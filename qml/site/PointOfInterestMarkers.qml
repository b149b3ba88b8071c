// The development's points of interest as pins over the 3D view (tram stop, playground …): tap one to
// hear what it is. The pin is finger-sized; the name sits beside it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick3D
import Showroom.Components
import Showroom.Shell

Item {
    id: markers

    required property View3D view // projects scene points onto this item

    // Bumped as each frame begins (on the GUI thread: frameSwapped comes from the render thread): the
    // spots below read it, so they follow the camera and view size of the frame before (projection needs
    // a rendered frame; unchanged spots repaint nothing, so a still scene stays still).
    property int revision: 0
    Connections {
        target: markers.Window.window
        function onAfterAnimating() { ++markers.revision }
    }

    // Where a scene point is drawn in this item; (-1, -1) behind the camera or hidden behind something
    // (a pin seen through a house would send the visitor the wrong way).
    function onScreen(p: vector3d): point {
        const s = view.mapFrom3DScene(p)
        if (s.z <= 0)
            return Qt.point(-1, -1)
        const hit = view.pick(s.x, s.y)
        const far = SiteCamera.position.minus(p).length()
        if (hit.objectHit && hit.distance < far - 4)
            return Qt.point(-1, -1)
        return view.mapToItem(markers, s.x, s.y)
    }

    Repeater {
        model: CurrentDevelopment.pointsOfInterest
        delegate: Item {
            id: marker
            required property string poiId
            required property string name
            required property bool hasPosition
            required property vector3d position
            readonly property point spot: {
                return markers.revision >= 0 && marker.hasPosition ? markers.onScreen(Qt.vector3d(position.x,
                                                                                         position.y + 4, position.z))
                                          : Qt.point(-1, -1)
            }
            objectName: "poi_" + poiId
            visible: spot.x >= 0 && spot.y >= 0
            x: spot.x - Theme.touchTarget / 2
            y: spot.y - Theme.touchTarget
            width: Theme.touchTarget
            height: Theme.touchTarget

            Rectangle {
                id: pin
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                width: Theme.px(34)
                height: width
                radius: width / 2
                color: Navigation.pointOfInterestId === marker.poiId ? Theme.accent : Theme.paper
                border.color: Theme.accent
                border.width: Theme.px(4)
                Rectangle {
                    anchors.centerIn: parent
                    width: parent.width * 0.3
                    height: width
                    radius: width / 2
                    color: Navigation.pointOfInterestId === marker.poiId ? "white" : Theme.accent
                }
            }
            Rectangle {
                anchors.left: pin.right
                anchors.leftMargin: Theme.px(6)
                anchors.verticalCenter: pin.verticalCenter
                width: label.implicitWidth + Theme.px(16)
                height: label.implicitHeight + Theme.px(6)
                radius: height / 2
                color: "#cc22262b"
                ThemedText {
                    id: label
                    anchors.centerIn: parent
                    text: marker.name
                    color: "white"
                    font.pixelSize: Theme.labelSize
                }
            }
            TapHandler {
                onTapped: Navigation.showPointOfInterest(marker.poiId, "marker")
            }
            // Keyboard: Tab reaches each marker, Space or Enter opens it.
            activeFocusOnTab: true
            Keys.onSpacePressed: Navigation.showPointOfInterest(marker.poiId, "marker")
            Keys.onReturnPressed: Navigation.showPointOfInterest(marker.poiId, "marker")
            FocusRing {
                anchors.fill: pin
                shown: marker.activeFocus
                controlRadius: pin.radius
            }
            Accessible.role: Accessible.Button
            Accessible.name: marker.name
            Accessible.focusable: true
            Accessible.onPressAction: Navigation.showPointOfInterest(marker.poiId, "marker")
        }
    }
}
