// `showroom-import check` and `cache`, and what `new` shares with `check`.
#include "Commands.h"

#include "core/ManifestLoader.h"
#include "core/StageRules.h"
#include "importer/ModelImporter.h"
#include "sun/LocalTime.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace showroom::cli {

using namespace showroom::importer;
using showroom::core::DevelopmentData;

const QRegularExpression &unitNodePattern()
{
    static const QRegularExpression re(QStringLiteral("^Unit_(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

std::vector<int> unitLikeNodes(const ImportedScene &scene)
{
    std::vector<int> out;
    std::vector<char> insideUnit(scene.nodes.size(), 0);
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        const int parent = scene.nodes[i].parent;
        const bool parentInside = parent >= 0 && std::size_t(parent) < i && insideUnit[std::size_t(parent)];
        const bool named = unitNodePattern().match(scene.nodes[i].name).hasMatch();
        if (named && !parentInside)
            out.push_back(int(i));
        insideUnit[i] = parentInside || named;
    }
    return out;
}

void checkGeometry(const ImportedScene &scene, const QString &label, Report &report)
{
    // Zero-area triangles draw nothing: losing them is harmless. Non-finite positions and out-of-range
    // indices mean the file is damaged and something a buyer should see may be missing.
    QStringList droppedLines;
    for (DropReason reason : {DropReason::NonFinite, DropReason::OutOfRange, DropReason::Degenerate}) {
        const QString line = droppedTrianglesMessage(scene.dropped, reason);
        if (line.isEmpty())
            continue;
        droppedLines << line;
        if (reason == DropReason::Degenerate)
            report.warnings << QStringLiteral("%1: %2 (harmless: they draw nothing)").arg(label, line);
        else
            report.problems << QStringLiteral("%1: %2 (the file is damaged and part of the model may be "
                                              "missing: repair or re-export it)")
                                   .arg(label, line);
    }
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        const float *m = scene.nodes[i].transform.constData();
        for (int k = 0; k < 16; ++k) {
            if (!std::isfinite(m[k])) {
                report.problems << QStringLiteral("%1: node '%2' has a non-finite transform")
                                       .arg(label, scene.nodes[i].name);
                break;
            }
        }
    }
    for (const QString &t : scene.missingTextures)
        report.problems << QStringLiteral("%1: texture %2 not found").arg(label, QDir::toNativeSeparators(t));
    for (const QString &w : scene.warnings) {
        // Already reported above.
        if (droppedLines.contains(w) || w.contains(QLatin1String("' not found")))
            continue;
        report.warnings << QStringLiteral("%1: %2").arg(label, w);
    }
}

namespace {

QString relativeModelLabel(const DevelopmentData &data, const QString &rel)
{
    return rel.isEmpty() ? QDir::toNativeSeparators(data.modelPath) : rel;
}

// Units listed one by one before the rest are summed up in a line.
constexpr int kListedUnits = 10;

// Where each unit's balcony view will stand (docs/development-package.md, "Balconies and the balcony
// view"): a unit whose manifest promises a balcony but whose model has no <id>_Balcony / <id>_Terrace
// node below its unit node falls back to its living-room window, or without one to its facade.
// `livingWindow`: unit type id -> whether its interior has a Window_Living node (types without a
// readable interior are absent).
void checkBalconyViews(const DevelopmentData &data, const ImportedScene &site,
                       const QHash<QString, bool> &livingWindow, Report &report)
{
    QHash<QString, int> nodeIndex;
    for (std::size_t i = 0; i < site.nodes.size(); ++i)
        nodeIndex.insert(site.nodes[i].name, int(i));
    auto below = [&](int node, int ancestor) {
        for (int p = node; p >= 0; p = site.nodes[std::size_t(p)].parent)
            if (p == ancestor)
                return true;
        return false;
    };
    int unlisted = 0;
    for (const core::Unit &u : data.units) {
        const auto unitNode = nodeIndex.constFind(u.node);
        if (!u.balcony || unitNode == nodeIndex.constEnd())
            continue; // no balcony promised, or no unit node at all (already a problem)
        const QString balcony = u.id + QStringLiteral("_Balcony"),
                      terrace = u.id + QStringLiteral("_Terrace");
        bool found = false;
        for (const QString &name : {balcony, terrace}) {
            const auto it = nodeIndex.constFind(name);
            found = found || (it != nodeIndex.constEnd() && below(*it, *unitNode));
        }
        if (found)
            continue;
        if (unlisted++ >= kListedUnits)
            continue;
        report.warnings << QStringLiteral(
                               "unit %1: development.json says it has a balcony, but the site model "
                               "has no node %2 or %3; the balcony view will stand at its %4")
                               .arg(u.id, balcony, terrace,
                                    livingWindow.value(u.type, false) ? QStringLiteral("living-room window")
                                                                      : QStringLiteral("facade centre"));
    }
    if (unlisted > kListedUnits)
        report.warnings << QStringLiteral(
                               "... and %1 more units with \"balcony\": true and no balcony node in "
                               "the site model")
                               .arg(unlisted - kListedUnits);
}

// Without development.timeZone the sun study reads local times in a fixed offset from the longitude
// (showroom_sun's zoneOrFallback, docs/sun.md): say so, and what to add.
void checkTimeZone(const core::ManifestResult &manifest, Report &report)
{
    const core::DevelopmentInfo &development = manifest.data.development;
    if (!development.timeZone.isEmpty() ||
        manifest.errors.filter(QStringLiteral("development.timeZone")).size() > 0)
        return;
    const QString assumed =
        development.hasLocation
            ? QStringLiteral("%1 from the longitude").arg(sun::fallbackZoneName(development.longitude))
            : QStringLiteral("UTC (there is no longitude either)");
    report.warnings << QStringLiteral("no development.timeZone: local times are read as %1, without daylight "
                                      "saving; add e.g. \"timeZone\": \"Europe/Vienna\"")
                           .arg(assumed);
}

} // namespace

int printReport(const QString &package, const Report &report, const QString &summary, Output &io)
{
    for (const QString &w : report.warnings)
        io.out << "warning: " << w << '\n';
    for (const QString &p : report.problems)
        io.out << "problem: " << p << '\n';
    if (report.problems.isEmpty()) {
        io.out << "OK: " << QDir::toNativeSeparators(package) << ": " << summary << '\n';
        io.out.flush();
        return 0;
    }
    io.out << "FAILED: " << QDir::toNativeSeparators(package) << ": " << report.problems.size() << " problem"
           << (report.problems.size() == 1 ? "" : "s") << '\n';
    io.out.flush();
    return 1;
}

int runCheck(const QString &package, Output &io)
{
    const core::ManifestResult manifest = core::loadManifest(package);
    Report report;
    for (const QString &e : manifest.errors)
        report.problems << e;
    for (const QString &w : manifest.warnings) {
        // A missing image is a problem for a package about to be shipped, even if the app can live with it.
        if (w.contains(QLatin1String(" not found")))
            report.problems << w;
        else
            report.warnings << w;
    }
    const DevelopmentData &data = manifest.data;
    checkTimeZone(manifest, report);
    if (data.modelPath.isEmpty() || !QFileInfo(data.modelPath).isFile())
        return printReport(package, report, QString(), io);

    ImportOptions options = isolatedOptions();
    options.cacheDir = packageCacheDir(package);
    const ImportResult site = importModel(data.modelPath, options);
    const QString modelLabel = relativeModelLabel(data, data.model);
    if (!site.ok()) {
        report.problems << site.error;
        return printReport(package, report, QString(), io);
    }
    checkGeometry(site.scene, modelLabel, report);

    QSet<QString> nodeNames;
    for (const Node &n : site.scene.nodes)
        nodeNames.insert(n.name);
    QSet<QString> unitNodes;
    for (int i = 0; i < data.units.size(); ++i) {
        const core::Unit &u = data.units[i];
        unitNodes.insert(u.node);
        if (!u.node.isEmpty() && !nodeNames.contains(u.node))
            report.problems << QStringLiteral(
                                   "units[%1].node: unit %2 names node '%3', which %4 does not have")
                                   .arg(i)
                                   .arg(u.id, u.node, modelLabel);
    }
    for (int i = 0; i < data.buildings.size(); ++i) {
        const core::Building &b = data.buildings[i];
        if (!b.node.isEmpty() && !nodeNames.contains(b.node))
            report.problems << QStringLiteral(
                                   "buildings[%1].node: building %2 names node '%3', which %4 does not have")
                                   .arg(i)
                                   .arg(b.id, b.node, modelLabel);
    }
    const std::vector<int> unitLike = unitLikeNodes(site.scene);
    for (int index : unitLike) {
        const Node &n = site.scene.nodes[std::size_t(index)];
        if (!unitNodes.contains(n.name))
            report.problems << QStringLiteral(
                                   "%1: node '%2' looks like a unit but no unit in development.json names it")
                                   .arg(modelLabel, n.name);
    }
    for (int s = 0; s < data.stages.size(); ++s) {
        for (const QString &pattern : data.stages[s].nodePatterns) {
            bool matched = false;
            for (const Node &n : site.scene.nodes) {
                if (core::matchesNodePattern(pattern, n.name)) {
                    matched = true;
                    break;
                }
            }
            if (!matched)
                report.warnings << QStringLiteral("stages[%1].nodes: pattern '%2' matches no node in %3")
                                       .arg(s)
                                       .arg(pattern, modelLabel);
        }
    }
    QHash<QString, bool> livingWindow; // unit type -> its interior has Window_Living
    for (int i = 0; i < data.unitTypes.size(); ++i) {
        const core::UnitType &t = data.unitTypes[i];
        if (t.interior.isEmpty() || !QFileInfo(data.absolutePath(t.interior)).isFile())
            continue;
        const ImportResult interior = importModel(data.absolutePath(t.interior), options);
        if (!interior.ok()) {
            report.problems << QStringLiteral("unitTypes[%1].interior: %2").arg(i).arg(interior.error);
            continue;
        }
        checkGeometry(interior.scene, t.interior, report);
        const bool window =
            std::any_of(interior.scene.nodes.begin(), interior.scene.nodes.end(),
                        [](const Node &n) { return n.name == QLatin1String("Window_Living"); });
        livingWindow.insert(t.id, window);
        if (!window)
            report.warnings << QStringLiteral(
                                   "unitTypes[%1].interior: %2 has no node Window_Living; units of type "
                                   "%3 without a balcony node have their balcony view at the facade "
                                   "centre")
                                   .arg(i)
                                   .arg(t.interior, t.id);
    }
    checkBalconyViews(data, site.scene, livingWindow, report);
    const QString summary = QStringLiteral("%1 units, %2 unit nodes, %3 nodes, %4 triangles")
                                .arg(data.units.size())
                                .arg(unitLike.size())
                                .arg(site.scene.nodes.size())
                                .arg(site.scene.triangleCount());
    return printReport(package, report, summary, io);
}

int runCache(const QString &package, Output &io)
{
    const core::ManifestResult manifest = core::loadManifest(package);
    if (!manifest.ok()) {
        for (const QString &e : manifest.errors)
            io.err << "problem: " << e << '\n';
        io.err << "showroom-import: " << QDir::toNativeSeparators(package)
               << ": the manifest has errors; no cache built" << Qt::endl;
        return 1;
    }
    const DevelopmentData &data = manifest.data;
    QStringList models{data.modelPath};
    for (const core::UnitType &t : data.unitTypes) {
        if (!t.interior.isEmpty() && !models.contains(data.absolutePath(t.interior)))
            models << data.absolutePath(t.interior);
    }
    ImportOptions options = isolatedOptions();
    options.cacheDir = packageCacheDir(package);
    int failures = 0;
    for (const QString &model : models) {
        QElapsedTimer clock;
        clock.start();
        const ImportResult r = importModel(model, options);
        if (!r.ok()) {
            io.err << "problem: " << r.error << '\n';
            ++failures;
            continue;
        }
        io.out << (r.fromCache ? "up to date: " : "cached: ") << QDir(data.packageDir).relativeFilePath(model)
               << " (" << clock.elapsed() << " ms)\n";
    }
    io.out << "cache folder: " << QDir::toNativeSeparators(options.cacheDir) << '\n';
    io.out.flush();
    io.err.flush();
    return failures ? 1 : 0;
}

} // namespace showroom::cli
