// A QR code's modules for a text (libqrencode), for drawing as vector squares.
#pragma once

#include <QList>
#include <QString>

namespace showroom::brochure {

struct QrCode
{
    int size = 0;     // modules per side; 0 if the text could not be encoded
    QList<bool> dark; // size * size, row by row

    bool isDark(int x, int y) const { return dark.at(y * size + x); }
};

// Error correction level M (15 % of the code may be smudged or folded), byte mode, smallest version.
QrCode encodeQr(const QString &text);

} // namespace showroom::brochure
