// What a buyer can do with the home on the card: walk inside it or stand on its balcony, heart it, put it on the compare list (at most three:
// a fourth is refused with a note saying so), open the compare page ("Compare (2)") or the favourites.
import QtQuick
import Showroom.Components
import Showroom.Shell

Column {
    id: actions

    required property string unitId
    // Bound on the lists' unitIds (they notify; contains() alone would not re-evaluate).
    readonly property bool favourite: has(Favourites.unitIds, unitId)
    readonly property bool comparing: has(CompareList.unitIds, unitId)
    property bool refusalShown: false

    signal favouritesRequested()

    function has(ids: var, id: string): bool {
        return ids.indexOf(id) >= 0
    }
    function toggleCompare() {
        if (comparing) {
            CompareList.remove(unitId)
        } else if (!CompareList.add(unitId)) {
            refusalShown = true
            refusalTimer.restart()
        }
    }

    spacing: Theme.px(10)
    onUnitIdChanged: refusalShown = false

    // Into the home: its interior at its real place, or the view from its balcony.
    Row {
        spacing: Theme.px(10)
        ShowroomButton {
            objectName: "walkInsideButton"
            visible: Navigation.hasInterior(actions.unitId)
            primary: true
            text: qsTr("Walk inside")
            onClicked: Navigation.walkInside(actions.unitId, "unit_card")
        }
        ShowroomButton {
            objectName: "balconyViewButton"
            text: qsTr("Balcony view")
            onClicked: Navigation.showBalconyView(actions.unitId, "unit_card")
        }
    }

    // "Send me this home": the lead form (qml/lead) over the site, for this home.
    ShowroomButton {
        objectName: "sendMeThisHomeButton"
        text: qsTr("Send me this home")
        Accessible.description: qsTr("Leave your details and we send you this home's brochure")
        onClicked: LeadForm.open(actions.unitId, "unit_card")
    }

    Row {
        spacing: Theme.px(10)
        HeartButton {
            objectName: "favouriteButton"
            checked: actions.favourite
            onClicked: Favourites.toggle(actions.unitId)
        }
        ShowroomButton {
            objectName: "compareToggle"
            glyph: actions.comparing ? "✓" : "+"
            text: actions.comparing ? qsTr("In compare") : qsTr("Add to compare")
            Accessible.name: actions.comparing ? qsTr("Remove from compare") : qsTr("Add to compare")
            onClicked: actions.toggleCompare()
        }
    }

    ThemedText {
        objectName: "compareRefused"
        width: parent.width
        visible: actions.refusalShown
        wrapMode: Text.Wrap
        text: qsTr("You can compare up to three homes. Remove one to add this one.")
        color: Theme.error
        font.pixelSize: Theme.labelSize
        Timer {
            id: refusalTimer
            interval: 5000
            onTriggered: actions.refusalShown = false
        }
    }

    // The visitor's lists, once there is something in them (two lines on a narrow card).
    Flow {
        width: parent.width
        spacing: Theme.px(10)
        visible: Favourites.count > 0 || CompareList.count > 0
        ShowroomButton {
            objectName: "favouritesButton"
            leftPadding: Theme.px(14) // both on one line of the card
            rightPadding: Theme.px(14)
            visible: Favourites.count > 0
            glyph: "♥"
            text: qsTr("Favourites (%1)").arg(Favourites.count)
            onClicked: actions.favouritesRequested()
        }
        ShowroomButton {
            objectName: "openCompareButton"
            leftPadding: Theme.px(14) // both on one line of the card
            rightPadding: Theme.px(14)
            visible: CompareList.count > 0
            primary: CompareList.canCompare
            enabled: CompareList.canCompare
            text: qsTr("Compare (%1)").arg(CompareList.count)
            Accessible.description: CompareList.canCompare ? "" : qsTr("Add another home to compare")
            onClicked: Navigation.showCompare("unit_card")
        }
    }
}
