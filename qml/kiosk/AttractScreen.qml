// While nobody is there: the guided tour flies slowly over the site behind this, the homes in their sales
// colours; the development's name, a few available homes, and an inviting "Touch to explore". The first
// touch is the next visitor's (the guard takes it, so it presses nothing under it).
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components
import Showroom.Shell

Item {
    id: attract

    readonly property int shown: Math.min(3, Finder.count)

    // A soft darkening at top and bottom so the words read over any sky or roof.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: parent.height * 0.5
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#00000000" }
            GradientStop { position: 1.0; color: "#b0101418" }
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: parent.height * 0.3
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#c0101418" }
            GradientStop { position: 0.5; color: "#70101418" }
            GradientStop { position: 1.0; color: "#00000000" }
        }
    }

    Column {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.px(6)
        ThemedText {
            text: CurrentDevelopment.name
            color: "white"
            font.pixelSize: Theme.titleSize * 1.3
            font.bold: true
        }
        ThemedText {
            objectName: "availableCount"
            text: Finder.count === 1 ? qsTr("1 home available now") : qsTr("%1 homes available now").arg(Finder.count)
            color: "white"
            font.pixelSize: Theme.headingSize
        }
    }

    Row {
        id: highlights
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: invite.top
        anchors.bottomMargin: Theme.margin
        spacing: Theme.gap
        Repeater {
            model: attract.shown
            delegate: HomeHighlight {
                required property int index
                home: Finder.get(index)
                width: Math.min(Theme.px(480), (attract.width - 2 * Theme.margin - 2 * Theme.gap) / 3)
            }
        }
    }

    Rectangle {
        id: invite
        objectName: "touchToExplore"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin * 2
        width: inviteText.implicitWidth + Theme.px(96)
        height: Theme.touchTarget * 1.5
        radius: height / 2
        color: Theme.accent
        SequentialAnimation on scale {
            running: attract.visible && !Preferences.reducedMotion
            loops: Animation.Infinite
            NumberAnimation { from: 1.0; to: 1.06; duration: 1400; easing.type: Easing.InOutSine }
            NumberAnimation { from: 1.06; to: 1.0; duration: 1400; easing.type: Easing.InOutSine }
        }
        ThemedText {
            id: inviteText
            anchors.centerIn: parent
            text: qsTr("Touch to explore")
            color: "white"
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Accessible.role: Accessible.Button
        Accessible.name: inviteText.text
    }
}
