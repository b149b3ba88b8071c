// validateAgainst(): the still's subject checked against the loaded development. Each message names
// the valid choices, so a mistyped id is fixed from the message alone.
#include "commandline/CommandLine.h"

#include "core/FilterExpression.h"
#include "core/ResumeCode.h"

#include <algorithm>

namespace showroom::cli {

namespace {

// Up to this many unit ids are listed in full; above it, a few examples and a pointer to --list-units.
constexpr int MaxListedUnits = 12;

QString named(const QString &id, const QString &name)
{
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(id, name);
}

QString buildingChoices(const core::DevelopmentData &data)
{
    QStringList choices;
    for (const core::Building &b : data.buildings)
        choices << named(b.id, b.name);
    return choices.join(QStringLiteral(", "));
}

// The first, middle and last id: they show how ids are spelled and roughly which range exists.
QStringList examples(const QStringList &ids)
{
    if (ids.size() <= 3)
        return ids;
    return {ids.constFirst(), ids.at(ids.size() / 2), ids.constLast()};
}

// `option` is the one that named the unit ("--select", "--inside", "--balcony").
QString unknownUnit(const QString &option, const QString &id, const core::DevelopmentData &data)
{
    const QString prefix = QStringLiteral("%1 '%2': no such unit").arg(option, id);
    if (data.units.isEmpty())
        return prefix + QStringLiteral("; this development has no units");
    QStringList all;
    for (const core::Unit &u : data.units)
        all << u.id;
    if (all.size() <= MaxListedUnits)
        return prefix + QStringLiteral("; choose one of: %1").arg(all.join(QStringLiteral(", ")));

    // "A_9999" most likely meant a unit of building A: show that building's ids.
    const QString guessedBuilding = id.section(QLatin1Char('_'), 0, 0);
    if (const core::Building *b = data.building(guessedBuilding); b && id.contains(QLatin1Char('_'))) {
        QStringList ofBuilding;
        for (const core::Unit &u : data.units) {
            if (u.building == b->id)
                ofBuilding << u.id;
        }
        if (!ofBuilding.isEmpty())
            return prefix + QStringLiteral("; building %1 has %2 units, e.g. %3 (all %4 units: --list-units)")
                                .arg(named(b->id, b->name))
                                .arg(ofBuilding.size())
                                .arg(examples(ofBuilding).join(QStringLiteral(", ")))
                                .arg(all.size());
    }
    QStringList perBuilding; // the first unit of each building
    for (const core::Building &b : data.buildings) {
        for (const core::Unit &u : data.units) {
            if (u.building == b.id) {
                perBuilding << u.id;
                break;
            }
        }
    }
    if (perBuilding.size() < 2)
        perBuilding = examples(all);
    return prefix + QStringLiteral("; %1 has %2 units, e.g. %3 (all of them: --list-units)")
                        .arg(data.development.name.isEmpty() ? QStringLiteral("the development")
                                                             : data.development.name)
                        .arg(all.size())
                        .arg(perBuilding.join(QStringLiteral(", ")));
}

// The floors that have homes, as Navigation offers them ("0-7", "0, 2-5"): a floor without units has
// nothing to cut away to.
QString floorRanges(const core::DevelopmentData &data, const QString &buildingId, bool *has, int level)
{
    QList<int> floors;
    for (const core::Unit &u : data.units) {
        if (u.building == buildingId && !floors.contains(u.floor))
            floors.append(u.floor);
    }
    std::sort(floors.begin(), floors.end());
    *has = floors.contains(level);
    if (floors.isEmpty())
        return QStringLiteral("no floors with homes");
    if (floors.size() == 1)
        return QStringLiteral("only floor %1").arg(floors.constFirst());
    QStringList runs;
    for (int i = 0; i < floors.size();) {
        int j = i;
        while (j + 1 < floors.size() && floors.at(j + 1) == floors.at(j) + 1)
            ++j;
        runs << (j == i ? QString::number(floors.at(i))
                        : QStringLiteral("%1-%2").arg(floors.at(i)).arg(floors.at(j)));
        i = j + 1;
    }
    return QStringLiteral("floors ") + runs.join(QStringLiteral(", "));
}

// --inside UNIT [--room NAME]: the home must have an interior; the room must be one of its type's
// (by the manifest's names, or the interior's floor node ids, e.g. "Bedroom_1").
QString validateInside(const Options &options, const core::DevelopmentData &data)
{
    const core::Unit *unit = data.unit(options.inside);
    if (!unit)
        return unknownUnit(QStringLiteral("--inside"), options.inside, data);
    const core::UnitType *type = data.unitType(unit->type);
    if (!type || type->interior.isEmpty()) {
        QStringList withInterior;
        for (const core::UnitType &t : data.unitTypes) {
            if (t.interior.isEmpty())
                continue;
            const auto example = std::find_if(data.units.cbegin(), data.units.cend(),
                                              [&](const core::Unit &u) { return u.type == t.id; });
            withInterior << (example != data.units.cend()
                                 ? QStringLiteral("%1 (e.g. %2)").arg(t.id, example->id)
                                 : t.id);
        }
        return withInterior.isEmpty()
                   ? QStringLiteral("--inside '%1': this development has no interiors to walk through")
                         .arg(options.inside)
                   : QStringLiteral("--inside '%1': home %1 (type %2) has no interior; types with one: %3")
                         .arg(options.inside, unit->type, withInterior.join(QStringLiteral(", ")));
    }
    if (options.room.isEmpty() || type->rooms.isEmpty())
        return {}; // rooms not listed in the manifest are checked once the interior has loaded
    QStringList choices;
    for (const core::RoomName &room : type->rooms) {
        const QString id = room.node.mid(QStringLiteral("Floor_").size());
        if (options.room.compare(room.name, Qt::CaseInsensitive) == 0 ||
            options.room.compare(id, Qt::CaseInsensitive) == 0)
            return {};
        choices << QStringLiteral("%1 (%2)").arg(id, room.name);
    }
    return QStringLiteral("--room '%1': no such room in home %2 (type %3); choose one of: %4")
        .arg(options.room, unit->id, type->id, choices.join(QStringLiteral(", ")));
}

} // namespace

QString validateAgainst(const Options &options, const core::DevelopmentData &data)
{
    if (!options.select.isEmpty() && !data.unit(options.select))
        return unknownUnit(QStringLiteral("--select"), options.select, data);

    if (!options.building.isEmpty()) {
        const core::Building *b = data.building(options.building);
        if (!b) {
            if (data.buildings.isEmpty())
                return QStringLiteral("--building '%1': no such building; this development has no buildings")
                    .arg(options.building);
            return QStringLiteral("--building '%1': no such building; choose one of: %2")
                .arg(options.building, buildingChoices(data));
        }
        bool hasFloor = false;
        const QString floors =
            options.floor ? floorRanges(data, b->id, &hasFloor, *options.floor) : QString();
        if (options.floor && !hasFloor)
            return QStringLiteral("--floor %1: no such floor in building %2; it has %3")
                .arg(*options.floor)
                .arg(named(b->id, b->name), floors);
    }

    if (!options.stackingPlan.isEmpty() && !data.building(options.stackingPlan)) {
        if (data.buildings.isEmpty())
            return QStringLiteral("--stacking-plan '%1': no such building; this development has no buildings")
                .arg(options.stackingPlan);
        return QStringLiteral("--stacking-plan '%1': no such building; choose one of: %2")
            .arg(options.stackingPlan, buildingChoices(data));
    }

    if (!options.inside.isEmpty()) {
        if (const QString wrong = validateInside(options, data); !wrong.isEmpty())
            return wrong;
    }
    if (!options.balcony.isEmpty() && !data.unit(options.balcony))
        return unknownUnit(QStringLiteral("--balcony"), options.balcony, data);
    if (!options.lead.isEmpty() && !data.unit(options.lead))
        return unknownUnit(QStringLiteral("--lead"), options.lead, data);
    if (!options.brochure.isEmpty() && !data.unit(options.brochure))
        return unknownUnit(QStringLiteral("--brochure"), options.brochure, data);
    if (options.finishes) {
        QString why;
        core::parseFinishChoice(*options.finishes, data, &why);
        if (!why.isEmpty())
            return QStringLiteral("--finishes: %1").arg(why);
    }
    if (!options.resume.isEmpty()) {
        QString why;
        if (!core::readResumeCode(data, options.resume, &why))
            return QStringLiteral("--resume: %1").arg(why);
    }

    if (!options.stage.isEmpty()) {
        QStringList choices;
        for (const core::Stage &s : data.stages) {
            if (s.id == options.stage)
                return {};
            choices << named(s.id, s.name);
        }
        return choices.isEmpty() ? QStringLiteral("--stage '%1': this development has no construction stages")
                                       .arg(options.stage)
                                 : QStringLiteral("--stage '%1': no such stage; choose one of: %2")
                                       .arg(options.stage, choices.join(QStringLiteral(", ")));
    }

    // With the development the expression's building and type ids are checked too.
    if (options.filter) {
        if (const auto read = core::parseFilterExpression(*options.filter, &data); !read.ok())
            return QStringLiteral("--filter: %1").arg(read.error);
    }

    if (!options.preset.isEmpty()) {
        const auto &presets = data.cameraPresets;
        const bool known = std::any_of(presets.cbegin(), presets.cend(),
                                       [&](const core::CameraPreset &p) { return p.id == options.preset; });
        if (!known) {
            if (presets.isEmpty())
                return QStringLiteral("--preset '%1': no such camera preset; this development has none")
                    .arg(options.preset);
            QStringList choices;
            for (const core::CameraPreset &p : presets)
                choices << named(p.id, p.name);
            return QStringLiteral("--preset '%1': no such camera preset; choose one of: %2")
                .arg(options.preset, choices.join(QStringLiteral(", ")));
        }
    }
    return {};
}

} // namespace showroom::cli
