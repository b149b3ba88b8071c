// UnitModel and the other Development models: roles a card shows, prices in the development's currency,
// lookups, and a clean reset when a new development is applied.
#include "ManifestFixture.h"
#include "core/Development.h"
#include "core/DisplayText.h"
#include "core/ManifestLoader.h"
#include "core/UnitFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace showroom::core;

namespace {
DevelopmentData fixtureData(const QString &dir)
{
    ManifestResult r = parseManifest(QJsonDocument(fixture::validManifest()).toJson(), dir);
    if (!r.ok())
        qFatal("fixture does not validate: %s", qPrintable(r.errors.join('\n')));
    return r.data;
}
} // namespace

class tst_UnitModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::writeReferencedFiles(m_dir.path()));
    }

    void modelsPassTheModelTester()
    {
        Development dev;
        QAbstractItemModelTester t1(dev.units(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(dev.buildings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(dev.stages(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(dev.pointsOfInterest(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(dev.cameraPresets(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(dev.finishPalettes(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        dev.setData(fixtureData(m_dir.path()));
        dev.stages()->setReferenceDate(QDate(2026, 1, 1));
        dev.setData(DevelopmentData());
        dev.setData(fixtureData(m_dir.path()));
        QCOMPARE(dev.units()->rowCount(), 3);
    }

    void unitRoles()
    {
        Development dev;
        dev.setLocale(QLocale(QLocale::English, QLocale::Ireland));
        dev.setData(fixtureData(m_dir.path()));
        UnitModel *m = dev.units();
        const int row = m->indexOfUnit("A_0304");
        QCOMPARE(row, 0);
        const QModelIndex i = m->index(row, 0);
        QCOMPARE(m->data(i, UnitModel::UnitIdRole).toString(), QString("A_0304"));
        QCOMPARE(m->data(i, UnitModel::BuildingIdRole).toString(), QString("A"));
        QCOMPARE(m->data(i, UnitModel::FloorRole).toInt(), 3);
        QCOMPARE(m->data(i, UnitModel::TypeIdRole).toString(), QString("2B"));
        QCOMPARE(m->data(i, UnitModel::BedroomsRole).toInt(), 2);
        QCOMPARE(m->data(i, UnitModel::BathroomsRole).toInt(), 2);
        QCOMPARE(m->data(i, UnitModel::AreaRole).toDouble(), 78.5);
        QCOMPARE(m->data(i, UnitModel::PriceRole).toDouble(), 385000.0);
        QCOMPARE(m->data(i, UnitModel::StatusRole).toString(), QString("available"));
        QCOMPARE(m->data(i, UnitModel::OrientationRole).toString(), QString("SW"));
        QCOMPARE(m->data(i, UnitModel::BalconyRole).toBool(), true);
        QCOMPARE(m->data(i, UnitModel::BalconyAreaRole).toDouble(), 8.5);
        QCOMPARE(m->data(i, UnitModel::PlanRole).toString(), QString("plans/A_0304.png"));
        QCOMPARE(m->data(i, UnitModel::PlanUrlRole).toUrl(),
                 QUrl::fromLocalFile(QFileInfo(m_dir.path()).canonicalFilePath() + "/plans/A_0304.png"));
        QCOMPARE(m->data(i, UnitModel::NodeRole).toString(), QString("Unit_A_0304"));
        QCOMPARE(m->data(i, UnitModel::PriceTextRole).toString(), QString("€385,000"));
        QCOMPARE(m->data(i, UnitModel::StatusTextRole).toString(), QString("Available"));
        QCOMPARE(m->data(i, UnitModel::AreaTextRole).toString(), QString("78.5 m²"));
        QCOMPARE(m->data(i, UnitModel::BuildingNameRole).toString(), QString("Building A"));
        QCOMPARE(m->data(i, UnitModel::TypeNameRole).toString(), QString("Two-bedroom apartment"));
        QCOMPARE(m->data(i, UnitModel::FloorLabelRole).toString(), QString("Floor 3"));
        QCOMPARE(m->data(i, UnitModel::AvailableRole).toBool(), true);

        const QModelIndex reserved = m->index(m->indexOfUnit("A_0001"), 0);
        QCOMPARE(m->data(reserved, UnitModel::FloorLabelRole).toString(),
                 QString("Garden level")); // floors[].name
        QCOMPARE(m->data(reserved, UnitModel::StatusTextRole).toString(), QString("Reserved"));
        QCOMPARE(m->data(reserved, UnitModel::PriceTextRole).toString(), QString("€265,000.50"));
        QCOMPARE(m->data(reserved, UnitModel::AvailableRole).toBool(), false);
        const QModelIndex townhouse = m->index(m->indexOfUnit("T_0001"), 0);
        QCOMPARE(m->data(townhouse, UnitModel::FloorLabelRole).toString(), QString("Ground floor"));
        QCOMPARE(m->data(townhouse, UnitModel::AreaTextRole).toString(), QString("121.3 m²"));
        QCOMPARE(m->data(townhouse, UnitModel::PlanUrlRole).toUrl(), QUrl());
        QCOMPARE(m->indexOfUnit("Z_9999"), -1);
        QVERIFY(m->roleNames().values().contains("priceText"));
    }

    void priceFollowsLocaleAndCurrency()
    {
        QCOMPARE(formatPrice(385000, "EUR", QLocale(QLocale::German, QLocale::Germany)),
                 QString::fromUtf8("385.000\u00a0€"));
        QCOMPARE(formatPrice(385000, "EUR", QLocale(QLocale::English, QLocale::Ireland)),
                 QString("€385,000"));
        QCOMPARE(formatPrice(1250000, "GBP", QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QString("£1,250,000"));
        // A currency foreign to the display locale still gets its own symbol.
        QCOMPARE(formatPrice(99, "GBP", QLocale(QLocale::English, QLocale::Ireland)), QString("£99"));
        QCOMPARE(currencySymbol("XYZ"), QString("XYZ"));

        Development dev;
        dev.setLocale(QLocale(QLocale::German, QLocale::Germany));
        dev.setData(fixtureData(m_dir.path()));
        QCOMPARE(dev.formatPrice(385000), QString::fromUtf8("385.000\u00a0€"));
        QCOMPARE(dev.units()->data(dev.units()->index(0, 0), UnitModel::PriceTextRole).toString(),
                 QString::fromUtf8("385.000\u00a0€"));
    }

    void getAndUnitReturnCardMaps()
    {
        Development dev;
        dev.setData(fixtureData(m_dir.path()));
        const QVariantMap card = dev.unit("T_0001");
        QCOMPARE(card.value("id").toString(), QString("T_0001"));
        QCOMPARE(card.value("unitId").toString(), QString("T_0001"));
        QCOMPARE(card.value("status").toString(), QString("sold"));
        QCOMPARE(card.value("buildingName").toString(), QString("The Terrace"));
        QCOMPARE(card.value("bedrooms").toInt(), 3);
        QVERIFY(dev.unit("nope").isEmpty());
        QCOMPARE(dev.units()->get(1).value("unitId").toString(), QString("A_0001"));
        QVERIFY(dev.units()->get(3).isEmpty());
        QVERIFY(dev.units()->get(-1).isEmpty());
    }

    void setDataResetsModelsAndNotifies()
    {
        Development dev;
        QCOMPARE(dev.isLoaded(), false);
        QCOMPARE(dev.units()->count(), 0);
        QSignalSpy reset(dev.units(), &QAbstractItemModel::modelReset);
        QSignalSpy count(dev.units(), &DevelopmentListModel::countChanged);
        QSignalSpy changed(&dev, &Development::developmentChanged);
        dev.setData(fixtureData(m_dir.path()));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(dev.isLoaded());
        QCOMPARE(dev.name(), QString("Harbour Gardens"));
        QCOMPARE(dev.unitCount(), 3);
        QCOMPARE(dev.availableCount(), 1);
        QCOMPARE(dev.currency(), QString("EUR"));
        QCOMPARE(dev.completionDate(), QDate(2027, 6, 30));
        QCOMPARE(dev.modelUrl(), QUrl::fromLocalFile(dev.modelPath()));
        QCOMPARE(dev.buildings()->count(), 2);
        QCOMPARE(dev.buildings()->get(0).value("unitCount").toInt(), 2);
        QCOMPARE(dev.buildings()->get(0).value("availableCount").toInt(), 1);

        // A second development with fewer units replaces everything.
        DevelopmentData smaller = fixtureData(m_dir.path());
        smaller.development.name = "Smaller";
        smaller.units.removeLast();
        smaller.units[0].status = UnitStatus::Sold;
        dev.setData(smaller);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(count.size(), 2);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(dev.name(), QString("Smaller"));
        QCOMPARE(dev.units()->count(), 2);
        QCOMPARE(dev.availableCount(), 0);
        QCOMPARE(dev.units()->indexOfUnit("T_0001"), -1);
        QCOMPARE(dev.unitIdForNode("Unit_T_0001"), QString());
    }

    void nodesMapToUnitsAndStages()
    {
        Development dev;
        dev.setData(fixtureData(m_dir.path()));
        QCOMPARE(dev.unitIdForNode("Unit_A_0304"), QString("A_0304"));
        QCOMPARE(dev.unitIdForNode("Unit_A_0304_Glass"), QString()); // exact names only
        QCOMPARE(dev.unitIdForNode(""), QString());
        QCOMPARE(dev.stageForNode("A_Foundation_Slab"), QString("foundation"));
        QCOMPARE(dev.stageForNode("Balcony_Rail", {"Unit_A_0304", "Building_A"}), QString("structure"));
        QCOMPARE(dev.stageForNode("Site_Ground"), QString("landscape"));
        QCOMPARE(dev.stageForNode("Sky"), QString());
    }

    void stageStatesFollowReferenceDate()
    {
        Development dev;
        dev.setData(fixtureData(m_dir.path()));
        StageModel *s = dev.stages();
        QSignalSpy changed(s, &QAbstractItemModel::dataChanged);
        QSignalSpy current(s, &StageModel::currentIndexChanged);
        s->setReferenceDate(QDate(2025, 1, 1));
        QCOMPARE(s->get(0).value("state").toString(), QString("planned"));
        QCOMPARE(s->currentIndex(), -1);
        s->setReferenceDate(QDate(2025, 7, 15)); // last day of foundations
        QCOMPARE(s->stateOf("foundation"), QString("inProgress"));
        QCOMPARE(s->currentIndex(), 0);
        s->setReferenceDate(QDate(2025, 8, 1));
        QCOMPARE(s->stateOf("foundation"), QString("done"));
        QCOMPARE(s->stateOf("structure"), QString("inProgress"));
        QCOMPARE(s->get(1).value("stateText").toString(), QString("In progress"));
        QCOMPARE(s->stateOf("landscape"), QString("planned"));
        QCOMPARE(s->currentIndex(), 1);
        // Structure started but has no actual end: never shown as done, even long after its plan.
        s->setReferenceDate(QDate(2030, 1, 1));
        QCOMPARE(s->stateOf("structure"), QString("inProgress"));
        QCOMPARE(s->stateOf("landscape"), QString("done"));
        QCOMPARE(s->currentIndex(), 2);
        QCOMPARE(s->stateOf("nope"), QString());
        QVERIFY(changed.size() >= 3);
        QVERIFY(current.size() >= 3);
        QVERIFY(!s->get(2).value("actualStart").isValid());
        QCOMPARE(s->get(0).value("actualEnd").toDate(), QDate(2025, 7, 15));
    }

    void filterAndSort()
    {
        Development dev;
        dev.setLocale(QLocale(QLocale::English, QLocale::Ireland));
        DevelopmentData data = fixtureData(m_dir.path());
        Unit extra = data.units[0];
        extra.id = "A_0502";
        extra.node = "Unit_A_0502";
        extra.floor = 5;
        extra.price = 455000;
        extra.bedrooms = 3;
        data.units << extra;
        dev.setData(data);

        UnitFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&filter, &UnitFilterModel::countChanged);
        filter.setSourceModel(dev.units());
        QCOMPARE(filter.count(), 4);
        const auto ids = [&] {
            QStringList list;
            for (int i = 0; i < filter.rowCount(); ++i)
                list << filter.get(i).value("unitId").toString();
            return list;
        };
        QCOMPARE(ids(), QStringList({"A_0304", "A_0001", "T_0001", "A_0502"})); // manifest order

        filter.setBuilding("A");
        QCOMPARE(ids(), QStringList({"A_0304", "A_0001", "A_0502"}));
        filter.setAvailableOnly(true);
        QCOMPARE(ids(), QStringList({"A_0304", "A_0502"}));
        filter.setMinBedrooms(3);
        QCOMPARE(ids(), QStringList{"A_0502"});
        QCOMPARE(filter.get(0).value("priceText").toString(), QString("€455,000"));
        filter.setMinBedrooms(0);
        filter.setMaxPrice(400000);
        QCOMPARE(ids(), QStringList{"A_0304"});
        filter.setMaxPrice(0);
        filter.setAvailableOnly(false);
        filter.setBuilding(QString());
        QVERIFY(count.size() >= 5);

        filter.setSortBy("price");
        QCOMPARE(ids(), QStringList({"A_0001", "A_0304", "A_0502", "T_0001"}));
        filter.setDescending(true);
        QCOMPARE(ids(), QStringList({"T_0001", "A_0502", "A_0304", "A_0001"}));
        filter.setSortBy("area");
        QCOMPARE(ids().first(), QString("T_0001"));
        filter.setSortBy(QString());
        QCOMPARE(ids(), QStringList({"A_0304", "A_0001", "T_0001", "A_0502"}));

        // A reload flows through the filter.
        filter.setBuilding("T");
        QCOMPARE(filter.count(), 1);
        data.units.removeAt(2);
        dev.setData(data);
        QCOMPARE(filter.count(), 0);
        QVERIFY(filter.get(0).isEmpty());
    }

    void otherModels()
    {
        Development dev;
        dev.setData(fixtureData(m_dir.path()));
        QCOMPARE(dev.pointsOfInterest()->get(0).value("position").value<QVector3D>(),
                 QVector3D(10, 0, -5.5f));
        QCOMPARE(dev.pointsOfInterest()->get(0).value("name").toString(), QString("Playground"));
        QCOMPARE(dev.cameraPresets()->get(0).value("target").value<QVector3D>(), QVector3D(0, 0, 0));
        QCOMPARE(dev.cameraPresets()->get(0).value("fov").toDouble(), 45.0);
        const QVariantMap surfaces = dev.finishPalettes()->get(0).value("surfaces").toMap();
        QCOMPARE(surfaces.value("floor").toMap().value("color").value<QColor>(), QColor("#a0522d"));
        QVERIFY(surfaces.value("floor")
                    .toMap()
                    .value("textureUrl")
                    .toUrl()
                    .toLocalFile()
                    .endsWith("textures/oak.jpg"));
        QCOMPARE(dev.buildings()->indexOfBuilding("T"), 1);
    }
};

QTEST_GUILESS_MAIN(tst_UnitModel)
#include "tst_unitmodel.moc"
