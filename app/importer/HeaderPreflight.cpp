#include "importer/HeaderPreflight.h"

#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <vector>

namespace showroom::importer {

namespace {

// Upper bound for the number of elements any single array may claim.
double elementLimit(const ImportLimits &limits)
{
    return 4.0 * double(std::max(limits.maxVertices, limits.maxTriangles * 3));
}

int plyTypeSize(const QByteArray &t)
{
    if (t == "char" || t == "uchar" || t == "int8" || t == "uint8")
        return 1;
    if (t == "short" || t == "ushort" || t == "int16" || t == "uint16")
        return 2;
    if (t == "int" || t == "uint" || t == "float" || t == "int32" || t == "uint32" || t == "float32")
        return 4;
    if (t == "double" || t == "float64")
        return 8;
    return 0;
}

} // namespace

QString preflightPly(const QString &path, const ImportLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(64 * 1024);
    if (!head.startsWith("ply"))
        return {}; // not PLY after all: Assimp reports it
    const qsizetype end = head.indexOf("\nend_header");
    if (end < 0)
        return QStringLiteral("PLY header has no end_header line in its first 64 KiB");
    const qsizetype bodyStart = head.indexOf(QByteArrayView("\n"), end + 1) + 1;
    const double body = double(f.size() - bodyStart);
    bool ascii = false;
    struct Element
    {
        QByteArray name;
        double count = 0;
        double minBytes = 0;
    };
    std::vector<Element> elements;
    // Assimp's PLY reader trusts the header's grammar (a mangled header crashed it under fuzzing), so
    // every line must be one it knows, with types it knows.
    int lineNo = 0;
    for (const QByteArray &raw : head.left(end).split('\n')) {
        ++lineNo;
        const QList<QByteArray> w = raw.simplified().split(' ');
        const QByteArray &key = w.first();
        const bool known =
            (lineNo == 1 && raw.trimmed() == "ply") || key == "comment" || key == "obj_info" ||
            (key == "format" && w.size() == 3 &&
             (w[1] == "ascii" || w[1] == "binary_little_endian" || w[1] == "binary_big_endian")) ||
            (key == "element" && w.size() == 3) ||
            (key == "property" && w.size() == 3 && plyTypeSize(w[1])) ||
            (key == "property" && w.size() == 5 && w[1] == "list" && plyTypeSize(w[2]) && plyTypeSize(w[3]));
        if (!known)
            return QStringLiteral("PLY header line %1 is not valid: \"%2\"")
                .arg(lineNo)
                .arg(QString::fromLatin1(raw.left(60).simplified()));
        if (key == "property" && elements.empty())
            return QStringLiteral("PLY header line %1: a property before any element").arg(lineNo);
        if (w.size() >= 2 && w[0] == "format") {
            ascii = w[1] == "ascii";
        } else if (w.size() >= 3 && w[0] == "element") {
            bool ok = false;
            const double n = w[2].toDouble(&ok);
            if (!ok || n < 0)
                return QStringLiteral("PLY element '%1' has an invalid count").arg(QString::fromLatin1(w[1]));
            elements.push_back({w[1], n, 0});
        } else if (w.size() >= 3 && w[0] == "property" && !elements.empty()) {
            // ASCII: a value and a separator at least; binary: the type's size (a list's count at least).
            const int size = w[1] == "list" ? plyTypeSize(w[2]) : plyTypeSize(w[1]);
            elements.back().minBytes += ascii ? 2 : std::max(size, 1);
        }
    }
    double needed = 0;
    for (const Element &e : elements) {
        if (e.count > elementLimit(limits))
            return QStringLiteral("PLY header claims %1 %2 elements, over the limit of %3")
                .arg(qint64(e.count))
                .arg(QString::fromLatin1(e.name))
                .arg(qint64(elementLimit(limits)));
        needed += e.count * std::max(e.minBytes, 1.0);
    }
    if (needed > body)
        return QStringLiteral(
                   "PLY header claims elements needing at least %1 bytes, but only %2 follow (truncated or "
                   "lying header)")
            .arg(qint64(needed))
            .arg(qint64(body));
    return {};
}

QString preflightFbx(const QString &path, const ImportLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll(); // bounded by ImportLimits::maxFileBytes before we get here
    const qint64 size = data.size();
    const double maxElements = elementLimit(limits);

    if (!data.startsWith("Kaydara FBX Binary")) {
        // ASCII FBX: arrays announce their length as "*N {"; Assimp reserves N before reading them.
        static const QRegularExpression announced(QStringLiteral("\\*(\\d{1,20})\\s*\\{"));
        auto it = announced.globalMatch(QString::fromLatin1(data));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const double n = m.captured(1).toDouble();
            if (n > maxElements || n > double(size))
                return QStringLiteral("FBX array at byte %1 claims %2 elements, more than the file can hold")
                    .arg(m.capturedStart())
                    .arg(m.captured(1));
        }
        return {};
    }
    if (size < 27)
        return QStringLiteral("truncated FBX header (%1 bytes)").arg(size);
    const quint32 version = qFromLittleEndian<quint32>(data.constData() + 23);
    const bool wide = version >= 7500; // 64-bit record offsets
    const int headerLen = wide ? 25 : 13;
    const char *d = data.constData();
    auto u32 = [d](qint64 at) { return qint64(qFromLittleEndian<quint32>(d + at)); };
    auto u64 = [d](qint64 at) { return qint64(qFromLittleEndian<quint64>(d + at)); };

