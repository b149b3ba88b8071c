// Compare mode: the homes on the compare list (two or three) side by side on paper over the whole
// screen, with their plans and facts, the differences marked (CompareTable). A home's "Show" opens its
// card on the right (the table makes room); × takes it off the list; Back / Escape / the close button
// go back to where the visitor came from. With fewer than two homes it says how to add some.
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: page

    objectName: "comparePage"

    // The paper takes the whole screen and every gesture: the 3D stage behind stays still.
    Rectangle {
        anchors.fill: parent
        color: Theme.paper
    }
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    Item {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.margin
        // Room for Main.qml's overlays: the unit card (top right), the navigation bar (bottom left) and
        // the status legend with its switch (bottom right, about 175 design px tall).
        anchors.rightMargin: Theme.margin + (CurrentSelection.hasSelection ? Theme.panelWidth + Theme.margin : 0)
        anchors.bottomMargin: Theme.margin + Theme.px(190)

        Item {
            id: header
            width: parent.width
            height: Math.max(titles.implicitHeight, close.height)
            Column {
                id: titles
                spacing: Theme.px(4)
                ThemedText {
                    objectName: "compareTitle"
                    text: qsTr("Compare homes")
                    font.pixelSize: Theme.titleSize
                }
                ThemedText {
                    objectName: "compareSubtitle"
                    text: CompareList.canCompare
                          ? qsTr("%1 homes side by side · differences are highlighted, the best of each marked ★")
                                .arg(CompareList.count)
                          : qsTr("Add two or three homes to compare: open a home and tap “Add to compare”.")
                    color: Theme.inkSoft
                }
            }
            CloseButton {
                id: close
                objectName: "compareCloseButton"
                anchors.right: parent.right
                anchors.top: parent.top
                Accessible.name: qsTr("Close the comparison")
                onClicked: Navigation.back()
            }
        }

        Panel {
            id: sheet
            anchors.top: header.bottom
            anchors.topMargin: Theme.gap
            anchors.bottom: more.visible ? more.top : parent.bottom
            anchors.bottomMargin: more.visible ? Theme.gap : 0
            width: parent.width
            color: "#fffdf9"
            visible: CompareList.count > 0
            CompareTable {
                id: table
                objectName: "compareTable"
                anchors.fill: parent
                anchors.margins: Theme.px(20)
            }
        }
        AddFromFavourites {
            id: more
            objectName: "addFromFavourites"
            anchors.bottom: parent.bottom
        }
    }
}
