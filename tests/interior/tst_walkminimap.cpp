// WalkMinimap painted into an image (no window): the marker is where the visitor is, the cone looks
// where they look, rooms are drawn and named, a tap walks there, a mirrored unit's plan is mirrored.
#include "WalkTestScenes.h"

#include "interior/WalkController.h"
#include "interior/WalkMinimap.h"

#include <QGuiApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTouchEvent>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(Showroom_InteriorPlugin)

using showroom::interior::WalkController;
using showroom::interior::WalkMinimap;
using showroom::interior::WalkPlan;
using namespace walktest;

namespace {

QImage render(WalkMinimap &map)
{
    QImage image(int(map.width()), int(map.height()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        map.paint(&painter);
    }
    // To look at it: SHOWROOM_MINIMAP_PNG=/tmp/minimap.png
    if (qEnvironmentVariableIsSet("SHOWROOM_MINIMAP_PNG"))
        image.save(qEnvironmentVariable("SHOWROOM_MINIMAP_PNG"));
    return image;
}

// Centre of the pixels painted in exactly the marker's accent colour (#1f6f8b).
QPointF accentCentroid(const QImage &image, int *count)
{
    double sx = 0, sy = 0;
    *count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - 0x1f) <= 3 && qAbs(c.green() - 0x6f) <= 3 && qAbs(c.blue() - 0x8b) <= 3 &&
                c.alpha() == 255) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++*count;
            }
        }
    return *count ? QPointF(sx / *count, sy / *count) : QPointF(-1, -1);
}

bool bluish(const QImage &image, QPointF at)
{
    const QColor c = image.pixelColor(at.toPoint());
    return c.blue() > c.red();
}

} // namespace

class TestWalkMinimap : public QObject
{
    Q_OBJECT

private slots:
    void markerIsPaintedWhereTheVisitorIs();
    void coneShowsTheLookDirection();
    void roomsAreFilledAndNamed();
    void aTapWalksThere();
    void aMirroredUnitShowsAMirroredPlan();
    void aStairwellStaysAHole();
    void qmlSeesTheWalkTypes();

private:
    struct Setup
    {
        WalkController walker;
        WalkMinimap map;
    };
    void setUp(Setup &s, const QString &type = "2B")
    {
        s.walker.setPlan(WalkPlan::fromScene(demoInterior(type), {{"Floor_Living", "Living / dining"}}));
        s.walker.enter();
        s.map.setSize(QSizeF(300, 240));
        s.map.setController(&s.walker);
    }
};

void TestWalkMinimap::markerIsPaintedWhereTheVisitorIs()
{
    Setup s;
    setUp(s);
    const QPointF marker = s.map.markerPosition();
    QVERIFY(distance(s.map.planToItem(s.walker.planPosition()), marker) < 1);
    int pixels = 0;
    QPointF painted = accentCentroid(render(s.map), &pixels);
    QVERIFY2(pixels > 40, qPrintable(QString::number(pixels)));
    QVERIFY2(
        distance(painted, marker) < 1,
        qPrintable(
            QString("%1,%2 vs %3,%4").arg(painted.x()).arg(painted.y()).arg(marker.x()).arg(marker.y())));
    // Inside the hall's outline on the map.
    const QRectF hall = room(*s.walker.plan(), "Hall").bounds;
    QVERIFY(QRectF(s.map.planToItem(hall.topLeft()), s.map.planToItem(hall.bottomRight())).contains(marker));

    // It follows the visitor.
    s.walker.setMoveForward(1);
    for (int i = 0; i < 30; ++i)
        s.walker.step(1.0 / 60);
    const QPointF moved = s.map.markerPosition();
    QVERIFY(distance(moved, marker) > 10);
    painted = accentCentroid(render(s.map), &pixels);
    QVERIFY(distance(painted, moved) < 1);
    QVERIFY(distance(s.map.planToItem(s.walker.planPosition()), moved) < 1);
}

void TestWalkMinimap::coneShowsTheLookDirection()
{
    Setup s;
    setUp(s);
    const QPointF marker = s.map.markerPosition();
    // Yaw 0 looks to +Z, drawn downwards.
    QImage image = render(s.map);
    QVERIFY(bluish(image, marker + QPointF(0, 18)));
    QVERIFY(!bluish(image, marker + QPointF(18, 0)));
    s.walker.look(-90 / WalkController::kLookDegreesPerPixel, 0); // yaw -90: looking to -X, drawn left
    image = render(s.map);
    QVERIFY(bluish(image, marker + QPointF(-18, 0)));
    QVERIFY(!bluish(image, marker + QPointF(0, 18)));
}

