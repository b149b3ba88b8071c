// The visitor's favourites and compare list: hearting and un-hearting homes, at most three homes side
// by side (a fourth refused politely), which facts differ and which home is best at one, a fresh start
// for each new visitor (kiosk) but not for the same visitor coming back (desktop), and the events the
// interest recorder writes for them into a real SQLite file.
#include "core/DisplayText.h"
#include "EventRows.h"
#include "shell/ShowroomServices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_FavouritesAndCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();

    void toggleHeartsAndUnhearts();
    void rowsCarryTheUnitsFacts();
    void compareHoldsAtMostThree();
    void differencesAndBest();
    void aNewKioskVisitorStartsEmpty();
    void theSameDesktopVisitorKeepsThem();
    void favouriteEventsNameTheUnit();
    void compareOpenedNamesTheUnits();

private:
    void start(const QString &mode = QStringLiteral("desktop"));
    using Row = testing::EventRow;
    QList<Row> rows(const QString &where);
    QString unitId(int i) const { return m_services->development().data().units.at(i).id; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

void tst_FavouritesAndCompare::start(const QString &mode)
{
    m_dir = std::make_unique<QTemporaryDir>();
    telemetry::Telemetry::Options options;
    options.recorder.path = m_dir->filePath("telemetry.db");
    options.deviceId = "favourites-test";
    options.watchApplication = false;
    options.mode = mode;
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
    m_services->interest().setSiteShown(true);
}

void tst_FavouritesAndCompare::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

QList<tst_FavouritesAndCompare::Row> tst_FavouritesAndCompare::rows(const QString &where)
{
    return testing::readEvents(m_services->telemetry(), m_dir->filePath("telemetry.db"), where);
}

void tst_FavouritesAndCompare::toggleHeartsAndUnhearts()
{
    start();
    shell::Favourites &favourites = m_services->favourites();
    QAbstractItemModelTester tester(&favourites, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countSpy(&favourites, &shell::Favourites::countChanged);
    QCOMPARE(favourites.count(), 0);

    QVERIFY(favourites.toggle(unitId(3)));
    QVERIFY(favourites.toggle(unitId(1)));
    QCOMPARE(favourites.count(), 2);
    QVERIFY(favourites.contains(unitId(3)));
    QCOMPARE(favourites.unitIds(), QStringList({unitId(3), unitId(1)})); // in the order hearted
    QVERIFY(!favourites.toggle(unitId(3)));                              // un-hearted
    QVERIFY(!favourites.contains(unitId(3)));
    QCOMPARE(favourites.unitIds(), QStringList({unitId(1)}));
    QVERIFY(!favourites.toggle(QStringLiteral("Z_9999"))); // unknown: nothing changes
    QCOMPARE(favourites.count(), 1);
    QCOMPARE(countSpy.count(), 3);

    favourites.toggle(unitId(2));
    favourites.clear();
    QCOMPARE(favourites.count(), 0);
    QCOMPARE(favourites.rowCount(), 0);
}

void tst_FavouritesAndCompare::rowsCarryTheUnitsFacts()
{
    start();
    shell::Favourites &favourites = m_services->favourites();
    const core::Unit *withBalcony = nullptr;
    for (const core::Unit &u : m_services->development().data().units)
        if (u.balcony && u.balconyArea > 0) {
            withBalcony = &u;
            break;
        }
    QVERIFY(withBalcony);
    favourites.toggle(withBalcony->id);
    const QVariantMap facts = favourites.get(0);
    QCOMPARE(facts.value("unitId").toString(), withBalcony->id);
    QCOMPARE(facts.value("price").toDouble(), withBalcony->price);
    QCOMPARE(facts.value("priceText").toString(), m_services->development().formatPrice(withBalcony->price));
    QCOMPARE(facts.value("areaText").toString(),
             core::formatArea(withBalcony->area, m_services->development().locale()));
    // the balcony written like the living area: one decimal, "m²"
    QCOMPARE(facts.value("balconyAreaText").toString(),
             QLocale(QLocale::English, QLocale::Ireland).toString(withBalcony->balconyArea, 'f', 1) + " m²");
    QVERIFY(facts.value("planUrl").toUrl().isLocalFile());
    QVERIFY(favourites.get(1).isEmpty());
}

void tst_FavouritesAndCompare::compareHoldsAtMostThree()
{
    start();
    shell::CompareList &list = m_services->compareList();
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refused(&list, &shell::CompareList::refused);
    QCOMPARE(list.maximum(), 3);
    QVERIFY(list.add(unitId(0)));
    QVERIFY(!list.canCompare());
    QVERIFY(list.add(unitId(1)));
    QVERIFY(list.canCompare());
    QVERIFY(list.add(unitId(1))); // already there: still there, not twice
    QCOMPARE(list.count(), 2);
    QVERIFY(list.add(unitId(2)));
    QVERIFY(!list.add(unitId(3))); // the fourth is refused, politely
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), unitId(3));
    QCOMPARE(list.unitIds(), QStringList({unitId(0), unitId(1), unitId(2)}));
    QVERIFY(!list.add(QStringLiteral("Z_9999")));
    QCOMPARE(refused.count(), 1); // an unknown home is no "list full"

    QVERIFY(list.remove(unitId(1)));
    QVERIFY(!list.remove(unitId(1)));
    QVERIFY(list.add(unitId(3))); // room again
    QCOMPARE(list.unitIds(), QStringList({unitId(0), unitId(2), unitId(3)}));
    list.clear();
    QCOMPARE(list.count(), 0);
}

