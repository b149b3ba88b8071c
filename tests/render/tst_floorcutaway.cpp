// The floor cut-away in real frames (the demo in the real Main.qml under Xvfb, see SiteWindow): a middle
// floor's units are seen from above with their numbers, status colours tell available from sold and can
// be switched off, and tapping a roof frames its building. Each test starts from the overview.
#include "SiteWindow.h"

#include <QStandardPaths>
#include <QTest>

using namespace showroom;
using testing::itemNamed;
using testing::itemsNamedLike;
using testing::meanOf;
using testing::pixelsIn;

class tst_FloorCutaway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_w.open(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
        m_window = m_w.window();
    }
    void init() { QVERIFY(m_w.reset()); }
    void cutAwayShowsAMiddleFloorFromAbove();
    void statusColoursDifferAndSwitchOff();
    void tappingABuildingsRoofFramesTheBuilding();

private:
    testing::SiteWindow m_w;
    QQuickWindow *m_window = nullptr;
    core::UnitSelection &selection() { return m_w.services().selection(); }
    shell::Navigation &navigation() { return m_w.services().navigation(); }
    scene::SiteModel &site() { return m_w.services().site(); }
};

void tst_FloorCutaway::cutAwayShowsAMiddleFloorFromAbove()
{
    const QString building = QStringLiteral("A");
    const QVariantList floors = site().floorsOf(building);
    QVERIFY(floors.size() >= 5);
    const int middle = floors.at(floors.size() / 2).toInt();
    QVERIFY(navigation().showFloor(building, middle, QStringLiteral("test")));
    QVERIFY(m_w.settle());
    const QImage cut = m_w.grab();
    if (qEnvironmentVariableIsSet("SHOWROOM_RENDER_OUT"))
        cut.save(qEnvironmentVariable("SHOWROOM_RENDER_OUT") + ".cut.png");

    // Each of the floor's units is seen from above: the pick at its label's spot finds it (nothing of
    // the floors above is in the way), and its number is on screen.
    const QStringList units = site().unitsOnFloor(building, middle);
    QVERIFY(units.size() >= 3);
    const qreal top = site().floorTop(building, middle);
    int seen = 0;
    for (const QString &id : units) {
        QQuickItem *label = nullptr;
        QTRY_VERIFY2((label = itemNamed(m_window->contentItem(), QStringLiteral("unitLabel_") + id)) &&
                         label->isVisible(),
                     qPrintable(id + " has no visible label"));
        const QVector3D c = site().unitCenter(id);
        const QPoint spot = m_w.sceneOnScreen(QVector3D(c.x(), float(top), c.z()));
        const QPoint beside = spot + QPoint(0, int(label->height())); // just below the label
        if (m_w.call("unitAt", beside.x(), beside.y()).toString() == id)
            ++seen;
    }
    QVERIFY2(seen >= units.size() * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2 units picked from above").arg(seen).arg(units.size())));

    // The same camera without the cut shows the floors above there instead: the frame differs where the
    // floor's units are.
    const QVector3D target = m_w.services().camera().target();
    const qreal yaw = m_w.services().camera().yaw(), pitch = m_w.services().camera().pitch(),
                distance = m_w.services().camera().distance();
    QVERIFY(navigation().showBuilding(building, QStringLiteral("test")));
    m_w.services().camera().setView(yaw, pitch, distance, false);
    m_w.services().camera().focus(target);
    QVERIFY(m_w.settle());
    const QImage whole = m_w.grab();
    int differ = 0, compared = 0;
    for (const QString &id : units) {
        const QVector3D c = site().unitCenter(id);
        const QPoint p = m_w.sceneOnScreen(QVector3D(c.x(), float(top), c.z())) + QPoint(0, 24);
        if (!cut.rect().contains(p))
            continue;
        ++compared;
        const QColor a(cut.pixel(p)), b(whole.pixel(p));
        if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) >
            30)
            ++differ;
    }
    QVERIFY2(compared >= 3 && differ >= compared / 2,
             qPrintable(QStringLiteral("%1 of %2 spots differ").arg(differ).arg(compared)));
}

