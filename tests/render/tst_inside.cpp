// Walking inside a home and standing on its balcony, in real frames: the interior is drawn where the
// home stands with the real site outside its windows, a tap on the floor walks there, the inside and the
// balcony look different, and a balcony seven floors up sees more sky than a ground-floor terrace.
#include "SiteWindow.h"

#include "interior/WalkController.h"

#include <QStandardPaths>
#include <QTest>

using namespace showroom;

class tst_Inside : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void anInsideStillAndABalconyStillDiffer();
    void aHighBalconySeesMoreSkyThanAGroundFloorTerrace();
    void tappingTheFloorWalksThere();
    void theMinimapShowsWhereTheVisitorIs();

private:
    bool show(bool inside, const QString &unitId);
    // Share of the upper half of a frame that is sky (bluish, the gradient's colours), 0..1.
    static double skyShare(const QImage &frame);
    static double difference(const QImage &a, const QImage &b); // mean absolute channel difference

    testing::SiteWindow m_w;
};

void tst_Inside::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_w.open(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
}

void tst_Inside::init()
{
    QVERIFY(m_w.reset());
}

bool tst_Inside::show(bool inside, const QString &unitId)
{
    shell::Navigation &navigation = m_w.services().navigation();
    if (!(inside ? navigation.walkInside(unitId, "test") : navigation.showBalconyView(unitId, "test")))
        return false;
    if (!m_w.services().visit().waitForInterior(30000) ||
        m_w.services().visit().status() != shell::UnitVisit::Ready)
        return false;
    return m_w.settle();
}

double tst_Inside::skyShare(const QImage &frame)
{
    int sky = 0, all = 0;
    for (int y = 0; y < frame.height() / 2; y += 4) {
        for (int x = 0; x < frame.width(); x += 4) {
            const QRgb p = frame.pixel(x, y);
            sky += qBlue(p) > qRed(p) + 12 && qBlue(p) >= qGreen(p) && qBlue(p) > 150 ? 1 : 0;
            ++all;
        }
    }
    return all ? double(sky) / all : 0;
}

double tst_Inside::difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); y += 4) {
        for (int x = 0; x < std::min(a.width(), b.width()); x += 4) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
            n += 3;
        }
    }
    return n ? sum / n : 0;
}

void tst_Inside::anInsideStillAndABalconyStillDiffer()
{
    QVERIFY(show(true, "A_0304"));
    const QImage inside = m_w.grab();
    // Inside: warm walls and floors fill most of the frame, not sky and lawn.
    QVERIFY2(skyShare(inside) < 0.2, qPrintable(QString::number(skyShare(inside))));
    QVERIFY(m_w.services().navigation().back());
    QVERIFY(show(false, "A_0304"));
    const QImage balcony = m_w.grab();
    const double d = difference(inside, balcony);
    qInfo("inside sky %.2f, balcony sky %.2f, mean difference %.1f", skyShare(inside), skyShare(balcony), d);
    QVERIFY2(d > 25, qPrintable(QStringLiteral("mean difference %1").arg(d)));
    QVERIFY2(skyShare(balcony) > skyShare(inside) + 0.1, "the balcony looks out at the sky");
}

void tst_Inside::aHighBalconySeesMoreSkyThanAGroundFloorTerrace()
{
    QVERIFY(show(false, "A_0704"));
    const double high = skyShare(m_w.grab());
    QVERIFY(show(false, "A_0004"));
    const double ground = skyShare(m_w.grab());
    qInfo("sky share: floor 7 balcony %.2f, ground-floor terrace %.2f", high, ground);
    QVERIFY2(high > ground * 1.5 && high > ground + 0.05, qPrintable(QStringLiteral("sky %1 (floor 7) vs %2 (ground)").arg(high).arg(ground)));
}

void tst_Inside::tappingTheFloorWalksThere()
{
    QVERIFY(show(true, "A_0304"));
    interior::WalkController *walker = m_w.services().visit().walker();
    // Look down at the floor ahead and tap a spot low in the middle of the view.
    walker->look(0, -25 / interior::WalkController::kLookDegreesPerPixel);
    QVERIFY(m_w.settle());
    const QPointF before = walker->planPosition();
    const QPoint tap(m_w.window()->width() / 2, m_w.window()->height() * 3 / 4);
    QTest::mouseClick(m_w.window(), Qt::LeftButton, Qt::NoModifier, tap);
    QTRY_VERIFY_WITH_TIMEOUT(walker->gliding(), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!walker->gliding(), 15000);
    const double moved = QLineF(before, walker->planPosition()).length();
    qInfo("a tap walked %.2f m", moved);
    QVERIFY2(moved > 0.5, qPrintable(QString::number(moved)));
    // Still 1.6 m over the floor, still inside.
    QCOMPARE(qRound(walker->position().y() * 100), 160);
    QVERIFY(m_w.services().visit().plan()->isWalkable(walker->storey(), walker->planPosition()));
}

void tst_Inside::theMinimapShowsWhereTheVisitorIs()
{
    QVERIFY(show(true, "A_0304"));
    QQuickItem *minimap = testing::itemNamed(m_w.window()->contentItem(), QStringLiteral("minimap"));
    QVERIFY(minimap);
    QVERIFY(minimap->isVisible());
    interior::WalkController *walker = m_w.services().visit().walker();
    QVERIFY(m_w.services().visit().goToRoom("Bedroom"));
    QTRY_VERIFY_WITH_TIMEOUT(!walker->gliding(), 15000);
    QPointF marker;
    QMetaObject::invokeMethod(minimap, "markerPosition", Q_RETURN_ARG(QPointF, marker));
    QPointF expected;
    QMetaObject::invokeMethod(minimap, "planToItem", Q_RETURN_ARG(QPointF, expected),
                              Q_ARG(QPointF, walker->planPosition()));
    QVERIFY((marker - expected).manhattanLength() < 1.5);
    // A tap on the minimap's living room walks there.
    const auto &rooms = m_w.services().visit().plan()->rooms();
    const auto living = std::find_if(rooms.cbegin(), rooms.cend(), [](const auto &r) { return r.id == "Living"; });
    QVERIFY(living != rooms.cend());
    QPointF at;
    QMetaObject::invokeMethod(minimap, "planToItem", Q_RETURN_ARG(QPointF, at), Q_ARG(QPointF, living->centre));
    QTest::mouseClick(m_w.window(), Qt::LeftButton, Qt::NoModifier, minimap->mapToScene(at).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(walker->roomId(), QStringLiteral("Living"), 15000);
}

QTEST_MAIN(tst_Inside)
#include "tst_inside.moc"
