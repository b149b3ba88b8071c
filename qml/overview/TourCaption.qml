// While the guided tour runs: where we are ("2 of 7"), the stop's title and description, and a way out.
import QtQuick
import Showroom.Components
import Showroom.Shell

Panel {
    id: caption

    objectName: "tourCaption"
    width: Math.min(Theme.px(820), parent ? parent.width - 2 * Theme.margin : Theme.px(820))
    implicitHeight: column.implicitHeight + 2 * Theme.px(20)

    Column {
        id: column
        x: Theme.margin
        width: parent.width - 2 * Theme.margin - stop.width
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(4)
        ThemedText {
            text: qsTr("Guided tour · %1 of %2").arg(Tour.currentIndex + 1).arg(Tour.count)
            color: Theme.accent
            font.pixelSize: Theme.labelSize
            font.bold: true
            font.capitalization: Font.AllUppercase
        }
        ThemedText {
            objectName: "tourTitle"
            width: parent.width
            text: Tour.caption
            font.pixelSize: Theme.headingSize
        }
        ThemedText {
            width: parent.width
            text: Tour.description
            visible: text !== ""
            wrapMode: Text.Wrap
            maximumLineCount: 3
            color: Theme.inkSoft
        }
    }
    ShowroomButton {
        id: stop
        anchors.right: parent.right
        anchors.rightMargin: Theme.px(16)
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Stop")
        onClicked: Tour.stop()
    }
}
