// The demo development as the app will see it: the generator's output is loaded with Assimp directly
// (independent of our importer) and checked against development.json and the naming convention in
// docs/development-package.md.
#include <QtTest>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "DemoModel.h"
#include "ProgramRun.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace {

// The package format's node patterns: '*' and '?' wildcards, everything else literal.
QRegularExpression wildcard(const QString &pattern)
{
    QString re;
    for (const QChar c : pattern)
        re += c == '*'   ? QStringLiteral(".*")
              : c == '?' ? QStringLiteral(".")
                         : QRegularExpression::escape(QString(c));
    return QRegularExpression(QRegularExpression::anchoredPattern(re));
}

std::size_t meshesBelow(const aiNode *n)
{
    std::size_t count = n->mNumMeshes;
    for (unsigned i = 0; i < n->mNumChildren; ++i)
        count += meshesBelow(n->mChildren[i]);
    return count;
}

QString checkGeometry(const aiScene *scene)
{
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh *mesh = scene->mMeshes[m];
        const QString name = QString::fromUtf8(mesh->mName.C_Str());
        if (!mesh->HasNormals())
            return name + ": no normals";
        if (!mesh->HasTextureCoords(0))
            return name + ": no UVs";
        for (unsigned v = 0; v < mesh->mNumVertices; ++v) {
            const aiVector3D &p = mesh->mVertices[v], &n = mesh->mNormals[v];
            if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
                return name + ": non-finite position";
            if (std::fabs(n.Length() - 1.0f) > 1e-3f)
                return name + ": normal not unit length";
        }
        for (unsigned f = 0; f < mesh->mNumFaces; ++f) {
            const aiFace &face = mesh->mFaces[f];
            if (face.mNumIndices != 3)
                return name + ": face is not a triangle";
            const aiVector3D a = mesh->mVertices[face.mIndices[0]], b = mesh->mVertices[face.mIndices[1]],
                             c = mesh->mVertices[face.mIndices[2]];
            const aiVector3D cross = (b - a) ^ (c - a);
            if (cross.Length() * 0.5f < 1e-7f)
                return name + QStringLiteral(": degenerate triangle %1").arg(f);
            // Counter-clockwise front faces: the winding agrees with the stored (outward) normal.
            const aiVector3D n = mesh->mNormals[face.mIndices[0]];
            if (cross * n <= 0)
                return name + QStringLiteral(": triangle %1 wound against its normal").arg(f);
        }
    }
    return {};
}

} // namespace

