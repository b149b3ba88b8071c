// A small STEP (ISO 10303-21) reader of the entity lines an IFC 2x3 file's spatial structure needs.
#include "importer/IfcStructure.h"

#include <QFile>
#include <QHash>
#include <QPointF>
#include <QRegularExpression>
#include <QSet>
#include <QtMath>

#include <cctype>
#include <cmath>
#include <functional>
#include <optional>

namespace showroom::importer {

namespace {

struct Entity
{
    QByteArray ifcClass;
    QList<QByteArray> args; // top-level attributes, raw
};

// Splits "a,'b,c',(d,e),f" at its top-level commas, respecting strings and nested lists.
QList<QByteArray> splitArgs(const QByteArray &text)
{
    QList<QByteArray> out;
    int depth = 0, start = 0;
    bool inString = false;
    for (int i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i;
            else if (c == '\'')
                inString = false;
        } else if (c == '\'') {
            inString = true;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == ',' && depth == 0) {
            out << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    out << text.mid(start).trimmed();
    return out;
}

// A STEP string literal decoded: '' is a quote, \X\hh Latin-1, \X2\...\X0\ UTF-16, \X4\...\X0\ UTF-32,
// \S\c the upper half of ISO 8859-1; code page switches (\P?\) are ignored.
std::optional<QString> stepString(const QByteArray &raw)
{
    if (raw.size() < 2 || raw.front() != '\'' || raw.back() != '\'')
        return std::nullopt;
    const QByteArray s = raw.mid(1, raw.size() - 2);
    QByteArray plain;
    QString out;
    auto flush = [&] {
        out += QString::fromUtf8(plain);
        plain.clear();
    };
    for (int i = 0; i < s.size(); ++i) {
        if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
            plain += '\'';
            ++i;
        } else if (s.mid(i, 3) == "\\X\\" && i + 5 <= s.size()) {
            flush();
            out += QChar(s.mid(i + 3, 2).toUShort(nullptr, 16));
            i += 4;
        } else if ((s.mid(i, 4) == "\\X2\\" || s.mid(i, 4) == "\\X4\\") && s.indexOf("\\X0\\", i + 4) > 0) {
            flush();
            const int width = s[i + 2] == '2' ? 4 : 8, end = s.indexOf("\\X0\\", i + 4);
            for (int h = i + 4; h + width <= end; h += width) {
                const char32_t code = s.mid(h, width).toUInt(nullptr, 16);
                out += QString::fromUcs4(&code, 1);
            }
            i = end + 3;
        } else if (s.mid(i, 3) == "\\S\\" && i + 3 < s.size()) {
            flush();
            out += QChar(uchar(s[i + 3]) + 128);
            i += 3;
        } else if (s.mid(i, 2) == "\\P" && i + 3 < s.size() && s[i + 3] == '\\') {
            i += 3;
        } else if (s.mid(i, 2) == "\\\\") {
            plain += '\\';
            ++i;
        } else {
            plain += s[i];
        }
    }
    flush();
    return out;
}

// The same literal as Assimp 5.2's IFC reader puts it into node names (checked on its output): \S\c is
// decoded, \X\hh and the \X2\ / \X4\ runs are dropped, '' and everything else stay as written.
QString assimpStepText(const QByteArray &raw)
{
    if (raw.size() < 2 || raw.front() != '\'' || raw.back() != '\'')
        return QString();
    const QByteArray s = raw.mid(1, raw.size() - 2);
    QByteArray out;
    for (int i = 0; i < s.size(); ++i) {
        if (s.mid(i, 3) == "\\X\\" && i + 5 <= s.size()) {
            i += 4;
        } else if ((s.mid(i, 4) == "\\X2\\" || s.mid(i, 4) == "\\X4\\") && s.indexOf("\\X0\\", i + 4) > 0) {
            i = int(s.indexOf("\\X0\\", i + 4)) + 3;
        } else if (s.mid(i, 3) == "\\S\\" && i + 3 < s.size()) {
            out += QString(QChar(uchar(s[i + 3]) + 128)).toUtf8();
            i += 3;
        } else {
            out += s[i];
        }
    }
    return QString::fromUtf8(out);
}

int stepRef(const QByteArray &raw)
{
    return raw.startsWith('#') ? raw.mid(1).toInt() : 0;
}

std::vector<int> stepRefList(const QByteArray &raw)
{
    std::vector<int> refs;
    if (raw.startsWith('(') && raw.endsWith(')')) {
        for (const QByteArray &item : splitArgs(raw.mid(1, raw.size() - 2))) {
            if (const int r = stepRef(item))
                refs.push_back(r);
        }
    }
    return refs;
}

// A number, also inside a typed value such as IFCLENGTHMEASURE(0.3048).
std::optional<double> stepNumber(QByteArray raw)
{
    const int open = raw.indexOf('(');
    if (open > 0 && raw.endsWith(')'))
        raw = raw.mid(open + 1, raw.size() - open - 2).trimmed();
    bool ok = false;
    const double v = raw.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// An IfcCompoundPlaneAngleMeasure, (degrees, minutes, seconds[, millionths of a second]), all of one sign.
std::optional<double> compoundAngle(const QByteArray &raw)
{
    if (!raw.startsWith('(') || !raw.endsWith(')'))
        return std::nullopt;
    const QList<QByteArray> parts = splitArgs(raw.mid(1, raw.size() - 2));
    static const double scale[] = {1.0, 1.0 / 60, 1.0 / 3600, 1.0 / 3600e6};
    double degrees = 0;
    for (int i = 0; i < parts.size() && i < 4; ++i) {
        const std::optional<double> v = stepNumber(parts[i]);
        if (!v)
            return std::nullopt;
        degrees += *v * scale[i];
    }
    return parts.size() >= 3 ? std::optional<double>(degrees) : std::nullopt;
}

double siPrefix(const QByteArray &prefix)
{
    static const QHash<QByteArray, double> prefixes{{".KILO.", 1e3},  {".HECTO.", 1e2},  {".DECA.", 1e1},
                                                    {".DECI.", 1e-1}, {".CENTI.", 1e-2}, {".MILLI.", 1e-3},
                                                    {".MICRO.", 1e-6}};
    return prefixes.value(prefix, 1.0);
}

// Spatial elements and relationships by class; every other entity whose first attribute is a GlobalId is
// remembered as a possible product (kept only when it is contained somewhere or its class is staged).
const QSet<QByteArray> &relationClasses()
{
    static const QSet<QByteArray> classes{"IFCRELAGGREGATES", "IFCRELCONTAINEDINSPATIALSTRUCTURE",
                                          "IFCRELNESTS"};
    return classes;
}

bool looksLikeGlobalId(const QByteArray &raw)
{
    return raw.size() == 24 && raw.front() == '\'' && raw.back() == '\'';
}

// The (x, y) of the IFCDIRECTION statement #ref, looked up in the file's text only when asked (the
// reader skips the many geometric entities).
std::optional<QPointF> directionOf(const QByteArray &bytes, int ref)
{
    if (ref <= 0)
        return std::nullopt;
    const QByteArray key = '#' + QByteArray::number(ref);
    for (int at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1)) {
        int i = at + key.size();
        const bool boundary = at == 0 || bytes[at - 1] == '\n' || bytes[at - 1] == ';' ||
                              bytes[at - 1] == ' ' || bytes[at - 1] == '\r';
        while (i < bytes.size() && bytes[i] == ' ')
            ++i;
        if (!boundary || i >= bytes.size() || bytes[i] != '=')
            continue;
        const int end = bytes.indexOf(';', i);
        QByteArray statement = bytes.mid(i + 1, end - i - 1).trimmed();
        if (!statement.toUpper().startsWith("IFCDIRECTION"))
            return std::nullopt;
        statement = statement.mid(statement.indexOf('(') + 1);
        const int open = statement.indexOf('('), close = statement.indexOf(')');
        if (open < 0 || close < open)
            return std::nullopt;
        const QList<QByteArray> ratios = splitArgs(statement.mid(open + 1, close - open - 1));
        const std::optional<double> x = stepNumber(ratios.value(0)), y = stepNumber(ratios.value(1));
        if (!x || !y)
            return std::nullopt;
        return QPointF(*x, *y);
    }
    return std::nullopt;
}

} // namespace

QString ifcNodeName(const QString &ifcName)
{
    QString name = ifcName.isEmpty() ? QStringLiteral("Unnamed") : ifcName;
    name.remove(QLatin1Char(' '));
    return name;
}

IfcStructure readIfcStructure(const QString &path)
{
    IfcStructure result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot be read (%1)").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    int pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte-order mark
    while (pos < bytes.size() && std::isspace(uchar(bytes[pos])))
        ++pos;
    if (!bytes.mid(pos, 13).startsWith("ISO-10303-21;")) {
        result.error = QStringLiteral("not an IFC file (an IFC file is STEP text starting with "
                                      "\"ISO-10303-21;\")");
        return result;
    }
    static const QRegularExpression schema(QStringLiteral("FILE_SCHEMA\\s*\\(\\s*\\(\\s*'([^']*)'"));
    const QRegularExpressionMatch m = schema.match(QString::fromLatin1(bytes.left(64 * 1024)));
    result.schema = m.hasMatch() ? m.captured(1).toUpper() : QString();
    const int data = bytes.indexOf("DATA;");
    if (data < 0 || !result.schema.startsWith(QLatin1String("IFC"))) {
        result.error = QStringLiteral("not an IFC file (no FILE_SCHEMA naming IFC, or no DATA section)");
        return result;
    }

    // Every statement "#id = CLASS(args);", ';' outside strings and comments ending each.
    QHash<int, Entity> entities;
    std::vector<int> order;
    bool inString = false;
    int start = data + 5;
    for (int i = start; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\'')
                inString = false; // '' re-enters at once on the next quote
            continue;
        }
        if (c == '\'') {
            inString = true;
        } else if (c == '/' && i + 1 < bytes.size() && bytes[i + 1] == '*') {
            const int end = bytes.indexOf("*/", i + 2);
            i = end < 0 ? int(bytes.size()) : end + 1;
        } else if (c == ';') {
            const QByteArray statement = bytes.mid(start, i - start).trimmed();
            start = i + 1;
            const int eq = statement.indexOf('='), open = statement.indexOf('(');
            if (!statement.startsWith('#') || eq < 0 || open < eq || !statement.endsWith(')'))
                continue;
            const int id = statement.mid(1, eq - 1).trimmed().toInt();
            Entity e;
            e.ifcClass = statement.mid(eq + 1, open - eq - 1).trimmed().toUpper();
            const bool wanted = relationClasses().contains(e.ifcClass) || e.ifcClass.endsWith("UNIT") ||
                                e.ifcClass == "IFCMEASUREWITHUNIT" || e.ifcClass == "IFCPROJECT" ||
                                e.ifcClass == "IFCGEOMETRICREPRESENTATIONCONTEXT";
            const QByteArray args = statement.mid(open + 1, statement.size() - open - 2);
            if (!wanted && !args.startsWith('\''))
                continue; // not a rooted entity: geometry, placements, properties' values ...
            e.args = splitArgs(args);
            if (!wanted && !looksLikeGlobalId(e.args.value(0)))
                continue;
            entities.insert(id, e);
            order.push_back(id);
        }
    }

    // The length unit, as a factor to metres.
    std::function<double(int, int)> unitScale = [&](int ref, int depth) -> double {
        const Entity e = entities.value(ref);
        if (depth > 4)
            return 1.0;
        if (e.ifcClass == "IFCSIUNIT")
            return siPrefix(e.args.value(2));
        if (e.ifcClass == "IFCCONVERSIONBASEDUNIT") {
            const Entity measure = entities.value(stepRef(e.args.value(3)));
            const double factor = stepNumber(measure.args.value(0)).value_or(1.0);
            return factor * unitScale(stepRef(measure.args.value(1)), depth + 1);
        }
        return 1.0;
    };
    for (int id : order) {
        const Entity &e = entities[id];
        if ((e.ifcClass == "IFCSIUNIT" || e.ifcClass == "IFCCONVERSIONBASEDUNIT") &&
            e.args.value(1) == ".LENGTHUNIT.") {
            result.metresPerUnit = unitScale(id, 0);
            break;
        }
    }

    // True north: the first model context that gives one (sub-contexts inherit it).
    for (int id : order) {
        const Entity &e = entities[id];
        if (e.ifcClass != "IFCGEOMETRICREPRESENTATIONCONTEXT")
            continue;
        if (const std::optional<QPointF> north = directionOf(bytes, stepRef(e.args.value(5)))) {
            if (std::hypot(north->x(), north->y()) > 1e-9) {
                const double bearing = qRadiansToDegrees(std::atan2(-north->x(), north->y()));
                result.hasTrueNorth = true;
                result.northAngle = std::round(bearing * 1e4) / 1e4 + 0.0; // (+0.0: no "-0")
                break;
            }
        }
    }

    // Who sits in what: containment and aggregation give each product its parent.
    QHash<int, int> parentOf;
    for (int id : order) {
        const Entity &e = entities[id];
        if (e.ifcClass == "IFCRELCONTAINEDINSPATIALSTRUCTURE") {
            for (int child : stepRefList(e.args.value(4)))
                parentOf.insert(child, stepRef(e.args.value(5)));
        } else if (e.ifcClass == "IFCRELAGGREGATES" || e.ifcClass == "IFCRELNESTS") {
            for (int child : stepRefList(e.args.value(5)))
                parentOf.insert(child, stepRef(e.args.value(4)));
        }
    }

    QHash<int, int> storeyIndex, buildingIndex;
    auto product = [&](int id) {
        const Entity &e = entities[id];
        IfcProduct p;
        p.entity = id;
        p.ifcClass = QString::fromLatin1(e.ifcClass);
        p.globalId = stepString(e.args.value(0)).value_or(QString());
        p.name = stepString(e.args.value(2)).value_or(QString());
        p.nodeName = ifcNodeName(assimpStepText(e.args.value(2)));
        return p;
    };
    for (int id : order) {
        const Entity &e = entities[id];
        if (e.ifcClass == "IFCSITE") {
            const std::optional<double> latitude = compoundAngle(e.args.value(9)),
                                        longitude = compoundAngle(e.args.value(10));
            if (result.sites.empty() && latitude && longitude && std::abs(*latitude) <= 90 &&
                std::abs(*longitude) <= 180) {
                result.hasLocation = true;
                result.latitude = *latitude;
                result.longitude = *longitude;
            }
            result.sites.push_back(product(id));
        } else if (e.ifcClass == "IFCBUILDING") {
            buildingIndex.insert(id, int(result.buildings.size()));
            result.buildings.push_back(product(id));
        } else if (e.ifcClass == "IFCBUILDINGSTOREY") {
            IfcStorey s;
            s.product = product(id);
            if (const auto elevation = stepNumber(e.args.value(9))) {
                s.elevation = *elevation * result.metresPerUnit;
                s.hasElevation = true;
            }
            storeyIndex.insert(id, int(result.storeys.size()));
            result.storeys.push_back(s);
        }
    }
    // The nearest storey and building up the parent chain (bounded: a cyclic file must not hang us).
    auto place = [&](IfcProduct &p) {
        int at = p.entity;
        for (int depth = 0; depth < 64 && at; ++depth) {
            if (p.storey < 0 && at != p.entity && storeyIndex.contains(at))
                p.storey = storeyIndex.value(at);
            if (buildingIndex.contains(at) && at != p.entity) {
                p.building = buildingIndex.value(at);
                return;
            }
            at = parentOf.value(at);
        }
    };
    for (IfcStorey &s : result.storeys)
        place(s.product);
    for (int id : order) {
        const Entity &e = entities[id];
        if (relationClasses().contains(e.ifcClass) || e.ifcClass == "IFCSITE" ||
            e.ifcClass == "IFCBUILDING" || e.ifcClass == "IFCBUILDINGSTOREY" || e.ifcClass == "IFCPROJECT" ||
            !parentOf.contains(id) || e.ifcClass.startsWith("IFCREL"))
            continue;
        IfcProduct p = product(id);
        place(p);
        static const QSet<QByteArray> spatial{"IFCPROJECT", "IFCSITE", "IFCBUILDING", "IFCBUILDINGSTOREY",
                                              "IFCSPACE"};
        const int parent = parentOf.value(id);
        if (entities.contains(parent) && !spatial.contains(entities[parent].ifcClass))
            p.partOf = parent;
        result.elements.push_back(p);
    }
    return result;
}

} // namespace showroom::importer