    std::vector<qint64> open; // end offsets of the records whose children we are inside
    qint64 pos = 27;
    qint64 records = 0;
    while (pos + headerLen <= size) {
        while (!open.empty() && pos >= open.back())
            open.pop_back();
        const qint64 endOffset = wide ? u64(pos) : u32(pos);
        const qint64 numProps = wide ? u64(pos + 8) : u32(pos + 4);
        const qint64 propLen = wide ? u64(pos + 16) : u32(pos + 8);
        const qint64 nameLen = quint8(d[pos + headerLen - 1]);
        if (endOffset == 0 && numProps == 0 && propLen == 0 && nameLen == 0) {
            // A null record closes a child list; at the top level it ends the node list (a footer follows).
            if (open.empty())
                return {};
            pos += headerLen;
            continue;
        }
        if (++records > qint64(limits.maxNodes) * 64)
            return QStringLiteral("more FBX records than the limit allows");
        const qint64 propStart = pos + headerLen + nameLen;
        if (endOffset > size || endOffset < propStart + propLen || propLen < 0)
            return QStringLiteral(
                       "FBX record at byte %1 ends at byte %2, past the end of the %3-byte file (truncated?)")
                .arg(pos)
                .arg(endOffset)
                .arg(size);
        qint64 p = propStart;
        const qint64 propEnd = propStart + propLen;
        for (qint64 i = 0; i < numProps; ++i) {
            if (p >= propEnd)
                return QStringLiteral("FBX record at byte %1 claims %2 properties but has room for %3")
                    .arg(pos)
                    .arg(numProps)
                    .arg(i);
            const char type = d[p++];
            qint64 fixed = 0;
            switch (type) {
            case 'C':
                fixed = 1;
                break;
            case 'Y':
                fixed = 2;
                break;
            case 'I':
            case 'F':
                fixed = 4;
                break;
            case 'D':
            case 'L':
                fixed = 8;
                break;
            case 'S':
            case 'R': {
                if (p + 4 > propEnd)
                    return QStringLiteral("FBX property at byte %1 is truncated").arg(p);
                fixed = 4 + u32(p);
                break;
            }
            case 'f':
            case 'd':
            case 'l':
            case 'i':
            case 'b': {
                if (p + 12 > propEnd)
                    return QStringLiteral("FBX array at byte %1 is truncated").arg(p);
                const double count = double(u32(p));
                const qint64 encoding = u32(p + 4);
                const qint64 stored = u32(p + 8);
                const double elem = (type == 'd' || type == 'l') ? 8 : (type == 'b' ? 1 : 4);
                if (count > maxElements)
                    return QStringLiteral("FBX array at byte %1 claims %2 elements, over the limit of %3")
                        .arg(p)
                        .arg(qint64(count))
                        .arg(qint64(maxElements));
                // Deflate expands at most ~1032:1; raw data must be exactly count x element size.
                if ((encoding == 0 && double(stored) != count * elem) ||
                    (encoding == 1 && count * elem > double(stored) * 1032 + 64) || encoding > 1)
                    return QStringLiteral("FBX array at byte %1 claims %2 elements but holds only %3 bytes")
                        .arg(p)
                        .arg(qint64(count))
                        .arg(stored);
                fixed = 12 + stored;
                break;
            }
            default:
                return QStringLiteral("FBX property at byte %1 has unknown type code %2")
                    .arg(p - 1)
                    .arg(int(quint8(type)));
            }
            if (p + fixed > propEnd)
                return QStringLiteral("FBX property at byte %1 runs past its record").arg(p);
            p += fixed;
        }
        pos = propEnd;
        if (pos < endOffset) {
            open.push_back(endOffset);
            if (int(open.size()) > limits.maxNodeDepth)
                return QStringLiteral("FBX records nested deeper than %1 levels").arg(limits.maxNodeDepth);
        } else {
            pos = endOffset;
        }
    }
    return {};
}

