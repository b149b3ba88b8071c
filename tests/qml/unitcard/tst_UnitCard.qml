import QtQuick
import QtTest
import Showroom.Components
import Showroom.Shell
import Showroom.UnitCard

// The unit card shows a buyer the facts of one unit, in words, and closes when asked.
TestCase {
    id: test
    name: "UnitCard"
    width: 800
    height: 900
    visible: true
    when: windowShown

    readonly property var unit: ({
        unitId: "A_0304", typeName: "Two-bedroom apartment", buildingName: "Haus Linde",
        floorLabel: "3rd floor", priceText: "€385,000", status: "available", bedrooms: 2, bathrooms: 1,
        areaText: "71.5 m²", orientation: "SW", balcony: true, balconyArea: 8.4
    })

    Component {
        id: cardComponent
        UnitCard {}
    }
    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    function textOf(card, name) {
        const item = findChild(card, name)
        verify(item, "no child named " + name)
        return item.value !== undefined ? item.value : item.text
    }

    function test_hiddenWithoutAUnit() {
        const card = createTemporaryObject(cardComponent, test)
        verify(!card.visible)
        card.unit = undefined // a cleared selection may hand over anything empty
        verify(!card.visible)
        card.unit = ({})
        verify(!card.visible)
    }

    function test_showsTheFacts() {
        const card = createTemporaryObject(cardComponent, test, { unit: test.unit })
        verify(card.visible)
        compare(textOf(card, "unitTitle"), "Unit A 0304")
        compare(textOf(card, "typeName"), "Two-bedroom apartment")
        compare(textOf(card, "location"), "Haus Linde  ·  3rd floor")
        compare(textOf(card, "price"), "€385,000")
        compare(textOf(card, "bedrooms"), "2")
        compare(textOf(card, "bathrooms"), "1")
        compare(textOf(card, "area"), "71.5 m²")
        compare(textOf(card, "orientation"), "South-west")
        compare(textOf(card, "balcony"), "Yes, 8.4 m²") // written like the living area: one decimal
    }

    // A German visitor reads German numbers: the balcony's decimal comma like the living area's.
    function test_balconyInTheLocalesFormat() {
        const u = Object.assign({}, test.unit, { areaText: "71,5 m²", balconyArea: 8 })
        const card = createTemporaryObject(cardComponent, test, { unit: u, locale: Qt.locale("de_DE") })
        compare(textOf(card, "balcony"), "Yes, 8,0 m²")
        card.unit = Object.assign({}, u, { balconyArea: 12.25 })
        compare(textOf(card, "balcony"), "Yes, 12,3 m²")
        card.locale = Qt.locale("en_IE")
        compare(textOf(card, "balcony"), "Yes, 12.3 m²")
    }

    function test_statusChipColour_data() {
        return [
            { tag: "available", status: "available", colour: Theme.available, label: "Available" },
            { tag: "reserved", status: "reserved", colour: Theme.reserved, label: "Reserved" },
            { tag: "sold", status: "sold", colour: Theme.sold, label: "Sold" },
        ]
    }
    function test_statusChipColour(data) {
        const u = Object.assign({}, test.unit, { status: data.status })
        const card = createTemporaryObject(cardComponent, test, { unit: u })
        const chip = findChild(card, "statusChip")
        verify(Qt.colorEqual(chip.color, data.colour), chip.color + " vs " + data.colour)
        // The three states are told apart by colour and by word.
        compare(chip.children[0].text, data.label)
    }

    function test_noBalconyAndUnknownOrientation() {
        const u = Object.assign({}, test.unit, { balcony: false, orientation: "" })
        const card = createTemporaryObject(cardComponent, test, { unit: u })
        compare(textOf(card, "balcony"), "No")
        compare(textOf(card, "orientation"), "–")
    }

    function test_closeButtonEmitsClosed() {
        const card = createTemporaryObject(cardComponent, test, { unit: test.unit })
        closedSpy.target = card
        closedSpy.clear()
        const close = findChild(card, "closeButton")
        verify(close.width >= 44 && close.height >= 44, "a finger-sized target") // 55" touch screen
        mouseClick(close)
        compare(closedSpy.count, 1)
    }

    // On a 55" 1080p kiosk (Main.qml sets Theme.scale from the window: 1080 lines -> 1.0) a pixel is
    // 0.63 mm: text read from two metres needs real pixels, whatever the scale maths says.
    function test_readableOnA55InchScreen() {
        const before = Theme.scale
        Theme.scale = Math.max(0.6, 1080 / 1080)
        const card = createTemporaryObject(cardComponent, test, { unit: test.unit })
        const title = findChild(card, "unitTitle")
        const price = findChild(card, "price")
        const area = findChild(card, "area")
        Theme.scale = before
        compare(title.font.pixelSize >= 36, true, "title " + title.font.pixelSize + " px")
        compare(price.font.pixelSize >= 26, true, "price " + price.font.pixelSize + " px")
        // a fact's value is body text, its label the smallest text on the card
        const value = area.children[1], label = area.children[0]
        compare(value.font.pixelSize >= 20, true, "fact value " + value.font.pixelSize + " px")
        compare(label.font.pixelSize >= 16, true, "fact label " + label.font.pixelSize + " px")
        // and the card is wide enough for them (a third of a 1920-px screen at most, 400 px at least)
        compare(card.width >= 400 && card.width <= 640, true, "card " + card.width + " px wide")
    }

    // The card fed by the application's selection, as Main.qml does it.
    Component {
        id: boundCardComponent
        UnitCard { unit: CurrentSelection.selectedUnit }
    }
    function test_followsTheSelection() {
        const card = createTemporaryObject(boundCardComponent, test)
        CurrentSelection.clear()
        verify(!card.visible)
        verify(CurrentSelection.select("A_0101"))
        verify(card.visible)
        compare(textOf(card, "unitTitle"), "Unit A 0101")
        verify(textOf(card, "price").indexOf("342") >= 0, textOf(card, "price"))
        compare(findChild(card, "statusChip").status, "sold")
        verify(!CurrentSelection.select("nonsense"))
        compare(textOf(card, "unitTitle"), "Unit A 0101") // an unknown id changes nothing
        CurrentSelection.clear()
        verify(!card.visible)
    }
}
