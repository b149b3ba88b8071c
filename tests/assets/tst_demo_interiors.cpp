// The demo's walk-through interiors against the site model they stand in and the manifest that names
// them: the townhouse's two storeys in the site's house, every room named, and units marked mirrored
// exactly where the site mirrors their type's layout.
#include "DemoModel.h"
#include "ProgramRun.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>

namespace {

bool near(float a, float b, float tolerance = 0.01f)
{
    return std::fabs(a - b) <= tolerance;
}

QString text(float v)
{
    return QString::number(double(v), 'f', 3);
}

} // namespace

class tst_DemoInteriors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_manifest;
    std::unique_ptr<Model> m_site;
    std::map<QString, std::unique_ptr<Model>> m_interiors; // by unit type id

    QJsonArray array(const char *key) const { return m_manifest.value(QLatin1String(key)).toArray(); }
    QJsonObject unitType(const QString &id) const
    {
        for (const QJsonValue &t : array("unitTypes"))
            if (t.toObject().value("id").toString() == id)
                return t.toObject();
        return {};
    }
    const Model &interior(const QString &typeId) const { return *m_interiors.at(typeId); }
    const aiNode *siteChild(const aiNode *unit, const QString &name) const
    {
        for (unsigned i = 0; i < unit->mNumChildren; ++i)
            if (QString::fromUtf8(unit->mChildren[i]->mName.C_Str()) == name)
                return unit->mChildren[i];
        return nullptr;
    }
    // The townhouses' floor-to-floor height, from the manifest's floor elevations.
    float townhouseStorey() const
    {
        double e0 = 0, e1 = 0;
        for (const QJsonValue &f : array("floors")) {
            const QJsonObject o = f.toObject();
            if (o.value("building").toString() == "T" && o.value("level").toInt() == 0)
                e0 = o.value("elevation").toDouble();
            if (o.value("building").toString() == "T" && o.value("level").toInt() == 1)
                e1 = o.value("elevation").toDouble();
        }
        return float(e1 - e0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(runProgram(QStringLiteral(DEMO_GENERATOR), {m_dir.path()}).code, 0);
        QFile file(m_dir.filePath("development.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_manifest = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_manifest.isEmpty());
        m_site = std::make_unique<Model>(m_dir.filePath(m_manifest.value("model").toString()));
        QVERIFY2(m_site->scene, qPrintable(m_site->error));
        for (const QJsonValue &v : array("unitTypes")) {
            const QJsonObject t = v.toObject();
            if (!t.contains("interior"))
                continue;
            auto model = std::make_unique<Model>(m_dir.filePath(t.value("interior").toString()));
            QVERIFY2(model->scene, qPrintable(t.value("interior").toString() + ": " + model->error));
            m_interiors[t.value("id").toString()] = std::move(model);
        }
        QCOMPARE(int(m_interiors.size()), 4); // 1B, 2B, 3B and the townhouse
        QVERIFY(m_interiors.count("TH"));
    }

    void everyRoomHasAName()
    {
        for (const auto &[typeId, model] : m_interiors) {
            std::set<QString> floors;
            for (const QString &n : model->names)
                if (n.startsWith("Floor_"))
                    floors.insert(n);
            std::set<QString> listed;
            for (const QJsonValue &r : unitType(typeId).value("rooms").toArray()) {
                const QString node = r.toObject().value("node").toString();
                QVERIFY2(!r.toObject().value("name").toString().trimmed().isEmpty(),
                         qPrintable(typeId + ": " + node + " has no name"));
                QVERIFY2(listed.insert(node).second, qPrintable(typeId + ": " + node + " listed twice"));
            }
            QVERIFY2(floors.size() >= 5, qPrintable(typeId));
            QVERIFY2(listed == floors,
                     qPrintable(typeId + ": the manifest's rooms are not the interior's floors"));
        }
    }

    void townhouseHasTwoStoreys()
    {
        const Model &th = interior("TH");
        const float level = townhouseStorey();
        QVERIFY2(level > 2.7f && level < 3.2f, qPrintable(text(level)));
        for (const char *room : {"Floor_Hall", "Floor_Kitchen", "Floor_WC", "Floor_Living"}) {
            const Bounds b = boundsOf(th.scene, th.find(room));
            QVERIFY2(!b.isEmpty() && near(b.hi.y, 0),
                     qPrintable(room + QStringLiteral(" at ") + text(b.hi.y)));
        }
        for (const char *room : {"Floor_Bedroom_1", "Floor_Bedroom_2", "Floor_Bathroom", "Floor_Landing"}) {
            const Bounds b = boundsOf(th.scene, th.find(room));
            QVERIFY2(!b.isEmpty() && near(b.hi.y, level),
                     qPrintable(room + QStringLiteral(" at ") + text(b.hi.y)));
        }
        // Every floor and every wall belongs to one of the two storeys; walls are 2.6 m high.
        int upperWalls = 0, groundWalls = 0;
        for (const aiNode *n : th.nodes) {
            const QString name = QString::fromUtf8(n->mName.C_Str());
            const Bounds b = boundsOf(th.scene, n);
            if (name.startsWith("Floor_"))
                QVERIFY2(near(b.hi.y, 0) || near(b.hi.y, level), qPrintable(name));
            if (!name.startsWith("Wall_"))
                continue;
            QVERIFY2(near(b.hi.y - b.lo.y, 2.6f),
                     qPrintable(name + " is " + text(b.hi.y - b.lo.y) + " m high"));
            if (near(b.lo.y, level))
                ++upperWalls;
            else if (near(b.lo.y, 0))
                ++groundWalls;
            else
                QFAIL(qPrintable(name + " starts at " + text(b.lo.y)));
        }
        QVERIFY(upperWalls >= 5 && groundWalls >= 5);

        // The stair: in the hall, from the ground floor up to (a riser below) the first floor.
        const Bounds stairs = boundsOf(th.scene, th.find("Stairs"));
        const Bounds hall = boundsOf(th.scene, th.find("Floor_Hall"));
        QVERIFY(!stairs.isEmpty());
        QVERIFY2(near(stairs.lo.y, 0) && stairs.hi.y > level - 0.25f && stairs.hi.y <= level + 0.01f,
                 qPrintable(text(stairs.lo.y) + ".." + text(stairs.hi.y)));
        QVERIFY(stairs.lo.x >= hall.lo.x && stairs.hi.x <= hall.hi.x && stairs.lo.z >= hall.lo.z &&
                stairs.hi.z <= hall.hi.z);

        // The first floor's slab is the ground floor's ceiling, open over the stair.
        const aiNode *slab = th.find("Slab_1");
        QVERIFY(slab);
        const Bounds s = boundsOf(th.scene, slab);
        QVERIFY2(s.lo.y >= 2.55f && s.hi.y <= level, qPrintable(text(s.lo.y) + ".." + text(s.hi.y)));
        for (const char *room : {"Floor_Kitchen", "Floor_WC", "Floor_Living"}) {
            const aiVector3D c = boundsOf(th.scene, th.find(room)).centre();
            QVERIFY2(coversPoint(th.scene, slab, c.x, c.z),
                     qPrintable(QStringLiteral("no ceiling over ") + room));
        }
        const aiVector3D stairCentre = stairs.centre();
        QVERIFY(!coversPoint(th.scene, slab, stairCentre.x, stairCentre.z));
        for (const char *room : {"Floor_Bedroom_1", "Floor_Bedroom_2", "Floor_Bathroom", "Floor_Landing"})
            QVERIFY2(!coversPoint(th.scene, th.find(room), stairCentre.x, stairCentre.z),
                     qPrintable(room + QStringLiteral(" covers the stair")));
        QVERIFY(th.find("Stairs_Balustrade"));
    }

    void townhouseFitsTheSiteHouse()
    {
        const Model &th = interior("TH");
        const float level = townhouseStorey();
        const aiNode *house = m_site->find("Unit_T_0001");
        const aiNode *next = m_site->find("Unit_T_0002");
        QVERIFY(house && next);
        // Same width (the houses' spacing) and depth (the terrace sits on the front wall).
        const float width = std::fabs(next->mTransformation.a4 - house->mTransformation.a4);
        const aiNode *terrace = siteChild(house, "T_0001_Terrace");
        QVERIFY(terrace);
        const float front = terrace->mTransformation.c4;
        QVERIFY(near(boundsOf(th.scene, th.find("Wall_Party_Right")).centre().x, width / 2));
        QVERIFY(near(boundsOf(th.scene, th.find("Wall_Party_Left")).centre().x, -width / 2));
        QVERIFY(near(boundsOf(th.scene, th.find("Wall_Facade")).centre().z, front));
        QVERIFY(near(boundsOf(th.scene, th.find("Wall_Garden")).centre().z, -front));

        // Every door and window of the site's house (below the roof) has its opening in the interior,
        // on the same storey, and the interior has no others in its outside walls.
        std::vector<Bounds> openings;
        for (const aiNode *n : th.nodes) {
            const QString name = QString::fromUtf8(n->mName.C_Str());
            const Bounds b = boundsOf(th.scene, n);
            if ((name.startsWith("Window_") || name.startsWith("Door_")) &&
                std::fabs(std::fabs(b.centre().z) - front) < 0.3f)
                openings.push_back(b);
        }
        int matched = 0;
        for (unsigned i = 0; i < house->mNumChildren; ++i) {
            const aiNode *c = house->mChildren[i];
            const QString name = QString::fromUtf8(c->mName.C_Str());
            if (!name.contains("_Window_") && !name.endsWith("_Door"))
                continue;
            const aiVector3D at(c->mTransformation.a4, c->mTransformation.b4, c->mTransformation.c4);
            if (at.y > level + 1.5f)
                continue; // the attic's gable windows: no interior up there
            const int storey = at.y > level / 2 ? 1 : 0;
            bool found = false;
            for (const Bounds &o : openings)
                found = found || (near(o.centre().x, at.x, 0.05f) && std::fabs(o.centre().z - at.z) < 0.3f &&
                                  (o.lo.y > level / 2 ? 1 : 0) == storey);
            QVERIFY2(found, qPrintable(name + " at x " + text(at.x) + " z " + text(at.z) +
                                       " has no opening inside"));
            ++matched;
        }
        QCOMPARE(matched, 7);
        QCOMPARE(int(openings.size()), matched);
        QVERIFY(boundsOf(th.scene, th.find("Door_Entrance")).centre().z > 0);
        QVERIFY(boundsOf(th.scene, th.find("Window_Living")).centre().z < 0); // the garden side
    }

    void mirroredUnitsAreWhereTheSiteMirrors()
    {
        // The site puts an apartment's balcony (or French window rail) in front of its living room's
        // glazed door, at the layout's x or, for a mirrored unit, at minus it.
        int mirrored = 0, plain = 0;
        for (const QJsonValue &v : array("units")) {
            const QJsonObject u = v.toObject();
            const QString id = u.value("id").toString(), type = u.value("type").toString();
            const bool isMirrored = u.value("mirrored").toBool(false);
            const aiNode *node = m_site->find(u.value("node").toString());
            QVERIFY(node);
            if (type == "TH") {
                // The houses are all built the same way round: the front door at the same x in each.
                QVERIFY2(!isMirrored, qPrintable(id));
                const aiNode *door = siteChild(node, id + "_Door");
                QVERIFY(door &&
                        near(door->mTransformation.a4,
                             boundsOf(interior(type).scene, interior(type).find("Door_Entrance")).centre().x,
                             0.05f));
                continue;
            }
            const aiNode *outside = siteChild(node, id + "_Balcony");
            if (!outside)
                outside = siteChild(node, id + "_Terrace");
            if (!outside)
                outside = siteChild(node, id + "_Rail");
            QVERIFY2(outside, qPrintable(id));
            const float window =
                boundsOf(interior(type).scene, interior(type).find("Window_Living")).centre().x;
            QVERIFY(std::fabs(window) > 0.5f); // off-centre, so a mirror shows
            const float expected = isMirrored ? -window : window;
            QVERIFY2(near(outside->mTransformation.a4, expected, 0.02f),
                     qPrintable(id + ": the site's living-room window is at x " +
                                text(outside->mTransformation.a4) + ", the interior's at " + text(expected)));
            (isMirrored ? mirrored : plain) += 1;
        }
        QVERIFY(mirrored >= 10 && plain >= 10);
    }
};

QTEST_GUILESS_MAIN(tst_DemoInteriors)
#include "tst_demo_interiors.moc"
