// A tapped point of interest: its name, category and description, and a close button.
import QtQuick
import Showroom.Components
import Showroom.Shell

Panel {
    id: caption

    property string poiId
    readonly property int row: {
        const pois = CurrentDevelopment.pointsOfInterest
        for (let i = 0; i < pois.count; ++i)
            if (pois.get(i).poiId === poiId)
                return i
        return -1
    }
    readonly property var poi: row >= 0 ? CurrentDevelopment.pointsOfInterest.get(row) : ({})

    objectName: "poiCaption"
    width: Math.min(Theme.px(760), parent ? parent.width - 2 * Theme.margin : Theme.px(760))
    implicitHeight: column.implicitHeight + 2 * Theme.px(20)

    Column {
        id: column
        x: Theme.margin
        width: parent.width - 2 * Theme.margin - close.width
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(4)
        ThemedText {
            text: caption.poi.category || ""
            visible: text !== ""
            color: Theme.accent
            font.pixelSize: Theme.labelSize
            font.bold: true
            font.capitalization: Font.AllUppercase
        }
        ThemedText {
            objectName: "poiName"
            width: parent.width
            text: caption.poi.name || ""
            font.pixelSize: Theme.headingSize
        }
        ThemedText {
            width: parent.width
            text: caption.poi.description || ""
            visible: text !== ""
            wrapMode: Text.Wrap
            color: Theme.inkSoft
        }
    }
    CloseButton {
        id: close
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(10)
        anchors.verticalCenter: parent.verticalCenter
        onClicked: Navigation.closePointOfInterest()
    }
}
