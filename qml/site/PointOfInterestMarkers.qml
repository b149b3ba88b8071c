// The development's points of interest as pins over the 3D view (tram stop, playground …): tap one to
// hear what it is. The pin is finger-sized; the name sits beside it.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Scene
import Showroom.Shell

Item {
    id: markers

    required property Item stage // the SiteStage (projects scene points)

    Repeater {
        model: CurrentDevelopment.pointsOfInterest
        delegate: Item {
            id: marker
            required property string poiId
            required property string name
            required property bool hasPosition
            required property vector3d position
            readonly property point spot: {
                const camera = SiteCamera.position // re-projected whenever the camera moves
                return marker.hasPosition ? markers.stage.scenePointOnScreen(Qt.vector3d(position.x,
                                                                                         position.y + 4, position.z))
                                          : Qt.point(-1, -1)
            }
            objectName: "poi_" + poiId
            visible: spot.x >= 0 && spot.y >= 0 && !markers.stage.moving
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
            Accessible.role: Accessible.Button
            Accessible.name: marker.name
        }
    }
}
