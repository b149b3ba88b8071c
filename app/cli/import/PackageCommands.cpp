#include "Commands.h"

#include "core/ManifestLoader.h"
#include "core/StageRules.h"
#include "importer/ModelImporter.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <map>

namespace showroom::cli {

using namespace showroom::importer;
using showroom::core::DevelopmentData;

namespace {

// Names that look like a unit by the package convention (Unit_<id>); the id is the capture.
const QRegularExpression &unitNodePattern()
{
    static const QRegularExpression re(QStringLiteral("^Unit_(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Unit-like nodes: named Unit_* and not inside another unit (a unit's parts, e.g. "Unit_A_0304_Glazing",
// belong to that unit).
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

struct Report
{
    QStringList problems;
    QStringList warnings;
};

void checkGeometry(const ImportedScene &scene, const QString &label, Report &report)
{
    if (scene.droppedTriangles)
        report.problems << QStringLiteral(
                               "%1: %2 degenerate, non-finite or out-of-range triangles (dropped on import)")
                               .arg(label)
                               .arg(scene.droppedTriangles);
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
        // Already reported as problems above.
        if (w.startsWith(QLatin1String("dropped ")) || w.contains(QLatin1String("' not found")))
            continue;
        report.warnings << QStringLiteral("%1: %2").arg(label, w);
    }
}

QString relativeModelLabel(const DevelopmentData &data, const QString &rel)
{
    return rel.isEmpty() ? QDir::toNativeSeparators(data.modelPath) : rel;
}

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

// glTF buffers/images and OBJ material libraries live next to the model: list them (relative to the
// model's folder) so `new` copies a model that still works.
QStringList modelDependencies(const QString &model, const ImportedScene &scene)
{
    QStringList deps;
    const QDir dir = QFileInfo(model).absoluteDir();
    const QString suffix = QFileInfo(model).suffix().toLower();
    auto addRelative = [&](const QString &rel) {
        const QString clean = QDir::cleanPath(rel);
        if (!clean.isEmpty() && !QDir::isAbsolutePath(clean) && !clean.startsWith(QLatin1String("..")) &&
            !deps.contains(clean) && QFileInfo(dir.filePath(clean)).isFile())
            deps << clean;
    };
    if (suffix == QLatin1String("gltf")) {
        QFile f(model);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(f.read(64 * 1024 * 1024)).object();
            for (const char *key : {"buffers", "images"}) {
                for (const QJsonValue &v : root.value(QLatin1String(key)).toArray()) {
                    const QString uri = v.toObject().value(QLatin1String("uri")).toString();
                    if (!uri.isEmpty() && !uri.startsWith(QLatin1String("data:")))
                        addRelative(QUrl::fromPercentEncoding(uri.toUtf8()));
                }
            }
        }
    } else if (suffix == QLatin1String("obj")) {
        QFile f(model);
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!f.atEnd()) {
                const QByteArray line = f.readLine(4096).trimmed();
                if (line.startsWith("mtllib "))
                    addRelative(QString::fromUtf8(line.mid(7)).trimmed());
            }
        }
    }
    for (const Material &m : scene.materials) {
        if (!m.baseColorTexture.isEmpty())
            addRelative(dir.relativeFilePath(m.baseColorTexture));
    }
    return deps;
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (QFileInfo::exists(to) && !QFile::remove(to)) {
        *error = QStringLiteral("%1: cannot be replaced").arg(to);
        return false;
    }
    if (!QFile::copy(from, to)) {
        *error = QStringLiteral("%1: cannot be copied to %2").arg(from, to);
        return false;
    }
    return true;
}

QString slug(const QString &text)
{
    QString s = text.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return s.isEmpty() ? QStringLiteral("development") : s;
}

} // namespace

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
    for (int i = 0; i < data.unitTypes.size(); ++i) {
        const core::UnitType &t = data.unitTypes[i];
        if (t.interior.isEmpty() || !QFileInfo(data.absolutePath(t.interior)).isFile())
            continue;
        const ImportResult interior = importModel(data.absolutePath(t.interior), options);
        if (!interior.ok())
            report.problems << QStringLiteral("unitTypes[%1].interior: %2").arg(i).arg(interior.error);
        else
            checkGeometry(interior.scene, t.interior, report);
    }
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

