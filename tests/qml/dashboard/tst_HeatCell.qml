// A home on the heat plan: deeper interest is a darker fill with white text; its status shows as a
// corner mark; a tap is reported.
import QtQuick
import QtTest
import Showroom.Dashboard

TestCase {
    id: test
    name: "HeatCell"
    visible: true
    when: windowShown
    width: 300
    height: 200

    Component {
        id: cellComponent
        HeatCell {
            width: 80
            height: 80
            unitId: "A_0304"
            label: "0304"
            status: "available"
        }
    }
    SignalSpy {
        id: clicks
        signalName: "clicked"
    }

    function lightness(c: color): real {
        return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b
    }

    function test_heatDarkensAndTextStaysReadable() {
        const cool = createTemporaryObject(cellComponent, test, { heat: 0.05 })
        const hot = createTemporaryObject(cellComponent, test, { heat: 0.95, x: 100 })
        verify(lightness(hot.fill) < lightness(cool.fill) - 0.3)
        compare(cool.contentItem.color, Qt.color("#22262b"))
        compare(hot.contentItem.color, Qt.color("white"))
        verify(hot.Accessible.name.indexOf("95 of 100") > 0)
        clicks.target = hot
        mouseClick(hot)
        compare(clicks.count, 1)
    }
}
