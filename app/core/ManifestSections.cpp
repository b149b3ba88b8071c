#include "core/ManifestSections.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace showroom::core::manifest {

namespace {

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
        if (const auto zone = o.string(QStringLiteral("timeZone"), Need::Optional)) {
            // The shape first: the id becomes a file name under the system's zoneinfo folder.
            static const QRegularExpression ianaShape(
                QStringLiteral("^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$"));
            if (ianaShape.match(*zone).hasMatch() && QTimeZone(zone->toUtf8()).isValid())
                info.timeZone = *zone;
            else
                m_issues.error(
                    o.at(QStringLiteral("timeZone")),
                    QStringLiteral("unknown time zone %1, expected an IANA id such as \"Europe/Vienna\"")
                        .arg(quoted(*zone)));
        }
        // What visitors see first on the timeline: the finished development (default) or the site today.
        if (const auto first = o.string(QStringLiteral("firstView"), Need::Optional)) {
            if (*first == QLatin1String("finished") || *first == QLatin1String("today"))
                info.firstView = *first;
            else
                m_issues.error(o.at(QStringLiteral("firstView")),
                               QStringLiteral("expected \"finished\" or \"today\", found %1").arg(quoted(*first)));
        }
        // Who buyers call (printed on brochures): all four fields optional strings.
        if (const auto office = o.object(QStringLiteral("salesOffice"), Need::Optional)) {
            ObjectReader s(*office, o.at(QStringLiteral("salesOffice")), m_issues, m_paths);
            info.salesOffice.name = s.string(QStringLiteral("name"), Need::Optional).value_or(QString());
            info.salesOffice.phone = s.string(QStringLiteral("phone"), Need::Optional).value_or(QString());
            info.salesOffice.email = s.string(QStringLiteral("email"), Need::Optional).value_or(QString());
            info.salesOffice.address = s.string(QStringLiteral("address"), Need::Optional).value_or(QString());
            s.reportUnknownKeys();
        }
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
        if (const auto rooms = o.array(QStringLiteral("rooms"), Need::Optional)) {
            const bool interior = o.value(QStringLiteral("interior"), Need::Optional).has_value();
            t.rooms = parseRoomNames(*rooms, o.at(QStringLiteral("rooms")), interior);
        }
        return t;
    }

    // The names a visitor sees for the rooms of the type's interior ({"node": "Floor_Living", "name":
    // "Living / dining"}). A node outside the room naming (Floor_<room>) could never match a room.
    QList<RoomName> parseRoomNames(const QJsonArray &list, const QString &path, bool hasInterior)
    {
        QList<RoomName> rooms;
        if (!hasInterior && !list.isEmpty())
            m_issues.warning(path, QStringLiteral("given but the unit type has no \"interior\""));
        IdRegistry nodes(m_issues);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = indexed(path, i);
            if (!list.at(i).isObject()) {
                m_issues.error(itemPath, QStringLiteral("expected object"));
                continue;
            }
            ObjectReader o(list.at(i).toObject(), itemPath, m_issues, m_paths);
            RoomName room;
            room.node = o.string(QStringLiteral("node"), Need::Required).value_or(QString());
            room.name = o.string(QStringLiteral("name"), Need::Required).value_or(QString());
            o.reportUnknownKeys();
            if (!room.node.isEmpty()) {
                if (!room.node.startsWith(QLatin1String("Floor_")) || room.node.size() == 6) {
                    m_issues.error(o.at(QStringLiteral("node")),
                                   QStringLiteral("expected a room's floor node \"Floor_<room>\", found %1")
                                       .arg(quoted(room.node)));
                    continue;
                }
                if (!nodes.add(room.node, o.at(QStringLiteral("node")), QStringLiteral("node")))
                    continue;
            }
            if (!room.node.isEmpty() && !room.name.isEmpty())
                rooms << room;
        }
        return rooms;
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
        u.mirrored = o.boolean(QStringLiteral("mirrored"), Need::Optional).value_or(false);
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
        p.standard = o.boolean(QStringLiteral("standard"), Need::Optional).value_or(false);
        if (p.standard) {
            // One palette is what the homes come with; a second would make "standard" ambiguous.
            if (!m_standardPalettePath.isEmpty())
                m_issues.error(o.at(QStringLiteral("standard")),
                               QStringLiteral("only one palette can be standard; %1 already is")
                                   .arg(m_standardPalettePath));
            else
                m_standardPalettePath = path;
        }
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
                surface.name = s.string(QStringLiteral("name"), Need::Optional).value_or(QString());
                surface.priceDelta = s.number(QStringLiteral("priceDelta"), Need::Optional).value_or(0.0);
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
    QString m_standardPalettePath; // the palette marked "standard", for the duplicate's message
    IdRegistry m_poiIds{m_issues};
    IdRegistry m_cameraIds{m_issues};
};

} // namespace

void parseSections(const QJsonObject &root, const QString &packageDir, Issues &issues, DevelopmentData &data)
{
    ManifestParser parser(packageDir, issues);
    parser.parse(root, data);
}

} // namespace showroom::core::manifest
