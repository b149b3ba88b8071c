#include "FuzzSeeds.h"

#include "BadInputs.h"
#include "FixtureWriter.h"
#include "IfcStoreys.h"
#include "importer/ModelImporter.h"
#include "importer/SceneCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstring>

namespace showroom::fuzz {

namespace {

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

char selectorFor(const QString &file)
{
    const QString ext = QFileInfo(file).suffix().toLower();
    for (int i = 0; i < kImportExtensionCount; ++i) {
        if (ext == QLatin1String(kImportExtensions[i]))
            return char(i);
    }
    return -1;
}

QByteArray manifest(int units, bool withStages)
{
    QJsonArray unitArray;
    for (int i = 0; i < units; ++i)
        unitArray.append(
            QJsonObject{{"id", QStringLiteral("A_00%1").arg(i + 1, 2, 10, QLatin1Char('0'))},
                        {"building", "A"},
                        {"floor", 0},
                        {"type", "T1"},
                        {"bedrooms", 2},
                        {"bathrooms", 1},
                        {"area", 72.5},
                        {"price", 350000},
                        {"status", i % 3 == 0 ? "sold" : "available"},
                        {"orientation", "SW"},
                        {"balcony", true},
                        {"balconyArea", 6.5},
                        {"node", QStringLiteral("Unit_A_00%1").arg(i + 1, 2, 10, QLatin1Char('0'))}});
    QJsonObject root{
        {"schema", 1},
        {"development", QJsonObject{{"id", "harbour"},
                                    {"name", "Harbour View"},
                                    {"currency", "EUR"},
                                    {"latitude", 52.1},
                                    {"longitude", 4.3},
                                    {"completion", "2027-06-30"}}},
        {"model", "models/site.glb"},
        {"buildings",
         QJsonArray{QJsonObject{{"id", "A"}, {"name", "Block A"}, {"floors", 6}, {"node", "Building_A"}}}},
        {"floors",
         QJsonArray{QJsonObject{{"building", "A"}, {"level", 0}, {"name", "Ground"}, {"elevation", 0.0}}}},
        {"unitTypes",
         QJsonArray{QJsonObject{
             {"id", "T1"}, {"name", "Two bed"}, {"bedrooms", 2}, {"bathrooms", 1}, {"area", 72.5}}}},
        {"units", unitArray},
        {"pointsOfInterest",
         QJsonArray{QJsonObject{{"id", "park"}, {"name", "Park"}, {"position", QJsonArray{1, 0, 2}}}}},
        {"cameraPresets", QJsonArray{QJsonObject{{"id", "overview"},
                                                 {"name", "Overview"},
                                                 {"position", QJsonArray{0, 50, 80}},
                                                 {"target", QJsonArray{0, 0, 0}},
                                                 {"fov", 45}}}},
        {"finishPalettes",
         QJsonArray{QJsonObject{
             {"id", "warm"},
             {"name", "Warm"},
             {"surfaces", QJsonObject{{"floor", QJsonObject{{"color", "#a0522d"}, {"roughness", 0.6}}}}}}}}};
    if (withStages)
        root.insert("stages", QJsonArray{QJsonObject{
                                  {"id", "structure"},
                                  {"name", "Structure"},
                                  {"planned", QJsonObject{{"start", "2026-01-01"}, {"end", "2026-06-30"}}},
                                  {"actual", QJsonObject{{"start", "2026-01-10"}, {"end", QJsonValue::Null}}},
                                  {"nodes", QJsonArray{"*_Structure_*", "Unit_A_0?01"}}}});
    return QJsonDocument(root).toJson();
}

} // namespace

QByteArray cachePayloadOf(const QString &model, const QString &cacheDir)
{
    importer::ImportOptions o;
    o.cacheDir = cacheDir;
    if (!importer::importModel(model, o).ok())
        return {};
    const importer::CacheKey key = importer::cacheKeyFor(model, o);
    const QByteArray file = read(key.cacheFile);
    if (file.size() < 36)
        return {};
    quint32 idLen = 0;
    std::memcpy(&idLen, file.constData() + 32, 4);
    return file.mid(36 + qsizetype(idLen));
}

int writeSeeds(const QString &target, const QString &dirPath)
{
    QDir().mkpath(dirPath);
    const QDir dir(dirPath);
    int n = 0;
    if (target == QLatin1String("manifest")) {
        n += put(dir.filePath("valid.json"), manifest(3, true));
        n += put(dir.filePath("no_stages.json"), manifest(1, false));
        QByteArray wrong = manifest(2, true);
        wrong.replace("\"floor\": 0", "\"floor\": \"zero\"");
        wrong.replace("\"type\": \"T1\"", "\"type\": \"4X\"");
        n += put(dir.filePath("wrong_types.json"), wrong);
        QByteArray escape = manifest(1, false);
        escape.replace("models/site.glb", "../../etc/passwd");
        n += put(dir.filePath("escape.json"), escape);
        n += put(dir.filePath("schema2.json"), "{\"schema\": 2}");
        n += put(dir.filePath("truncated.json"), manifest(2, true).left(300));
        const QString demo = QStringLiteral(SHOWROOM_BUILD_DIR "/assets/demo/development.json");
        if (QFileInfo::exists(demo))
            n += put(dir.filePath("demo.json"), read(demo));
        return n;
    }

    QTemporaryDir work;
    const QString w = work.path();
    using namespace showroom::fixtures;
    writeTexture(w + "/concrete.png");
    const FxScene dev = smallDevelopment();
    writeGltf(dev, w + "/dev.glb");
    writeObj(dev, w + "/dev.obj");
    writeGltf(smallDevelopment(100), w + "/dev_cm.glb");
    assimpExport(w + "/dev_cm.glb", w + "/dev_cm.fbx", "fbxa");
    assimpExport(w + "/dev.glb", w + "/dev.dae", "collada");
    assimpExport(w + "/dev.glb", w + "/dev.stl", "stlb");
    assimpExport(w + "/dev.glb", w + "/dev.ply", "ply");
    writeIfcHouse(w + "/house.ifc", true);
    {
        // A self-contained .gltf (buffer as a data: URI) so the single-file input reaches Assimp.
        QByteArray bin;
        QByteArray json = gltfJson(dev, &bin, QString());
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray buffers = root.value("buffers").toArray();
        QJsonObject b = buffers[0].toObject();
        b.insert("uri", QString::fromLatin1("data:application/octet-stream;base64," + bin.toBase64()));
        buffers[0] = b;
        root.insert("buffers", buffers);
        put(w + "/dev.gltf", QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
    QStringList files{w + "/dev.glb", w + "/dev.obj", w + "/dev_cm.fbx", w + "/dev.dae",
                      w + "/dev.stl", w + "/dev.ply", w + "/house.ifc",  w + "/dev.gltf"};
    QDir().mkpath(w + "/bad");
    for (const BadInput &b : writeBadInputs(w + "/bad")) {
        if (QFileInfo(b.file).size() < 2 * 1024 * 1024)
            files << b.file;
    }

    if (target == QLatin1String("ifc")) {
        // The storey building in its three layouts, in metres and millimetres, the house, and truncations
        // (a file cut mid-entity is what a failed copy from the architect's share looks like).
        const QString sb = w + "/storeys.ifc";
        for (const auto layout : {IfcStoreyLayout::TwoStoreys, IfcStoreyLayout::NoStoreys,
                                  IfcStoreyLayout::ProxiesOnly}) {
            for (const bool mm : {false, true}) {
                writeIfcStoreyBuilding(sb, layout, mm);
                n += put(dir.filePath(QStringLiteral("storeys_%1%2.ifc").arg(int(layout)).arg(mm ? "_mm" : "")),
                         read(sb));
            }
        }
        const QByteArray house = read(w + "/house.ifc");
        n += put(dir.filePath("house.ifc"), house);
        n += put(dir.filePath("house_half.ifc"), house.left(house.size() / 2));
        n += put(dir.filePath("house_header.ifc"), house.left(house.indexOf("DATA;") + 5));
        return n;
    }
    if (target == QLatin1String("import")) {
        for (const QString &f : files) {
            const char selector = selectorFor(f);
            if (selector < 0)
                continue;
            n += put(dir.filePath("seed_" + QFileInfo(f).fileName()), QByteArray(1, selector) + read(f));
        }
        return n;
    }
    if (target == QLatin1String("cache")) {
        // Payloads of real cache entries (the fuzzer wraps them in a valid header and checksum).
        const QString cache = w + "/cache";
        for (const QString &f : {w + "/dev.glb", w + "/house.ifc", w + "/bad/nan_some.glb"})
            n += put(dir.filePath("payload_" + QFileInfo(f).fileName()), cachePayloadOf(f, cache));
        return n;
    }
    return n;
}

} // namespace showroom::fuzz
