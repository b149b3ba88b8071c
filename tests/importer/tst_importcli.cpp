// showroom-import as a technical artist runs it: exit codes and the lines it prints.
#include "../assets/ProgramRun.h"
#include "BadInputs.h"
#include "FixtureWriter.h"
#include "importer/ModelImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::fixtures;

namespace {

using Run = ProgramRun;

Run run(const QStringList &args)
{
    return runProgram(QStringLiteral(SHOWROOM_IMPORT_EXE), args, 60000);
}

QJsonObject readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &file, const QJsonObject &o)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

class tst_ImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeTexture(path(QStringLiteral("concrete.png"))));
        QVERIFY(writeGltf(smallDevelopment(), path(QStringLiteral("dev.glb"))));
        QVERIFY(writeGltf(smallDevelopment(100), path(QStringLiteral("dev_cm.glb"))));
        QCOMPARE(assimpExport(path(QStringLiteral("dev_cm.glb")), path(QStringLiteral("dev_cm.fbx")), "fbxa"),
                 QString());
        QDir().mkpath(path(QStringLiteral("bad")));
        writeBadInputs(path(QStringLiteral("bad")));
        // A handful of zero-area triangles, as in a real architect's model.
        QVERIFY(writeIfcHouse(path(QStringLiteral("house_slivers.ifc")), false, 3));
        FxScene dev = smallDevelopment();
        addZeroAreaTriangles(dev.meshes[0], 3); // WallMesh, drawn by A_Structure_Wall
        QVERIFY(writeGltf(dev, path(QStringLiteral("dev_slivers.glb"))));
    }

    void info()
    {
        const Run r = run({QStringLiteral("info"), path(QStringLiteral("dev.glb"))});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        for (const char *expected :
             {"format: glTF 2.0 (binary)", "nodes: 35", "meshes: 7", "materials: 5", "triangles: 372",
              "bounds_min_m: -20.000 -0.500 -20.000", "bounds_max_m: 20.000 6.000 20.000",
              "up_axis_source: +Y (converted to +Y)", "scale_applied: 1", "warnings: 0"})
            QVERIFY2(lines.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\nin:\n") + r.out));
    }

    void infoCentimetreFbx()
    {
        const Run r = run({QStringLiteral("info"), path(QStringLiteral("dev_cm.fbx"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("\nscale_applied: 0.01\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("\nsize_m: 40.000 6.500 40.000\n")), qPrintable(r.out));
    }

    void infoWarnings()
    {
        const Run r = run({QStringLiteral("info"), path(QStringLiteral("bad/nan_some.glb"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(
            QLatin1String("warnings: 1\nwarning: dropped 1 triangles with non-finite (NaN/Inf) positions")));
    }

    void infoBadModel()
    {
        const Run r = run({QStringLiteral("info"), path(QStringLiteral("bad/garbage.glb"))});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral(
                            "showroom-import: %1: not a GLB file: it does not start with the \"glTF\" magic")
                            .arg(path(QStringLiteral("bad/garbage.glb"))));
        QVERIFY(r.out.isEmpty());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << "missing command";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("explode"), QStringLiteral("x")} << "unknown command 'explode'";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate"), QStringLiteral("x")}
            << "Unknown option 'frobnicate'";
        QTest::newRow("no path") << QStringList{QStringLiteral("info")} << "'info' needs a path";
        QTest::newRow("two paths") << QStringList{QStringLiteral("check"), QStringLiteral("a"),
                                                  QStringLiteral("b")}
                                   << "'check' takes one path, got 2";
        QTest::newRow("new without model")
            << QStringList{QStringLiteral("new"), QStringLiteral("pkg")} << "'new' needs --model MODEL";
        QTest::newRow("model on info") << QStringList{QStringLiteral("info"), QStringLiteral("--model"),
                                                      QStringLiteral("m"), QStringLiteral("x")}
                                       << "--model and --force belong to 'new'";
        QTest::newRow("name on check") << QStringList{QStringLiteral("check"), QStringLiteral("pkg"),
                                                      QStringLiteral("--name"), QStringLiteral("X")}
                                       << "--name belongs to 'new'";
        QTest::newRow("new with three paths") << QStringList{QStringLiteral("new"), QStringLiteral("a.ifc"),
                                                             QStringLiteral("pkg"), QStringLiteral("extra")}
                                              << "'new' takes MODEL and PACKAGE, got 3 paths";
        QTest::newRow("bad scale") << QStringList{QStringLiteral("info"), QStringLiteral("--scale"),
                                                  QStringLiteral("-3"), QStringLiteral("x")}
                                   << "--scale needs a positive number";
        QTest::newRow("bad up") << QStringList{QStringLiteral("info"), QStringLiteral("--up"),
                                               QStringLiteral("sideways"), QStringLiteral("x")}
                                << "--up needs one of +X -X +Y -Y +Z -Z";
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.err.contains(QLatin1Char('\n')), qPrintable(r.err)); // one line
        QVERIFY2(r.err.startsWith(QLatin1String("showroom-import: ")) && r.err.contains(message),
                 qPrintable(r.err));
    }

    void newPackageThenCheckAndCache()
    {
        const QString pkg = path(QStringLiteral("Harbour View"));
        const Run created =
            run({QStringLiteral("new"), pkg, QStringLiteral("--model"), path(QStringLiteral("dev.glb"))});
        QVERIFY2(created.code == 0, qPrintable(created.out + created.err));
        QVERIFY2(created.out.contains(QLatin1String("created: ")) &&
                     created.out.contains(QLatin1String("(3 units, 1 building, 4 stages)")),
                 qPrintable(created.out));
        QVERIFY(QFile::exists(pkg + QStringLiteral("/models/dev.glb")));
        QVERIFY(QFile::exists(pkg + QStringLiteral("/models/concrete.png")));
        const QJsonObject manifest = readJson(pkg + QStringLiteral("/development.json"));
        QCOMPARE(manifest.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(manifest.value(QStringLiteral("model")).toString(), QStringLiteral("models/dev.glb"));
        QCOMPARE(
            manifest.value(QStringLiteral("development")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("harbour-view"));
        const QJsonArray buildings = manifest.value(QStringLiteral("buildings")).toArray();
        QCOMPARE(buildings.size(), 1);
        QCOMPARE(buildings[0].toObject().value(QStringLiteral("node")).toString(),
                 QStringLiteral("Building_A"));
        QCOMPARE(buildings[0].toObject().value(QStringLiteral("floors")).toInt(), 2);
        const QJsonArray units = manifest.value(QStringLiteral("units")).toArray();
        QCOMPARE(units.size(), 3);
        QCOMPARE(units[2].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("A_0101"));
        QCOMPARE(units[2].toObject().value(QStringLiteral("floor")).toInt(), 1);
        QCOMPARE(units[2].toObject().value(QStringLiteral("node")).toString(), QStringLiteral("Unit_A_0101"));
        QStringList stageIds;
        for (const QJsonValue &s : manifest.value(QStringLiteral("stages")).toArray())
            stageIds << s.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(stageIds, (QStringList{QStringLiteral("foundation"), QStringLiteral("structure"),
                                        QStringLiteral("envelope"), QStringLiteral("landscape")}));

        const Run check = run({QStringLiteral("check"), pkg});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY2(check.out.contains(QStringLiteral("OK: %1: 3 units, 3 unit nodes, ").arg(pkg)),
                 qPrintable(check.out));

        // check already filled the cache; start from nothing to see `cache` build it.
        QVERIFY(QDir(pkg + QStringLiteral("/.cache")).removeRecursively());
        const Run cache = run({QStringLiteral("cache"), pkg});
        QVERIFY2(cache.code == 0, qPrintable(cache.out + cache.err));
        QVERIFY2(cache.out.contains(QLatin1String("cached: models/dev.glb")), qPrintable(cache.out));
        QCOMPARE(QDir(pkg + QStringLiteral("/.cache")).entryList({QStringLiteral("*.srcache")}).size(), 1);
        const Run again = run({QStringLiteral("cache"), pkg});
        QVERIFY2(again.out.contains(QLatin1String("up to date: models/dev.glb")), qPrintable(again.out));

        // Refuses to overwrite a package by accident.
        const Run twice =
            run({QStringLiteral("new"), pkg, QStringLiteral("--model"), path(QStringLiteral("dev.glb"))});
        QCOMPARE(twice.code, 1);
        QVERIFY(twice.err.contains(QLatin1String("folder exists and is not empty (use --force")));
    }

    void checkReportsProblems()
    {
        const QString pkg = path(QStringLiteral("broken"));
        QCOMPARE(run({QStringLiteral("new"), pkg, QStringLiteral("--model"), path(QStringLiteral("dev.glb"))})
                     .code,
                 0);
        QJsonObject manifest = readJson(pkg + QStringLiteral("/development.json"));
        QJsonArray units = manifest.value(QStringLiteral("units")).toArray();
        // Unit A_0002 drops out of the manifest, A_0001 points at a node the model lacks and names a
        // floor plan nobody shipped.
        QJsonObject first = units[0].toObject();
        first.insert(QStringLiteral("node"), QStringLiteral("Unit_A_9999"));
        first.insert(QStringLiteral("plan"), QStringLiteral("plans/a0001.png"));
        units[0] = first;
        units.removeAt(1);
        manifest.insert(QStringLiteral("units"), units);
        writeJson(pkg + QStringLiteral("/development.json"), manifest);

        const Run r = run({QStringLiteral("check"), pkg});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(QStringLiteral("problem: units[0].node: unit A_0001 names node "
                                               "'Unit_A_9999', which models/dev.glb does not have")),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral("problem: models/dev.glb: node 'Unit_A_0001' looks like a "
                                               "unit but no unit in development.json names it")),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(QStringLiteral("problem: models/dev.glb: node 'Unit_A_0002' looks like a "
                                               "unit but no unit in development.json names it")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("plans/a0001.png")), qPrintable(r.out));
        QCOMPARE(lines.last(), QStringLiteral("FAILED: %1: 4 problems").arg(pkg));
    }

    void zeroAreaTrianglesAreAWarning_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("warning");
        QTest::newRow("ifc")
            << "house_slivers.ifc"
            << "(1 units, 1 building, 3 stages)"
            << "warning: models/house_slivers.ifc: dropped 3 degenerate (zero-area) triangles in "
               "node 'Terrace' (harmless: they draw nothing)";
        QTest::newRow("glb")
            << "dev_slivers.glb"
            << "(3 units, 1 building, 4 stages)"
            << "warning: models/dev_slivers.glb: dropped 3 degenerate (zero-area) triangles in "
               "mesh 'WallMesh' (node 'A_Structure_Wall') (harmless: they draw nothing)";
    }

    void zeroAreaTrianglesAreAWarning()
    {
        QFETCH(QString, model);
        QFETCH(QString, created);
        QFETCH(QString, warning);
        const QString pkg = path(QStringLiteral("slivers-") + QFileInfo(model).suffix());
        const Run made = run({QStringLiteral("new"), pkg, QStringLiteral("--model"), path(model)});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
        const QStringList lines = made.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // What it created: the folder, the files, what it found, the warning, and that the package is usable.
        QVERIFY2(lines.contains(QStringLiteral("created: %1 %2").arg(pkg, created)), qPrintable(made.out));
        QVERIFY2(lines.contains(QStringLiteral("wrote: models/") + model), qPrintable(made.out));
        QVERIFY2(lines.contains(QStringLiteral("wrote: development.json")), qPrintable(made.out));
        QVERIFY2(lines.contains(warning), qPrintable(made.out));
        QVERIFY2(made.out.contains(QStringLiteral("\nOK: %1: ").arg(pkg)), qPrintable(made.out));
        QVERIFY2(!made.out.contains(QLatin1String("problem")) && !made.out.contains(QLatin1String("FAILED")),
                 qPrintable(made.out));
        QVERIFY(QFile::exists(pkg + QStringLiteral("/models/") + model));

        const Run check = run({QStringLiteral("check"), pkg});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        const QStringList checked = check.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(checked.contains(warning), qPrintable(check.out));
        QVERIFY2(checked.last().startsWith(QStringLiteral("OK: %1: ").arg(pkg)), qPrintable(check.out));
    }

    void newRefusesADamagedModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // on stdout or stderr
        QTest::newRow("NaN positions")
            << "bad/nan_some.glb" << 1
            << QStringLiteral(
                   "problem: %1: dropped 1 triangles with non-finite (NaN/Inf) positions in mesh 'Tri' "
                   "(node 'Root') (the file is damaged and part of the model may be missing: repair or "
                   "re-export it)\nFAILED: %1: 1 problem; nothing was created")
                   .arg(path(QStringLiteral("bad/nan_some.glb")));
        QTest::newRow("index out of range")
            << "bad/indices_out_of_range.glb" << 1
            << QStringLiteral(
                   "showroom-import: %1: meshes[0].primitives[0].indices[1]: index 7 is out of range (3 "
                   "vertices)")
                   .arg(path(QStringLiteral("bad/indices_out_of_range.glb")));
    }

    void newRefusesADamagedModel()
    {
        QFETCH(QString, model);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString pkg = path(QStringLiteral("damaged-") + QFileInfo(model).baseName());
        const Run r = run({QStringLiteral("new"), pkg, QStringLiteral("--model"), path(model)});
        QCOMPARE(r.code, code);
        QVERIFY2((r.out + r.err).contains(message), qPrintable(r.out + r.err));
        QVERIFY2(!QFileInfo::exists(pkg), "a package that could never pass check must not be created");
    }

    void checkReportsBadGeometryAndEscapes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("problem");
        QTest::newRow("NaN positions")
            << "nan_some.glb"
            << "problem: models/nan_some.glb: dropped 1 triangles with non-finite "
               "(NaN/Inf) positions in mesh 'Tri' (node 'Root') (the file is damaged";
        QTest::newRow("index out of range") << "indices_out_of_range.glb"
                                            << "/models/indices_out_of_range.glb: meshes[0].primitives[0]."
                                               "indices[1]: index 7 is out of range (3 vertices)";
    }

    void checkReportsBadGeometryAndEscapes()
    {
        QFETCH(QString, model);
        QFETCH(QString, problem);
        // A usable package whose model is then replaced by a damaged one.
        const QString pkg = path(QStringLiteral("replaced-") + QFileInfo(model).baseName());
        QCOMPARE(run({QStringLiteral("new"), pkg, QStringLiteral("--model"), path(QStringLiteral("dev.glb"))})
                     .code,
                 0);
        QVERIFY(QFile::copy(path(QStringLiteral("bad/") + model), pkg + QStringLiteral("/models/") + model));
        QJsonObject manifest = readJson(pkg + QStringLiteral("/development.json"));
        manifest.insert(QStringLiteral("model"), QStringLiteral("models/") + model);
        writeJson(pkg + QStringLiteral("/development.json"), manifest);
        const Run r = run({QStringLiteral("check"), pkg});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(problem), qPrintable(r.out));
        QVERIFY2(
            r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last().startsWith(QStringLiteral("FAILED: ")),
            qPrintable(r.out));

        manifest.insert(QStringLiteral("model"), QStringLiteral("../../etc/passwd"));
        writeJson(pkg + QStringLiteral("/development.json"), manifest);
        const Run escape = run({QStringLiteral("check"), pkg});
        QCOMPARE(escape.code, 1);
        QVERIFY2(escape.out.contains(QLatin1String("leaves the package folder")), qPrintable(escape.out));

        const Run missing = run({QStringLiteral("check"), path(QStringLiteral("no-such-package"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.out.contains(QLatin1String("FAILED")));
    }

    void isolatedImportMatchesInProcess()
    {
        // The import run in a child `showroom-import convert` hands back the same scene.
        showroom::importer::ImportOptions o;
        o.isolatedWorker = QStringLiteral(SHOWROOM_IMPORT_EXE);
        o.forceUpAxis = QStringLiteral("+Z");
        const auto isolated = showroom::importer::importModel(path(QStringLiteral("dev_cm.fbx")), o);
        QVERIFY2(isolated.ok(), qPrintable(isolated.error));
        o.isolatedWorker.clear();
        const auto local = showroom::importer::importModel(path(QStringLiteral("dev_cm.fbx")), o);
        QVERIFY(local.ok());
        QCOMPARE(isolated.scene.nodes.size(), local.scene.nodes.size());
        QCOMPARE(isolated.scene.triangleCount(), local.scene.triangleCount());
        QCOMPARE(isolated.scene.upAxisSource, QStringLiteral("+Z"));
        QCOMPARE(isolated.scene.scaleApplied, local.scene.scaleApplied);
        for (std::size_t i = 0; i < local.scene.nodes.size(); ++i) {
            QCOMPARE(isolated.scene.nodes[i].name, local.scene.nodes[i].name);
            QCOMPARE(isolated.scene.nodes[i].transform, local.scene.nodes[i].transform);
        }
        QVERIFY(isolated.scene.meshes.at(0).positions == local.scene.meshes.at(0).positions);

        // Errors come back with the same wording as in-process.
        o.isolatedWorker = QStringLiteral(SHOWROOM_IMPORT_EXE);
        const QString garbage = path(QStringLiteral("bad/garbage.glb"));
        QCOMPARE(showroom::importer::importModel(garbage, o).error,
                 garbage + QStringLiteral(": not a GLB file: it does not start with the \"glTF\" magic"));
    }

    void isolatedImportSurvivesAReaderCrash()
    {
        // A worker that dies the way a crashing Assimp reader does (SIGSEGV): the caller gets an error.
        const QString worker = path(QStringLiteral("crashing-worker.sh"));
        QFile script(worker);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nkill -SEGV $$\n");
        script.close();
        QVERIFY(
            script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::WriteOwner));
        showroom::importer::ImportOptions o;
        o.isolatedWorker = worker;
        const QString model = path(QStringLiteral("dev.glb"));
        const auto r = showroom::importer::importModel(model, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error,
                 model + QStringLiteral(": the model reader crashed on this file (the file is damaged or "
                                        "triggers a bug in Assimp); nothing was loaded"));
        QVERIFY(r.scene.nodes.empty());
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_ImportCli)
#include "tst_importcli.moc"