void tst_FavouritesAndCompare::differencesAndBest()
{
    start();
    const auto &units = m_services->development().data().units;
    // Two homes of one type on different floors (same rooms, different prices) and one bigger home.
    const core::Unit *a = nullptr, *b = nullptr, *big = nullptr;
    for (const core::Unit &u : units) {
        if (!a && u.bedrooms == 2)
            a = &u;
        else if (!a)
            continue;
        else if (!b && u.type == a->type && u.price != a->price && u.area == a->area)
            b = &u;
        else if (!big && u.area > a->area + 5 && u.bedrooms > a->bedrooms)
            big = &u;
    }
    QVERIFY(a && b && big);
    shell::CompareList &list = m_services->compareList();
    list.add(a->id);
    QVERIFY(!list.differs("price")); // one home differs from nothing
    QVERIFY(list.bestAt("price").isEmpty());
    list.add(b->id);
    QVERIFY(list.differs("price"));
    QVERIFY(!list.differs("bedrooms"));
    QVERIFY(!list.differs("area"));
    QCOMPARE(list.bestAt("price"), a->price < b->price ? a->id : b->id);
    QVERIFY(list.bestAt("area").isEmpty()); // the same: nobody is marked
    list.add(big->id);
    QVERIFY(list.differs("bedrooms"));
    QCOMPARE(list.bestAt("area"), big->id);
    QCOMPARE(list.bestAt("bedrooms"), big->id);
    QVERIFY(list.bestAt("status").isEmpty()); // no "best" status
    QVERIFY(!list.differs("nonsense"));
}

void tst_FavouritesAndCompare::aNewKioskVisitorStartsEmpty()
{
    start(QStringLiteral("kiosk"));
    m_services->favourites().toggle(unitId(0));
    m_services->compareList().add(unitId(0));
    m_services->compareList().add(unitId(1));
    QSignalSpy removed(&m_services->favourites(), &shell::Favourites::removed);
    const QString first = m_services->telemetry().visitorId();
    m_services->telemetry().startSession(); // the next visitor at the kiosk
    QVERIFY(m_services->telemetry().visitorId() != first);
    QCOMPARE(m_services->favourites().count(), 0);
    QCOMPARE(m_services->compareList().count(), 0);
    QCOMPARE(removed.count(), 0); // not the new visitor's doing: no events
    QVERIFY(rows("name = 'favourite_removed'").isEmpty());

    m_services->favourites().toggle(unitId(2));
    m_services->telemetry().endSession("idle_timeout"); // nobody there any more
    QCOMPARE(m_services->favourites().count(), 0);
}

void tst_FavouritesAndCompare::theSameDesktopVisitorKeepsThem()
{
    start(QStringLiteral("desktop"));
    m_services->favourites().toggle(unitId(0));
    m_services->compareList().add(unitId(4));
    m_services->telemetry().endSession("idle_timeout");
    m_services->telemetry().startSession(); // the same person at the same desk
    QCOMPARE(m_services->favourites().unitIds(), QStringList({unitId(0)}));
    QCOMPARE(m_services->compareList().unitIds(), QStringList({unitId(4)}));
}

void tst_FavouritesAndCompare::favouriteEventsNameTheUnit()
{
    start();
    m_services->favourites().toggle(unitId(3));
    m_services->favourites().toggle(unitId(5));
    m_services->favourites().toggle(unitId(3));
    m_services->favourites().clear(); // the visitor empties the list: each home un-hearted
    const auto events = rows("name LIKE 'favourite_%'");
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].name, QStringLiteral("favourite_added"));
    QCOMPARE(events[0].target, "unit:" + unitId(3));
    QCOMPARE(events[1].name, QStringLiteral("favourite_added"));
    QCOMPARE(events[1].target, "unit:" + unitId(5));
    QCOMPARE(events[2].name, QStringLiteral("favourite_removed"));
    QCOMPARE(events[2].target, "unit:" + unitId(3));
    QCOMPARE(events[3].name, QStringLiteral("favourite_removed"));
    QCOMPARE(events[3].target, "unit:" + unitId(5));
    QVERIFY(!m_services->favourites().toggle("Z_9999"));
    QCOMPARE(rows("name LIKE 'favourite_%'").size(), 4);
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

void tst_FavouritesAndCompare::compareOpenedNamesTheUnits()
{
    start();
    QVERIFY(shell::targets::isWellFormed(shell::targets::compare()));
    QCOMPARE(shell::targets::compare(), QStringLiteral("compare"));
    m_services->compareList().add(unitId(2));
    m_services->compareList().add(unitId(7));
    m_services->compareList().add(unitId(9));
    m_services->navigation().showCompare("unit_card");
    const auto events = rows("name = 'compare_opened'");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].target, QStringLiteral("compare"));
    QCOMPARE(events[0].properties.value("via").toString(), QStringLiteral("unit_card"));
    QCOMPARE(events[0].properties.value("units").toStringList(),
             QStringList({unitId(2), unitId(7), unitId(9)}));
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

QTEST_GUILESS_MAIN(tst_FavouritesAndCompare)
#include "tst_favouritesandcompare.moc"
