// UnitSelection: what a tap selects, what it ignores, and what a reload does to it.
#include "ManifestFixture.h"
#include "core/Development.h"
#include "core/ManifestLoader.h"
#include "core/UnitSelection.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace showroom::core;

namespace {
DevelopmentData fixtureData()
{
    ManifestResult r = parseManifest(QJsonDocument(fixture::validManifest()).toJson(), QString());
    if (!r.ok())
        qFatal("fixture does not validate: %s", qPrintable(r.errors.join('\n')));
    return r.data;
}
} // namespace

class tst_UnitSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void selectAndClear()
    {
        Development dev;
        dev.setData(fixtureData());
        UnitSelection sel;
        sel.setDevelopment(&dev);
        QSignalSpy idChanged(&sel, &UnitSelection::selectedUnitIdChanged);
        QSignalSpy unitChanged(&sel, &UnitSelection::selectedUnitChanged);
        QVERIFY(!sel.hasSelection());
        QVERIFY(sel.selectedUnit().isEmpty());

        QVERIFY(sel.select("A_0304"));
        QCOMPARE(sel.selectedUnitId(), QString("A_0304"));
        QVERIFY(sel.hasSelection());
        QCOMPARE(sel.selectedUnit().value("priceText").toString(), dev.formatPrice(385000));
        QCOMPARE(idChanged.size(), 1);
        QCOMPARE(unitChanged.size(), 1);

        QVERIFY(sel.select("A_0304")); // same again: no signal
        QCOMPARE(idChanged.size(), 1);

        QVERIFY(!sel.select("Q_9999")); // unknown: ignored
        QCOMPARE(sel.selectedUnitId(), QString("A_0304"));
        QCOMPARE(idChanged.size(), 1);

        QVERIFY(sel.select("T_0001"));
        QCOMPARE(idChanged.size(), 2);
        sel.clear();
        QCOMPARE(sel.selectedUnitId(), QString());
        QCOMPARE(idChanged.size(), 3);
        sel.clear(); // nothing to clear: no signal
        QCOMPARE(idChanged.size(), 3);

        QVERIFY(sel.select("A_0001"));
        QVERIFY(sel.select(QString())); // empty id clears
        QVERIFY(!sel.hasSelection());
    }

    void withoutDevelopmentAnyIdIsAccepted()
    {
        UnitSelection sel;
        QVERIFY(sel.select("anything"));
        QCOMPARE(sel.selectedUnitId(), QString("anything"));
        QVERIFY(sel.selectedUnit().isEmpty());
    }

    void reloadKeepsOrDropsTheSelection()
    {
        Development dev;
        dev.setData(fixtureData());
        UnitSelection sel;
        sel.setDevelopment(&dev);
        QVERIFY(sel.select("A_0001"));
        QSignalSpy idChanged(&sel, &UnitSelection::selectedUnitIdChanged);
        QSignalSpy unitChanged(&sel, &UnitSelection::selectedUnitChanged);

        DevelopmentData reserved = fixtureData();
        reserved.units[1].price = 270000;
        dev.setData(reserved); // unit still there, facts changed
        QCOMPARE(sel.selectedUnitId(), QString("A_0001"));
        QCOMPARE(idChanged.size(), 0);
        QCOMPARE(unitChanged.size(), 1);
        QCOMPARE(sel.selectedUnit().value("price").toDouble(), 270000.0);

        DevelopmentData without = fixtureData();
        without.units.removeAt(1);
        dev.setData(without); // unit gone: selection cleared
        QCOMPARE(sel.selectedUnitId(), QString());
        QCOMPARE(idChanged.size(), 1);
    }

    void settingADevelopmentDropsUnknownSelection()
    {
        UnitSelection sel;
        QVERIFY(sel.select("Z_0101"));
        Development dev;
        dev.setData(fixtureData());
        QSignalSpy devChanged(&sel, &UnitSelection::developmentChanged);
        sel.setDevelopment(&dev);
        QCOMPARE(devChanged.size(), 1);
        QCOMPARE(sel.selectedUnitId(), QString());
    }

    void developmentDestroyedFirst()
    {
        UnitSelection sel;
        {
            Development dev;
            dev.setData(fixtureData());
            sel.setDevelopment(&dev);
            QVERIFY(sel.select("A_0304"));
        }
        QCOMPARE(sel.development(), nullptr);
        QVERIFY(sel.selectedUnit().isEmpty()); // no dangling access
    }
};

QTEST_GUILESS_MAIN(tst_UnitSelection)
#include "tst_unitselection.moc"