void TestWalkMinimap::roomsAreFilledAndNamed()
{
    Setup s;
    setUp(s);
    const QImage image = render(s.map);
    const WalkPlan &plan = *s.walker.plan();
    // A free spot of each room is painted in the room tone; its label has dark text pixels.
    for (const WalkPlan::Room &r : plan.rooms()) {
        QPointF free = r.centre;
        for (const QPointF offset : {QPointF(0.4, 0.4), QPointF(-0.4, 0.4), QPointF(0.4, -0.4),
                                     QPointF(-0.4, -0.4), QPointF(0.7, 0), QPointF(-0.7, 0)})
            if (plan.isWalkable(0, r.centre + offset)) {
                free = r.centre + offset;
                break;
            }
        QVERIFY2(free != r.centre, qPrintable(r.id));
        const QColor fill = image.pixelColor(s.map.planToItem(free).toPoint());
        QVERIFY2(fill.red() > 220 && fill.green() > 200 && fill.blue() > 180 && fill.blue() < fill.red(),
                 qPrintable(r.id + " " + fill.name()));
    }
    const QPointF label = s.map.planToItem(room(plan, "Living").centre);
    int dark = 0;
    for (int y = int(label.y()) - 8; y <= int(label.y()) + 8; ++y)
        for (int x = int(label.x()) - 45; x <= int(label.x()) + 45; ++x)
            if (qGray(image.pixel(x, y)) < 80)
                ++dark;
    QVERIFY2(dark > 30, qPrintable(QString::number(dark)));
    // Walls are dark grey: the living/bedroom wall at x = 0.
    QVERIFY(qGray(image.pixel(s.map.planToItem(QPointF(0, 2)).toPoint())) < 120);
}

