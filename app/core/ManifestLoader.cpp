#include "core/ManifestLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>

namespace showroom::core {

namespace {

enum class Need
{
    Optional,
    Required
};

// A referenced file that is missing breaks the 3D view (models) or only a picture (images).
enum class FileKind
{
    Model,
    Image
};

QString quoted(const QString &s)
{
    QString shown = s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

// Hand-written shape checks: the loader runs on worker threads and these stay allocation- and lock-free.
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool hasDrivePrefix(const QString &s) // "C:" and the like
{
    return s.size() >= 2 && isAsciiLetter(s[0]) && s[1] == QLatin1Char(':');
}

bool isIsoDateShape(const QString &s) // YYYY-MM-DD
{
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(s[i]))
            return false;
    }
    return true;
}

bool isCurrencyCode(const QString &s) // three capital letters
{
    return s.size() == 3 && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

bool isHexColour(const QString &s) // #rgb or #rrggbb
{
    if ((s.size() != 4 && s.size() != 7) || s[0] != QLatin1Char('#'))
        return false;
    return std::all_of(s.cbegin() + 1, s.cend(), [](QChar c) {
        return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

class Issues
{
public:
    QStringList errors;
    QStringList warnings;
    void error(const QString &path, const QString &message)
    {
        errors << path + QStringLiteral(": ") + message;
    }
    void warning(const QString &path, const QString &message)
    {
        warnings << path + QStringLiteral(": ") + message;
    }
};

// Checks a relative file reference: spelled inside the package, exists, and does not leave the package
// through a symbolic link. Returns false if it must not be used.
class PathChecker
{
public:
    PathChecker(const QString &packageDir, Issues &issues) : m_issues(issues)
    {
        if (!packageDir.isEmpty()) {
            QFileInfo info(packageDir);
            m_root = info.canonicalFilePath();
        }
    }

    bool check(const QString &jsonPath, const QString &rel, FileKind kind)
    {
        if (rel.contains(QLatin1Char('\\'))) {
            m_issues.error(
                jsonPath,
                QStringLiteral("path %1 uses backslashes; write paths with \"/\"").arg(quoted(rel)));
            return false;
        }
        if (rel.startsWith(QLatin1Char('/')) || hasDrivePrefix(rel) || QDir::isAbsolutePath(rel)) {
            m_issues.error(jsonPath, QStringLiteral("absolute path %1 not allowed; paths are relative to the "
                                                    "package folder")
                                         .arg(quoted(rel)));
            return false;
        }
        const QString clean = QDir::cleanPath(rel);
        if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../"))) {
            m_issues.error(jsonPath, QStringLiteral("path %1 leaves the package folder").arg(quoted(rel)));
            return false;
        }
        if (m_root.isEmpty())
            return true; // no folder to check against (parsing bytes only)

        const QFileInfo info(m_root + QLatin1Char('/') + clean);
        const QString what = kind == FileKind::Model ? QStringLiteral("model") : QStringLiteral("image");
        if (!info.exists()) {
            const QString msg = QStringLiteral("%1 file %2 not found").arg(what, quoted(rel));
            if (kind == FileKind::Model)
                m_issues.error(jsonPath, msg);
            else
                m_issues.warning(jsonPath, msg);
            return kind != FileKind::Model;
        }
        const QString canonical = info.canonicalFilePath();
        if (!canonical.startsWith(m_root + QLatin1Char('/'))) {
            m_issues.error(jsonPath,
                           QStringLiteral("path %1 resolves outside the package folder (symbolic link to %2)")
                               .arg(quoted(rel), quoted(canonical)));
            return false;
        }
        if (info.isDir()) {
            m_issues.error(jsonPath, QStringLiteral("path %1 is a folder, expected a file").arg(quoted(rel)));
            return false;
        }
        if (!info.isReadable()) {
            m_issues.error(jsonPath, QStringLiteral("%1 file %2 is not readable").arg(what, quoted(rel)));
            return false;
        }
        return true;
    }

private:
    Issues &m_issues;
    QString m_root; // canonical package folder, empty when not checking files
};

// Reads typed values from one JSON object, remembering which keys the format knows so the rest can be
// reported as unknown. Every accessor reports its own problem and returns nullopt on it.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, Issues &issues, PathChecker &paths)
        : m_object(object), m_path(path), m_issues(issues), m_paths(paths)
    {
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    // The value for `key`, or nullopt (with "required key is missing" when it is required).
    std::optional<QJsonValue> value(const QString &key, Need need)
    {
        m_known.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (need == Need::Required)
                m_issues.error(at(key), QStringLiteral("required key is missing"));
            return std::nullopt;
        }
        if (v.isNull() && need == Need::Optional)
            return std::nullopt; // null means "not given" for optional keys
        return v;
    }

    std::optional<QString> string(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isString()) {
            m_issues.error(at(key), QStringLiteral("expected string"));
            return std::nullopt;
        }
        const QString s = v->toString();
        if (need == Need::Required && s.trimmed().isEmpty()) {
            m_issues.error(at(key), QStringLiteral("expected a non-empty string"));
            return std::nullopt;
        }
        return s;
    }

    std::optional<int> integer(const QString &key, Need need, int min = std::numeric_limits<int>::min())
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        const double d = v->toDouble(std::nan(""));
        if (!v->isDouble() || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max()) {
            m_issues.error(at(key), QStringLiteral("expected integer"));
            return std::nullopt;
        }
        if (d < min) {
            m_issues.error(at(key),
                           QStringLiteral("expected integer >= %1, found %2").arg(min).arg(numberText(d)));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<double> number(const QString &key, Need need,
                                 double min = -std::numeric_limits<double>::infinity(),
                                 double max = std::numeric_limits<double>::infinity())
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isDouble()) {
            m_issues.error(at(key), QStringLiteral("expected number"));
            return std::nullopt;
        }
        const double d = v->toDouble();
        if (!(d >= min && d <= max)) {
            const QString range =
                std::isinf(max) ? QStringLiteral(">= %1").arg(numberText(min))
                                : QStringLiteral("between %1 and %2").arg(numberText(min), numberText(max));
            m_issues.error(at(key), QStringLiteral("expected number %1, found %2").arg(range, numberText(d)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<bool> boolean(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isBool()) {
            m_issues.error(at(key), QStringLiteral("expected boolean"));
            return std::nullopt;
        }
        return v->toBool();
    }

    std::optional<QDate> date(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        const QString s = v->toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!v->isString() || !isIsoDateShape(s) || !d.isValid()) {
            m_issues.error(at(key), v->isString()
                                        ? QStringLiteral("expected date YYYY-MM-DD, found %1").arg(quoted(s))
                                        : QStringLiteral("expected date YYYY-MM-DD"));
            return std::nullopt;
        }
        return d;
    }

    std::optional<QJsonArray> array(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isArray()) {
            m_issues.error(at(key), QStringLiteral("expected array"));
            return std::nullopt;
        }
        return v->toArray();
    }

    std::optional<QJsonObject> object(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            m_issues.error(at(key), QStringLiteral("expected object"));
            return std::nullopt;
        }
        return v->toObject();
    }

    std::optional<QVector3D> vector3(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        const QJsonArray a = v->toArray();
        if (!v->isArray() || a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble()) {
            m_issues.error(at(key), QStringLiteral("expected [x, y, z] (array of 3 numbers)"));
            return std::nullopt;
        }
        return QVector3D(float(a[0].toDouble()), float(a[1].toDouble()), float(a[2].toDouble()));
    }

    // One of a fixed set of words.
    std::optional<QString> choice(const QString &key, Need need, const QStringList &allowed)
    {
        const auto s = string(key, need);
        if (!s)
            return std::nullopt;
        if (!allowed.contains(*s)) {
            QStringList shown;
            for (const QString &a : allowed)
                shown << quoted(a);
            m_issues.error(at(key), QStringLiteral("expected one of %1, found %2")
                                        .arg(shown.join(QStringLiteral(", ")), quoted(*s)));
            return std::nullopt;
        }
        return s;
    }

    // A file inside the package; empty when absent or unusable.
    QString file(const QString &key, Need need, FileKind kind)
    {
        const auto s = string(key, need);
        if (!s || s->isEmpty())
            return {};
        return m_paths.check(at(key), *s, kind) ? *s : QString();
    }

    // Marks keys the format knows but this reader does not read itself.
    void accept(const QString &key) { m_known.insert(key); }

    void reportUnknownKeys()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                m_issues.warning(at(it.key()), QStringLiteral("unknown key (ignored)"));
        }
    }

