// showroom-bench finder: the unit finder at scale. The generated 5,000-unit development
// (`cmake --build <build> --target large_development`) in the real Main.qml, in Finder mode, with a
// stacking plan bound to the same filter (as its page binds it); a visitor's filter changes, one after
// another (bedrooms, a price slider dragged in steps, orientation, floors, status, clear). For each change
// the GUI thread's time from the change until the list's model, the stacking plan and the 3D highlight's
// texture data (UnitStateTexture) are updated and every posted event has run; then the frame that shows
// it is waited for, untimed (on llvmpipe a frame of the 2.9M-triangle site takes seconds of render-thread
// time, during which the scene graph's sync holds the GUI thread: that is the GPU's share, not ours).
// The ListView's delegate layout (polish) happens in that frame and is not in the figure.
// Baseline in the same run: the same changes with nothing bound (the filter model alone).
// Last line: `finder: units <n> filter_ms_p95 <ms>` (goal <= 16 ms at 5,000 units).
#include "DemoShowroom.h"
#include "core/FilterExpression.h"
#include "core/StackingPlanModel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace showroom;

namespace {

// What a visitor does in the finder, as filter expressions (each one a change of the filter).
QStringList visitorChanges()
{
    QStringList changes;
    changes << "bedrooms>=2"
            << "bedrooms>=3";
    for (int max = 700000; max >= 350000; max -= 25000) // a price handle dragged down in steps
        changes << QStringLiteral("bedrooms>=3,price<=%1").arg(max);
    changes << "bedrooms>=3,price<=450000,orientation=S|SW"
            << "bedrooms>=3,price<=450000,orientation=S|SW|W"
            << "bedrooms>=3,price<=450000,floor>=5"
            << "bedrooms>=3,price<=450000,floor>=10"
            << "bedrooms>=3,price<=450000,status=available|reserved"
            << "bedrooms>=2,area>=70"
            << "";
    return changes;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * (v.size() - 1) + 0.5))];
}

} // namespace

int bench_finder(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption developmentOption(
        QStringLiteral("development"), QStringLiteral("Development (default: the generated large one)."),
        QStringLiteral("DIR"), QStringLiteral(SHOWROOM_LARGE_DIR));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Passes over the changes."), QStringLiteral("N"),
                                          QStringLiteral("5"));
    parser.addOptions({developmentOption, roundsOption});
    parser.addHelpOption();
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir cache;

    DemoShowroom showroom;
    QString error;
    if (!showroom.open(parser.value(developmentOption), cache.path(), QSize(1280, 800), nullptr, &error) ||
        !showroom.waitUntilShown(600000, &error)) {
        std::fprintf(stderr,
                     "finder: %s (build the large development: cmake --build <build> --target "
                     "large_development)\n",
                     qPrintable(error));
        return 1;
    }
    shell::ShowroomServices &services = showroom.services();
    core::UnitFilterModel &finder = services.finder();
    const int units = services.development().unitCount();

    // The stacking plan of the first building, bound to the finder's filter as its page binds it.
    core::StackingPlanModel plan;
    plan.setDevelopment(&services.development());
    plan.setBuildingId(services.development().data().buildings.constFirst().id);
    plan.setFilter(&finder);

    QList<core::UnitFilter> filters;
    for (const QString &expression : visitorChanges()) {
        const core::FilterParseResult parsed =
            core::parseFilterExpression(expression, &services.development().data());
        if (!parsed.ok()) {
            std::fprintf(stderr, "finder: %s\n", qPrintable(parsed.error));
            return 1;
        }
        filters << parsed.filter;
    }

    QQuickWindow *window = showroom.window();
    bool swapped = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&swapped] { swapped = true; });
    // One change: the GUI thread's work (signals, model resets, texture rebuild, posted events, polish)
    // timed; then the frame that shows it is waited for, untimed.
    auto change = [&](const core::UnitFilter &filter) {
        QElapsedTimer t;
        t.start();
        finder.setFilter(filter);
        QCoreApplication::sendPostedEvents(); // deferred deletes, queued connections: not the frame
        const double ms = t.nsecsElapsed() / 1e6;
        swapped = false;
        window->update();
        waitUntil([&] { return swapped; }, 10000);
        return ms;
    };

    // Baseline: the filter model alone (no page, no plan, no 3D binding), same changes, same run.
    std::vector<double> alone, finderMode;
    {
        core::UnitFilterModel bare;
        bare.setSourceModel(services.development().units());
        for (int r = 0; r < rounds; ++r)
            for (const core::UnitFilter &f : filters) {
                QElapsedTimer t;
                t.start();
                bare.setFilter(f);
                alone.push_back(t.nsecsElapsed() / 1e6);
            }
    }
    services.navigation().showFinder(QStringLiteral("bench"));
    waitUntil([&] { return window->property("settled").toBool(); }, 10000);
    for (int r = 0; r < rounds; ++r)
        for (const core::UnitFilter &f : filters)
            finderMode.push_back(change(f));

    std::printf("finder: %d units, %lld changes x %d rounds; filter model alone p50 %.2f ms p95 %.2f ms\n",
                units, qint64(filters.size()), rounds, percentile(alone, 0.5), percentile(alone, 0.95));
    std::printf("finder: list + stacking plan + 3D highlight: p50 %.2f ms p95 %.2f ms max %.2f ms\n",
                percentile(finderMode, 0.5), percentile(finderMode, 0.95),
                *std::max_element(finderMode.begin(), finderMode.end()));
    std::printf("finder: units %d filter_ms_p95 %.1f\n", units, percentile(finderMode, 0.95));
    return 0;
}