void TestWalkMinimap::aTapWalksThere()
{
    Setup s;
    setUp(s);
    const QPointF kitchen = room(*s.walker.plan(), "Kitchen").centre;
    const QPointF at = s.map.planToItem(kitchen);
    QVERIFY(distance(s.map.itemToPlan(at), kitchen) < 1e-9);
    // A press and release in place is a tap.
    QMouseEvent press(QEvent::MouseButtonPress, at, at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, at, at, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&s.map, &press);
    QCoreApplication::sendEvent(&s.map, &release);
    QVERIFY(s.walker.gliding());
    for (int i = 0; i < 60 * 20 && s.walker.gliding(); ++i)
        s.walker.step(1.0 / 60);
    QVERIFY(!s.walker.gliding());
    QCOMPARE(s.walker.roomId(), QString("Kitchen"));
    QVERIFY(distance(s.map.markerPosition(), at) < 1);
    // A drag is not a tap; a tap off the plan's walkable area walks to the nearest reachable point.
    QMouseEvent press2(QEvent::MouseButtonPress, at, at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    const QPointF away = at + QPointF(60, 0);
    QMouseEvent release2(QEvent::MouseButtonRelease, away, away, Qt::LeftButton, Qt::NoButton,
                         Qt::NoModifier);
    QCoreApplication::sendEvent(&s.map, &press2);
    QCoreApplication::sendEvent(&s.map, &release2);
    QVERIFY(!s.walker.gliding());
    QVERIFY(s.map.tap(QPointF(2, 2)));
    QVERIFY(s.walker.gliding());

    // A finger's tap too (the kiosk's touch screen), delivered by a window as on the kiosk.
    s.walker.enter();
    QVERIFY(!s.walker.gliding());
    QQuickWindow window;
    window.resize(400, 300);
    s.map.setParentItem(window.contentItem());
    s.map.setPosition(QPointF(50, 30));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const std::unique_ptr<QPointingDevice> screen(QTest::createTouchDevice());
    const QPoint living =
        (s.map.planToItem(room(*s.walker.plan(), "Living").centre) + s.map.position()).toPoint();
    QTest::touchEvent(&window, screen.get()).press(1, living, &window);
    QTest::touchEvent(&window, screen.get()).release(1, living, &window);
    QTRY_VERIFY(s.walker.gliding());
    for (int i = 0; i < 60 * 20 && s.walker.gliding(); ++i)
        s.walker.step(1.0 / 60);
    QCOMPARE(s.walker.roomId(), QString("Living"));
}

void TestWalkMinimap::aMirroredUnitShowsAMirroredPlan()
{
    Setup s;
    setUp(s);
    const QPointF plain = s.map.markerPosition();
    QMatrix4x4 mirror;
    mirror.translate(10, 0, 5);
    mirror.scale(-1, 1, 1);
    s.walker.setPlacement(mirror);
    const QPointF mirrored = s.map.markerPosition();
    QVERIFY(qAbs(mirrored.x() - (s.map.width() - plain.x())) < 1e-6);
    QVERIFY(qAbs(mirrored.y() - plain.y()) < 1e-6);
    int pixels = 0;
    const QImage image = render(s.map);
    QVERIFY(distance(accentCentroid(image, &pixels), mirrored) < 1);
    // Looking to local -X is looking to the right of the mirrored map.
    s.walker.look(-90 / WalkController::kLookDegreesPerPixel, 0);
    QVERIFY(bluish(render(s.map), mirrored + QPointF(18, 0)));
    // Taps map back through the mirror.
    const QPointF kitchen = room(*s.walker.plan(), "Kitchen").centre;
    QVERIFY(distance(s.map.itemToPlan(s.map.planToItem(kitchen)), kitchen) < 1e-9);
    QVERIFY(s.map.planToItem(kitchen).x() > s.map.width() / 2); // the kitchen is at -X: drawn on the right
}

void TestWalkMinimap::aStairwellStaysAHole()
{
    // A landing made of four slabs around a 2 x 2 m stairwell (x, z -1..1).
    BoxScene b;
    const int landing = b.addGroup("Floor_Landing");
    for (const QRectF &r :
         {QRectF(-3, -3, 6, 2), QRectF(-3, 1, 6, 2), QRectF(-3, -1, 2, 2), QRectF(1, -1, 2, 2)})
        b.addBox("Slab", QVector3D(float(r.left()), -0.04f, float(r.top())),
                 QVector3D(float(r.right()), 0, float(r.bottom())), landing);
    WalkController walker;
    walker.setPlan(WalkPlan::fromScene(b.scene));
    QCOMPARE(walker.plan()->rooms().size(), 1);
    QCOMPARE(walker.plan()->rooms()[0].id, QString("Landing"));
    QCOMPARE(walker.plan()->rooms()[0].floor.size(), 2); // the outline and the hole
    QVERIFY(!walker.plan()->isWalkable(0, QPointF(0, 0)));
    QVERIFY(walker.plan()->isWalkable(0, QPointF(2, 2)));
    WalkMinimap map;
    map.setSize(QSizeF(200, 200));
    map.setController(&walker);
    const QImage image = render(map);
    const QColor hole = image.pixelColor(map.planToItem(QPointF(0, 0.5)).toPoint());
    const QColor floor = image.pixelColor(map.planToItem(QPointF(2, 2)).toPoint());
    QVERIFY2(hole.red() > 245 && hole.blue() > 235, qPrintable(hole.name()));    // the map's background
    QVERIFY2(floor.red() < 245 && floor.blue() < 215, qPrintable(floor.name())); // the room tone
}

void TestWalkMinimap::qmlSeesTheWalkTypes()
{
    QQmlEngine engine;
    engine.addImportPath("qrc:/qt/qml");
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        import Showroom.Interior
        Item {
            property alias walker: w
            property alias map: m
            WalkController { id: w; moveForward: 0.5; running: true }
            WalkMinimap { id: m; controller: w; width: 300; height: 240 }
            property real eye: w.eyeHeight
            property bool walking: w.mode === WalkController.Walking
            property bool standing: w.mode === WalkController.Standing
        }
    )",
                      QUrl("qrc:/test.qml"));
    std::unique_ptr<QObject> root(component.create());
    QVERIFY2(root, qPrintable(component.errorString()));
    QCOMPARE(root->property("eye").toDouble(), 1.6);
    QVERIFY(root->property("walking").toBool());
    auto *walker = root->property("walker").value<WalkController *>();
    auto *map = root->property("map").value<WalkMinimap *>();
    QVERIFY(walker && map);
    QCOMPARE(map->controller(), walker);
    QCOMPARE(walker->moveForward(), 0.5);
    QVERIFY(walker->running());
    walker->setPlan(WalkPlan::fromScene(demoInterior("1B")));
    walker->standAt(QVector3D(0, 1.6f, 4.5f), 0, 60, -30, 20);
    QVERIFY(root->property("standing").toBool());
    QVERIFY(distance(map->markerPosition(), map->planToItem(QPointF(0, 4.5))) < 1e-9);
}

QTEST_MAIN(TestWalkMinimap)
#include "tst_walkminimap.moc"