private:
    const QJsonObject m_object;
    const QString m_path;
    Issues &m_issues;
    PathChecker &m_paths;
    QSet<QString> m_known;
};

// Remembers ids per list to report duplicates with both places.
class IdRegistry
{
public:
    explicit IdRegistry(Issues &issues) : m_issues(issues) {}
    // Returns false (and reports) if `id` was used before.
    bool add(const QString &id, const QString &jsonPath, const QString &what = QStringLiteral("id"))
    {
        const auto it = m_seen.constFind(id);
        if (it != m_seen.constEnd()) {
            m_issues.error(jsonPath,
                           QStringLiteral("duplicate %1 %2 (first used at %3)").arg(what, quoted(id), *it));
            return false;
        }
        m_seen.insert(id, jsonPath);
        return true;
    }
    bool contains(const QString &id) const { return m_seen.contains(id); }

private:
    Issues &m_issues;
    QHash<QString, QString> m_seen;
};

class ManifestParser
{
public:
    ManifestParser(const QString &packageDir, Issues &issues) : m_issues(issues), m_paths(packageDir, issues)
    {
    }

    void parse(const QJsonObject &root, DevelopmentData &data)
    {
        ObjectReader r(root, QString(), m_issues, m_paths);
        if (const auto schema = r.value(QStringLiteral("schema"), Need::Required)) {
            const double v = schema->toDouble(std::nan(""));
            if (!schema->isDouble() || v != std::floor(v)) {
                m_issues.error(QStringLiteral("schema"), QStringLiteral("expected integer"));
            } else if (v != 1) {
                // A different schema means different rules: checking the rest against ours is noise.
                m_issues.error(QStringLiteral("schema"),
                               QStringLiteral("unsupported schema version %1 (this Showroom reads schema 1)")
                                   .arg(numberText(v)));
                return;
            }
        }
        if (const auto dev = r.object(QStringLiteral("development"), Need::Required))
            parseDevelopment(*dev, data.development);
        data.model = r.file(QStringLiteral("model"), Need::Required, FileKind::Model);

        forEachObject(
            r, QStringLiteral("buildings"), Need::Required,
            [&](ObjectReader &o, const QString &path) { data.buildings << parseBuilding(o, path); });
        forEachObject(r, QStringLiteral("floors"), Need::Optional, [&](ObjectReader &o, const QString &path) {
            if (auto f = parseFloor(o, path, data))
                data.floors << *f;
        });
        forEachObject(
            r, QStringLiteral("unitTypes"), Need::Required,
            [&](ObjectReader &o, const QString &path) { data.unitTypes << parseUnitType(o, path); });
        forEachObject(r, QStringLiteral("units"), Need::Required,
                      [&](ObjectReader &o, const QString &path) { data.units << parseUnit(o, path, data); });
        forEachObject(r, QStringLiteral("stages"), Need::Optional,
                      [&](ObjectReader &o, const QString &path) { data.stages << parseStage(o, path); });
        forEachObject(r, QStringLiteral("finishPalettes"), Need::Optional,
                      [&](ObjectReader &o, const QString &path) {
                          data.finishPalettes << parseFinishPalette(o, path);
                      });
        forEachObject(r, QStringLiteral("pointsOfInterest"), Need::Optional,
                      [&](ObjectReader &o, const QString &path) {
                          data.pointsOfInterest << parsePointOfInterest(o, path);
                      });
        forEachObject(
            r, QStringLiteral("cameraPresets"), Need::Optional,
            [&](ObjectReader &o, const QString &path) { data.cameraPresets << parseCameraPreset(o, path); });
        r.reportUnknownKeys();
    }

private:
    template <typename F> void forEachObject(ObjectReader &parent, const QString &key, Need need, F &&f)
    {
        const auto list = parent.array(key, need);
        if (!list)
            return;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString path = indexed(parent.at(key), i);
            const QJsonValue item = list->at(i);
            if (!item.isObject()) {
                m_issues.error(path, QStringLiteral("expected object"));
                continue;
            }
            ObjectReader o(item.toObject(), path, m_issues, m_paths);
            f(o, path);
            o.reportUnknownKeys();
        }
    }

    void parseDevelopment(const QJsonObject &obj, DevelopmentInfo &info)
    {
        ObjectReader o(obj, QStringLiteral("development"), m_issues, m_paths);
        info.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        info.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        info.address = o.string(QStringLiteral("address"), Need::Optional).value_or(QString());
        info.description = o.string(QStringLiteral("description"), Need::Optional).value_or(QString());
        if (const auto c = o.string(QStringLiteral("currency"), Need::Required)) {
            if (isCurrencyCode(*c))
                info.currency = *c;
            else
                m_issues.error(
                    o.at(QStringLiteral("currency")),
                    QStringLiteral("expected an ISO 4217 code such as \"EUR\", found %1").arg(quoted(*c)));
        }
        info.completion = o.date(QStringLiteral("completion"), Need::Optional).value_or(QDate());
        const auto lat = o.number(QStringLiteral("latitude"), Need::Optional, -90, 90);
        const auto lon = o.number(QStringLiteral("longitude"), Need::Optional, -180, 180);
        if (lat && lon) {
            info.hasLocation = true;
            info.latitude = *lat;
            info.longitude = *lon;
        } else {
            const bool hasLat = obj.contains(QStringLiteral("latitude"));
            const bool hasLon = obj.contains(QStringLiteral("longitude"));
            if (hasLat != hasLon)
                m_issues.error(o.at(hasLat ? QStringLiteral("longitude") : QStringLiteral("latitude")),
                               QStringLiteral("required when %1 is given")
                                   .arg(hasLat ? QStringLiteral("latitude") : QStringLiteral("longitude")));
        }
        info.northAngle = o.number(QStringLiteral("northAngle"), Need::Optional, -360, 360).value_or(0.0);
        o.reportUnknownKeys();
    }

    Building parseBuilding(ObjectReader &o, const QString &path)
    {
        Building b;
        b.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!b.id.isEmpty())
            m_buildingIds.add(b.id, path + QStringLiteral(".id"));
        b.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        b.kind = o.string(QStringLiteral("kind"), Need::Optional).value_or(QString());
        b.floors = o.integer(QStringLiteral("floors"), Need::Required, 1).value_or(0);
        b.node = o.string(QStringLiteral("node"), Need::Optional).value_or(QString());
        return b;
    }

    // Reports a building reference that points nowhere; returns the building or nullptr.
    const Building *buildingRef(ObjectReader &o, const QString &id, const DevelopmentData &data)
    {
        if (id.isEmpty())
            return nullptr;
        const Building *b = data.building(id);
        if (!b)
            m_issues.error(o.at(QStringLiteral("building")),
                           QStringLiteral("unknown building %1").arg(quoted(id)));
        return b;
    }

    void checkLevel(ObjectReader &o, const QString &key, const Building *b, std::optional<int> level)
    {
        if (!b || !level || b->floors < 1)
            return;
        if (*level >= b->floors)
            m_issues.error(o.at(key), QStringLiteral("floor %1 out of range for building %2 (floors 0..%3)")
                                          .arg(*level)
                                          .arg(quoted(b->id))
                                          .arg(b->floors - 1));
    }

    std::optional<Floor> parseFloor(ObjectReader &o, const QString &path, const DevelopmentData &data)
    {
        Floor f;
        f.building = o.string(QStringLiteral("building"), Need::Required).value_or(QString());
        const Building *b = buildingRef(o, f.building, data);
        const auto level = o.integer(QStringLiteral("level"), Need::Required, 0);
        checkLevel(o, QStringLiteral("level"), b, level);
        f.level = level.value_or(0);
        f.name = o.string(QStringLiteral("name"), Need::Optional).value_or(QString());
        if (const auto e = o.number(QStringLiteral("elevation"), Need::Optional)) {
            f.hasElevation = true;
            f.elevation = *e;
        }
        f.plan = o.file(QStringLiteral("plan"), Need::Optional, FileKind::Image);
        if (!f.building.isEmpty() && level)
            m_floorKeys.add(f.building + QLatin1Char('/') + QString::number(*level), path,
                            QStringLiteral("floor (building/level)"));
        return f;
    }

    UnitType parseUnitType(ObjectReader &o, const QString &path)
    {
        UnitType t;
        t.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!t.id.isEmpty())
            m_typeIds.add(t.id, path + QStringLiteral(".id"));
        t.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        t.bedrooms = o.integer(QStringLiteral("bedrooms"), Need::Optional, 0).value_or(0);
        t.bathrooms = o.integer(QStringLiteral("bathrooms"), Need::Optional, 0).value_or(0);
        t.area = o.number(QStringLiteral("area"), Need::Optional, 0).value_or(0.0);
        t.interior = o.file(QStringLiteral("interior"), Need::Optional, FileKind::Model);
        t.plan = o.file(QStringLiteral("plan"), Need::Optional, FileKind::Image);
        return t;
    }

    Unit parseUnit(ObjectReader &o, const QString &path, const DevelopmentData &data)
    {
        Unit u;
        u.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!u.id.isEmpty())
            m_unitIds.add(u.id, path + QStringLiteral(".id"));
        u.building = o.string(QStringLiteral("building"), Need::Required).value_or(QString());
        const Building *b = buildingRef(o, u.building, data);
        const auto floor = o.integer(QStringLiteral("floor"), Need::Required, 0);
        checkLevel(o, QStringLiteral("floor"), b, floor);
        u.floor = floor.value_or(0);
        u.type = o.string(QStringLiteral("type"), Need::Required).value_or(QString());
        if (!u.type.isEmpty() && !data.unitType(u.type))
            m_issues.error(o.at(QStringLiteral("type")),
                           QStringLiteral("unknown unit type %1").arg(quoted(u.type)));
        u.bedrooms = o.integer(QStringLiteral("bedrooms"), Need::Required, 0).value_or(0);
        u.bathrooms = o.integer(QStringLiteral("bathrooms"), Need::Required, 0).value_or(0);
        u.area = o.number(QStringLiteral("area"), Need::Required, 0).value_or(0.0);
        u.price = o.number(QStringLiteral("price"), Need::Required, 0).value_or(0.0);
        static const QStringList statuses{QStringLiteral("available"), QStringLiteral("reserved"),
                                          QStringLiteral("sold")};
        const QString status =
            o.choice(QStringLiteral("status"), Need::Required, statuses).value_or(QString());
        u.status = status == QLatin1String("sold")       ? UnitStatus::Sold
                   : status == QLatin1String("reserved") ? UnitStatus::Reserved
                                                         : UnitStatus::Available;
        static const QStringList aspects{QStringLiteral("N"),  QStringLiteral("NE"), QStringLiteral("E"),
                                         QStringLiteral("SE"), QStringLiteral("S"),  QStringLiteral("SW"),
                                         QStringLiteral("W"),  QStringLiteral("NW")};
        u.orientation = o.choice(QStringLiteral("orientation"), Need::Required, aspects).value_or(QString());
        u.balcony = o.boolean(QStringLiteral("balcony"), Need::Optional).value_or(false);
        if (const auto area = o.number(QStringLiteral("balconyArea"), Need::Optional, 0)) {
            u.balconyArea = *area;
            if (!u.balcony && *area > 0)
                m_issues.warning(o.at(QStringLiteral("balconyArea")),
                                 QStringLiteral("given but \"balcony\" is not true"));
        }
        u.plan = o.file(QStringLiteral("plan"), Need::Optional, FileKind::Image);
        u.node = o.string(QStringLiteral("node"), Need::Required).value_or(QString());
        if (!u.node.isEmpty())
            m_unitNodes.add(u.node, path + QStringLiteral(".node"), QStringLiteral("node"));
        return u;
    }

    Stage parseStage(ObjectReader &o, const QString &path)
    {
        Stage s;
        s.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!s.id.isEmpty())
            m_stageIds.add(s.id, path + QStringLiteral(".id"));
        s.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        if (const auto planned = o.object(QStringLiteral("planned"), Need::Required)) {
            ObjectReader p(*planned, o.at(QStringLiteral("planned")), m_issues, m_paths);
            s.plannedStart = p.date(QStringLiteral("start"), Need::Required).value_or(QDate());
            s.plannedEnd = p.date(QStringLiteral("end"), Need::Required).value_or(QDate());
            if (s.plannedStart.isValid() && s.plannedEnd.isValid() && s.plannedEnd < s.plannedStart)
                m_issues.error(p.at(QStringLiteral("end")), QStringLiteral("%1 is before the start %2")
                                                                .arg(s.plannedEnd.toString(Qt::ISODate),
                                                                     s.plannedStart.toString(Qt::ISODate)));
            p.reportUnknownKeys();
        }
        if (const auto actual = o.object(QStringLiteral("actual"), Need::Optional)) {
            ObjectReader a(*actual, o.at(QStringLiteral("actual")), m_issues, m_paths);
            s.actualStart = a.date(QStringLiteral("start"), Need::Optional).value_or(QDate());
            s.actualEnd = a.date(QStringLiteral("end"), Need::Optional).value_or(QDate());
            if (s.actualEnd.isValid() && !s.actualStart.isValid() &&
                !actual->value(QStringLiteral("start")).isString())
                m_issues.error(a.at(QStringLiteral("end")), QStringLiteral("an end needs a start date"));
            else if (s.actualStart.isValid() && s.actualEnd.isValid() && s.actualEnd < s.actualStart)
                m_issues.error(a.at(QStringLiteral("end")), QStringLiteral("%1 is before the start %2")
                                                                .arg(s.actualEnd.toString(Qt::ISODate),
                                                                     s.actualStart.toString(Qt::ISODate)));
            a.reportUnknownKeys();
        }
        if (const auto nodes = o.array(QStringLiteral("nodes"), Need::Required)) {
            for (qsizetype i = 0; i < nodes->size(); ++i) {
                const QJsonValue v = nodes->at(i);
                if (!v.isString() || v.toString().isEmpty())
                    m_issues.error(indexed(o.at(QStringLiteral("nodes")), i),
                                   QStringLiteral("expected a non-empty node-name pattern (string)"));
                else
                    s.nodePatterns << v.toString();
            }
        }
        return s;
    }

    FinishPalette parseFinishPalette(ObjectReader &o, const QString &path)
    {
        FinishPalette p;
        p.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!p.id.isEmpty())
            m_paletteIds.add(p.id, path + QStringLiteral(".id"));
        p.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        if (const auto surfaces = o.object(QStringLiteral("surfaces"), Need::Required)) {
            const QString surfacesPath = o.at(QStringLiteral("surfaces"));
            for (auto it = surfaces->constBegin(); it != surfaces->constEnd(); ++it) {
                const QString sp = surfacesPath + QLatin1Char('.') + it.key();
                if (!it.value().isObject()) {
                    m_issues.error(sp, QStringLiteral("expected object"));
                    continue;
                }
                ObjectReader s(it.value().toObject(), sp, m_issues, m_paths);
                Surface surface;
                if (const auto c = s.string(QStringLiteral("color"), Need::Required)) {
                    if (isHexColour(*c))
                        surface.color = QColor(*c);
                    else
                        m_issues.error(
                            s.at(QStringLiteral("color")),
                            QStringLiteral("expected colour \"#rrggbb\", found %1").arg(quoted(*c)));
                }
                surface.roughness = s.number(QStringLiteral("roughness"), Need::Optional, 0, 1).value_or(0.5);
                surface.metallic = s.number(QStringLiteral("metallic"), Need::Optional, 0, 1).value_or(0.0);
                surface.texture = s.file(QStringLiteral("texture"), Need::Optional, FileKind::Image);
                s.reportUnknownKeys();
                p.surfaces.insert(it.key(), surface);
            }
        }
        return p;
    }

    PointOfInterest parsePointOfInterest(ObjectReader &o, const QString &path)
    {
        PointOfInterest p;
        p.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!p.id.isEmpty())
            m_poiIds.add(p.id, path + QStringLiteral(".id"));
        p.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        p.description = o.string(QStringLiteral("description"), Need::Optional).value_or(QString());
        p.category = o.string(QStringLiteral("category"), Need::Optional).value_or(QString());
        if (const auto pos = o.vector3(QStringLiteral("position"), Need::Optional)) {
            p.hasPosition = true;
            p.position = *pos;
        }
        return p;
    }

    CameraPreset parseCameraPreset(ObjectReader &o, const QString &path)
    {
        CameraPreset c;
        c.id = o.string(QStringLiteral("id"), Need::Required).value_or(QString());
        if (!c.id.isEmpty())
            m_cameraIds.add(c.id, path + QStringLiteral(".id"));
        c.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
        c.position = o.vector3(QStringLiteral("position"), Need::Required).value_or(QVector3D());
        c.target = o.vector3(QStringLiteral("target"), Need::Required).value_or(QVector3D());
        c.fov = o.number(QStringLiteral("fov"), Need::Optional, 1, 179).value_or(0.0);
        return c;
    }

    Issues &m_issues;
    PathChecker m_paths;
    IdRegistry m_buildingIds{m_issues};
    IdRegistry m_floorKeys{m_issues};
    IdRegistry m_typeIds{m_issues};
    IdRegistry m_unitIds{m_issues};
    IdRegistry m_unitNodes{m_issues};
    IdRegistry m_stageIds{m_issues};
    IdRegistry m_paletteIds{m_issues};
    IdRegistry m_poiIds{m_issues};
    IdRegistry m_cameraIds{m_issues};
};

