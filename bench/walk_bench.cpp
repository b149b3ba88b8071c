// showroom-bench walk: walking through a home (issue 10) against orbiting the site, in the same window
// and run. The demo in the real Main.qml; per unit: a timed "Walk inside" (Navigation::walkInside to the
// first frame swapped with the visit Ready and the window settled, the importer's cache warm), a glide
// to every room (the WalkController's own timer moves the visitor, storeys changed with its fade), then
// the balcony view turned across its range. Orbit phases (the tour bench's method: the damped orbit
// camera dragged 6 px per presented frame) before, between and after the walks are the baseline.
// Last line: `walk: fps_ratio <inside fps / orbit fps> enter_ms <slowest timed entry>`.
#include "WalkScript.h"
#include "core/ManifestLoader.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace showroom;

int bench_walk(int argc, char **argv)
{
    // Arguments are checked before the window system is needed, so a typo exits 2 even without X.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("showroom-bench walk: inside a home vs orbiting the site"));
    const QCommandLineOption developmentOption(QStringLiteral("development"),
                                               QStringLiteral("Development package (default: the demo)."),
                                               QStringLiteral("DIR"), QStringLiteral(SHOWROOM_DEMO_DIR));
    const QCommandLineOption unitsOption(QStringLiteral("units"),
                                         QStringLiteral("Homes walked through, comma-separated."),
                                         QStringLiteral("IDS"), QStringLiteral("A_0304,T_0007"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Each orbit phase and each balcony view."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption tryOption(
        QStringLiteral("try"),
        QStringLiteral(
            "An experiment (not the app as shipped): transition-motion, no-point-light, no-shadows, "
            "full-resolution."),
        QStringLiteral("NAME"));
    parser.addOptions({developmentOption, unitsOption, secondsOption, sizeOption, tryOption});
    const QStringList experiments{QStringLiteral("transition-motion"), QStringLiteral("no-point-light"),
                                  QStringLiteral("no-shadows"), QStringLiteral("full-resolution")};
    const char *usage =
        "usage: showroom-bench walk [--units A_0304,T_0007] [--seconds S] [--size WxH] [--development DIR]\n"
        "                           [--try transition-motion|no-point-light|no-shadows|full-resolution]\n";
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "walk: %s\n%s",
                     qPrintable(parser.errorText().isEmpty() ? QStringLiteral("unexpected argument")
                                                             : parser.errorText()),
                     usage);
        return 2;
    }
    const QString experiment = parser.value(tryOption);
    if (!experiment.isEmpty() && !experiments.contains(experiment)) {
        std::fprintf(stderr, "walk: unknown --try '%s'; valid: %s\n%s", qPrintable(experiment),
                     qPrintable(experiments.join(QStringLiteral(", "))), usage);
        return 2;
    }
    bool secondsOk = false;
    const double seconds = parser.value(secondsOption).toDouble(&secondsOk);
    const QStringList wh = parser.value(sizeOption).split('x');
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (!secondsOk || seconds < 1 || seconds > 600 || size.width() < 64 || size.height() < 64) {
        std::fprintf(stderr, "walk: --seconds takes 1..600, --size WxH (at least 64x64)\n%s", usage);
        return 2;
    }

    const core::ManifestResult manifest = core::loadManifest(parser.value(developmentOption));
    if (!manifest.ok()) {
        std::fprintf(stderr, "walk: %s\n", qPrintable(manifest.errors.constFirst()));
        return 2;
    }
    auto interiorOf = [&](const QString &unitId) {
        const core::Unit *unit = manifest.data.unit(unitId);
        const core::UnitType *type = unit ? manifest.data.unitType(unit->type) : nullptr;
        return type ? type->interior : QString();
    };
    const QStringList units = parser.value(unitsOption).split(',', Qt::SkipEmptyParts);
    for (const QString &unitId : units) {
        if (interiorOf(unitId).isEmpty()) {
            QStringList valid;
            for (const core::Unit &u : manifest.data.units)
                if (!interiorOf(u.id).isEmpty())
                    valid << u.id;
            std::fprintf(stderr, "walk: '%s' is not a home with an interior; valid --units: %s\n%s",
                         qPrintable(unitId), qPrintable(valid.join(QLatin1Char(' '))), usage);
            return 2;
        }
    }
    if (units.isEmpty()) {
        std::fprintf(stderr, "walk: --units names no home\n%s", usage);
        return 2;
    }
    // A home of another type, entered untimed before a timed entry whose interior would otherwise still
    // be in memory (UnitVisit keeps the last one): the timed entry then reads the importer's warm cache.
    auto evictorFor = [&](const QString &unitId) {
        for (const core::Unit &u : manifest.data.units)
            if (!interiorOf(u.id).isEmpty() && interiorOf(u.id) != interiorOf(unitId))
                return u.id;
        return QString();
    };

    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's cache or database
    QTemporaryDir cache;                      // the untimed first visits warm it
    DemoShowroom showroom;
    QString error;
    if (!showroom.open(parser.value(developmentOption), cache.path(), size, nullptr, &error) ||
        !showroom.waitUntilShown(120000, &error)) {
        std::fprintf(stderr, "walk: %s\n", qPrintable(error));
        return 1;
    }
    WalkBench bench(showroom, seconds, experiment);
    if (!experiment.isEmpty())
        print(QStringLiteral("walk: EXPERIMENT --try %1 (inside only; not the app as shipped)")
                  .arg(experiment));
    auto fail = [&](const QString &why) {
        std::fprintf(stderr, "walk: %s\n", qPrintable(why));
        return 1;
    };
    print(QStringLiteral("walk: demo %1x%2, site %3 draw calls, %4 triangles")
              .arg(size.width())
              .arg(size.height())
              .arg(showroom.site().rowCount())
              .arg(showroom.site().triangleCount()));

    // Untimed first visits: the cold imports fill the importer's cache (their times printed as facts).
    QString lastEntered;
    auto untimedEntry = [&](const QString &unitId) {
        const qint64 ms = bench.enter(unitId, &error);
        if (ms < 0)
            return false;
        shell::UnitVisit &visit = showroom.services().visit();
        print(QStringLiteral("walk: %1 first entry %2 ms (untimed: cold import of %3, %4 draw calls, %5 "
                             "triangles, %6 rooms)")
                  .arg(unitId)
                  .arg(ms)
                  .arg(interiorOf(unitId))
                  .arg(visit.interior()->rowCount())
                  .arg(visit.interior()->triangleCount())
                  .arg(visit.roomIds().size()));
        lastEntered = unitId;
        bench.leave();
        return true;
    };
    bench.orbit(); // untimed: the first motion-quality frames compile their pipelines
    for (const QString &unitId : units)
        if (!untimedEntry(unitId))
            return fail(error);

    Meter orbit = bench.orbit(), inside, walkAll, balconyAll;
    print(QStringLiteral("walk: orbit %1").arg(orbit.text()));
    qint64 enterMs = 0;
    for (const QString &unitId : units) {
        if (interiorOf(lastEntered) == interiorOf(unitId) && !evictorFor(unitId).isEmpty() &&
            !untimedEntry(evictorFor(unitId)))
            return fail(error);
        bench.applyExperiment(); // the stage's switches hold for the entry too; the light is hidden after it
        const qint64 ms = bench.enter(unitId, &error);
        if (ms < 0)
            return fail(error);
        lastEntered = unitId;
        enterMs = std::max(enterMs, ms);
        bench.applyExperiment();
        print(QStringLiteral("walk: %1 enter_ms %2 (warm cache; the interior not yet in memory)")
                  .arg(unitId)
                  .arg(ms));
        Meter walk;
        const int rooms = showroom.services().visit().roomIds().size();
        const int reached = bench.walkRooms(unitId, &walk, &error);
        if (!error.isEmpty())
            return fail(error);
        bench.grab(QStringLiteral("inside-") + unitId);
        print(QStringLiteral("walk: %1 inside %2, %3 of %4 rooms reached")
                  .arg(unitId, walk.text())
                  .arg(reached)
                  .arg(rooms));
        const Meter balcony = bench.balcony(unitId, &error);
        if (!error.isEmpty())
            return fail(error);
        print(QStringLiteral("walk: %1 balcony %2").arg(unitId, balcony.text()));
        walkAll.add(walk);
        balconyAll.add(balcony);
        bench.leave();
        const Meter o = bench.orbit();
        print(QStringLiteral("walk: orbit %1").arg(o.text()));
        orbit.add(o);
    }
    // Walking back into the home just left: its interior is still in memory.
    const qint64 again = bench.enter(units.constLast(), &error);
    if (again < 0)
        return fail(error);
    print(QStringLiteral("walk: %1 re-entry %2 ms (interior kept in memory)")
              .arg(units.constLast())
              .arg(again));
    bench.leave();

    inside.add(walkAll);
    inside.add(balconyAll);
    print(QStringLiteral("walk: site orbit (baseline) %1").arg(orbit.text()));
    print(QStringLiteral("walk: walking %1; balcony %2").arg(walkAll.text(), balconyAll.text()));
    print(QStringLiteral("walk: inside (walk + balcony) %1").arg(inside.text()));
    print(QStringLiteral("walk: fps_ratio %1 enter_ms %2")
              .arg(orbit.fps() > 0 ? inside.fps() / orbit.fps() : 0, 0, 'f', 2)
              .arg(enterMs));
    return 0;
}
