#include "telemetry/PropertiesJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace showroom::telemetry {
namespace {

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeValue(QByteArray &out, const QVariant &v);

void writeMap(QByteArray &out, const QVariantMap &map, QStringView leaveOut = {})
{
    out += '{';
    bool first = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!leaveOut.isNull() && it.key() == leaveOut)
            continue;
        if (!first)
            out += ',';
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}

void writeDouble(QByteArray &out, double d)
{
    if (std::isfinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null"; // as Qt: JSON has no NaN or infinity
}

void writeValue(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += "null";
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::UShort:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        writeDouble(out, v.toDouble());
        return;
    case QMetaType::QString:
        writeString(out, v.toString());
        return;
    case QMetaType::QVariantMap:
        writeMap(out, v.toMap());
        return;
    case QMetaType::QVariantList: {
        out += '[';
        bool first = true;
        for (const QVariant &item : v.toList()) {
            if (!first)
                out += ',';
            first = false;
            writeValue(out, item);
        }
        out += ']';
        return;
    }
    default: {
        // Everything else (QStringList, QUrl, QDateTime, ULongLong, hashes, ...) as Qt converts it.
        QByteArray one = QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(one).sliced(1, one.size() - 2); // without the array's brackets
        return;
    }
    }
}

} // namespace

QByteArray propertiesJson(const QVariantMap &properties, QStringView leaveOut)
{
    QByteArray out;
    out.reserve(64);
    writeMap(out, properties, leaveOut);
    return out;
}

} // namespace showroom::telemetry
