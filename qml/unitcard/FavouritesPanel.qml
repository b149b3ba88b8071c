// The visitor's hearted homes, over the screen: each with its price and status; a tap opens that home's
// card, the heart lets it go, "Compare" lays the first three side by side. Kept for this visitor's
// session only (a new visitor starts with none; remembering an identified visitor's is issue 14's).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Showroom.Components
import Showroom.Shell

T.Popup {
    id: panel

    function compareFavourites() {
        CompareList.clear()
        for (let i = 0; i < Math.min(CompareList.maximum, Favourites.count); ++i)
            CompareList.add(Favourites.unitIds[i])
        panel.close()
        Navigation.showCompare("favourites")
    }

    objectName: "favouritesPanel"
    parent: T.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 0, Theme.px(720))
    height: Math.min(parent ? parent.height - 2 * Theme.margin : 0, implicitHeight)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    modal: true
    focus: true
    padding: Theme.margin
    closePolicy: T.Popup.CloseOnEscape | T.Popup.CloseOnPressOutside

    T.Overlay.modal: Rectangle { color: Qt.rgba(0.13, 0.15, 0.17, 0.45) }
    background: Panel {}

    Column {
        id: content
        width: parent.width
        spacing: Theme.gap

        Item {
            width: parent.width
            height: Math.max(title.implicitHeight, closeButton.height)
            ThemedText {
                id: title
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Your favourites")
                font.pixelSize: Theme.titleSize
            }
            CloseButton {
                id: closeButton
                objectName: "favouritesCloseButton"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                onClicked: panel.close()
            }
        }
        ThemedText {
            width: parent.width
            visible: Favourites.count === 0
            wrapMode: Text.Wrap
            text: qsTr("No favourites yet: tap the heart on a home's card to keep it here.")
            color: Theme.inkSoft
        }
        ListView {
            id: list
            objectName: "favouritesList"
            width: parent.width
            height: Math.min(contentHeight, Theme.px(560))
            clip: true
            interactive: contentHeight > height
            model: Favourites
            delegate: FavouriteRow {
                id: favourite
                width: ListView.view.width
                onChosen: {
                    Navigation.selectUnit(favourite.unitId, "favourites")
                    panel.close()
                }
            }
        }
        ShowroomButton {
            objectName: "compareFavouritesButton"
            visible: Favourites.count >= 2
            primary: true
            text: Favourites.count > CompareList.maximum ? qsTr("Compare the first three")
                                                         : qsTr("Compare these %1").arg(Favourites.count)
            onClicked: panel.compareFavourites()
        }
    }
}
