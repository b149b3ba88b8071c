// The words for a unit's facts that the card and the compare table share: orientation in words, the
// balcony with its area (written like the living area: one decimal, the locale's decimal sign).
pragma Singleton
import QtQuick

QtObject {
    function orientationText(o: string): string {
        const words = { N: qsTr("North"), NE: qsTr("North-east"), E: qsTr("East"), SE: qsTr("South-east"),
                        S: qsTr("South"), SW: qsTr("South-west"), W: qsTr("West"), NW: qsTr("North-west") }
        return words[o] || o || "–"
    }
    // "71.5 m²" / "71,5 m²": the same rule as core's formatArea (DisplayText.h), which writes areaText.
    function areaText(squareMetres: real, locale: var): string {
        return Number(Math.round(squareMetres * 10) / 10).toLocaleString(locale, "f", 1) + " m²"
    }
    function balconyText(u: var, locale: var): string {
        if (!u || !u.balcony)
            return qsTr("No")
        return u.balconyArea > 0 ? qsTr("Yes, %1").arg(areaText(u.balconyArea, locale)) : qsTr("Yes")
    }
}
