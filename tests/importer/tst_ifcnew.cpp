// `showroom-import new MODEL.ifc PACKAGE` as a technical artist runs it on the architect's IFC: floors from
// the building storeys, stages from the element classes, and a package the app loads.
#include "../assets/ProgramRun.h"
#include "IfcStoreys.h"
#include "core/ManifestLoader.h"
#include "core/StageRules.h"
#include "importer/IfcStructure.h"
#include "importer/ModelImporter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::fixtures;

namespace {

ProgramRun run(const QStringList &args)
{
    return runProgram(QStringLiteral(SHOWROOM_IMPORT_EXE), args, 60000);
}

// Stage id per node of the imported model, resolved top-down as the app does (core::StageRules).
QHash<QString, QString> stagesOfNodes(const importer::ImportedScene &scene, const QList<core::Stage> &stages)
{
    const core::StageRules rules(stages);
    std::vector<int> resolved(scene.nodes.size(), -1);
    QHash<QString, QString> out;
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) { // parents come before their children
        const importer::Node &n = scene.nodes[i];
        resolved[i] = rules.resolve(n.name, n.parent >= 0 ? resolved[std::size_t(n.parent)] : -1);
        out.insert(n.name, rules.stageId(resolved[i]));
    }
    return out;
}

} // namespace

