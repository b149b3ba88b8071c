// Home (back to the overview) and Back (one step), bottom-left, always within reach of a hand.
import QtQuick
import Showroom.Components
import Showroom.Shell

Row {
    spacing: Theme.px(10)
    objectName: "navigationBar"

    ShowroomButton {
        objectName: "homeButton"
        glyph: "⌂"
        text: qsTr("Overview")
        Accessible.name: qsTr("Back to the overview")
        onClicked: Navigation.goHome()
    }
    ShowroomButton {
        objectName: "backButton"
        glyph: "←"
        text: qsTr("Back")
        enabled: Navigation.canGoBack
        onClicked: Navigation.back()
    }
}
