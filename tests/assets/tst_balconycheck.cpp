// `showroom-import check` on a package whose manifest promises balconies its site model does not have
// (docs/development-package.md, "Balconies and the balcony view"): a warning per unit, summed up after
// ten, and one per interior without a living-room window; the package still passes.
#include "FixtureWriter.h"
#include "ProgramRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::fixtures;

namespace {

ProgramRun run(const QStringList &args)
{
    return runProgram(QStringLiteral(SHOWROOM_IMPORT_EXE), args, 60000);
}

void writeJson(const QString &file, const QJsonObject &o)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

class tst_BalconyCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void balconyWithoutANodeIsAWarning()
    {
        // A package whose manifest promises balconies its model does not have: 15 units of three types
        // (an interior with a living-room window, one without, no interior at all). Only A_0001 and
        // A_0002 have a balcony / terrace node below their unit node; A_0004's sits beside it.
        const QString pkg = path(QStringLiteral("balconies"));
        QVERIFY(QDir().mkpath(pkg + QStringLiteral("/models")) &&
                QDir().mkpath(pkg + QStringLiteral("/interiors")));
        FxMaterial plaster;
        plaster.name = QStringLiteral("Plaster");
        FxScene site;
        const int material = site.addMaterial(plaster);
        const int root = site.addNode(QStringLiteral("Development"));
        const int building = site.addNode(QStringLiteral("Building_A"), root);
        const int block =
            site.addMesh(box(QStringLiteral("Block"), QVector3D(-3, 0, -4), QVector3D(3, 3, 4), material));
        const int slab = site.addMesh(
            box(QStringLiteral("Slab"), QVector3D(-1, 0, 0), QVector3D(1, 0.2f, 1.5f), material));
        QJsonArray units;
        for (int i = 1; i <= 15; ++i) {
            const QString id = QStringLiteral("A_00%1").arg(i, 2, 10, QLatin1Char('0'));
            const int unit =
                site.addNode(QStringLiteral("Unit_") + id, building, block, QVector3D(float(i) * 7, 0, 0));
            if (i == 1)
                site.addNode(id + QStringLiteral("_Balcony"), unit, slab, QVector3D(0, 0, 4));
            if (i == 2)
                site.addNode(id + QStringLiteral("_Terrace"), unit, slab, QVector3D(0, 0, 4));
            if (i == 4)
                site.addNode(id + QStringLiteral("_Balcony"), building, slab, QVector3D(28, 0, 4));
            const QString type = i == 3 || i == 4 ? QStringLiteral("NW")
                                 : i == 5         ? QStringLiteral("NI")
                                                  : QStringLiteral("WL");
            units.append(QJsonObject{{"id", id},
                                     {"building", "A"},
                                     {"floor", 0},
                                     {"type", type},
                                     {"bedrooms", 1},
                                     {"bathrooms", 1},
                                     {"area", 50},
                                     {"price", 200000},
                                     {"status", "available"},
                                     {"orientation", "S"},
                                     {"balcony", i != 15},
                                     {"node", "Unit_" + id}});
        }
        QVERIFY(writeGltf(site, pkg + QStringLiteral("/models/site.glb")));
        for (const bool window : {true, false}) {
            FxScene interior;
            const int m = interior.addMaterial(plaster);
            const int top = interior.addNode(QStringLiteral("Interior"));
            interior.addNode(QStringLiteral("Floor_Living"), top,
                             interior.addMesh(box(QStringLiteral("Floor"), QVector3D(-3, -0.05f, -4),
                                                  QVector3D(3, 0, 4), m)));
            if (window)
                interior.addNode(QStringLiteral("Window_Living"), top,
                                 interior.addMesh(box(QStringLiteral("Glass"), QVector3D(-1, 0.6f, 3.9f),
                                                      QVector3D(1, 2.4f, 4), m)));
            QVERIFY(writeGltf(interior, pkg + (window ? QStringLiteral("/interiors/window.glb")
                                                      : QStringLiteral("/interiors/nowindow.glb"))));
        }
        const QJsonObject manifest{
            {"schema", 1},
            {"development", QJsonObject{{"id", "balconies"}, {"name", "Balconies"}, {"currency", "EUR"}}},
            {"model", "models/site.glb"},
            {"buildings",
             QJsonArray{QJsonObject{{"id", "A"}, {"name", "A"}, {"floors", 1}, {"node", "Building_A"}}}},
            {"unitTypes",
             QJsonArray{
                 QJsonObject{{"id", "WL"}, {"name", "With window"}, {"interior", "interiors/window.glb"}},
                 QJsonObject{{"id", "NW"}, {"name", "No window"}, {"interior", "interiors/nowindow.glb"}},
                 QJsonObject{{"id", "NI"}, {"name", "No interior"}}}},
            {"units", units}};
        writeJson(pkg + QStringLiteral("/development.json"), manifest);

        const ProgramRun r = run({QStringLiteral("check"), pkg});
        QCOMPARE(r.code, 0); // warnings only
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString line =
            QStringLiteral("warning: unit %1: development.json says it has a balcony, but the site model "
                           "has no node %1_Balcony or %1_Terrace; the balcony view will stand at its %2");
        QStringList balconyLines;
        for (const QString &l : lines)
            if (l.contains(QLatin1String("says it has a balcony")))
                balconyLines << l;
        QCOMPARE(balconyLines.size(), 10); // A_0003 .. A_0012; A_0013 and A_0014 summed up
        QCOMPARE(balconyLines.first(), line.arg(QStringLiteral("A_0003"), QStringLiteral("facade centre")));
        QVERIFY2(lines.contains(line.arg(QStringLiteral("A_0004"), QStringLiteral("facade centre"))),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(line.arg(QStringLiteral("A_0005"), QStringLiteral("facade centre"))),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(line.arg(QStringLiteral("A_0006"), QStringLiteral("living-room window"))),
                 qPrintable(r.out));
        QCOMPARE(balconyLines.last(),
                 line.arg(QStringLiteral("A_0012"), QStringLiteral("living-room window")));
        QVERIFY2(lines.contains(
                     QStringLiteral("warning: ... and 2 more units with \"balcony\": true and no balcony "
                                    "node in the site model")),
                 qPrintable(r.out));
        QVERIFY2(lines.contains(
                     QStringLiteral("warning: unitTypes[1].interior: interiors/nowindow.glb has no node "
                                    "Window_Living; units of type NW without a balcony node have their "
                                    "balcony view at the facade centre")),
                 qPrintable(r.out));
        QCOMPARE(r.out.count(QLatin1String("has no node Window_Living")), 1);
        QVERIFY2(!r.out.contains(QLatin1String("unit A_0001:")) &&
                     !r.out.contains(QLatin1String("unit A_0002:")) &&
                     !r.out.contains(QLatin1String("unit A_0015:")),
                 qPrintable(r.out));
        QVERIFY2(lines.last().startsWith(QStringLiteral("OK: %1: 15 units").arg(pkg)), qPrintable(r.out));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_BalconyCheck)
#include "tst_balconycheck.moc"
