// The generated 5,000-unit development (showroom-demo-generator --large, target large_development) that
// the finder's scale benchmark opens: it must validate cleanly, hold 5,000 units of the demo's types in
// twenty towers, and the finder must filter it exactly as it filters the demo.
#include "core/Development.h"
#include "core/FilterExpression.h"
#include "core/ManifestLoader.h"
#include "core/UnitFilterModel.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::core;

class tst_LargeDevelopment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DevelopmentData m_data;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QProcess generator;
        generator.start(QStringLiteral(DEMO_GENERATOR), {"--large", m_dir.path()});
        QVERIFY(generator.waitForFinished(240000));
        QVERIFY2(generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 0,
                 generator.readAllStandardError().constData());
        const ManifestResult r = loadManifest(m_dir.path());
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n')));
        m_data = r.data;
    }

    void fiveThousandUnitsInTwentyTowers()
    {
        QCOMPARE(m_data.units.size(), 5000);
        QCOMPARE(m_data.buildings.size(), 20);
        for (const Building &b : m_data.buildings) {
            QCOMPARE(b.kind, QString("apartments"));
            QCOMPARE(b.floors, 25);
        }
        QSet<QString> ids, types, orientations, statuses;
        for (const Unit &u : m_data.units) {
            ids.insert(u.id);
            types.insert(u.type);
            orientations.insert(u.orientation);
            statuses.insert(statusKey(u.status));
            QCOMPARE(u.node, "Unit_" + u.id);
        }
        QCOMPARE(ids.size(), 5000);
        QCOMPARE(types, QSet<QString>({"1B", "2B", "3B"})); // the demo's apartment types
        QCOMPARE(orientations.size(), 8);                   // every aspect occurs
        QCOMPARE(statuses.size(), 3);
        QVERIFY(QFileInfo::exists(m_dir.filePath("models/site.glb")));
    }

    void theFinderFiltersItLikeTheDemo()
    {
        Development development;
        development.setData(m_data);
        UnitFilterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(development.units());
        QCOMPARE(model.count(), 5000);
        for (const char *expression :
             {"", "bedrooms>=3,orientation=S|SW,price<=450000", "floor=20..24,type=1B",
              "building=A|K|T,status=any,area>=70", "status=sold|reserved"}) {
            const FilterParseResult parsed = parseFilterExpression(QString::fromLatin1(expression), &m_data);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            model.setFilter(parsed.filter);
            const QStringList expected = matchingUnitIds(parsed.filter, m_data);
            QVERIFY2(!expected.isEmpty() && expected.size() < 5000, expression);
            QCOMPARE(model.matchingUnitIds(), expected);
            model.setSortBy("price");
            QCOMPARE(model.count(), expected.size());
            model.setSortBy(QString());
        }
    }
};

QTEST_GUILESS_MAIN(tst_LargeDevelopment)
#include "tst_largedevelopment.moc"
