// A buyer's finishes as one value: the classes on offer, the standard palette, "floor=urban,..." read
// and written back, the price difference, and the manifest keys they come from.
#include "ManifestFixture.h"
#include "core/FinishChoice.h"
#include "core/ManifestLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::core;

namespace {

Surface surface(const char *name, const char *color, double priceDelta = 0)
{
    Surface s;
    s.name = QString::fromUtf8(name);
    s.color = QColor(color);
    s.priceDelta = priceDelta;
    return s;
}

// nordic (standard, second in the list on purpose), urban and sage; only urban has a "balcony" class.
DevelopmentData developmentWithPalettes()
{
    DevelopmentData d;
    FinishPalette urban{"urban", "Urban Walnut", false, {}};
    urban.surfaces.insert("floor", surface("Dark walnut boards", "#7d5637", 2800));
    urban.surfaces.insert("kitchen", surface("Anthracite fronts", "#3b3f43", 3500));
    urban.surfaces.insert("balcony", surface("Teak decking", "#9a6b43", 1500));
    FinishPalette nordic{"nordic", "Nordic Light", true, {}};
    nordic.surfaces.insert("floor", surface("Light oak boards", "#d9c29c"));
    nordic.surfaces.insert("kitchen", surface("White matt fronts", "#f1efea"));
    nordic.surfaces.insert("wall", surface("Warm white paint", "#f4f1ea"));
    FinishPalette sage{"sage", "Stone & Sage", false, {}};
    sage.surfaces.insert("kitchen", surface("Sage green fronts", "#8d9d84", 1400));
    sage.surfaces.insert("wall", surface("Chalk white paint", "#eef0e9", -200));
    sage.surfaces.insert("aaa_cellar", surface("Painted concrete", "#999999"));
    d.finishPalettes = {urban, nordic, sage};
    return d;
}

} // namespace

class TestFinishChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::writeReferencedFiles(m_dir.path()));
    }

    void classesInRoomOrderThenSorted()
    {
        QCOMPARE(surfaceClasses(developmentWithPalettes()),
                 (QStringList{"floor", "wall", "kitchen", "aaa_cellar", "balcony"}));
        QCOMPARE(surfaceClasses(DevelopmentData{}), QStringList{});
    }

    void standardIsTheMarkedPaletteElseTheFirst()
    {
        DevelopmentData d = developmentWithPalettes();
        QCOMPARE(standardPaletteId(d), QString("nordic"));
        d.finishPalettes[1].standard = false;
        QCOMPARE(standardPaletteId(d), QString("urban"));
        QCOMPARE(standardPaletteId(DevelopmentData{}), QString());
    }

    void parsesAChoice()
    {
        QString error = "stale";
        const FinishChoice c =
            parseFinishChoice(" floor=urban , kitchen=sage", developmentWithPalettes(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(c, (FinishChoice{{"floor", "urban"}, {"kitchen", "sage"}}));
        QCOMPARE(formatFinishChoice(c), QString("floor=urban,kitchen=sage"));
    }

    void choosingTheStandardIsNoChoice()
    {
        QString error;
        const FinishChoice c =
            parseFinishChoice("floor=nordic,kitchen=urban", developmentWithPalettes(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(c, (FinishChoice{{"kitchen", "urban"}}));
        QCOMPARE(parseFinishChoice("", developmentWithPalettes(), &error), FinishChoice{});
        QCOMPARE(formatFinishChoice(FinishChoice{}), QString());
        // The standard palette has no balcony: the first palette that has one is the balcony's standard.
        QCOMPARE(parseFinishChoice("balcony=urban", developmentWithPalettes(), &error), FinishChoice{});
    }

    void parseErrorsNameWhatIsValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown class")
            << "floor=urban,ceiling=sage"
            << "finishes part 2 'ceiling=sage': unknown surface 'ceiling'; classes: "
               "floor, wall, kitchen, aaa_cellar, balcony";
        QTest::newRow("unknown palette")
            << "floor=marble"
            << "finishes part 1 'floor=marble': unknown palette 'marble' for floor; "
               "palettes: urban, nordic";
        QTest::newRow("palette without that class")
            << "wall=urban"
            << "finishes part 1 'wall=urban': unknown palette 'urban' "
               "for wall; palettes: nordic, sage";
        QTest::newRow("no equals sign") << "urban"
                                        << "finishes part 1 'urban': expected CLASS=PALETTE; classes: floor, "
                                           "wall, kitchen, aaa_cellar, balcony";
        QTest::newRow("twice") << "kitchen=urban,kitchen=nordic"
                               << "finishes part 2 'kitchen=nordic': kitchen is chosen twice";
    }

    void parseErrorsNameWhatIsValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QCOMPARE(parseFinishChoice(text, developmentWithPalettes(), &error), FinishChoice{});
        QCOMPARE(error, message);
    }

    void priceDeltaSumsTheChosenSurfaces()
    {
        const DevelopmentData d = developmentWithPalettes();
        QCOMPARE(finishPriceDelta(d, {}), 0.0);
        QCOMPARE(finishPriceDelta(d, {{"floor", "urban"}, {"kitchen", "sage"}}), 4200.0);
        QCOMPARE(finishPriceDelta(d, {{"floor", "urban"}, {"kitchen", "urban"}, {"wall", "sage"}}), 6100.0);
        // Unknown entries add nothing.
        QCOMPARE(finishPriceDelta(d, {{"floor", "marble"}, {"ceiling", "urban"}}), 0.0);
    }

    void chosenSurfaceFallsBackToStandard()
    {
        const DevelopmentData d = developmentWithPalettes();
        const FinishChoice c{{"floor", "urban"}};
        QCOMPARE(chosenSurface(d, c, "floor")->name, QString("Dark walnut boards"));
        QCOMPARE(chosenSurface(d, c, "kitchen")->name, QString("White matt fronts"));
        QCOMPARE(chosenSurface(d, c, "balcony")->name, QString("Teak decking"));
        QCOMPARE(chosenSurface(d, c, "ceiling"), nullptr);
        for (const QString &cls : surfaceClasses(d))
            QVERIFY2(chosenSurface(d, {}, cls), qPrintable(cls));
    }

    void normalizedDropsStandardAndUnknown()
    {
        const DevelopmentData d = developmentWithPalettes();
        QCOMPARE(normalizedFinishChoice(
                     d, {{"floor", "nordic"}, {"wall", "urban"}, {"kitchen", "sage"}, {"x", "y"}}),
                 (FinishChoice{{"kitchen", "sage"}}));
    }

    void manifestReadsStandardNameAndPrice()
    {
        QJsonObject manifest = minimalManifest();
        const ManifestResult r = parseManifest(QJsonDocument(manifest).toJson(), m_dir.path());
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.data.finishPalettes.size(), 2);
        QCOMPARE(r.data.finishPalettes[1].standard, true);
        QCOMPARE(r.data.finishPalettes[0].standard, false);
        QCOMPARE(standardPaletteId(r.data), QString("nordic"));
        QCOMPARE(r.data.finishPalettes[0].surfaces["floor"].name, QString("Dark walnut boards"));
        QCOMPARE(r.data.finishPalettes[0].surfaces["floor"].priceDelta, 2800.0);
        QCOMPARE(r.data.finishPalettes[1].surfaces["floor"].priceDelta, 0.0);
        QCOMPARE(r.data.finishPalettes[1].surfaces["floor"].name, QString());
    }

    void manifestRefusesTwoStandardsAndBadValues()
    {
        QJsonObject manifest = minimalManifest();
        QJsonArray palettes = manifest["finishPalettes"].toArray();
        QJsonObject urban = palettes[0].toObject();
        urban["standard"] = true;
        QJsonObject surfaces = urban["surfaces"].toObject();
        QJsonObject floor = surfaces["floor"].toObject();
        floor["priceDelta"] = "lots";
        surfaces["floor"] = floor;
        urban["surfaces"] = surfaces;
        palettes[0] = urban;
        manifest["finishPalettes"] = palettes;
        const ManifestResult r = parseManifest(QJsonDocument(manifest).toJson(), m_dir.path());
        QVERIFY(!r.ok());
        const QString all = r.errors.join('\n');
        QVERIFY2(
            all.contains("finishPalettes[1].standard: only one palette can be standard; finishPalettes[0] "
                         "already is"),
            qPrintable(all));
        QVERIFY2(all.contains("finishPalettes[0].surfaces.floor.priceDelta: expected number"),
                 qPrintable(all));
    }

private:
    QJsonObject minimalManifest() const
    {
        // The fixture's complete package with the palettes under test.
        QJsonObject manifest = fixture::validManifest();
        QJsonObject urbanFloor{{"color", "#7d5637"}, {"name", "Dark walnut boards"}, {"priceDelta", 2800}};
        manifest["finishPalettes"] = QJsonArray{
            QJsonObject{
                {"id", "urban"}, {"name", "Urban Walnut"}, {"surfaces", QJsonObject{{"floor", urbanFloor}}}},
            QJsonObject{{"id", "nordic"},
                        {"name", "Nordic Light"},
                        {"standard", true},
                        {"surfaces", QJsonObject{{"floor", QJsonObject{{"color", "#d9c29c"}}}}}}};
        return manifest;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFinishChoice)
#include "tst_finishchoice.moc"