int runNew(const QString &package, const QString &model, bool force, Output &io)
{
    const QDir dir(package);
    if (dir.exists() && !dir.isEmpty() && !force) {
        io.err << "showroom-import: " << QDir::toNativeSeparators(package)
               << ": folder exists and is not empty (use --force to write into it)" << Qt::endl;
        return 1;
    }
    if (QFileInfo(package).exists() && !QFileInfo(package).isDir()) {
        io.err << "showroom-import: " << QDir::toNativeSeparators(package) << ": exists and is not a folder"
               << Qt::endl;
        return 1;
    }
    const ImportResult imported = importModel(model, isolatedOptions());
    if (!imported.ok()) {
        io.err << "showroom-import: " << imported.error << Qt::endl;
        return 1;
    }
    const ImportedScene &scene = imported.scene;
    if (!QDir().mkpath(dir.filePath(QStringLiteral("models")))) {
        io.err << "showroom-import: " << QDir::toNativeSeparators(package) << ": cannot create the folder"
               << Qt::endl;
        return 1;
    }

    // Copy the model and what it references, keeping their relative layout.
    const QString modelName = QFileInfo(model).fileName();
    const QDir sourceDir = QFileInfo(model).absoluteDir();
    QString error;
    if (!copyFile(model, dir.filePath(QStringLiteral("models/") + modelName), &error)) {
        io.err << "showroom-import: " << error << Qt::endl;
        return 1;
    }
    for (const QString &dep : modelDependencies(model, scene)) {
        if (!copyFile(sourceDir.filePath(dep), dir.filePath(QStringLiteral("models/") + dep), &error)) {
            io.err << "showroom-import: " << error << Qt::endl;
            return 1;
        }
    }

    // Units from Unit_<id> nodes; "<building>_<floor 2 digits><number 2 digits>" ids also give building and
    // floor, anything else lands in building "A" on the ground floor.
    static const QRegularExpression conventionalId(QStringLiteral("^([A-Za-z0-9]+)_(\\d\\d)(\\d\\d)$"));
    std::map<QString, int> buildingFloors; // id -> floors
    QSet<QString> buildingNodes;
    for (const Node &n : scene.nodes) {
        if (n.name.startsWith(QLatin1String("Building_")))
            buildingNodes.insert(n.name);
    }
    QJsonArray units;
    QSet<QString> seenIds;
    for (int index : unitLikeNodes(scene)) {
        const Node &n = scene.nodes[std::size_t(index)];
        const QRegularExpressionMatch m = unitNodePattern().match(n.name);
        if (!m.hasMatch() || seenIds.contains(m.captured(1)))
            continue;
        const QString id = m.captured(1);
        seenIds.insert(id);
        QString building = QStringLiteral("A");
        int floor = 0;
        const QRegularExpressionMatch c = conventionalId.match(id);
        if (c.hasMatch()) {
            building = c.captured(1);
            floor = c.captured(2).toInt();
        }
        buildingFloors[building] = std::max(buildingFloors[building], floor + 1);
        units.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("building"), building},
                                 {QStringLiteral("floor"), floor},
                                 {QStringLiteral("type"), QStringLiteral("T1")},
                                 {QStringLiteral("bedrooms"), 1},
                                 {QStringLiteral("bathrooms"), 1},
                                 {QStringLiteral("area"), 0},
                                 {QStringLiteral("price"), 0},
                                 {QStringLiteral("status"), QStringLiteral("available")},
                                 {QStringLiteral("orientation"), QStringLiteral("S")},
                                 {QStringLiteral("node"), n.name}});
    }
    if (buildingFloors.empty())
        buildingFloors[QStringLiteral("A")] = 1;
    QJsonArray buildings;
    for (const auto &[id, floors] : buildingFloors) {
        QJsonObject b{{QStringLiteral("id"), id},
                      {QStringLiteral("name"), QStringLiteral("Building %1").arg(id)},
                      {QStringLiteral("kind"), QStringLiteral("apartments")},
                      {QStringLiteral("floors"), floors}};
        if (buildingNodes.contains(QStringLiteral("Building_") + id))
            b.insert(QStringLiteral("node"), QStringLiteral("Building_") + id);
        buildings.append(b);
    }

    // Stages from the naming convention (<building>_<Stage>_<part>, Site_<Stage>_<part>), in build order,
    // with placeholder dates a quarter apart from today.
    static const char *stageWords[] = {"Foundation", "Structure", "Envelope", "Interior", "Landscape"};
    QJsonArray stages;
    QDate start = QDate::currentDate();
    for (const char *word : stageWords) {
        const QString w = QLatin1String(word);
        const QString infix = QLatin1Char('_') + w + QLatin1Char('_');
        bool infixUsed = false, prefixUsed = false;
        for (const Node &n : scene.nodes) {
            infixUsed |= n.name.contains(infix);
            prefixUsed |= n.name.startsWith(w + QLatin1Char('_'));
        }
        if (!infixUsed && !prefixUsed)
            continue;
        QJsonArray patterns;
        if (infixUsed)
            patterns.append(QStringLiteral("*") + infix + QStringLiteral("*"));
        if (prefixUsed)
            patterns.append(w + QStringLiteral("_*"));
        const QDate end = start.addMonths(3).addDays(-1);
        stages.append(QJsonObject{
            {QStringLiteral("id"), w.toLower()},
            {QStringLiteral("name"), w},
            {QStringLiteral("planned"), QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                                                    {QStringLiteral("end"), end.toString(Qt::ISODate)}}},
            {QStringLiteral("nodes"), patterns}});
        start = end.addDays(1);
    }

    const QString name = QFileInfo(QDir::cleanPath(dir.absolutePath())).fileName();
    const QJsonObject manifest{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("development"), QJsonObject{{QStringLiteral("id"), slug(name)},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("currency"), QStringLiteral("EUR")}}},
        {QStringLiteral("model"), QStringLiteral("models/") + modelName},
        {QStringLiteral("buildings"), buildings},
        {QStringLiteral("unitTypes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("T1")},
                                {QStringLiteral("name"), QStringLiteral("Type 1")},
                                {QStringLiteral("bedrooms"), 1},
                                {QStringLiteral("bathrooms"), 1}}}},
        {QStringLiteral("units"), units},
        {QStringLiteral("stages"), stages}};
    QSaveFile out(dir.filePath(QString::fromLatin1(core::ManifestFileName)));
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        io.err << "showroom-import: " << out.fileName() << ": cannot be written (" << out.errorString() << ")"
               << Qt::endl;
        return 1;
    }
    io.out << "created: " << QDir::toNativeSeparators(dir.absolutePath()) << " (" << units.size()
           << " units, " << buildings.size() << " building" << (buildings.size() == 1 ? "" : "s") << ", "
           << stages.size() << " stages)\n";
    io.out << "next: fill in prices, areas, types and dates in development.json, then run "
              "showroom-import check "
           << QDir::toNativeSeparators(package) << '\n';
    io.out.flush();
    return runCheck(package, io);
}

} // namespace showroom::cli
