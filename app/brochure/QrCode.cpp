#include "brochure/QrCode.h"

#include <qrencode.h>

namespace showroom::brochure {

QrCode encodeQr(const QString &text)
{
    QrCode code;
    const QByteArray bytes = text.toUtf8();
    QRcode *qr = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return code;
    code.size = qr->width;
    code.dark.reserve(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.dark << ((qr->data[i] & 1) != 0); // bit 0: dark module; the other bits say what it is for
    QRcode_free(qr);
    return code;
}

} // namespace showroom::brochure