QString preflightCollada(const QString &path, const ImportLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    // <float_array count="N">, <accessor count="N">, <p>/<vcount> sizes: Assimp reserves what they say.
    static const QRegularExpression counted(QStringLiteral("count\\s*=\\s*\"(\\d{1,20})\""));
    auto it = counted.globalMatch(QString::fromLatin1(data));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double n = m.captured(1).toDouble();
        if (n > elementLimit(limits) || n > double(data.size()))
            return QStringLiteral("Collada count=\"%1\" at byte %2 is more than the file can hold")
                .arg(m.captured(1))
                .arg(m.capturedStart());
    }
    return {};
}

QString preflightStep(const QString &path, const ImportLimits &limits)
{
    Q_UNUSED(limits);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    const qsizetype dataStart = data.indexOf("\nDATA;");
    if (dataStart < 0)
        return {}; // Assimp reports the missing section
    // One pass: definitions "#N=" at statement starts, references "#N" elsewhere, skipping 'strings'.
    std::vector<char> defined;
    std::vector<std::pair<quint64, quint64>> references; // (referenced id, referencing id)
    quint64 current = 0;
    bool inString = false, atStatementStart = true;
    const char *d = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = dataStart + 7; i < n; ++i) {
        const char c = d[i];
        if (inString) {
            if (c == '\'')
                inString = false;
            continue;
        }
        if (c == '\'') {
            inString = true;
            atStatementStart = false;
            continue;
        }
        if (c == ';') {
            atStatementStart = true;
            continue;
        }
        if (c == '#') {
            quint64 id = 0;
            qsizetype j = i + 1;
            while (j < n && d[j] >= '0' && d[j] <= '9' && id < (quint64(1) << 40))
                id = id * 10 + quint64(d[j++] - '0');
            if (j == i + 1)
                continue;
            qsizetype k = j;
            while (k < n && (d[k] == ' ' || d[k] == '\r' || d[k] == '\n'))
                ++k;
            if (atStatementStart && k < n && d[k] == '=') {
                if (id >= quint64(std::max<qsizetype>(n, 1024)))
                    return QStringLiteral("IFC entity #%1 has an id larger than the file could need").arg(id);
                if (defined.size() <= id)
                    defined.resize(std::size_t(id) + 1, 0);
                defined[std::size_t(id)] = 1;
                current = id;
            } else {
                references.push_back({id, current});
            }
            atStatementStart = false;
            i = j - 1;
            continue;
        }
        if (c != ' ' && c != '\r' && c != '\n' && c != '\t')
            atStatementStart = false;
    }
    for (const auto &[id, from] : references) {
        if (id >= defined.size() || !defined[std::size_t(id)])
            return QStringLiteral("IFC entity #%1 refers to #%2, which is not defined").arg(from).arg(id);
    }
    return {};
}

} // namespace showroom::importer