void lineAndColumn(const QByteArray &text, int offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    const int end = qBound(0, offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

ManifestResult parseInto(const QByteArray &bytes, const QString &packageDir, const QString &fileLabel)
{
    ManifestResult result;
    QByteArray json = bytes;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3); // a UTF-8 byte-order mark from Windows editors is not an error
    if (json.trimmed().isEmpty()) {
        result.errors << fileLabel + QStringLiteral(": file is empty");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(json, parseError.offset, &line, &column);
        result.errors << fileLabel + QStringLiteral(": invalid JSON at line %1, column %2 (byte %3): %4")
                                         .arg(line)
                                         .arg(column)
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << fileLabel +
                             QStringLiteral(": expected a JSON object at the top level, found %1")
                                 .arg(doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a value"));
        return result;
    }
    Issues issues;
    ManifestParser parser(packageDir, issues);
    parser.parse(doc.object(), result.data);
    result.errors = issues.errors;
    result.warnings = issues.warnings;
    if (!packageDir.isEmpty()) {
        const QFileInfo dir(packageDir);
        result.data.packageDir =
            dir.canonicalFilePath().isEmpty() ? dir.absoluteFilePath() : dir.canonicalFilePath();
    }
    result.data.modelPath = result.data.absolutePath(result.data.model);
    return result;
}

} // namespace

ManifestResult parseManifest(const QByteArray &json, const QString &packageDir)
{
    return parseInto(json, packageDir, QString::fromLatin1(ManifestFileName));
}

ManifestResult loadManifest(const QString &packageDir)
{
    ManifestResult result;
    if (packageDir.isEmpty()) {
        result.errors << QStringLiteral("no development folder given");
        return result;
    }
    QFileInfo given(packageDir);
    QString dir = given.absoluteFilePath();
    QString manifest;
    if (given.exists() && !given.isDir() && given.fileName().endsWith(QLatin1String(".json"))) {
        manifest = given.absoluteFilePath();
        dir = given.absolutePath();
    } else {
        if (!given.exists()) {
            result.errors << dir + QStringLiteral(": development folder not found");
            return result;
        }
        if (!given.isDir()) {
            result.errors << dir + QStringLiteral(": not a folder (expected a development package folder)");
            return result;
        }
        manifest = QDir(dir).filePath(QString::fromLatin1(ManifestFileName));
    }

    const QFileInfo info(manifest);
    if (!info.exists()) {
        result.errors << manifest + QStringLiteral(": file not found");
        return result;
    }
    result.manifestPath = manifest;
    if (info.isDir()) {
        result.errors << manifest + QStringLiteral(": is a folder, expected the manifest file");
        return result;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::path(manifest.toStdString()), ec)) {
        // FIFOs and devices could block or never end.
        result.errors << manifest + QStringLiteral(": not a regular file");
        return result;
    }
    if (info.size() > MaxManifestBytes) {
        result.errors << manifest + QStringLiteral(": file too large (%1 MB; the limit is %2 MB)")
                                        .arg(info.size() / (1024 * 1024))
                                        .arg(MaxManifestBytes / (1024 * 1024));
        return result;
    }
    QFile file(manifest);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << manifest + QStringLiteral(": cannot read (%1)").arg(file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(MaxManifestBytes + 1);
    if (bytes.size() > MaxManifestBytes) {
        result.errors << manifest + QStringLiteral(": file too large (the limit is %1 MB)")
                                        .arg(MaxManifestBytes / (1024 * 1024));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.errors << manifest + QStringLiteral(": cannot read (%1)").arg(file.errorString());
        return result;
    }
    ManifestResult parsed = parseInto(bytes, dir, manifest);
    parsed.manifestPath = manifest;
    return parsed;
}

} // namespace showroom::core
