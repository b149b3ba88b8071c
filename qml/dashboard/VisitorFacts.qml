// The left column of a visitor's page: identity, lead score and its reasons, the next action, and the
// lists (favourites, finishes, consents, brochure and leads), scrolling when long.
pragma ComponentBehavior: Bound
import QtQuick
import Showroom.Components

Rectangle {
    id: facts

    required property var visitor

    radius: Theme.radius
    color: "white"
    border.color: Theme.paperEdge

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.px(22)
        contentHeight: column.implicitHeight
        clip: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: parent.width
            spacing: Theme.px(14)
            ThemedText {
                objectName: "visitorName"
                width: parent.width
                text: facts.visitor.name ? facts.visitor.name : qsTr("Visitor %1").arg(facts.visitor.shortId || "")
                font.pixelSize: Theme.headingSize
            }
            ThemedText {
                width: parent.width
                visible: text !== ""
                text: [facts.visitor.email || "", facts.visitor.phone || "",
                       facts.visitor.preferredContact ? qsTr("prefers %1").arg(facts.visitor.preferredContact) : ""]
                      .filter(s => s !== "").join("  ·  ")
                font.pixelSize: Theme.labelSize
            }
            ThemedText {
                width: parent.width
                text: qsTr("%1 visits, first %2, last %3").arg(facts.visitor.sessions || 0)
                      .arg(facts.visitor.firstVisitText || "–").arg(facts.visitor.lastVisitText || "–")
                font.pixelSize: Theme.labelSize
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
            }
            Row {
                spacing: Theme.gap
                ThemedText {
                    objectName: "visitorScore"
                    text: String(facts.visitor.leadScore || 0)
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.accent
                }
                ThemedText {
                    anchors.verticalCenter: parent.verticalCenter
                    width: column.width - Theme.px(90)
                    text: qsTr("lead score of 100") + (facts.visitor.leadScoreWords ? "\n" + facts.visitor.leadScoreWords : "")
                    font.pixelSize: Theme.labelSize
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                    maximumLineCount: 4
                }
            }
            Rectangle {
                objectName: "nextAction"
                visible: (facts.visitor.nextAction || "") !== ""
                width: parent.width
                height: action.implicitHeight + Theme.px(24)
                radius: Theme.px(10)
                color: Qt.tint("white", "#26d9822b")
                border.color: Theme.accent
                ThemedText {
                    id: action
                    x: Theme.px(14)
                    y: Theme.px(12)
                    width: parent.width - 2 * x
                    text: qsTr("Next: %1").arg(facts.visitor.nextAction || "")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
            }
            FactList {
                title: qsTr("Homes they cared about")
                items: facts.visitor.topUnits || []
            }
            FactList {
                title: qsTr("Favourites")
                items: facts.visitor.favourites || []
            }
            FactList {
                title: qsTr("Finishes chosen")
                items: facts.visitor.finishes || []
            }
            FactList {
                title: qsTr("Brochures and requests")
                items: (facts.visitor.leads || []).concat(facts.visitor.brochure ? [qsTr("Brochure file: %1").arg(facts.visitor.brochure)] : [])
            }
            FactList {
                title: qsTr("Consents")
                items: facts.visitor.consents || []
                empty: qsTr("No consent given: contact details are not held")
            }
        }
    }
}