class tst_DemoDevelopment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_first, m_second;
    QJsonObject m_manifest;
    std::unique_ptr<Model> m_site;

    QString path(const QString &relative) const { return m_first.filePath(relative); }

    static int runGenerator(const QStringList &args, QString *errors = nullptr)
    {
        const ProgramRun r = runProgram(QStringLiteral(DEMO_GENERATOR), args);
        if (errors)
            *errors = r.err;
        return r.code;
    }

    QJsonArray array(const char *key) const { return m_manifest.value(QLatin1String(key)).toArray(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_first.isValid() && m_second.isValid());
        QString errors;
        QCOMPARE(runGenerator({m_first.path()}, &errors), 0);
        QCOMPARE(runGenerator({m_second.path()}), 0);

        QFile file(path("development.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_manifest = doc.object();
        QCOMPARE(m_manifest.value("schema").toInt(), 1);

        m_site = std::make_unique<Model>(path(m_manifest.value("model").toString()));
        QVERIFY2(m_site->scene, qPrintable(m_site->error));
    }

    void outputIsDeterministic()
    {
        QStringList files;
        QDirIterator it(m_first.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(m_first.path()).relativeFilePath(it.next());
        files.sort();
        QVERIFY(files.size() > 20);
        QStringList second;
        QDirIterator it2(m_second.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it2.hasNext())
            second << QDir(m_second.path()).relativeFilePath(it2.next());
        second.sort();
        QCOMPARE(second, files);
        for (const QString &f : files) {
            QFile a(m_first.filePath(f)), b(m_second.filePath(f));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(f + " differs between two runs"));
        }
    }

    void referencedFilesExist()
    {
        QStringList refs{m_manifest.value("model").toString()};
        for (const QJsonValue &f : array("floors"))
            refs << f.toObject().value("plan").toString();
        for (const QJsonValue &t : array("unitTypes")) {
            refs << t.toObject().value("plan").toString();
            if (t.toObject().contains("interior"))
                refs << t.toObject().value("interior").toString();
        }
        for (const QJsonValue &u : array("units"))
            refs << u.toObject().value("plan").toString();
        for (const QJsonValue &p : array("finishPalettes")) {
            const QJsonObject surfaces = p.toObject().value("surfaces").toObject();
            for (const QJsonValue &s : surfaces)
                if (s.toObject().contains("texture"))
                    refs << s.toObject().value("texture").toString();
        }
        refs.removeDuplicates();
        QVERIFY(refs.size() > 10);
        for (const QString &r : refs) {
            QVERIFY2(!r.isEmpty() && !r.startsWith('/') && !r.contains(".."), qPrintable(r));
            QVERIFY2(QFileInfo(path(r)).isFile(), qPrintable(r + " is referenced but missing"));
            if (r.startsWith("plans/")) {
                // A drawn plan, not a blank page: walls and labels in dark ink, on a light sheet.
                const QImage plan(path(r));
                QVERIFY2(!plan.isNull() && plan.width() >= 1000, qPrintable(r + " is not a readable plan"));
                int dark = 0, samples = 0;
                for (int y = 0; y < plan.height(); y += 3)
                    for (int x = 0; x < plan.width(); x += 3, ++samples)
                        dark += qGray(plan.pixel(x, y)) < 80;
                QVERIFY2(dark > samples / 200 && dark < samples / 4, qPrintable(r + ": no drawing on it"));
            } else if (r.endsWith(".png")) {
                QVERIFY2(!QImage(path(r)).isNull(), qPrintable(r + " is not a readable image"));
            }
        }
    }

    void manifestUsesEveryField()
    {
        // The demo exercises the whole of schema 1, so every screen has real data to show.
        auto keysOf = [](const QJsonArray &items) {
            std::set<QString> keys;
            for (const QJsonValue &v : items)
                for (const QString &k : v.toObject().keys())
                    keys.insert(k);
            return keys;
        };
        const std::map<QString, QStringList> expected{
            {"buildings", {"id", "name", "kind", "floors", "node"}},
            {"floors", {"building", "level", "name", "elevation", "plan"}},
            {"unitTypes", {"id", "name", "bedrooms", "bathrooms", "area", "interior", "plan", "rooms"}},
            {"units",
             {"id", "building", "floor", "type", "bedrooms", "bathrooms", "area", "price", "status",
              "orientation", "balcony", "balconyArea", "plan", "node", "mirrored"}},
            {"stages", {"id", "name", "planned", "actual", "nodes"}},
            {"finishPalettes", {"id", "name", "surfaces"}},
            {"pointsOfInterest", {"id", "name", "description", "position", "category"}},
            {"cameraPresets", {"id", "name", "position", "target", "fov"}},
        };
        for (const auto &[section, keys] : expected) {
            const std::set<QString> used = keysOf(m_manifest.value(section).toArray());
            for (const QString &k : keys)
                QVERIFY2(used.count(k), qPrintable(section + "[]." + k + " is never used"));
        }
        const QJsonObject dev = m_manifest.value("development").toObject();
        for (const char *k : {"id", "name", "address", "latitude", "longitude", "currency", "completion",
                              "description", "northAngle", "timeZone"})
            QVERIFY2(dev.contains(k), k);
        QVERIFY(array("unitTypes").size() >= 4);
        QVERIFY(array("pointsOfInterest").size() >= 4);
        QVERIFY(array("cameraPresets").size() >= 3);
        bool texture = false, nullDate = false;
        for (const QJsonValue &p : array("finishPalettes"))
            for (const QJsonValue &surface : p.toObject().value("surfaces").toObject())
                texture = texture || surface.toObject().contains("texture");
        for (const QJsonValue &s : array("stages"))
            nullDate = nullDate || s.toObject().value("actual").toObject().value("end").isNull();
        QVERIFY(texture);
        QVERIFY(nullDate);
    }

    void everyUnitHasExactlyOneNode()
    {
        const QJsonArray units = array("units");
        QVERIFY2(units.size() >= 150, qPrintable(QString::number(units.size())));
        std::set<QString> ids;
        for (const QJsonValue &v : units) {
            const QJsonObject u = v.toObject();
            const QString id = u.value("id").toString(), node = u.value("node").toString();
            QVERIFY2(ids.insert(id).second, qPrintable("duplicate unit id " + id));
            QCOMPARE(node, "Unit_" + id);
            QVERIFY2(m_site->names.count(node) == 1,
                     qPrintable(node + QStringLiteral(" appears %1 times").arg(m_site->names.count(node))));
            // Something to see and pick: the unit's subtree holds geometry.
            QVERIFY2(meshesBelow(m_site->find(node)) >= 2, qPrintable(node + " has no geometry"));
        }
    }

    void everyUnitLookingNodeIsInTheManifest()
    {
        std::set<QString> nodes;
        for (const QJsonValue &v : array("units"))
            nodes.insert(v.toObject().value("node").toString());
        int unitLike = 0;
        for (const QString &name : m_site->names) {
            if (!name.startsWith("Unit_"))
                continue;
            ++unitLike;
            QVERIFY2(nodes.count(name),
                     qPrintable(name + " looks like a unit but is not in development.json"));
        }
        QCOMPARE(std::size_t(unitLike), nodes.size());
    }

    void buildingsMatchTheBrief()
    {
        int apartments = 0, townhouses = 0;
        std::map<QString, int> floorsOf;
        for (const QJsonValue &v : array("buildings")) {
            const QJsonObject b = v.toObject();
            const int floors = b.value("floors").toInt();
            floorsOf[b.value("id").toString()] = floors;
            QVERIFY2(m_site->names.count(b.value("node").toString()) == 1,
                     qPrintable(b.value("node").toString()));
            if (b.value("kind").toString() == "apartments" && floors >= 6 && floors <= 10)
                ++apartments;
            if (b.value("kind").toString() == "townhouses")
                ++townhouses;
        }
        QVERIFY(apartments >= 2);
        QCOMPARE(townhouses, 1);

        std::map<QString, std::set<int>> usedFloors;
        std::map<QString, int> perBuilding;
        for (const QJsonValue &v : array("units")) {
            const QJsonObject u = v.toObject();
            const QString b = u.value("building").toString();
            QVERIFY2(floorsOf.count(b), qPrintable(b));
            const int floor = u.value("floor").toInt();
            QVERIFY(floor >= 0 && floor < floorsOf[b]);
            usedFloors[b].insert(floor);
            ++perBuilding[b];
            // Unit node lives under its building's root node.
            const aiNode *n = m_site->find(u.value("node").toString());
            while (n && QString::fromUtf8(n->mName.C_Str()) != "Building_" + b)
                n = n->mParent;
            QVERIFY2(n, qPrintable(u.value("node").toString() + " is not under Building_" + b));
        }
        for (const QJsonValue &v : array("buildings")) {
            const QJsonObject b = v.toObject();
            const QString id = b.value("id").toString();
            if (b.value("kind").toString() == "apartments")
                QCOMPARE(int(usedFloors[id].size()), b.value("floors").toInt());
            else
                QVERIFY2(perBuilding[id] >= 10 && usedFloors[id] == std::set<int>{0}, qPrintable(id));
        }
    }

    void unitFactsAreSensible()
    {
        const QStringList orientations{"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
        std::map<QString, int> statuses;
        std::map<QString, double> priceByKey; // building/type/orientation/floor -> price
        for (const QJsonValue &v : array("units")) {
            const QJsonObject u = v.toObject();
            statuses[u.value("status").toString()]++;
            QVERIFY(orientations.contains(u.value("orientation").toString()));
            QVERIFY(u.value("area").toDouble() > 30 && u.value("price").toDouble() > 100000);
            if (u.value("balcony").toBool())
                QVERIFY(u.value("balconyArea").toDouble() > 2);
            priceByKey[QStringLiteral("%1/%2/%3/%4")
                           .arg(u.value("building").toString(), u.value("type").toString(),
                                u.value("orientation").toString())
                           .arg(u.value("floor").toInt(), 2, 10, QLatin1Char('0'))] =
                u.value("price").toDouble();
        }
        QCOMPARE(int(statuses.size()), 3);
        for (const char *s : {"available", "reserved", "sold"})
            QVERIFY2(statuses[s] >= 10, s);
        // The same flat costs more higher up.
        int compared = 0;
        for (auto it = priceByKey.begin(); it != priceByKey.end(); ++it) {
            auto next = std::next(it);
            if (next == priceByKey.end() || next->first.chopped(2) != it->first.chopped(2))
                continue;
            QVERIFY2(next->second > it->second, qPrintable(next->first + " is not dearer than " + it->first));
            ++compared;
        }
        QVERIFY(compared > 50);
    }

    void stagesCoverTheModel()
    {
        const QJsonArray stages = array("stages");
        QStringList ids;
        std::vector<std::pair<QString, std::vector<QRegularExpression>>> patterns;
        for (const QJsonValue &v : stages) {
            const QJsonObject s = v.toObject();
            ids << s.value("id").toString();
            std::vector<QRegularExpression> res;
            for (const QJsonValue &p : s.value("nodes").toArray()) {
                const QRegularExpression re = wildcard(p.toString());
                bool matched = false;
                for (const QString &name : m_site->names)
                    matched = matched || re.match(name).hasMatch();
                QVERIFY2(matched, qPrintable(s.value("id").toString() + ": pattern " + p.toString() +
                                             " matches no node"));
                res.push_back(re);
            }
            patterns.emplace_back(s.value("id").toString(), res);
        }
        QCOMPARE(ids, QStringList({"foundation", "structure", "envelope", "interior", "landscape"}));

        // Units appear with the envelope: the first stage matching the node or an ancestor.
        auto stageOf = [&](const aiNode *n) -> QString {
            for (; n; n = n->mParent)
                for (const auto &stage : patterns)
                    for (const QRegularExpression &re : stage.second)
                        if (re.match(QString::fromUtf8(n->mName.C_Str())).hasMatch())
                            return stage.first;
            return {};
        };
        for (const QJsonValue &v : array("units")) {
            const aiNode *n = m_site->find(v.toObject().value("node").toString());
            QCOMPARE(stageOf(n), QStringLiteral("envelope"));
            for (unsigned i = 0; i < n->mNumChildren; ++i)
                QCOMPARE(stageOf(n->mChildren[i]), QStringLiteral("envelope"));
        }
        QCOMPARE(stageOf(m_site->find("Site_Landscape_Tree_001")), QStringLiteral("landscape"));
        QCOMPARE(stageOf(m_site->find("A_Structure_Core")), QStringLiteral("structure"));
        QCOMPARE(stageOf(m_site->find("Site_Ground")), QString());
    }

    void siteHasTheLandscapeAndFacadeParts()
    {
        for (const char *prefix :
             {"Site_Ground", "Site_Landscape_Path_", "Site_Landscape_Tree_", "Site_Landscape_Lawn_",
              "Site_Landscape_Bench_", "A_Foundation_", "A_Structure_Slab_", "A_Envelope_Roof",
              "B_Envelope_Roof", "T_Foundation_"})
            QVERIFY2(m_site->hasPrefix(prefix), prefix);
        int windows = 0, balconies = 0, trees = 0;
        for (const QString &n : m_site->names) {
            windows += n.contains("_Window_");
            balconies += n.endsWith("_Balcony") || n.endsWith("_Terrace");
            trees += n.startsWith("Site_Landscape_Tree_");
        }
        QVERIFY2(windows > 400, qPrintable(QString::number(windows)));
        QVERIFY2(balconies > 100, qPrintable(QString::number(balconies)));
        QVERIFY2(trees > 40, qPrintable(QString::number(trees)));
    }

    void siteIsCheapToDraw()
    {
        const aiScene *s = m_site->scene;
        QVERIFY2(m_site->nodes.size() < 6000, qPrintable(QString::number(m_site->nodes.size())));
        // Repeated parts are one mesh referenced many times, so the importer can instance them.
        std::map<unsigned, int> uses;
        std::size_t triangles = 0;
        for (const aiNode *n : m_site->nodes)
            for (unsigned i = 0; i < n->mNumMeshes; ++i) {
                ++uses[n->mMeshes[i]];
                triangles += s->mMeshes[n->mMeshes[i]]->mNumFaces;
            }
        int mostUsed = 0;
        for (const auto &u : uses)
            mostUsed = std::max(mostUsed, u.second);
        QVERIFY2(mostUsed >= 100, qPrintable(QString::number(mostUsed)));
        QVERIFY2(s->mNumMeshes < 400, qPrintable(QString::number(s->mNumMeshes)));
        QVERIFY2(triangles < 300000 && triangles > 20000, qPrintable(QString::number(triangles)));
    }

    void siteIsCentredInMetres()
    {
        // Buildings stand on the ground near the origin; the whole site is a couple of hundred metres.
        aiVector3D lo(1e9f, 1e9f, 1e9f), hi(-1e9f, -1e9f, -1e9f);
        std::function<void(const aiNode *, const aiMatrix4x4 &)> walk = [&](const aiNode *n,
                                                                            const aiMatrix4x4 &parent) {
            const aiMatrix4x4 world = parent * n->mTransformation;
            for (unsigned i = 0; i < n->mNumMeshes; ++i) {
                const aiMesh *m = m_site->scene->mMeshes[n->mMeshes[i]];
                for (unsigned v = 0; v < m->mNumVertices; ++v) {
                    const aiVector3D p = world * m->mVertices[v];
                    lo = aiVector3D(std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z));
                    hi = aiVector3D(std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z));
                }
            }
            for (unsigned i = 0; i < n->mNumChildren; ++i)
                walk(n->mChildren[i], world);
        };
        walk(m_site->scene->mRootNode, aiMatrix4x4());
        QVERIFY(hi.x - lo.x > 150 && hi.x - lo.x < 260);
        QVERIFY(hi.z - lo.z > 150 && hi.z - lo.z < 260);
        QVERIFY(std::fabs(hi.x + lo.x) < 20 && std::fabs(hi.z + lo.z) < 20);
        QVERIFY(hi.y > 20 && hi.y < 40); // an eight-storey building, not centimetres or kilometres
        QVERIFY(lo.y > -5);
    }

    void geometryIsSound()
    {
        QString problem = checkGeometry(m_site->scene);
        QVERIFY2(problem.isEmpty(), qPrintable("site.glb: " + problem));
        QVERIFY(m_site->scene->mNumMaterials >= 15);
        // Every material a mesh uses is named (Assimp appends an unused, unnamed default of its own).
        for (unsigned m = 0; m < m_site->scene->mNumMeshes; ++m) {
            const aiMaterial *mat = m_site->scene->mMaterials[m_site->scene->mMeshes[m]->mMaterialIndex];
            QVERIFY2(mat->GetName().length > 0, m_site->scene->mMeshes[m]->mName.C_Str());
        }
    }

    void interiorsHaveRoomsAndFinishes()
    {
        std::set<QString> paletteClasses;
        const QJsonArray palettes = array("finishPalettes");
        QVERIFY(palettes.size() >= 2);
        for (const QJsonValue &p : palettes)
            for (const QString &k : p.toObject().value("surfaces").toObject().keys())
                paletteClasses.insert(k);
        int interiors = 0;
        for (const QJsonValue &v : array("unitTypes")) {
            const QString file = v.toObject().value("interior").toString();
            if (file.isEmpty())
                continue;
            ++interiors;
            Model model(path(file));
            QVERIFY2(model.scene, qPrintable(file + ": " + model.error));
            for (const char *prefix :
                 {"Wall_", "Door_", "Window_", "Floor_Living", "Floor_Bathroom", "Kitchen_Base",
                  "Kitchen_Worktop", "Kitchen_Upper", "Bathroom_WC", "Bathroom_Basin"})
                QVERIFY2(model.hasPrefix(prefix), qPrintable(file + " lacks " + prefix));
            QVERIFY(model.hasPrefix("Bathroom_Tub") || model.hasPrefix("Bathroom_Shower"));
            const QString problem = checkGeometry(model.scene);
            QVERIFY2(problem.isEmpty(), qPrintable(file + ": " + problem));
            // Every surface a palette may recolour is offered by every palette.
            for (unsigned i = 0; i < model.scene->mNumMaterials; ++i) {
                const QString name = QString::fromUtf8(model.scene->mMaterials[i]->GetName().C_Str());
                if (name.startsWith("Finish_")) {
                    for (const QJsonValue &p : palettes)
                        QVERIFY2(p.toObject().value("surfaces").toObject().contains(name.mid(7)),
                                 qPrintable(name + " missing from palette " +
                                            p.toObject().value("id").toString()));
                }
            }
        }
        QVERIFY(interiors >= 2);
    }

    void generatorRejectsBadArguments()
    {
        QString errors;
        QCOMPARE(runGenerator({}, &errors), 2);
        QVERIFY(errors.contains("usage"));
        QFile blocker(m_second.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(runGenerator({blocker.fileName()}, &errors), 1);
        QVERIFY2(errors.contains("not-a-folder"), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(tst_DemoDevelopment)
#include "tst_demo_development.moc"