void tst_FloorCutaway::statusColoursDifferAndSwitchOff()
{
    // From above on a floor that has an available and a sold or reserved unit.
    const QString building = QStringLiteral("A");
    QString available, taken;
    int floor = -1;
    for (const QVariant &f : site().floorsOf(building)) {
        available.clear(), taken.clear();
        for (const QString &id : site().unitsOnFloor(building, f.toInt())) {
            const core::Unit *u = m_w.services().development().data().unit(id);
            if (u->status == core::UnitStatus::Available && available.isEmpty())
                available = id;
            else if (u->status == core::UnitStatus::Sold && taken.isEmpty())
                taken = id;
        }
        if (!available.isEmpty() && !taken.isEmpty()) {
            floor = f.toInt();
            break;
        }
    }
    QVERIFY2(floor >= 0, "the demo has a floor with an available and a sold unit");
    QVERIFY(navigation().showFloor(building, floor, QStringLiteral("test")));
    QVERIFY(m_w.settle());

    const qreal top = site().floorTop(building, floor);
    auto topFace = [&](const QString &id) {
        const QVector3D c = site().unitCenter(id), s = site().unitSize(id);
        return QRect(m_w.sceneOnScreen(QVector3D(c.x() - s.x() / 4, float(top), c.z() - s.z() / 4)),
                     m_w.sceneOnScreen(QVector3D(c.x() + s.x() / 4, float(top), c.z() + s.z() / 4)))
            .normalized();
    };
    QList<QRect> labels;
    for (QQuickItem *item : itemsNamedLike(m_window->contentItem(), QStringLiteral("unitLabel_")))
        if (item->isVisible())
            labels << item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect();

    const QImage tinted = m_w.grab();
    const auto green = pixelsIn(tinted, topFace(available), labels);
    const auto red = pixelsIn(tinted, topFace(taken), labels);
    QVERIFY2(green.size() >= 10 && red.size() >= 10,
             qPrintable(QStringLiteral("%1 / %2 pixels").arg(green.size()).arg(red.size())));
    // Available reads green, sold reads red.
    QVERIFY2(
        meanOf(green, qGreen) > meanOf(green, qRed) + 8,
        qPrintable(QStringLiteral("available %1 %2").arg(meanOf(green, qRed)).arg(meanOf(green, qGreen))));
    QVERIFY2(meanOf(red, qRed) > meanOf(red, qGreen) + 8,
             qPrintable(QStringLiteral("sold %1 %2").arg(meanOf(red, qRed)).arg(meanOf(red, qGreen))));

    // Switched off, the two units look alike again (same facade), neither green nor red.
    navigation().setStatusColoursShown(false);
    QVERIFY(m_w.settle());
    QTest::qWait(100);
    const QImage plain = m_w.grab();
    const auto a = pixelsIn(plain, topFace(available), labels), b = pixelsIn(plain, topFace(taken), labels);
    QVERIFY(std::abs(meanOf(a, qGreen) - meanOf(b, qGreen)) < 12);
    QVERIFY(std::abs(meanOf(a, qRed) - meanOf(b, qRed)) < 12);
}

void tst_FloorCutaway::tappingABuildingsRoofFramesTheBuilding()
{
    // The middle of building A's roof, seen from the overview camera: no unit there, only the roof.
    const QVector3D min = site().buildingBoundsMin("A"), max = site().buildingBoundsMax("A");
    const QPoint roof =
        m_w.sceneOnScreen(QVector3D((min.x() + max.x()) / 2, max.y() + 0.4f, (min.z() + max.z()) / 2));
    QVERIFY(QRect(QPoint(0, 0), m_window->size()).contains(roof));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, roof);
    QTRY_COMPARE(int(navigation().mode()), int(shell::Navigation::Building));
    QCOMPARE(navigation().buildingId(), QStringLiteral("A"));
    QVERIFY(!selection().hasSelection());
    QVERIFY(m_w.settle());
    auto *page = itemNamed(m_window->contentItem(), QStringLiteral("buildingPage"));
    QVERIFY(page && page->isVisible());
    QVERIFY(!itemNamed(m_window->contentItem(), QStringLiteral("overviewPage")));
    // The camera now looks at building A from close by.
    const QVector3D target = m_w.services().camera().target();
    QVERIFY(target.x() > min.x() && target.x() < max.x() && target.z() > min.z() && target.z() < max.z());
}

QTEST_MAIN(tst_FloorCutaway)
#include "tst_floorcutaway.moc"
