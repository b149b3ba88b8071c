// The finishes configurator for the home on show: per surface class (floor, walls, kitchen …) a swatch
// per palette with its name, what the choice adds to the price, and "Reset to standard". It stands at
// the side and leaves the home in view (not modal): inside, the rooms change as the visitor chooses.
// Escape or the close button closes it; Tab walks through the swatches.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

T.Popup {
    id: panel

    objectName: "finishesPanel"
    parent: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 0, Theme.px(560))
    height: Math.min(parent ? parent.height - y - Theme.margin : 0, implicitHeight)
    x: parent ? parent.width - width - Theme.margin : 0
    y: Theme.margin + Theme.touchTarget + Theme.gap
    implicitHeight: header.implicitHeight + classes.contentHeight + footer.implicitHeight + 2 * Theme.gap + 2 * Theme.margin
    modal: false
    focus: true
    padding: Theme.margin
    closePolicy: T.Popup.CloseOnEscape

    background: Panel {}
    // A popup is not an Item: its content item carries the dialog's role for screen readers.
    contentItem: Item {
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Finishes")
    }

    Item {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        implicitHeight: Math.max(titleColumn.implicitHeight, closeButton.height)
        Column {
            id: titleColumn
            anchors.left: parent.left
            anchors.right: closeButton.left
            ThemedText {
                width: parent.width
                text: qsTr("Finishes")
                font.pixelSize: Theme.headingSize
            }
            ThemedText {
                objectName: "finishesHome"
                width: parent.width
                elide: Text.ElideRight
                text: qsTr("Home %1 · choose a palette for each surface").arg(Finishes.unitId.replace("_", " "))
                color: Theme.inkSoft
                font.pixelSize: Theme.labelSize
            }
        }
        CloseButton {
            id: closeButton
            objectName: "finishesCloseButton"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.topMargin: -Theme.px(10)
            anchors.rightMargin: -Theme.px(10)
            onClicked: panel.close()
        }
    }

    // A handful of surfaces: every row exists (a Repeater, not a ListView), so Tab reaches every swatch;
    // it scrolls when the window is short.
    Flickable {
        id: classes
        objectName: "finishClasses"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: footer.top
        anchors.bottomMargin: Theme.gap
        clip: true
        contentHeight: rows.implicitHeight
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: rows
            objectName: "finishRows"
            width: classes.width
            spacing: Theme.gap
            Repeater {
                model: Finishes
                delegate: FinishClassRow {
                    width: rows.width
                    // The swatch that takes the focus scrolls into view.
                    onSwatchFocused: (top, bottom) => {
                        if (top < classes.contentY)
                            classes.contentY = top
                        else if (bottom > classes.contentY + classes.height)
                            classes.contentY = Math.min(classes.contentHeight - classes.height, bottom - classes.height)
                    }
                }
            }
        }
    }

    Column {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        spacing: Theme.px(10)
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.paperEdge
        }
        ThemedText {
            objectName: "finishesPrice"
            width: parent.width
            wrapMode: Text.Wrap
            text: Finishes.priceDeltaText !== "" ? qsTr("Price difference: %1").arg(Finishes.priceDeltaText)
                : Finishes.isStandard ? qsTr("Standard finishes: included in the price")
                : qsTr("No change to the price")
            font.bold: true
        }
        ShowroomButton {
            objectName: "resetFinishesButton"
            text: qsTr("Reset to standard")
            enabled: !Finishes.isStandard
            onClicked: Finishes.resetToStandard()
        }
    }
}
