// One visitor in the list: pseudonym (or "Lead" when they left details), score as a bar, last visit,
// visits, engaged time, top home. A tap opens their page.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Showroom.Components

T.AbstractButton {
    id: row

    required property int index
    required property string visitor
    required property string shortId
    required property int leadScore
    required property string lastVisitText
    required property int sessions
    required property string engagedText
    required property string topUnit
    required property bool hasLead
    required property var shares
    function columnX(i: int): real {
        let x = Theme.px(8)
        for (let c = 0; c < i; ++c)
            x += shares[c] * (width - Theme.px(16))
        return x
    }

    objectName: "visitorRow_" + index
    implicitHeight: Theme.px(52)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Visitor %1, lead score %2").arg(shortId).arg(leadScore)

    background: Rectangle {
        color: row.down ? Theme.paperEdge : row.index % 2 ? Theme.paper : "white"
        radius: Theme.px(4)
        FocusRing {
            shown: row.visualFocus
            controlRadius: parent.radius
        }
    }
    contentItem: Item {
        ThemedText {
            x: row.columnX(0)
            anchors.verticalCenter: parent.verticalCenter
            text: row.shortId
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.labelSize
        }
        Row {
            x: row.columnX(1)
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(8)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(60)
                height: Theme.px(10)
                radius: height / 2
                color: Theme.paperEdge
                Rectangle {
                    width: parent.width * Math.min(1, row.leadScore / 100)
                    height: parent.height
                    radius: parent.radius
                    color: Theme.accent
                }
            }
            ThemedText {
                objectName: "leadScore"
                anchors.verticalCenter: parent.verticalCenter
                text: String(row.leadScore)
                font.pixelSize: Theme.labelSize
                font.bold: true
            }
        }
        Repeater {
            model: [row.lastVisitText, String(row.sessions), row.engagedText, row.topUnit,
                    row.hasLead ? qsTr("Yes") : ""]
            delegate: ThemedText {
                required property string modelData
                required property int index
                x: row.columnX(index + 2)
                y: (row.height - height) / 2 // (a Repeater's delegate has no parent while it is made)
                width: row.shares[index + 2] * row.width - Theme.px(8)
                text: modelData
                font.pixelSize: Theme.labelSize
                color: index === 4 ? Theme.accent : Theme.ink
                font.bold: index === 4
            }
        }
    }
}
