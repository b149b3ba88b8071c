// `showroom-import new`: a development package drafted from a model's node names (docs/importer.md).
#include "Commands.h"
#include "IfcDraft.h"

#include "core/ManifestLoader.h"
#include "importer/IfcStructure.h"
#include "importer/ModelImporter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <map>
#include <tuple>

namespace showroom::cli {

using namespace showroom::importer;

namespace {

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

int runNew(const QString &package, const QString &model, bool force, const QString &developmentName,
           Output &io)
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
    // A model `check` would fail on gives a package that can never pass: say so before writing anything.
    // Harmless findings (zero-area triangles ...) are reported by the check at the end.
    Report modelReport;
    checkGeometry(scene, QDir::toNativeSeparators(model), modelReport);
    if (!modelReport.problems.isEmpty()) {
        for (const QString &p : modelReport.problems)
            io.out << "problem: " << p << '\n';
        io.out << "FAILED: " << QDir::toNativeSeparators(model) << ": " << modelReport.problems.size()
               << " problem" << (modelReport.problems.size() == 1 ? "" : "s") << "; nothing was created\n";
        io.out.flush();
        return 1;
    }
    // IFC: buildings, floors and stages from the file's own structure (IfcDraft.h).
    const bool ifc = scene.format.startsWith(QLatin1String("IFC"));
    IfcDraft draft;
    if (ifc) {
        const IfcStructure structure = readIfcStructure(model);
        if (!structure.error.isEmpty()) {
            io.err << "showroom-import: " << QDir::toNativeSeparators(model) << ": " << structure.error
                   << Qt::endl;
            return 1;
        }
        draft = draftFromIfc(structure, scene);
    }
    if (!QDir().mkpath(dir.filePath(QStringLiteral("models")))) {
        io.err << "showroom-import: " << QDir::toNativeSeparators(package) << ": cannot create the folder"
               << Qt::endl;
        return 1;
    }

    // Copy the model and what it references, keeping their relative layout.
    const QString modelName = QFileInfo(model).fileName();
    const QDir sourceDir = QFileInfo(model).absoluteDir();
    QString error;
    QStringList written; // relative to the package, in the order written
    if (!copyFile(model, dir.filePath(QStringLiteral("models/") + modelName), &error)) {
        io.err << "showroom-import: " << error << Qt::endl;
        return 1;
    }
    written << QStringLiteral("models/") + modelName;
    for (const QString &dep : modelDependencies(model, scene)) {
        if (!copyFile(sourceDir.filePath(dep), dir.filePath(QStringLiteral("models/") + dep), &error)) {
            io.err << "showroom-import: " << error << Qt::endl;
            return 1;
        }
        written << QStringLiteral("models/") + dep;
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
        if (ifc) {
            // The IfcSpace's storey decides; other Unit_* nodes land on the ground floor of building A.
            const auto place = draft.unitPlaces.find(n.name);
            if (place != draft.unitPlaces.end())
                std::tie(building, floor) = place.value();
        } else if (c.hasMatch()) {
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
    QJsonArray buildings = draft.buildings;
    for (const auto &[id, floors] : buildingFloors) {
        if (ifc)
            break; // the IFC's buildings, every unit placed in one of them
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
    const QDate today = QDate::currentDate();
    QDate start = today;
    // The loader requires planned dates: a quarter per stage from today, for staff to replace.
    for (const QJsonValue &stage : draft.stages) {
        const QDate end = start.addMonths(3).addDays(-1);
        QJsonObject o = stage.toObject();
        o.insert(QStringLiteral("planned"),
                 QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                             {QStringLiteral("end"), end.toString(Qt::ISODate)}});
        stages.append(o);
        start = end.addDays(1);
    }
    for (const char *word : stageWords) {
        if (ifc)
            break; // stages from the IFC's element classes
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

    const QString name = developmentName.isEmpty() ? QFileInfo(QDir::cleanPath(dir.absolutePath())).fileName()
                                                   : developmentName;
    QJsonObject development{{QStringLiteral("id"), slug(name)},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("currency"), QStringLiteral("EUR")}};
    for (auto it = draft.location.begin(); it != draft.location.end(); ++it)
        development.insert(it.key(), it.value());
    QJsonObject manifest{{QStringLiteral("schema"), 1},
                         {QStringLiteral("development"), development},
                         {QStringLiteral("model"), QStringLiteral("models/") + modelName},
                         {QStringLiteral("buildings"), buildings},
                         {QStringLiteral("unitTypes"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("T1")},
                                                 {QStringLiteral("name"), QStringLiteral("Type 1")},
                                                 {QStringLiteral("bedrooms"), 1},
                                                 {QStringLiteral("bathrooms"), 1}}}},
                         {QStringLiteral("units"), units},
                         {QStringLiteral("stages"), stages}};
    if (!draft.floors.isEmpty())
        manifest.insert(QStringLiteral("floors"), draft.floors);
    QSaveFile out(dir.filePath(QString::fromLatin1(core::ManifestFileName)));
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        io.err << "showroom-import: " << out.fileName() << ": cannot be written (" << out.errorString() << ")"
               << Qt::endl;
        return 1;
    }
    written << QString::fromLatin1(core::ManifestFileName);
    io.out << "created: " << QDir::toNativeSeparators(dir.absolutePath()) << " (" << units.size()
           << " units, " << buildings.size() << " building" << (buildings.size() == 1 ? "" : "s") << ", "
           << stages.size() << " stages)\n";
    for (const QString &line : draft.found)
        io.out << line << '\n';
    for (const QString &file : written)
        io.out << "wrote: " << QDir::toNativeSeparators(file) << '\n';
    if (!stages.isEmpty())
        io.out << "dates: planned dates are placeholders, a quarter per stage from "
               << today.toString(Qt::ISODate)
               << " (development.json requires them): replace them with the real ones\n";
    // The package as `check` sees it: its warnings, and OK (exit 0) when it is usable.
    const int verdict = runCheck(package, io);
    if (verdict == 0)
        io.out << "next: fill in prices, areas, types and dates in development.json, then run "
                  "showroom-import check "
               << QDir::toNativeSeparators(package) << '\n';
    io.out.flush();
    return verdict;
}

} // namespace showroom::cli
