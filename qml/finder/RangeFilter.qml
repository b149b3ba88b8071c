// A two-handled slider for a span (price, area, floors) on QtQuick.Templates' RangeSlider. The ends of
// the track mean "no limit": a handle pushed to its end reports 0 (the Finder's "any"). `low`/`high`
// are the Finder's current limits (0 / `noMax` = any); moving a handle calls lowMoved/highMoved.
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.RangeSlider {
    id: control

    property real low: 0
    property real high: 0
    property real noMax: 0 // the Finder's "no maximum" (0 for price and area, -1 for floors)
    property string name: ""      // what it sets ("Price"): the accessible name
    property string valueText: "" // what it is set to ("€300,000 – €450,000"), spoken after the name
    signal lowMoved(real value)
    signal highMoved(real value)

    first.value: control.low > control.from ? control.low : control.from
    second.value: control.high !== control.noMax && control.high < control.to ? control.high : control.to
    first.onMoved: control.lowMoved(control.first.value <= control.from ? 0 : control.first.value)
    second.onMoved: control.highMoved(control.second.value >= control.to ? control.noMax : control.second.value)

    snapMode: T.RangeSlider.SnapAlways
    implicitWidth: Theme.px(400)
    implicitHeight: Theme.touchTarget
    // Qt maps a finger to a value over availableWidth less a handle's width (centred handles).
    readonly property real handleSize: Theme.touchTarget
    readonly property real travel: availableWidth - handleSize
    leftPadding: 0
    rightPadding: 0
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Slider
    Accessible.name: name
    Accessible.description: valueText

    background: Item {
        x: control.leftPadding + control.handleSize / 2
        width: control.travel
        height: control.height
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: Theme.px(6)
            radius: height / 2
            color: Theme.paperEdge
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            x: control.first.visualPosition * parent.width
            width: (control.second.visualPosition - control.first.visualPosition) * parent.width
            height: Theme.px(6)
            radius: height / 2
            color: Theme.accent
        }
    }

    // Handles are finger-sized (the visible dot is smaller than what accepts the drag).
    first.handle: Item {
        x: control.leftPadding + control.first.visualPosition * control.travel
        y: (control.height - height) / 2
        width: control.handleSize
        height: control.handleSize
        Rectangle {
            anchors.centerIn: parent
            width: Theme.px(34)
            height: width
            radius: width / 2
            color: control.first.pressed ? Theme.paperEdge : "white"
            border.color: Theme.accent
            border.width: Theme.px(3)
            FocusRing {
                shown: control.first.handle.activeFocus
                controlRadius: parent.radius
            }
        }
    }
    second.handle: Item {
        x: control.leftPadding + control.second.visualPosition * control.travel
        y: (control.height - height) / 2
        width: control.handleSize
        height: control.handleSize
        Rectangle {
            anchors.centerIn: parent
            width: Theme.px(34)
            height: width
            radius: width / 2
            color: control.second.pressed ? Theme.paperEdge : "white"
            border.color: Theme.accent
            border.width: Theme.px(3)
            FocusRing {
                shown: control.second.handle.activeFocus
                controlRadius: parent.radius
            }
        }
    }
}