class tst_IfcNew : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeIfcStoreyBuilding(path(QStringLiteral("block.ifc"))));
        QVERIFY(
            writeIfcStoreyBuilding(path(QStringLiteral("block_mm.ifc")), IfcStoreyLayout::TwoStoreys, true));
        QVERIFY(writeIfcStoreyBuilding(path(QStringLiteral("flat.ifc")), IfcStoreyLayout::NoStoreys));
        QVERIFY(writeIfcStoreyBuilding(path(QStringLiteral("proxies.ifc")), IfcStoreyLayout::ProxiesOnly));
    }

    void twoStoreysGiveTwoFloorsAndStages_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("metres") << "block.ifc";
        QTest::newRow("millimetres") << "block_mm.ifc";
    }

    void twoStoreysGiveTwoFloorsAndStages()
    {
        QFETCH(QString, model);
        const QString pkg = path(QStringLiteral("pkg-") + model);
        const ProgramRun made = run({QStringLiteral("new"), path(model), pkg, QStringLiteral("--name"),
                                     QStringLiteral("Block A Homes")});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        const QStringList lines = made.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const char *expected :
             {"building: A \"Block A\" (node BlockA), 2 floors", "floor: A 0 \"Ground Floor\" at 0.00 m",
              "floor: A 1 \"First Floor\" at 3.00 m", "stage: foundation: 1 node (IfcFooting 1)",
              "stage: envelope: 5 nodes (IfcWindow 2, IfcDoor 1, IfcRoof 1, IfcSlab 1)",
              "stage: interior: 1 node (IfcFurnishingElement 1)", "stage: landscape: 1 node (IfcSite 1)",
              "not staged: IfcBuildingElementProxy 1 (no stage takes the class: they rise with the "
              "structure)"})
            QVERIFY2(lines.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\nin:\n") + made.out));
        QVERIFY2(made.out.contains(QStringLiteral("dates: planned dates are placeholders")),
                 qPrintable(made.out));
        QVERIFY2(lines.contains(QStringLiteral("wrote: models/") + model), qPrintable(made.out));

        // The app's loader takes it: two floors in elevation order with the storeys' names.
        const core::ManifestResult manifest = core::loadManifest(pkg);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join(QLatin1Char('\n'))));
        const core::DevelopmentData &data = manifest.data;
        QCOMPARE(data.development.name, QStringLiteral("Block A Homes"));
        // Where the sun study stands: the IfcSite's RefLatitude (47, 4, 15, 0), RefLongitude (15, 26, 24,
        // 500000).
        QVERIFY(data.development.hasLocation);
        QCOMPARE(data.development.latitude, 47.070833);
        QCOMPARE(data.development.longitude, 15.440139);
        QVERIFY2(lines.contains(QStringLiteral("location: latitude 47.070833, longitude 15.440139 (the "
                                               "IfcSite's RefLatitude, RefLongitude)")),
                 qPrintable(made.out));
        // Its clock: the zone of the nearest zone city (Vienna, 144 km from Graz), said so.
        QCOMPARE(data.development.timeZone, QStringLiteral("Europe/Vienna"));
        QVERIFY2(
            made.out.contains(QStringLiteral("\ntime zone: Europe/Vienna (its city is the nearest zone city "
                                             "to the site, 144 km away): check it")),
            qPrintable(made.out));
        QCOMPARE(data.development.northAngle, 0.0); // the fixture's context has no TrueNorth
        QVERIFY2(!made.out.contains(QLatin1String("north:")), qPrintable(made.out));
        QCOMPARE(data.buildings.size(), 1);
        QCOMPARE(data.buildings[0].floors, 2);
        QCOMPARE(data.buildings[0].node, QStringLiteral("BlockA"));
        QCOMPARE(data.floors.size(), 2);
        QCOMPARE(data.floors[0].level, 0);
        QCOMPARE(data.floors[0].name, QStringLiteral("Ground Floor"));
        QVERIFY(data.floors[0].hasElevation);
        QCOMPARE(data.floors[0].elevation, 0.0);
        QCOMPARE(data.floors[1].level, 1);
        QCOMPARE(data.floors[1].name, QStringLiteral("First Floor"));
        QCOMPARE(data.floors[1].elevation, 3.0);
        QCOMPARE(data.units.size(), 1);
        QCOMPARE(data.units[0].floor, 0); // the IfcSpace sits in the ground floor

        // Stages in build order, planned dates from today one after the other, for staff to replace.
        QStringList ids;
        QDate previousEnd = QDate::currentDate().addDays(-1);
        for (const core::Stage &s : data.stages) {
            ids << s.id;
            QCOMPARE(s.plannedStart, previousEnd.addDays(1));
            QVERIFY(s.plannedEnd > s.plannedStart);
            previousEnd = s.plannedEnd;
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("foundation"), QStringLiteral("structure"),
                                   QStringLiteral("envelope"), QStringLiteral("interior"),
                                   QStringLiteral("landscape")}));

        // Each stage draws something of the imported model, by the element's class.
        const importer::ImportResult imported =
            importer::importModel(pkg + QStringLiteral("/models/") + model);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const QHash<QString, QString> stageOf = stagesOfNodes(imported.scene, data.stages);
        const QHash<QString, QString> expected{
            {QStringLiteral("FootingStrip"), QStringLiteral("foundation")},
            {QStringLiteral("WallSouth"), QStringLiteral("structure")},
            {QStringLiteral("WallSouthUpper"), QStringLiteral("structure")},
            {QStringLiteral("SlabFirst"), QStringLiteral("structure")},
            {QStringLiteral("ColumnC1"), QStringLiteral("structure")},
            {QStringLiteral("Roof"), QStringLiteral("envelope")},
            {QStringLiteral("RoofMembrane"), QStringLiteral("envelope")}, // an IfcSlab, part of the roof
            {QStringLiteral("WindowGround"), QStringLiteral("envelope")},
            {QStringLiteral("FrontDoor"), QStringLiteral("envelope")},
            {QStringLiteral("KitchenIsland"), QStringLiteral("interior")},
            {QStringLiteral("Site"), QStringLiteral("landscape")},
            // No class of its own: rises with the building's structure, not with the site's landscape.
            {QStringLiteral("MysteryBox"), QStringLiteral("structure")},
            {QStringLiteral("Unit_A_0001"), QStringLiteral("structure")}};
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(stageOf.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": ") + stageOf.value(it.key())));
        QSet<QString> stagesWithGeometry;
        for (const importer::Node &n : imported.scene.nodes) {
            if (!n.meshes.empty())
                stagesWithGeometry.insert(stageOf.value(n.name));
        }
        QCOMPARE(stagesWithGeometry.size(), 5);

        const ProgramRun check = run({QStringLiteral("check"), pkg});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY2(!check.out.contains(QLatin1String("stage patterns")) &&
                     !check.out.contains(QLatin1String("matches no node")),
                 qPrintable(check.out));
    }

    void withoutStoreysOneFloorAndSaysSo()
    {
        const QString pkg = path(QStringLiteral("pkg-flat"));
        const ProgramRun made = run({QStringLiteral("new"), path(QStringLiteral("flat.ifc")), pkg});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        const QStringList lines = made.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(
                     QStringLiteral("note: no IfcBuildingStorey in the model: each building gets one floor")),
                 qPrintable(made.out));
        QVERIFY2(lines.contains(QStringLiteral("building: A \"Block A\" (node BlockA), 1 floor")),
                 qPrintable(made.out));
        const core::ManifestResult manifest = core::loadManifest(pkg);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join(QLatin1Char('\n'))));
        QCOMPARE(manifest.data.buildings[0].floors, 1);
        QVERIFY(manifest.data.floors.isEmpty());
        QCOMPARE(manifest.data.stages.size(), 5); // the classes still give the stages
        QCOMPARE(run({QStringLiteral("check"), pkg}).code, 0);
    }

    void withoutClassesEverythingInOneStage()
    {
        const QString pkg = path(QStringLiteral("pkg-proxies"));
        const ProgramRun made = run({QStringLiteral("new"), path(QStringLiteral("proxies.ifc")), pkg});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        QVERIFY2(
            made.out.contains(QStringLiteral("\nnote: no element class the stages know "
                                             "(IfcBuildingElementProxy 14): all geometry is in one stage, "
                                             "construction\n")),
            qPrintable(made.out));
        const core::ManifestResult manifest = core::loadManifest(pkg);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join(QLatin1Char('\n'))));
        QCOMPARE(manifest.data.floors.size(), 2); // the storeys still give the floors
        QCOMPARE(manifest.data.stages.size(), 1);
        const importer::ImportResult imported = importer::importModel(path(QStringLiteral("proxies.ifc")));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const QHash<QString, QString> stageOf = stagesOfNodes(imported.scene, manifest.data.stages);
        for (const importer::Node &n : imported.scene.nodes)
            QCOMPARE(stageOf.value(n.name), QStringLiteral("construction"));
        QCOMPARE(run({QStringLiteral("check"), pkg}).code, 0);
    }

    // The model context's TrueNorth turns the sun: (1,0) puts north along the model's +X, so its +Y (the
    // app's -Z) points west, bearing -90.
    void trueNorthGivesNorthAngle()
    {
        const QString model =
            variantOf(QStringLiteral("north.ifc"), {{"1.E-05,#23,$);", "1.E-05,#23,#25);"}});
        QVERIFY(!model.isEmpty());
        const importer::IfcStructure ifc = importer::readIfcStructure(model);
        QVERIFY2(ifc.error.isEmpty(), qPrintable(ifc.error));
        QVERIFY(ifc.hasTrueNorth);
        QCOMPARE(ifc.northAngle, -90.0);
        const QString pkg = path(QStringLiteral("pkg-north"));
        const ProgramRun made = run({QStringLiteral("new"), model, pkg});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        QVERIFY2(
            made.out.contains(QStringLiteral("\nnorth: northAngle -90.00 (the model context's TrueNorth)\n")),
            qPrintable(made.out));
        const core::ManifestResult manifest = core::loadManifest(pkg);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join(QLatin1Char('\n'))));
        QCOMPARE(manifest.data.development.northAngle, -90.0);

        // North 30 degrees to the left of +Y in plan: +Y is 30 degrees east of north.
        const QString turned = variantOf(QStringLiteral("turned.ifc"),
                                         {{"1.E-05,#23,$);", "1.E-05,#23,#26);\n"
                                                             "#26=IFCDIRECTION((-0.5,0.8660254));"}});
        QVERIFY(!turned.isEmpty());
        const importer::IfcStructure t = importer::readIfcStructure(turned);
        QVERIFY(t.hasTrueNorth);
        QVERIFY2(qAbs(t.northAngle - 30.0) < 1e-3, qPrintable(QString::number(t.northAngle)));
    }

    // Without RefLatitude/RefLongitude nothing is guessed: no location, no zone, and `check` warns.
    void withoutLocationNoTimeZoneAndCheckWarns()
    {
        const QString model =
            variantOf(QStringLiteral("nowhere.ifc"), {{",(47,4,15,0),(15,26,24,500000),", ",$,$,"}});
        QVERIFY(!model.isEmpty());
        const QString pkg = path(QStringLiteral("pkg-nowhere"));
        const ProgramRun made = run({QStringLiteral("new"), model, pkg});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        QVERIFY2(made.out.contains(
                     QStringLiteral("\nnote: no RefLatitude/RefLongitude on the IfcSite: no location "
                                    "and no development.timeZone")),
                 qPrintable(made.out));
        const core::ManifestResult manifest = core::loadManifest(pkg);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join(QLatin1Char('\n'))));
        QVERIFY(!manifest.data.development.hasLocation);
        QVERIFY(manifest.data.development.timeZone.isEmpty());
        const ProgramRun check = run({QStringLiteral("check"), pkg});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains(QLatin1String("no development.timeZone")), qPrintable(check.out));
    }

    // A storey without its Elevation attribute stands where its placement puts it; the reader applies an
    // imperial length unit (IfcConversionBasedUnit "FOOT") to elevations.
    void elevationsFromPlacementAndFeet()
    {
        const QString model = variantOf(
            QStringLiteral("no_elevation.ifc"),
            {{"'First Floor',$,$,#118,$,$,.ELEMENT.,3.0)", "'First Floor',$,$,#118,$,$,.ELEMENT.,$)"}});
        QVERIFY(!model.isEmpty());
        const QString pkg = path(QStringLiteral("pkg-no-elevation"));
        const ProgramRun made = run({QStringLiteral("new"), model, pkg});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        QVERIFY2(made.out.contains(QStringLiteral(
                     "\nfloor: A 1 \"First Floor\" at 3.00 m (no Elevation: from its placement)\n")),
                 qPrintable(made.out));

        const QString feet = variantOf(QStringLiteral("feet.ifc"),
                                       {{"#10=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.);",
                                         "#10=IFCCONVERSIONBASEDUNIT(#15,.LENGTHUNIT.,'FOOT',#16);\n"
                                         "#15=IFCDIMENSIONALEXPONENTS(1,0,0,0,0,0,0);\n"
                                         "#16=IFCMEASUREWITHUNIT(IFCLENGTHMEASURE(0.3048),#17);\n"
                                         "#17=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.);"}});
        QVERIFY(!feet.isEmpty());
        const importer::IfcStructure ifc = importer::readIfcStructure(feet);
        QVERIFY2(ifc.error.isEmpty(), qPrintable(ifc.error));
        QCOMPARE(ifc.metresPerUnit, 0.3048);
        QCOMPARE(ifc.storeys.size(), std::size_t(2));
        QCOMPARE(ifc.storeys[0].product.name, QStringLiteral("First Floor"));
        QCOMPARE(ifc.storeys[0].elevation, 3 * 0.3048);
        QCOMPARE(ifc.buildings.size(), std::size_t(1));
        QCOMPARE(ifc.storeys[0].product.building, 0);
    }

    // Names as architects' tools write them. STEP escapes (\X2\ UTF-16, \X\ Latin-1, '' a quote): the
    // floor's name is decoded, the stage patterns are the node names Assimp 5.2 makes of them (it drops
    // \X\ and \X2\ runs and keeps ''). Unnamed elements of different stages share one node name.
    void escapedAndSharedNames()
    {
        const QString named =
            variantOf(QStringLiteral("named.ifc"), {{"'Column C1'", R"('Col\X2\00E9\X0\ C\X\F6 ''1''')"},
                                                    {"'Ground Floor'", R"('Rez-de-chauss\X\E9e')"},
                                                    {"'Kitchen Island'", "$"},
                                                    {"'Front Door'", "$"}});
        QVERIFY(!named.isEmpty());

        const QString pkg = path(QStringLiteral("pkg-named"));
        const ProgramRun made = run({QStringLiteral("new"), named, pkg});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        QVERIFY2(
            made.out.contains(QStringLiteral("\nnote: 1 node name is shared by elements of different stages, "
                                             "each in the earliest stage: Unnamed\n")),
            qPrintable(made.out));
        QVERIFY2(!made.out.contains(QLatin1String("without a node")), qPrintable(made.out));
        const core::ManifestResult manifest = core::loadManifest(pkg);
        QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join(QLatin1Char('\n'))));
        const importer::ImportResult imported = importer::importModel(named);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const QHash<QString, QString> stageOf = stagesOfNodes(imported.scene, manifest.data.stages);
        QCOMPARE(manifest.data.floors[0].name, QString::fromUtf8("Rez-de-chauss\u00e9e"));
        QVERIFY(imported.scene.findNode(QStringLiteral("ColC''1''")) >= 0);
        QCOMPARE(stageOf.value(QStringLiteral("ColC''1''")), QStringLiteral("structure"));
        QCOMPARE(stageOf.value(QStringLiteral("Unnamed")), QStringLiteral("envelope"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("package");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // stderr, exactly
        QTest::newRow("missing file") << "nothere.ifc"
                                      << "pkg-missing" << 1 << "%1: file not found";
        QTest::newRow("not IFC") << "garbage.ifc"
                                 << "pkg-garbage" << 1
                                 << "%1: not a readable IFC 2x3 file ((line 1) expected magic token: "
                                    "ISO-10303-21;)";
        QTest::newRow("IFC4") << "ifc4.ifc"
                              << "pkg-ifc4" << 1
                              << "%1: IFC4 is not supported (Assimp reads IFC 2x3 only); export the model as "
                                 "IFC 2x3";
        QTest::newRow("package exists")
            << "block.ifc"
            << "full" << 1 << "%2: folder exists and is not empty (use --force to write into it)";
    }

    void badInput()
    {
        QFETCH(QString, model);
        QFETCH(QString, package);
        QFETCH(int, code);
        QFETCH(QString, message);
        {
            QFile garbage(path(QStringLiteral("garbage.ifc")));
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("This is a spreadsheet, honest.\n");
        }
        QVERIFY(!variantOf(QStringLiteral("ifc4.ifc"), {{"FILE_SCHEMA(('IFC2X3'))", "FILE_SCHEMA(('IFC4'))"}})
                     .isEmpty());
        QDir().mkpath(path(QStringLiteral("full")));
        {
            QFile keep(path(QStringLiteral("full/notes.txt")));
            QVERIFY(keep.open(QIODevice::WriteOnly));
            keep.write("the sales team's notes\n");
        }
        const ProgramRun r = run({QStringLiteral("new"), path(model), path(package)});
        QCOMPARE(r.code, code);
        message.replace(QLatin1String("%1"), path(model)).replace(QLatin1String("%2"), path(package));
        QCOMPARE(r.err, QStringLiteral("showroom-import: ") + message);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY(!QFile::exists(path(package) + QStringLiteral("/development.json")));
        if (package == QLatin1String("full"))
            QCOMPARE(QDir(path(package)).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // block.ifc with each (from, to) replaced, written as `name`; empty when a `from` is not in it.
    QString variantOf(const QString &name, const std::vector<std::pair<QByteArray, QByteArray>> &edits) const
    {
        QFile source(path(QStringLiteral("block.ifc")));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray text = source.readAll();
        for (const auto &[from, to] : edits) {
            if (!text.contains(from))
                return {};
            text.replace(from, to);
        }
        QFile out(path(name));
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size() ? out.fileName() : QString();
    }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_IfcNew)
#include "tst_ifcnew.moc"
