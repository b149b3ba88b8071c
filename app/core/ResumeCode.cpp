#include "core/ResumeCode.h"

#include <QCoreApplication>

#include <vector>

namespace showroom::core {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr int FingerprintBits = 10;
constexpr int MinLayoutBits = 5;
constexpr int CrcBits = 10;
constexpr quint32 CrcPolynomial = 0x233; // CRC-10: x^10+x^9+x^5+x^4+x+1 catches every burst of <= 10 bits
const QString UriPrefix = QStringLiteral("showroom:resume/");

using Bits = std::vector<bool>;

// FNV-1a: stable across platforms, processes and Qt versions (qHash is seeded).
quint64 stableHash(const QString &text)
{
    quint64 h = 14695981039346656037ull;
    for (const char c : text.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

int bitsFor(int choices) // bits to write 0 .. choices-1
{
    int bits = 0;
    while ((1ll << bits) < choices)
        ++bits;
    return bits;
}

void append(Bits &bits, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i)
        bits.push_back((value >> i) & 1u);
}

quint64 take(const Bits &bits, size_t &at, int width)
{
    quint64 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 1) | (bits[at++] ? 1u : 0u);
    return value;
}

quint32 crc10(const Bits &bits, size_t count)
{
    quint32 r = 0x3ff; // not 0: an all-zero code is not valid
    for (size_t i = 0; i < count; ++i) {
        const bool feedback = ((r >> 9) & 1u) != bits[i];
        r = (r << 1) & 0x3ffu;
        if (feedback)
            r ^= CrcPolynomial;
    }
    return r;
}

// What a code of this development looks like: its fields' widths and what the checks compare with.
struct Layout
{
    QStringList classes;
    QList<QStringList> palettes; // per class, the palettes offered (field value n = palettes[n - 1])
    int unitBits = 0;
    QList<int> classBits;
    int layoutBits = MinLayoutBits;
    int characters = 0;
    quint64 fingerprint = 0;
    quint64 layoutHash = 0;

    explicit Layout(const DevelopmentData &data)
    {
        classes = surfaceClasses(data);
        QString shape;
        for (const Unit &u : data.units)
            shape += u.id + QLatin1Char(',');
        unitBits = bitsFor(int(data.units.size()));
        int payload = unitBits;
        for (const QString &c : classes) {
            palettes << paletteIdsFor(data, c);
            classBits << bitsFor(int(palettes.constLast().size()) + 1);
            payload += classBits.constLast();
            shape += QLatin1Char('|') + c + QLatin1Char(':') + palettes.constLast().join(QLatin1Char(','));
        }
        const int total = FingerprintBits + MinLayoutBits + payload + CrcBits;
        characters = (total + 4) / 5;
        layoutBits = MinLayoutBits + characters * 5 - total; // spare bits strengthen the layout check
        fingerprint = stableHash(data.development.id) >> (64 - FingerprintBits);
        layoutHash = stableHash(shape) >> (64 - layoutBits);
    }
};

QString grouped(const QString &plain)
{
    const int n = int(plain.size());
    const int group = (n % 3 == 0 && n % 4 != 0) ? 3 : 4;
    QString out;
    for (int i = 0; i < n; i += group) {
        if (i > 0)
            out += QLatin1Char('-');
        out += plain.mid(i, group);
    }
    return out;
}

} // namespace

QString resumeUri(const QString &code)
{
    return UriPrefix + code;
}

QString makeResumeCode(const DevelopmentData &data, const ResumePoint &point)
{
    int unitIndex = -1;
    for (int i = 0; i < data.units.size() && unitIndex < 0; ++i)
        if (data.units.at(i).id == point.unitId)
            unitIndex = i;
    if (unitIndex < 0)
        return {};
    const Layout layout(data);
    const FinishChoice finishes = normalizedFinishChoice(data, point.finishes);

    Bits bits;
    append(bits, layout.fingerprint, FingerprintBits);
    append(bits, layout.layoutHash, layout.layoutBits);
    append(bits, quint64(unitIndex), layout.unitBits);
    for (int c = 0; c < layout.classes.size(); ++c) {
        const int chosen = int(layout.palettes.at(c).indexOf(finishes.value(layout.classes.at(c))));
        append(bits, quint64(chosen + 1), layout.classBits.at(c)); // not chosen: -1 + 1 = 0, standard
    }
    append(bits, crc10(bits, bits.size()), CrcBits);

    QString plain;
    size_t at = 0;
    while (at < bits.size())
        plain += QLatin1Char(Alphabet[take(bits, at, 5)]);
    return grouped(plain);
}

std::optional<ResumePoint> readResumeCode(const DevelopmentData &data, const QString &code, QString *error)
{
    auto refuse = [error](const QString &why) -> std::optional<ResumePoint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString text = code.trimmed();
    if (text.startsWith(UriPrefix, Qt::CaseInsensitive))
        text = text.mid(UriPrefix.size());

    Bits bits;
    for (const QChar ch : text) {
        if (ch == u'-' || ch == u' ')
            continue;
        QChar c = ch.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        const char *found = c.unicode() < 128 && c != u'\0' ? strchr(Alphabet, c.toLatin1()) : nullptr;
        if (!found)
            return refuse(QCoreApplication::translate(
                              "ResumeCode",
                              "'%1' is not a resume code: it has '%2'; a code has only letters and digits, "
                              "like K7Q-M2X-D9H")
                              .arg(code, QString(ch)));
        append(bits, quint64(found - Alphabet), 5);
    }
    if (bits.size() < size_t(FingerprintBits + MinLayoutBits + CrcBits))
        return refuse(QCoreApplication::translate(
                          "ResumeCode", "'%1' is too short for a resume code (a code looks like K7Q-M2X-D9H)")
                          .arg(code));

    const size_t dataBits = bits.size() - CrcBits;
    size_t at = dataBits;
    if (take(bits, at, CrcBits) != crc10(bits, dataBits))
        return refuse(
            QCoreApplication::translate(
                "ResumeCode", "'%1' is not a valid resume code: please check it for a typing mistake")
                .arg(code));

    const Layout layout(data);
    at = 0;
    if (take(bits, at, FingerprintBits) != layout.fingerprint)
        return refuse(QCoreApplication::translate("ResumeCode",
                                                  "resume code '%1' belongs to another development, not %2")
                          .arg(code, data.development.name));
    const QString outdated =
        QCoreApplication::translate(
            "ResumeCode", "resume code '%1' was made for an earlier list of homes or finishes of %2; "
                          "please ask the sales team")
            .arg(code, data.development.name);
    if (bits.size() != size_t(layout.characters * 5) ||
        take(bits, at, layout.layoutBits) != layout.layoutHash)
        return refuse(outdated);

    ResumePoint point;
    const quint64 unitIndex = take(bits, at, layout.unitBits);
    if (unitIndex >= quint64(data.units.size()))
        return refuse(outdated);
    point.unitId = data.units.at(int(unitIndex)).id;
    for (int c = 0; c < layout.classes.size(); ++c) {
        const quint64 chosen = take(bits, at, layout.classBits.at(c));
        if (chosen > quint64(layout.palettes.at(c).size()))
            return refuse(outdated);
        if (chosen > 0)
            point.finishes.insert(layout.classes.at(c), layout.palettes.at(c).at(int(chosen - 1)));
    }
    point.finishes = normalizedFinishChoice(data, point.finishes);
    return point;
}

} // namespace showroom::core
