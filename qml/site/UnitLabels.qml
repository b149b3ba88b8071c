// The cut floor's unit numbers, over the 3D view: one small tag per unit at the top of its box, in its
// sales-status colour, tappable (a tag is a bigger target than the unit seen from above).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick3D
import Showroom.Components
import Showroom.Shell

Item {
    id: labels

    required property View3D view // projects scene points onto this item

    // Bumped as each frame begins (on the GUI thread: frameSwapped comes from the render thread): the
    // spots below read it, so they follow the camera and view size of the frame before (projection needs
    // a rendered frame; unchanged spots repaint nothing, so a still scene stays still).
    property int revision: 0
    Connections {
        target: labels.Window.window
        function onAfterAnimating() { ++labels.revision }
    }

    // Where a scene point is drawn in this item; (-1, -1) behind the camera.
    function onScreen(p: vector3d): point {
        const s = view.mapFrom3DScene(p)
        return s.z > 0 ? view.mapToItem(labels, s.x, s.y) : Qt.point(-1, -1)
    }

    Repeater {
        model: labels.visible ? Site.unitsOnFloor(Navigation.buildingId, Navigation.floor) : []
        delegate: Rectangle {
            id: tag
            required property string modelData
            readonly property var unit: CurrentDevelopment.unit(modelData)
            readonly property point spot: {
                if (labels.revision < 0)
                    return Qt.point(-1, -1)
                const c = Site.unitCenter(modelData)
                const top = Site.floorTop(Navigation.buildingId, Navigation.floor)
                return labels.onScreen(Qt.vector3d(c.x, top + 0.3, c.z))
            }
            objectName: "unitLabel_" + modelData
            visible: spot.x >= 0
            x: spot.x - width / 2
            y: spot.y - height / 2
            width: text.implicitWidth + Theme.px(18)
            height: Math.max(Theme.px(34), text.implicitHeight + Theme.px(8))
            radius: height / 2
            color: Navigation.statusColoursShown ? Theme.statusColor(unit.status || "") : Theme.paper
            border.color: CurrentSelection.selectedUnitId === modelData ? Theme.highlight : "white"
            border.width: Theme.px(3)
            ThemedText {
                id: text
                anchors.centerIn: parent
                text: tag.modelData.replace("_", " ")
                font.pixelSize: Theme.labelSize
                font.bold: true
                color: Navigation.statusColoursShown ? "white" : Theme.ink
            }
            TapHandler {
                onTapped: Navigation.selectUnit(tag.modelData, "floor_label")
            }
            activeFocusOnTab: true
            Keys.onSpacePressed: Navigation.selectUnit(tag.modelData, "floor_label")
            Keys.onReturnPressed: Navigation.selectUnit(tag.modelData, "floor_label")
            FocusRing {
                shown: tag.activeFocus
                controlRadius: tag.radius
            }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Unit %1").arg(tag.modelData.replace("_", " "))
            Accessible.focusable: true
            Accessible.onPressAction: Navigation.selectUnit(tag.modelData, "floor_label")
        }
    }
}
