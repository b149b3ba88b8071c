// Text in the showroom's type: one family, the ink colour, body size unless told otherwise.
import QtQuick

Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.ink
    elide: Text.ElideRight
}
