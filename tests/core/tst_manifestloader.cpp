// The manifest loader against packages written here: a complete valid one, then one problem at a time
// (each must give exactly the documented message with its JSON path), then broken files.
#include "ManifestFixture.h"
#include "core/ManifestLoader.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace showroom::core;

class tst_ManifestLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString packageDir() const { return m_dir.path(); }
    ManifestResult loadWith(const QJsonObject &manifest)
    {
        if (!fixture::writeManifest(packageDir(), manifest))
            qFatal("cannot write the manifest fixture");
        return loadManifest(packageDir());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::writeReferencedFiles(packageDir()));
    }

    void validManifestLoadsEveryField()
    {
        const ManifestResult r = loadWith(fixture::validManifest());
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n')));
        const DevelopmentData &d = r.data;
        const QString canonical = QFileInfo(packageDir()).canonicalFilePath();
        QCOMPARE(d.packageDir, canonical);
        QCOMPARE(r.manifestPath, QDir(packageDir()).filePath("development.json"));
        QCOMPARE(d.model, QString("models/site.glb"));
        QCOMPARE(d.modelPath, canonical + "/models/site.glb");

        QCOMPARE(d.development.id, QString("harbour-gardens"));
        QCOMPARE(d.development.name, QString("Harbour Gardens"));
        QCOMPARE(d.development.address, QString("1 Quay Street, Dublin"));
        QCOMPARE(d.development.currency, QString("EUR"));
        QCOMPARE(d.development.completion, QDate(2027, 6, 30));
        QVERIFY(d.development.hasLocation);
        QCOMPARE(d.development.latitude, 53.3478);
        QCOMPARE(d.development.longitude, -6.2597);
        QCOMPARE(d.development.northAngle, 15.0);
        QVERIFY(d.development.description.startsWith("Two apartment"));

        QCOMPARE(d.buildings.size(), 2);
        QCOMPARE(d.buildings[1].id, QString("T"));
        QCOMPARE(d.buildings[1].name, QString("The Terrace"));
        QCOMPARE(d.buildings[1].kind, QString("townhouses"));
        QCOMPARE(d.buildings[1].floors, 3);
        QCOMPARE(d.buildings[1].node, QString("Building_T"));

        QCOMPARE(d.floors.size(), 1);
        QCOMPARE(d.floors[0].name, QString("Garden level"));
        QVERIFY(d.floors[0].hasElevation);
        QCOMPARE(d.floors[0].plan, QString("plans/A_00.png"));

        QCOMPARE(d.unitTypes.size(), 3);
        QCOMPARE(d.unitTypes[0].interior, QString("models/interior_2B.glb"));
        QCOMPARE(d.unitTypes[0].area, 78.5);
        QCOMPARE(d.unitTypes[0].bathrooms, 2);
        QCOMPARE(d.unitTypes[0].rooms.size(), 2);
        QCOMPARE(d.unitTypes[0].rooms[0].node, QString("Floor_Living"));
        QCOMPARE(d.unitTypes[0].rooms[0].name, QString("Living / dining"));
        QCOMPARE(d.unitTypes[0].rooms[1].node, QString("Floor_Bedroom_1"));
        QCOMPARE(d.unitTypes[0].rooms[1].name, QString("Main bedroom"));
        QVERIFY(d.unitTypes[1].rooms.isEmpty());

        QCOMPARE(d.units.size(), 3);
        const Unit *u = d.unit("A_0304");
        QVERIFY(u);
        QCOMPARE(u->building, QString("A"));
        QCOMPARE(u->floor, 3);
        QCOMPARE(u->type, QString("2B"));
        QCOMPARE(u->bedrooms, 2);
        QCOMPARE(u->bathrooms, 2);
        QCOMPARE(u->area, 78.5);
        QCOMPARE(u->price, 385000.0);
        QCOMPARE(u->status, UnitStatus::Available);
        QCOMPARE(u->orientation, QString("SW"));
        QVERIFY(u->balcony);
        QCOMPARE(u->balconyArea, 8.5);
        QCOMPARE(u->plan, QString("plans/A_0304.png"));
        QCOMPARE(u->node, QString("Unit_A_0304"));
        QVERIFY(u->mirrored);
        QVERIFY(!d.unit("A_0001")->mirrored); // default
        QCOMPARE(d.unit("A_0001")->status, UnitStatus::Reserved);
        QCOMPARE(d.unit("T_0001")->status, UnitStatus::Sold);
        QCOMPARE(d.unitForNode("Unit_T_0001"), d.unit("T_0001"));
        QCOMPARE(d.unitForNode("Unit_nothing"), nullptr);
        QCOMPARE(d.absolutePath(u->plan), canonical + "/plans/A_0304.png");

        QCOMPARE(d.stages.size(), 3);
        QCOMPARE(d.stages[0].plannedStart, QDate(2025, 3, 1));
        QCOMPARE(d.stages[0].actualEnd, QDate(2025, 7, 15));
        QCOMPARE(d.stages[1].actualStart, QDate(2025, 7, 20));
        QVERIFY(!d.stages[1].actualEnd.isValid());
        QVERIFY(!d.stages[2].actualStart.isValid());
        QCOMPARE(d.stages[1].nodePatterns, QStringList({"*_Structure_*", "Unit_*"}));

        QCOMPARE(d.finishPalettes.size(), 1);
        const Surface floor = d.finishPalettes[0].surfaces.value("floor");
        QCOMPARE(floor.color, QColor("#a0522d"));
        QCOMPARE(floor.roughness, 0.6);
        QCOMPARE(floor.texture, QString("textures/oak.jpg"));
        QCOMPARE(d.finishPalettes[0].surfaces.value("wall").roughness, 0.5); // default

        QCOMPARE(d.pointsOfInterest.size(), 1);
        QCOMPARE(d.pointsOfInterest[0].position, QVector3D(10, 0, -5.5f));
        QCOMPARE(d.pointsOfInterest[0].category, QString("leisure"));
        QCOMPARE(d.cameraPresets.size(), 1);
        QCOMPARE(d.cameraPresets[0].position, QVector3D(0, 80, 120));
        QCOMPARE(d.cameraPresets[0].fov, 45.0);
    }

    void oneProblem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: remove the key
        QTest::addColumn<QString>("error");

        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("floor as string")
            << "units[1].floor" << QJsonValue("3") << "units[1].floor: expected integer";
        QTest::newRow("floor fractional")
            << "units[1].floor" << QJsonValue(2.5) << "units[1].floor: expected integer";
        QTest::newRow("floor out of range")
            << "units[0].floor" << QJsonValue(6)
            << "units[0].floor: floor 6 out of range for building \"A\" (floors 0..5)";
        QTest::newRow("negative floor")
            << "units[0].floor" << QJsonValue(-1) << "units[0].floor: expected integer >= 0, found -1";
        QTest::newRow("unknown type")
            << "units[2].type" << QJsonValue("4X") << "units[2].type: unknown unit type \"4X\"";
        QTest::newRow("unknown building")
            << "units[1].building" << QJsonValue("Q") << "units[1].building: unknown building \"Q\"";
        QTest::newRow("missing price")
            << "units[0].price" << remove << "units[0].price: required key is missing";
        QTest::newRow("missing node")
            << "units[0].node" << remove << "units[0].node: required key is missing";
        QTest::newRow("empty id") << "units[0].id" << QJsonValue("")
                                  << "units[0].id: expected a non-empty string";
        QTest::newRow("duplicate unit id")
            << "units[2].id" << QJsonValue("A_0304")
            << "units[2].id: duplicate id \"A_0304\" (first used at units[0].id)";
        QTest::newRow("duplicate unit node")
            << "units[1].node" << QJsonValue("Unit_A_0304")
            << "units[1].node: duplicate node \"Unit_A_0304\" (first used at units[0].node)";
        QTest::newRow("bad status")
            << "units[0].status" << QJsonValue("free")
            << "units[0].status: expected one of \"available\", \"reserved\", \"sold\", "
               "found \"free\"";
        QTest::newRow("bad orientation") << "units[0].orientation" << QJsonValue("up")
                                         << "units[0].orientation: expected one of \"N\", \"NE\", \"E\", "
                                            "\"SE\", \"S\", \"SW\", \"W\", \"NW\", "
                                            "found \"up\"";
        QTest::newRow("negative area")
            << "units[0].area" << QJsonValue(-5) << "units[0].area: expected number >= 0, found -5";
        QTest::newRow("price as string")
            << "units[0].price" << QJsonValue("385000") << "units[0].price: expected number";
        QTest::newRow("balcony not boolean")
            << "units[0].balcony" << QJsonValue("yes") << "units[0].balcony: expected boolean";
        QTest::newRow("unit not an object") << "units[1]" << QJsonValue(5) << "units[1]: expected object";
        QTest::newRow("units not an array")
            << "units" << QJsonValue(QJsonObject()) << "units: expected array";
        QTest::newRow("units missing") << "units" << remove << "units: required key is missing";
        QTest::newRow("floor of unknown building")
            << "floors[0].building" << QJsonValue("Q") << "floors[0].building: unknown building \"Q\"";
        QTest::newRow("floor level out of range")
            << "floors[0].level" << QJsonValue(9)
            << "floors[0].level: floor 9 out of range for building \"A\" (floors 0..5)";
        QTest::newRow("duplicate floor")
            << "floors[1]" << QJsonValue(QJsonObject{{"building", "A"}, {"level", 0}})
            << "floors[1]: duplicate floor (building/level) \"A/0\" (first used at floors[0])";
        QTest::newRow("building without floors") << "buildings[0].floors" << QJsonValue(0)
                                                 << "buildings[0].floors: expected integer >= 1, found 0";
        QTest::newRow("duplicate building")
            << "buildings[2]" << QJsonValue(QJsonObject{{"id", "A"}, {"name", "Again"}, {"floors", 2}})
            << "buildings[2].id: duplicate id \"A\" (first used at buildings[0].id)";
        QTest::newRow("duplicate unit type")
            << "unitTypes[3]" << QJsonValue(QJsonObject{{"id", "2B"}, {"name", "Again"}})
            << "unitTypes[3].id: duplicate id \"2B\" (first used at unitTypes[0].id)";
        QTest::newRow("planned end before start")
            << "stages[0].planned.end" << QJsonValue("2025-01-01")
            << "stages[0].planned.end: 2025-01-01 is before the start 2025-03-01";
        QTest::newRow("actual end before start")
            << "stages[0].actual.end" << QJsonValue("2025-03-01")
            << "stages[0].actual.end: 2025-03-01 is before the start 2025-03-10";
        QTest::newRow("actual end without start")
            << "stages[2].actual" << QJsonValue(QJsonObject{{"end", "2027-05-01"}})
            << "stages[2].actual.end: an end needs a start date";
        QTest::newRow("date in wrong form")
            << "stages[0].planned.start" << QJsonValue("2025/03/01")
            << "stages[0].planned.start: expected date YYYY-MM-DD, found \"2025/03/01\"";
        QTest::newRow("impossible date")
            << "stages[0].planned.start" << QJsonValue("2025-02-30")
            << "stages[0].planned.start: expected date YYYY-MM-DD, found \"2025-02-30\"";
        QTest::newRow("planned missing")
            << "stages[1].planned" << remove << "stages[1].planned: required key is missing";
        QTest::newRow("nodes not an array")
            << "stages[0].nodes" << QJsonValue("*") << "stages[0].nodes: expected array";
        QTest::newRow("empty node pattern")
            << "stages[0].nodes" << QJsonValue(QJsonArray{"A_*", ""})
            << "stages[0].nodes[1]: expected a non-empty node-name pattern (string)";
        QTest::newRow("duplicate stage")
            << "stages[2].id" << QJsonValue("foundation")
            << "stages[2].id: duplicate id \"foundation\" (first used at stages[0].id)";
        QTest::newRow("currency not ISO")
            << "development.currency" << QJsonValue("euro")
            << "development.currency: expected an ISO 4217 code such as \"EUR\", found \"euro\"";
        QTest::newRow("development name missing")
            << "development.name" << remove << "development.name: required key is missing";
        QTest::newRow("latitude out of range")
            << "development.latitude" << QJsonValue(123)
            << "development.latitude: expected number between -90 and 90, found 123";
        QTest::newRow("longitude without latitude")
            << "development.latitude" << remove << "development.latitude: required when longitude is given";
        QTest::newRow("completion not a date") << "development.completion" << QJsonValue(2027)
                                               << "development.completion: expected date YYYY-MM-DD";
        QTest::newRow("development not an object")
            << "development" << QJsonValue("Harbour") << "development: expected object";
        // What the timeline shows first: only the two values it knows, both named in the error.
        QTest::newRow("firstView unknown")
            << "development.firstView" << QJsonValue("tomorrow")
            << "development.firstView: expected \"finished\" or \"today\", found \"tomorrow\"";
        QTest::newRow("schema 2") << "schema" << QJsonValue(2)
                                  << "schema: unsupported schema version 2 (this Showroom reads schema 1)";
        QTest::newRow("schema as string") << "schema" << QJsonValue("1") << "schema: expected integer";
        QTest::newRow("schema missing") << "schema" << remove << "schema: required key is missing";
        QTest::newRow("model escapes") << "model" << QJsonValue("../../etc/passwd")
                                       << "model: path \"../../etc/passwd\" leaves the package folder";
        QTest::newRow("model escapes after a folder")
            << "model" << QJsonValue("models/../../x.glb")
            << "model: path \"models/../../x.glb\" leaves the package folder";
        QTest::newRow("model absolute")
            << "model" << QJsonValue("/etc/passwd")
            << "model: absolute path \"/etc/passwd\" not allowed; paths are relative to the package folder";
        QTest::newRow("model with backslashes")
            << "model" << QJsonValue("models\\site.glb")
            << "model: path \"models\\site.glb\" uses backslashes; write paths with \"/\"";
        QTest::newRow("model missing file") << "model" << QJsonValue("models/missing.glb")
                                            << "model: model file \"models/missing.glb\" not found";
        QTest::newRow("model is a folder")
            << "model" << QJsonValue("models") << "model: path \"models\" is a folder, expected a file";
        QTest::newRow("interior missing file")
            << "unitTypes[0].interior" << QJsonValue("models/none.glb")
            << "unitTypes[0].interior: model file \"models/none.glb\" not found";
        QTest::newRow("plan escapes") << "units[0].plan" << QJsonValue("../plans/x.png")
                                      << "units[0].plan: path \"../plans/x.png\" leaves the package folder";
        QTest::newRow("camera position short")
            << "cameraPresets[0].position" << QJsonValue(QJsonArray{1, 2})
            << "cameraPresets[0].position: expected [x, y, z] (array of 3 numbers)";
        QTest::newRow("camera target missing")
            << "cameraPresets[0].target" << remove << "cameraPresets[0].target: required key is missing";
        QTest::newRow("camera fov out of range")
            << "cameraPresets[0].fov" << QJsonValue(200)
            << "cameraPresets[0].fov: expected number between 1 and 179, found 200";
        QTest::newRow("poi position with text")
            << "pointsOfInterest[0].position" << QJsonValue(QJsonArray{1, "2", 3})
            << "pointsOfInterest[0].position: expected [x, y, z] (array of 3 numbers)";
        QTest::newRow("palette colour")
            << "finishPalettes[0].surfaces.floor.color" << QJsonValue("brown")
            << "finishPalettes[0].surfaces.floor.color: expected colour \"#rrggbb\", found \"brown\"";
        QTest::newRow("palette roughness")
            << "finishPalettes[0].surfaces.floor.roughness" << QJsonValue(2)
            << "finishPalettes[0].surfaces.floor.roughness: expected number between 0 and 1, found 2";
        QTest::newRow("rooms not an array")
            << "unitTypes[0].rooms" << QJsonValue("Living") << "unitTypes[0].rooms: expected array";
        QTest::newRow("room not an object") << "unitTypes[0].rooms[1]" << QJsonValue("Floor_Bedroom_1")
                                            << "unitTypes[0].rooms[1]: expected object";
        QTest::newRow("room without node") << "unitTypes[0].rooms[0].node" << remove
                                           << "unitTypes[0].rooms[0].node: required key is missing";
        QTest::newRow("room name a number")
            << "unitTypes[0].rooms[0].name" << QJsonValue(3) << "unitTypes[0].rooms[0].name: expected string";
        QTest::newRow("room name empty") << "unitTypes[0].rooms[0].name" << QJsonValue("")
                                         << "unitTypes[0].rooms[0].name: expected a non-empty string";
        QTest::newRow("room node not a floor") << "unitTypes[0].rooms[1].node" << QJsonValue("Bedroom_1")
                                               << "unitTypes[0].rooms[1].node: expected a room's floor node "
                                                  "\"Floor_<room>\", found \"Bedroom_1\"";
        QTest::newRow("room listed twice")
            << "unitTypes[0].rooms[1].node" << QJsonValue("Floor_Living")
            << "unitTypes[0].rooms[1].node: duplicate node \"Floor_Living\" (first used at "
               "unitTypes[0].rooms[0].node)";
        QTest::newRow("mirrored as text")
            << "units[0].mirrored" << QJsonValue("yes") << "units[0].mirrored: expected boolean";
        QTest::newRow("surface not an object") << "finishPalettes[0].surfaces.wall" << QJsonValue("#ffffff")
                                               << "finishPalettes[0].surfaces.wall: expected object";
    }

    void oneProblem()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject manifest = fixture::validManifest();
        fixture::setAt(manifest, path, value);
        const ManifestResult r = loadWith(manifest);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors, QStringList{error});
    }

    void warningOnly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("warning");
        QTest::newRow("unknown unit key")
            << "units[1].colour" << QJsonValue("red") << "units[1].colour: unknown key (ignored)";
        QTest::newRow("unknown top-level key")
            << "generator" << QJsonValue("demo 1.0") << "generator: unknown key (ignored)";
        QTest::newRow("unknown nested key") << "stages[0].planned.note" << QJsonValue("late")
                                            << "stages[0].planned.note: unknown key (ignored)";
        QTest::newRow("missing plan image") << "units[0].plan" << QJsonValue("plans/missing.png")
                                            << "units[0].plan: image file \"plans/missing.png\" not found";
        QTest::newRow("missing texture")
            << "finishPalettes[0].surfaces.floor.texture" << QJsonValue("textures/none.jpg")
            << "finishPalettes[0].surfaces.floor.texture: image file \"textures/none.jpg\" not found";
        QTest::newRow("unknown room key") << "unitTypes[0].rooms[0].level" << QJsonValue(1)
                                          << "unitTypes[0].rooms[0].level: unknown key (ignored)";
        QTest::newRow("rooms without an interior")
            << "unitTypes[1].rooms"
            << QJsonValue(QJsonArray{QJsonObject{{"node", "Floor_Living"}, {"name", "Living"}}})
            << "unitTypes[1].rooms: given but the unit type has no \"interior\"";
        QTest::newRow("balcony area without balcony")
            << "units[0].balcony" << QJsonValue(false)
            << "units[0].balconyArea: given but \"balcony\" is not true";
    }

    void warningOnly()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, warning);
        QJsonObject manifest = fixture::validManifest();
        fixture::setAt(manifest, path, value);
        const ManifestResult r = loadWith(manifest);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.warnings, QStringList{warning});
        QCOMPARE(r.data.units.size(), 3);
    }

    void optionalKeysMayBeNullOrAbsent()
    {
        QJsonObject m = fixture::validManifest();
        for (const char *key : {"floors", "stages", "finishPalettes", "pointsOfInterest", "cameraPresets"})
            m.remove(key);
        fixture::setAt(m, "units[0].plan", QJsonValue::Null);
        fixture::setAt(m, "development.address", remove());
        const ManifestResult r = loadWith(m);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY(r.data.stages.isEmpty());
        QVERIFY(r.data.unit("A_0304")->plan.isEmpty());
    }

    void allErrorsAreCollected()
    {
        QJsonObject m = fixture::validManifest();
        fixture::setAt(m, "units[0].floor", "3");
        fixture::setAt(m, "units[1].type", "4X");
        fixture::setAt(m, "units[2].price", remove());
        fixture::setAt(m, "stages[1].planned.end", "2024-01-01");
        fixture::setAt(m, "model", "../../etc/passwd");
        fixture::setAt(m, "units[2].extra", 1);
        const ManifestResult r = loadWith(m);
        QCOMPARE(r.errors,
                 QStringList({"model: path \"../../etc/passwd\" leaves the package folder",
                              "units[0].floor: expected integer", "units[1].type: unknown unit type \"4X\"",
                              "units[2].price: required key is missing",
                              "stages[1].planned.end: 2024-01-01 is before the start 2025-07-01"}));
        QCOMPARE(r.warnings, QStringList{"units[2].extra: unknown key (ignored)"});
    }

    void symlinkOutOfThePackageIsAnError()
    {
        QTemporaryDir outside;
        QVERIFY(fixture::writeFile(outside.filePath("secret.png"), "x"));
        const QString link = QDir(packageDir()).filePath("plans/evil.png");
        QFile::remove(link);
        QVERIFY(QFile::link(outside.filePath("secret.png"), link));
        QJsonObject m = fixture::validManifest();
        fixture::setAt(m, "units[0].plan", "plans/evil.png");
        const ManifestResult r = loadWith(m);
        QFile::remove(link);
        const QString target = QFileInfo(outside.filePath("secret.png")).canonicalFilePath();
        QCOMPARE(r.errors, QStringList{"units[0].plan: path \"plans/evil.png\" resolves outside the package "
                                       "folder (symbolic link to \"" +
                                       target + "\")"});
    }

    void symlinkInsideThePackageIsFine()
    {
        const QString link = QDir(packageDir()).filePath("plans/same.png");
        QFile::remove(link);
        QVERIFY(QFile::link(QDir(packageDir()).filePath("plans/2B.png"), link));
        QJsonObject m = fixture::validManifest();
        fixture::setAt(m, "units[0].plan", "plans/same.png");
        const ManifestResult r = loadWith(m);
        QFile::remove(link);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error"); // after "<manifest path>: "
        QTest::newRow("empty") << QByteArray() << "file is empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t\n") << "file is empty";
        QTest::newRow("truncated") << QByteArray("{\n  \"schema\": 1,\n  \"development\": {")
                                   << "invalid JSON at line 3, column 19 (byte 35): unterminated object";
        QTest::newRow("trailing comma")
            << QByteArray("{\"schema\": 1,}")
            << "invalid JSON at line 1, column 15 (byte 14): object is missing after a comma";
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n", 8)
                                 << "invalid JSON at line 1, column 2 (byte 1): illegal value";
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << "expected a JSON object at the top level, found an array";
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString manifest = dir.filePath("development.json");
        QVERIFY(fixture::writeFile(manifest, bytes));
        const ManifestResult r = loadManifest(dir.path());
        QCOMPARE(r.errors, QStringList{manifest + ": " + error});
    }

    void utf8ByteOrderMarkIsAccepted()
    {
        QTemporaryDir dir;
        QVERIFY(fixture::writeReferencedFiles(dir.path()));
        QVERIFY(fixture::writeFile(dir.filePath("development.json"),
                                   "\xEF\xBB\xBF" + QJsonDocument(fixture::validManifest()).toJson()));
        const ManifestResult r = loadManifest(dir.path());
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    }

    void missingFolderAndFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath("nowhere");
        QCOMPARE(loadManifest(missing).errors, QStringList{missing + ": development folder not found"});
        QCOMPARE(loadManifest(dir.path()).errors,
                 QStringList{dir.filePath("development.json") + ": file not found"});
        QCOMPARE(loadManifest(QString()).errors, QStringList{"no development folder given"});
        QVERIFY(fixture::writeFile(dir.filePath("notes.txt"), "hello"));
        QCOMPARE(loadManifest(dir.filePath("notes.txt")).errors,
                 QStringList{dir.filePath("notes.txt") +
                             ": not a folder (expected a development package folder)"});
    }

    void manifestThatIsAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("development.json"));
        QCOMPARE(loadManifest(dir.path()).errors,
                 QStringList{dir.filePath("development.json") + ": is a folder, expected the manifest file"});
    }

    void hugeManifestIsRefusedWithoutReading()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("development.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(33 * 1024 * 1024)); // sparse: no time or disk spent
        f.close();
        QCOMPARE(loadManifest(dir.path()).errors,
                 QStringList{f.fileName() + ": file too large (33 MB; the limit is 32 MB)"});
    }

    void unreadableManifest()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files regardless of their permissions");
        QTemporaryDir dir;
        const QString path = dir.filePath("development.json");
        QVERIFY(fixture::writeFile(path, "{}"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const ManifestResult r = loadManifest(dir.path());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(path + ": cannot read ("), qPrintable(r.errors[0]));
    }

    void manifestPathMayBeGivenDirectly()
    {
        fixture::writeManifest(packageDir(), fixture::validManifest());
        const ManifestResult r = loadManifest(QDir(packageDir()).filePath("development.json"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.data.units.size(), 3);
    }

    // Random damage to a valid manifest must give errors or a result, never a crash or a hang.
    void damagedBytesNeverCrash()
    {
        const QByteArray valid = QJsonDocument(fixture::validManifest()).toJson(QJsonDocument::Compact);
        QRandomGenerator rng(4242);
        int rejected = 0;
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = valid;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(int(bytes.size())));
                switch (rng.bounded(3)) {
                case 0:
                    bytes[at] = char(rng.bounded(256));
                    break;
                case 1:
                    bytes.truncate(at);
                    break;
                default:
                    bytes.insert(at, "\"x\":[");
                    break;
                }
                if (bytes.isEmpty())
                    break;
            }
            const ManifestResult r = parseManifest(bytes, packageDir());
            if (!r.ok())
                ++rejected;
            for (const QString &e : r.errors)
                QVERIFY(!e.isEmpty());
        }
        QVERIFY(rejected > 1000); // almost every damage is noticed
    }

private:
    static QJsonValue remove() { return QJsonValue(QJsonValue::Undefined); }
};

QTEST_GUILESS_MAIN(tst_ManifestLoader)
#include "tst_manifestloader.moc"
