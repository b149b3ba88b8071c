// The unit finder (Navigation.Finder): the filters and the matching homes side by side on the left,
// the site on the right with the homes that do not match dimmed (SiteStage binds the Finder to the
// units' state texture). The filter state is the Finder's (C++); this page only shows and sets it.
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: page

    objectName: "finderPage"

    // What panels cover of the stage: the camera puts a home chosen in the list between this page's
    // panels and the unit card that opens on the right (Main.qml: Theme.panelWidth at Theme.margin).
    // Navigation sets both back to 0 when the mode changes.
    readonly property real coveredLeft: width > 0 ? (resultsPanel.x + resultsPanel.width) / width : 0
    readonly property real coveredRight: width > 0 && CurrentSelection.selectedUnitId !== ""
                                         ? (Theme.panelWidth + Theme.margin) / width : 0
    Binding {
        target: Navigation
        property: "coveredLeft"
        value: page.coveredLeft
    }
    Binding {
        target: Navigation
        property: "coveredRight"
        value: page.coveredRight
    }

    FinderChoices {
        id: choices
    }

    Panel {
        id: filters
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        anchors.bottomMargin: Theme.margin + Theme.touchTarget + Theme.gap // above the navigation bar
        width: Theme.px(420)

        Item {
            id: heading
            x: Theme.px(24)
            y: Theme.px(20)
            width: parent.width - 2 * x
            height: Math.max(title.implicitHeight, clear.implicitHeight)
            ThemedText {
                id: title
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.right: clear.left
                text: qsTr("Find a home")
                font.pixelSize: Theme.headingSize
                font.bold: true
                // Longer languages shrink the heading a little rather than cut it ("Wohnung finden").
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.bodySize
            }
            ShowroomButton {
                id: clear
                objectName: "clearFilters"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Clear")
                enabled: !Finder.isDefault
                Accessible.name: qsTr("Clear filters")
                onClicked: Finder.clear()
            }
        }
        FilterPanel {
            id: filterPanel
            objectName: "filterPanel"
            anchors.top: heading.bottom
            anchors.topMargin: Theme.px(22)
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.px(12)
            x: Theme.px(24)
            width: parent.width - 2 * x
            choices: choices
        }
        // More filters below: the last lines fade into the paper (a hint to scroll on short screens).
        Rectangle {
            anchors.left: filterPanel.left
            anchors.right: filterPanel.right
            anchors.bottom: filterPanel.bottom
            height: Theme.px(48)
            visible: !filterPanel.atYEnd
            gradient: Gradient {
                GradientStop { position: 0; color: Qt.rgba(Theme.paper.r, Theme.paper.g, Theme.paper.b, 0) }
                GradientStop { position: 1; color: Theme.paper }
            }
        }
    }

    Panel {
        id: resultsPanel
        anchors.left: filters.right
        anchors.leftMargin: Theme.gap
        anchors.top: filters.top
        anchors.bottom: filters.bottom
        width: Theme.px(540) // rows with a heart beside the price; "Haus Linde · Ground floor" unelided

        ResultList {
            objectName: "results"
            anchors.fill: parent
            anchors.leftMargin: Theme.px(12)
            anchors.rightMargin: Theme.px(12)
            anchors.topMargin: Theme.px(22)
            anchors.bottomMargin: Theme.px(12)
        }
    }
}
